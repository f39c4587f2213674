import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// Tab in a path prompt (`I` on the sociogram) completes like a shell: the executable lists the
/// folder (an effect), the common beginning is filled in, a second Tab lists the names.
@Suite struct UIPathCompletionTests {
    static let downloads = [
        PathEntry(name: "antwoorden-najaar.csv", isDirectory: false),
        PathEntry(name: "antwoorden-voorjaar.csv", isDirectory: false),
        PathEntry(name: "archief", isDirectory: true),
        PathEntry(name: ".verborgen.csv", isDirectory: false),
        PathEntry(name: "Zomer", isDirectory: true),
    ]

    @Test func theTypedTextIsSplitAndTheTildeIsTheHomeFolder() {
        #expect(PathCompletion.split("~/Downloads/ant") == ("~/Downloads/", "ant"))
        #expect(PathCompletion.split("ant") == ("", "ant"))
        #expect(
            PathCompletion.folderToList("~/Downloads/ant", home: "/home/gemma") == "/home/gemma/Downloads/")
        #expect(PathCompletion.folderToList("~/x", home: "/home/gemma") == "/home/gemma")
        #expect(PathCompletion.folderToList("ant", home: "/home/gemma") == ".")
        #expect(PathCompletion.folderToList("/tmp/a", home: "/home/gemma") == "/tmp/")
        #expect(PathCompletion.complete("~", entries: []) == .completed("~/"))
    }

    @Test func aCommonBeginningIsFilledInAndAFolderGetsItsSlash() {
        let d = Self.downloads
        #expect(
            PathCompletion.complete("~/D/a", entries: d)
                == .candidates(["antwoorden-najaar.csv", "antwoorden-voorjaar.csv", "archief/"]),
            "an…, ar…: nothing longer in common")
        #expect(PathCompletion.complete("~/D/an", entries: d) == .completed("~/D/antwoorden-"))
        #expect(
            PathCompletion.complete("~/D/antwoorden-n", entries: d) == .completed("~/D/antwoorden-najaar.csv")
        )
        #expect(PathCompletion.complete("~/D/ar", entries: d) == .completed("~/D/archief/"))
        #expect(PathCompletion.complete("~/D/x", entries: d) == .noMatch)
        // Hidden names only when a dot is typed.
        #expect(
            PathCompletion.complete("~/D/", entries: d)
                == .candidates([
                    "Zomer/", "antwoorden-najaar.csv", "antwoorden-voorjaar.csv", "archief/",
                ]))
        #expect(PathCompletion.complete("~/D/.", entries: d) == .completed("~/D/.verborgen.csv"))
    }

    func driver() throws -> UIDriver {
        var d = UIDriver(section: try NetworksFixture.section())
        d.key(.character("4"))
        d.key(.character("I"))
        return d
    }

    var text: (UIDriver) -> String? = { d in
        if case .prompt(let p) = d.state.dialog { return p.buffer.text } else { return nil }
    }

    @Test func tabAsksForTheFolderAndASecondTabListsTheNames() throws {
        var d = try driver()
        d.type("~/D/a")
        d.effects = []
        d.key(.tab)
        #expect(d.screen.contains("Tab = aanvullen"))
        #expect(d.effects == [.completePath("~/D/a")], "Tab lists the folder, it does not answer")
        #expect(text(d) == "~/D/a")
        d.send(.app(.pathListed(typed: "~/D/a", entries: Self.downloads)))
        #expect(text(d) == "~/D/a", "no common beginning longer than what was typed")
        #expect(!d.screen.contains("archief/"))
        d.key(.tab)
        d.send(.app(.pathListed(typed: "~/D/a", entries: Self.downloads)))
        #expect(d.screen.contains("antwoorden-najaar.csv  antwoorden-voorjaar.csv  archief/"))
        d.type("n")
        #expect(!d.screen.contains("archief/"), "typing hides the list")
        d.key(.tab)
        d.send(.app(.pathListed(typed: "~/D/an", entries: Self.downloads)))
        #expect(text(d) == "~/D/antwoorden-")
        // A listing for a text that changed meanwhile is dropped.
        d.send(.app(.pathListed(typed: "~/D/an", entries: Self.downloads)))
        #expect(text(d) == "~/D/antwoorden-")
        d.type("v")
        d.key(.tab)
        d.send(.app(.pathListed(typed: "~/D/antwoorden-v", entries: Self.downloads)))
        #expect(text(d) == "~/D/antwoorden-voorjaar.csv")
        // Enter answers, as before.
        d.effects = []
        d.key(.enter)
        #expect(
            d.effects.contains {
                if case .previewSurvey(let r) = $0 {
                    return r.path == "~/D/antwoorden-voorjaar.csv"
                } else {
                    return false
                }
            })
    }

    @Test func aFolderThatCannotBeReadIsSaid() throws {
        var d = try driver()
        d.type("/geheim/")
        d.key(.tab)
        d.send(.app(.pathListed(typed: "/geheim/", entries: nil)))
        #expect(d.screen.contains("Deze map is niet te lezen."))
    }
}
