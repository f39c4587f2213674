import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// Golden screens: every screen of the demo, reached by keys, at 80×24 and 200×60 (the sociogram and
/// meeting mode also at 160×45), compared whole (text and the style of every cell) with a file under
/// Tests/golden. `make golden` records them anew after an intended change; a missing file fails.
@Suite struct GoldenScreenTests {
    /// One screen as a user reaches it: a name, the keys from the opened demo, the sizes.
    struct Scenario: CustomStringConvertible, Sendable {
        let name: String
        let keys: [Key]
        let sizes: [Size]
        /// The demo with instrument answers (`InstrumentFixture`) instead of the plain demo.
        var instruments = false
        var description: String { name }
    }

    struct Size: Sendable {
        let width: Int
        let height: Int
    }

    static let standard = [Size(width: 80, height: 24), Size(width: 200, height: 60)]
    static let shared = standard + [Size(width: 160, height: 45)]
    static func chars(_ text: String) -> [Key] { text.map { .character($0) } }

    static let scenarios: [Scenario] = [
        Scenario(name: "board", keys: chars("ll"), sizes: standard),
        Scenario(name: "board-help", keys: chars("?"), sizes: standard),
        Scenario(name: "board-step-choice", keys: chars("lls"), sizes: standard),
        Scenario(name: "board-new-prompt", keys: chars("n"), sizes: standard),
        Scenario(name: "board-delete-confirm", keys: chars("lld"), sizes: standard),
        Scenario(name: "editor", keys: chars("ll") + [.enter, .down], sizes: standard),
        Scenario(
            name: "editor-typing", keys: chars("ll") + [.enter, .enter] + chars("ë ĳ"), sizes: standard),
        Scenario(name: "agenda", keys: chars("2") + [.down], sizes: standard),
        Scenario(name: "meeting-choice", keys: chars("m"), sizes: standard),
        Scenario(name: "meeting", keys: [.character("m"), .down, .enter], sizes: shared),
        Scenario(
            name: "meeting-help", keys: [.character("m"), .down, .enter, .character("?")], sizes: standard),
        Scenario(name: "networks-ecogram", keys: chars("3") + [.right], sizes: standard),
        Scenario(name: "networks-analysis", keys: chars("3") + [.tab, .right], sizes: standard),
        Scenario(name: "networks-help", keys: chars("3?"), sizes: standard),
        Scenario(name: "sociogram", keys: chars("4") + [.right], sizes: shared),
        Scenario(name: "sociogram-figures", keys: chars("4i"), sizes: shared),
        Scenario(name: "sociogram-matrix", keys: chars("4s") + [.down], sizes: shared),
        // The preview itself needs the executable to read a file; UISurveyImportTests feed it.
        Scenario(name: "sociogram-import-prompt", keys: chars("4I"), sizes: standard),
        Scenario(name: "people", keys: chars("5") + [.down], sizes: standard),
        Scenario(name: "mine", keys: chars("6") + [.down, .right], sizes: standard),
        Scenario(name: "too-small", keys: [], sizes: [Size(width: 59, height: 18)]),
        Scenario(name: "thermometer", keys: chars("7"), sizes: standard, instruments: true),
        Scenario(
            name: "thermometer-entry", keys: chars("7a") + [.enter, .down] + chars("4"), sizes: standard),
        Scenario(name: "dimensies", keys: chars("8") + [.down], sizes: standard, instruments: true),
        Scenario(
            name: "dimensies-entry", keys: chars("8a") + [.enter] + chars("7") + [.right], sizes: standard),
        Scenario(name: "review", keys: chars("9"), sizes: standard, instruments: true),
        Scenario(name: "interventies", keys: chars("4MA"), sizes: standard, instruments: true),
        Scenario(name: "groslijst", keys: chars("3g"), sizes: standard, instruments: true),
        Scenario(
            name: "networks-ecogram-wished", keys: chars("3") + [.right], sizes: standard, instruments: true),
        Scenario(
            name: "dimensies-older-round", keys: chars("8") + [.left], sizes: standard, instruments: true),
        Scenario(
            name: "meeting-evaluation", keys: [.character("m"), .down, .enter, .escape], sizes: standard),
        Scenario(
            name: "meeting-last-evaluation", keys: [.character("m"), .down, .enter], sizes: standard,
            instruments: true),
    ]

    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("golden")
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["KNOOPPUNT_RECORD_GOLDEN"] == "1" }

    /// The grid as text, then the style of every cell as runs per row with a legend, so that a change of
    /// colour or selection shows in the diff as well as a change of text.
    static func snapshot(_ grid: Grid) -> String {
        var legend: [Style] = []
        func code(_ style: Style) -> Character {
            if let i = legend.firstIndex(of: style) { return Self.letter(i) }
            legend.append(style)
            return Self.letter(legend.count - 1)
        }
        var out = (0..<grid.height).map { "|" + grid.line($0) + "|" }.joined(separator: "\n")
        out += "\n-- styles (row: code×cells)\n"
        for y in 0..<grid.height {
            var runs: [(Character, Int)] = []
            for x in 0..<grid.width {
                let c = code(grid[x, y].style)
                if let last = runs.last, last.0 == c {
                    runs[runs.count - 1].1 += 1
                } else {
                    runs.append((c, 1))
                }
            }
            out += "\(y): " + runs.map { "\($0.0)×\($0.1)" }.joined(separator: " ") + "\n"
        }
        out += "-- legend\n"
        for (i, s) in legend.enumerated() {
            out +=
                "\(letter(i)): fg=\(s.foreground.map { "\($0)" } ?? "-") bg=\(s.background.map { "\($0)" } ?? "-")"
            out += " \(s.bold ? "bold " : "")\(s.underline ? "underline " : "")\(s.reverse ? "reverse " : "")"
            out += "\(s.dim ? "dim" : "")\n"
        }
        return out
    }

    static func letter(_ i: Int) -> Character {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return i < alphabet.count ? alphabet[i] : "?"
    }

    static func compare(_ name: String, _ grid: Grid, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let file = folder.appendingPathComponent("\(name)-\(grid.width)x\(grid.height).txt")
        let actual = snapshot(grid)
        if recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record(
                "no golden screen \(file.lastPathComponent): run `make golden`",
                sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first =
                zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            Issue.record(
                """
                \(file.lastPathComponent) differs from line \(first + 1):
                expected: \(first < e.count ? String(e[first]) : "<end>")
                actual:   \(first < a.count ? String(a[first]) : "<end>")
                (`make golden` re-records after an intended change)
                """, sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: scenarios)
    func screen(_ scenario: Scenario) throws {
        for size in scenario.sizes {
            let section =
                scenario.instruments ? try InstrumentFixture.section() : try NetworksFixture.section()
            var d = UIDriver(section: section, width: size.width, height: size.height)
            for k in scenario.keys { d.key(k) }
            try Self.compare(scenario.name, d.grid)
        }
    }

    @Test func picker() throws {
        for size in Self.standard {
            try Self.compare("picker", UIEveryScreenTests.picker(size.width, size.height, color: true))
        }
    }

    /// The same screens without colour: what NO_COLOR users and monochrome terminals see.
    @Test func withoutColour() throws {
        for scenario in [Self.scenarios[0], Self.scenarios[7], Self.scenarios[14]] {
            var d = UIDriver(section: try NetworksFixture.section(), width: 80, height: 24, color: false)
            for k in scenario.keys { d.key(k) }
            try Self.compare(scenario.name + "-nocolor", d.grid)
        }
    }
}
