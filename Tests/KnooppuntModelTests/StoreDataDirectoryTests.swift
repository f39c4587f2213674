import Foundation
import Testing

@testable import KnooppuntModel

@Suite struct StoreDataDirectoryTests {
    private let everything = [
        "KNOOPPUNT_DATA_DIR": "/srv/env", "XDG_DATA_HOME": "/xdg", "HOME": "/home/gemma",
    ]

    private func resolved(_ option: String?, _ environment: [String: String]) -> String {
        DataDirectory.resolve(option: option, environment: environment).path
    }

    @Test func theOptionWinsThenTheVariableThenXDGThenHome() {
        #expect(resolved("/opt/data", everything) == "/opt/data")
        #expect(resolved(nil, everything) == "/srv/env")
        var noVariable = everything
        noVariable["KNOOPPUNT_DATA_DIR"] = nil
        #expect(resolved(nil, noVariable) == "/xdg/knooppunt")
        noVariable["XDG_DATA_HOME"] = nil
        #expect(resolved(nil, noVariable) == "/home/gemma/.local/share/knooppunt")
    }

    @Test func emptyAndRelativeValuesFallThrough() {
        #expect(resolved("", everything) == "/srv/env", "an empty --data-dir is no choice")
        #expect(
            resolved(nil, ["KNOOPPUNT_DATA_DIR": "", "XDG_DATA_HOME": "/xdg", "HOME": "/h"])
                == "/xdg/knooppunt")
        // The XDG spec: a relative XDG_DATA_HOME is invalid and ignored.
        #expect(resolved(nil, ["XDG_DATA_HOME": "rel/ative", "HOME": "/h"]) == "/h/.local/share/knooppunt")
    }

    @Test func tildeAndRelativePathsBecomeAbsolute() {
        #expect(resolved("~/sectie-data", ["HOME": "/home/gemma"]) == "/home/gemma/sectie-data")
        #expect(resolved(nil, ["KNOOPPUNT_DATA_DIR": "~", "HOME": "/home/gemma"]) == "/home/gemma")
        let cwd = FileManager.default.currentDirectoryPath
        #expect(
            resolved("data/../mijn-data", [:])
                == URL(fileURLWithPath: cwd).appendingPathComponent("mijn-data").path)
    }
}
