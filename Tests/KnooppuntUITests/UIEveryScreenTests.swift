import Foundation
import Testing

@testable import KnooppuntModel
@testable import KnooppuntUI

/// UI tests (events in, grid and state out) for every screen at 80×24 and 200×60. Every
/// screen is reached by keys on the demo section (with its networks), as a user reaches it, and at both
/// sizes checked for its key content, for rows that fit, for no control characters, and, without
/// colour, for a selection that is still visible by attribute alone.
@Suite struct UIEveryScreenTests {
    static let sizes = [(80, 24), (200, 60)]

    /// The demo opened at a size, after `keys`.
    static func demo(_ width: Int, _ height: Int, color: Bool = true, section: Section? = nil, _ keys: [Key])
        throws -> UIDriver
    {
        var d = UIDriver(
            section: try section ?? NetworksFixture.section(), width: width, height: height, color: color)
        for k in keys { d.key(k) }
        return d
    }

    static func chars(_ text: String) -> [Key] { text.map { .character($0) } }

    /// The checks every screen gets: each row exactly as wide as the grid, no control characters (C0, C1,
    /// DEL, bidirectional overrides) in any cell.
    static func expectSound(_ grid: Grid, _ screen: String, sourceLocation: SourceLocation = #_sourceLocation)
    {
        #expect(grid.rowsFit, "a row does not fit on \(screen)", sourceLocation: sourceLocation)
        for cell in grid.cells {
            for scalar in cell.text.unicodeScalars {
                let v = scalar.value
                #expect(
                    !(v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v)
                        || (0x2066...0x2069).contains(v)),
                    "control U+\(String(v, radix: 16)) on \(screen)", sourceLocation: sourceLocation)
            }
        }
    }

    static func expectShows(
        _ grid: Grid, _ texts: [String], _ screen: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let text = grid.plainText()
        for t in texts {
            #expect(
                text.contains(t), "\(screen) at \(grid.width)×\(grid.height) does not show \(t):\n\(text)",
                sourceLocation: sourceLocation)
        }
    }

    /// The style of the first cell of `text` between the tab bar (row 0) and the status line (last row),
    /// which are drawn in reverse video without colour and would hide a missing selection.
    static func style(of text: String, in grid: Grid, from top: Int = 1) -> Style? {
        for y in top..<(grid.height - 1) {
            let line = grid.line(y)
            guard let r = line.range(of: text) else { continue }
            return grid[DisplayWidth.of(String(line[..<r.lowerBound])), y].style
        }
        return nil
    }

    /// Without colour the selected item differs from an unselected one by reverse video or underline.
    static func expectSelection(
        _ grid: Grid, selected: String, other: String, _ screen: String, from top: Int = 1,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let s = style(of: selected, in: grid, from: top)
        let o = style(of: other, in: grid, from: top)
        #expect(
            s != nil && o != nil, "\(screen): \(selected) or \(other) not found",
            sourceLocation: sourceLocation)
        guard let s, let o else { return }
        #expect(
            (s.reverse && !o.reverse) || (s.underline && !o.underline),
            "\(screen) at \(grid.width)×\(grid.height) without colour: the selected \(selected) (\(s)) looks like \(other) (\(o))",
            sourceLocation: sourceLocation)
        #expect(grid.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
    }

    // MARK: Picker

    static func picker(_ width: Int, _ height: Int, color: Bool) -> Grid {
        var state = AppState(options: AppOptions(color: color, today: UIFixture.today), sections: [])
        _ = App.update(&state, .resize(width: width, height: height))
        _ = App.update(
            &state,
            .app(
                .sectionsListed([
                    .readable(
                        SectionSummary(
                            slug: "sectie-engels", name: "Sectie Engels", people: 7, initiatives: 4,
                            meetings: 6)),
                    .readable(
                        SectionSummary(
                            slug: "sectie-frans", name: "Sectie Frans", people: 0, initiatives: 0, meetings: 0
                        )),
                ])))
        _ = App.update(&state, .key(.down))
        return App.render(state, width: width, height: height)
    }

    @Test(arguments: sizes)
    func picker(width: Int, height: Int) {
        let grid = Self.picker(width, height, color: true)
        Self.expectSound(grid, "picker")
        Self.expectShows(
            grid, ["Sectie Engels", "Sectie Frans", "7 mensen · 4 initiatieven · 6 overleggen"], "picker")
        Self.expectSelection(
            Self.picker(width, height, color: false), selected: "Sectie Frans", other: "Sectie Engels",
            "picker",
            from: 0)
    }

    // MARK: Stappenplan board and initiative editor

    @Test(arguments: sizes)
    func board(width: Int, height: Int) throws {
        let keys = Self.chars("ll")
        let grid = try Self.demo(width, height, keys).grid
        Self.expectSound(grid, "board")
        Self.expectShows(
            grid, ["2 Betrekken", "Stap 2 · Wie betrek je daarbij?", "Uitgangspunt", "English"], "board")
        Self.expectSelection(
            try Self.demo(width, height, color: false, keys).grid, selected: "Uitgangspunt", other: "English",
            "board")
    }

    @Test(arguments: sizes)
    func initiativeEditor(width: Int, height: Int) throws {
        let keys = Self.chars("ll") + [.enter, .down]
        let d = try Self.demo(width, height, keys)
        #expect(d.state.screen == .editor)
        Self.expectSound(d.grid, "editor")
        Self.expectShows(
            d.grid,
            [
                "Uitgangspunten voor klassenverdeling", "Titel", "Begin (stap 0)", "Initiatiefnemers",
                "HJ Heleen Jansen",
            ],
            "editor")
        Self.expectSelection(
            try Self.demo(width, height, color: false, keys).grid, selected: "Begin (stap 0)", other: "Titel",
            "editor")
    }

    // MARK: Jaaragenda and meeting mode

    @Test(arguments: sizes)
    func jaaragenda(width: Int, height: Int) throws {
        let keys = Self.chars("2") + [.down]
        let grid = try Self.demo(width, height, keys).grid
        Self.expectSound(grid, "jaaragenda")
        Self.expectShows(
            grid, ["Overleg 1", "P Plannen", "R Regelwerk", "Literatuuron", "Toetsmodel"], "jaaragenda")
        Self.expectSelection(
            try Self.demo(width, height, color: false, keys).grid, selected: "Literatuuron",
            other: "Toetsmodel",
            "jaaragenda")
    }

    @Test(arguments: sizes)
    func meetingMode(width: Int, height: Int) throws {
        // From the board: m lists the meetings with the next one (overleg 3) chosen; ↓ Enter is overleg 4.
        let keys: [Key] = [.character("m"), .down, .enter]
        let d = try Self.demo(width, height, keys)
        #expect(d.state.screen == .meeting)
        Self.expectSound(d.grid, "meeting mode")
        Self.expectShows(
            d.grid,
            [
                "OVERLEG 4", "P Plannen bespreken", "E Ervaringen uitwisselen",
                "Uitgangspunten voor klassenverdeling",
                "English Proficiency",
            ], "meeting mode")
        Self.expectSelection(
            try Self.demo(width, height, color: false, keys).grid, selected: "Uitgangspunten voor klassen",
            other: "English Proficiency", "meeting mode")
    }

    // MARK: Mijn initiatieven, mensen, help

    @Test(arguments: sizes)
    func myInitiatives(width: Int, height: Int) throws {
        let keys = Self.chars("6")
        let grid = try Self.demo(width, height, keys).grid
        Self.expectSound(grid, "my initiatives")
        Self.expectShows(
            grid, ["Wie ben je?", "Gemma de Vries", "Literatuuronderwijs — initiatiefnemer", "Theo Geërts"],
            "my initiatives")
        Self.expectSelection(
            try Self.demo(width, height, color: false, keys).grid, selected: "GdV  Gemma",
            other: "CN   Caroline",
            "my initiatives")
    }

    @Test(arguments: sizes)
    func people(width: Int, height: Int) throws {
        let keys = Self.chars("5") + [.down]
        let grid = try Self.demo(width, height, keys).grid
        Self.expectSound(grid, "people")
        Self.expectShows(
            grid, ["Naam", "Rol", "Gemma de Vries", "Caroline Noël", "Theo Geërts", "eigen sectie"], "people")
        Self.expectSelection(
            try Self.demo(width, height, color: false, keys).grid, selected: "Caroline Noël",
            other: "Gemma de Vries",
            "people")
    }

    /// Help on the screens the older help test does not visit: the two network screens and meeting mode.
    @Test(arguments: sizes)
    func helpOnNetworkScreensAndInMeetingMode(width: Int, height: Int) throws {
        for (screen, keys) in [
            ("3", Self.chars("3")), ("4", Self.chars("4")), ("m", [.character("m"), .enter]),
        ] {
            var d = try Self.demo(width, height, keys)
            let expected = App.keyHelp(d.state) + App.globalKeyHelp(d.state)
            d.key(.character("?"))
            Self.expectSound(d.grid, "help of screen \(screen)")
            Self.expectShows(d.grid, ["Toetsen (Esc sluit)", "Overal"], "help of screen \(screen)")
            for key in expected {
                #expect(
                    d.screen.contains(key.keys),
                    "help of screen \(screen) misses \(key.keys) at \(width)×\(height)")
            }
            d.key(.escape)
            #expect(!d.screen.contains("Toetsen (Esc sluit)"))
        }
    }

    // MARK: Networks (3) and sociogram (4)

    @Test(arguments: sizes)
    func ecogram(width: Int, height: Int) throws {
        let keys = Self.chars("3") + [.right]
        let grid = try Self.demo(width, height, keys).grid
        Self.expectSound(grid, "ecogram")
        Self.expectShows(
            grid,
            ["Ecogram: Gemma", "Joëlle", "Marieke", "Caroline", "K kennisuitwisseling", "eigen sectie"],
            "ecogram")
        // The selected centre shows her full name in reverse video; a contact's label does not. Without
        // colour each label starts with its area's mark (◎ centre, ● own section), which also keeps the
        // search in the drawing and away from the details pane that names her too.
        Self.expectSelection(
            try Self.demo(width, height, color: false, keys).grid, selected: "◎Gemma de Vries",
            other: "●Caroline",
            "ecogram", from: 2)
    }

    @Test(arguments: sizes)
    func networkAnalysis(width: Int, height: Int) throws {
        let keys = Self.chars("3") + [.tab, .right]
        let grid = try Self.demo(width, height, keys).grid
        Self.expectSound(grid, "network analysis")
        Self.expectShows(
            grid,
            ["Netwerkanalyse: Literatuuronderwijs", "7 schakels, 13 ingrediënten", "i initiatiefnemer"],
            "network analysis")
        // The selected centre (the initiative, marked ◎ without colour) against Caroline's label (● own
        // section; initials at 80×24, her full name at 200×60).
        Self.expectSelection(
            try Self.demo(width, height, color: false, keys).grid, selected: "◎Literatuuronderwijs",
            other: "●C",
            "network analysis", from: 2)
    }

    @Test(arguments: sizes)
    func sociogram(width: Int, height: Int) throws {
        let keys = Self.chars("4") + [.right]
        let grid = try Self.demo(width, height, keys).grid
        Self.expectSound(grid, "sociogram")
        Self.expectShows(
            grid,
            [
                "Sociogram sectie Engels", "Gemma", "Caroline", "Fred", "Thomas", "Jochem", "Heleen", "Theo",
                "hechtheid", "wederzijds",
            ], "sociogram")
        // Without colour a label starts with its role's marker in the role colouring (c): "★ " for
        // the central people, which keeps the search away from the details pane that names them too.
        // (The subgroup numbers are gone here: the latest measurement has no clear subgroups.)
        Self.expectSelection(
            try Self.demo(width, height, color: false, Self.chars("4c") + [.right]).grid,
            selected: "★ Gemma de Vries", other: "★ Thomas",
            "sociogram", from: 2)
    }

    @Test(arguments: sizes)
    func sociomatrix(width: Int, height: Int) throws {
        let keys = Self.chars("4s") + [.down]
        let grid = try Self.demo(width, height, keys).grid
        Self.expectSound(grid, "sociomatrix")
        Self.expectShows(grid, ["rij kiest kolom", "GdV", "TG", "gekozen", "Theo"], "sociomatrix")
        // The row of the respondent being entered (Caroline, after ↓) is in reverse video.
        Self.expectSelection(
            try Self.demo(width, height, color: false, keys).grid, selected: "Caroline", other: "Fred",
            "sociomatrix", from: 3)
    }

    /// Names with escape sequences in the networks never reach the grid as control characters.
    @Test(arguments: sizes)
    func controlCharactersInNetworkNamesNeverReachTheGrid(width: Int, height: Int) throws {
        var s = try NetworksFixture.section()
        s.people[0].name = "Gemma\u{1B}[31m de\u{202E} Vries"
        s.networks.ecograms[0].contacts[0].name = "Caro\u{07}line\u{9B}2J"
        s.networks.ecograms[0].name = "Gemma\u{1B}]0;weg\u{07} — literatuur"
        s.networks.analyses[0].ingredients[0].name = "Lees\r\nplezier\u{00}"
        s.networks.sociograms[0].name = "Sociogram\u{1B}[2J sectie"
        for (screen, keys) in [
            ("ecogram", Self.chars("3") + [.right]), ("analysis", Self.chars("3") + [.tab, .right]),
            ("sociogram", Self.chars("4") + [.right]), ("sociomatrix", Self.chars("4s")),
        ] {
            Self.expectSound(try Self.demo(width, height, section: s, keys).grid, screen)
        }
    }

    // MARK: The too-small message

    @Test(arguments: sizes)
    func tooSmallMessageAndBackOnEveryScreen(width: Int, height: Int) throws {
        for (screen, keys, content) in [
            ("board", Self.chars("1"), "Stap 0 · Het begin"), ("jaaragenda", Self.chars("2"), "Overleg 1"),
            ("ecogram", Self.chars("3"), "Ecogram: Gemma"),
            ("sociogram", Self.chars("4"), "Sociogram sectie Engels"),
            ("people", Self.chars("5"), "Theo Geërts"), ("my initiatives", Self.chars("6"), "Wie ben je?"),
            ("meeting mode", [.character("m"), .enter], "OVERLEG 3"),
        ] as [(String, [Key], String)] {
            var d = try Self.demo(width, height, keys)
            d.resize(59, 18)
            let lines = d.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter
            {
                !$0.isEmpty
            }
            #expect(
                lines.joined(separator: " ") == "Maak het venster groter (minstens 60×18); nu 59×18.",
                "too-small message over \(screen): \(lines)")
            Self.expectSound(d.grid, "too-small message over \(screen)")
            d.resize(width, height)
            Self.expectSound(d.grid, "\(screen) after the too-small message")
            Self.expectShows(d.grid, [content], "\(screen) after the too-small message")
        }
    }
}
