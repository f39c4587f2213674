import Testing

@testable import KnooppuntModel
@testable import KnooppuntUI

@Suite struct UIAppTests {
    @Test func tooSmallWindowAsksForALargerOneInOneSentence() {
        var d = UIDriver(width: 80, height: 24)
        d.resize(59, 18)
        let lines = d.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        #expect(lines.joined(separator: " ") == "Maak het venster groter (minstens 60×18); nu 59×18.")
        d.resize(60, 17)
        #expect(d.screen.contains("nu 60×17"))
        // Back to a usable size: the board is there again, nothing was lost.
        d.resize(60, 18)
        #expect(d.screen.contains("Stap 0 · Het begin"))
        #expect(d.grid.rowsFit)
        d.resize(20, 5)
        d.key(.character("q"))
        #expect(d.effects.last == .quit)
    }

    @Test func withoutColourEveryDistinctionStaysVisible() {
        var mono = UIDriver(width: 200, height: 60, color: false)
        var colour = UIDriver(width: 200, height: 60, color: true)
        mono.selectCard("Literatuuronderwijs")
        colour.selectCard("Literatuuronderwijs")
        let g = mono.grid
        let c = colour.grid
        // Same text either way.
        #expect(g.plainText() == c.plainText())
        // No colour at all in the monochrome grid; there is colour in the other.
        #expect(g.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        #expect(c.cells.contains { $0.style.background != nil })
        // The selected card is in reverse video; the missing-record mark is bold; headers are underlined.
        let lines = (0..<g.height).map { g.line($0) }
        let y = lines.firstIndex { $0.contains("Literatuuron") }!
        let x = Array(lines[y]).firstIndex(of: "L")!
        #expect(g[x, y].style.reverse)
        let other = lines.firstIndex { $0.contains("Toetsmodel") }!
        let ox = Array(lines[other]).firstIndex(of: "T")!
        #expect(!g[ox, other].style.reverse)
        let titleY = lines.firstIndex { $0.contains("English") }!
        let markY = titleY + 2
        let markX = Array(lines[markY]).firstIndex(of: "!")!
        #expect(g[markX, markY].style.bold)
        #expect(g[2, 1].style.underline)
        // The jaaragenda marks overdue tasks with words and underline, not colour alone.
        mono.key(.character("2"))
        let agenda = mono.grid
        let al = (0..<agenda.height).map { agenda.line($0) }
        let ty = al.firstIndex { $0.contains("Toetsen maken") }!
        #expect(al[ty...].joined().contains("te laat"))
        let tx = al[ty].distance(from: al[ty].startIndex, to: al[ty].range(of: "Toetsen maken")!.lowerBound)
        #expect(agenda[tx, ty].style.underline)
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func controlCharactersNeverReachTheGrid(width: Int, height: Int) {
        var s = UIFixture.section()
        s.name = "Sectie\u{1B}[31m Engels"
        s.initiatives[0].title = "Lit\u{1B}]0;pwned\u{07}eratuur"
        s.initiatives[0].goal = "doel\u{9B}2J\r\nregel"
        s.people[0].name = "Gemma\u{202E}seirV ed"
        s.people[0].initials = "G\u{08}dV"
        s.routineTasks[0].text = "Toetsen\u{00}maken"
        var d = UIDriver(section: s, width: width, height: height)
        func check(_ where_: String) {
            for cell in d.grid.cells {
                for scalar in cell.text.unicodeScalars {
                    let v = scalar.value
                    #expect(
                        !(v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v)),
                        "control U+\(String(v, radix: 16)) on \(where_)")
                }
            }
        }
        check("board")
        d.selectCard(s.initiatives[0].title)
        d.key(.enter)
        check("editor")
        d.key(.escape)
        d.key(.escape)
        for screen in ["2", "5", "6"] {
            d.key(.character(Character(screen)))
            check("screen \(screen)")
        }
        d.key(.character("m"))
        d.key(.enter)
        check("meeting")
    }

    @Test func singleSectionOpensDirectlyAndSeveralShowThePicker() {
        var state = AppState(options: AppOptions(today: UIFixture.today), sections: [])
        #expect(App.start(&state) == [.listSections])
        let summary = SectionSummary(
            slug: "sectie-engels", name: "Sectie Engels", people: 7, initiatives: 4, meetings: 6)
        #expect(
            App.update(&state, .app(.sectionsListed([.readable(summary)]))) == [.open(slug: "sectie-engels")])

        var many = AppState(options: AppOptions(today: UIFixture.today), sections: [])
        _ = App.start(&many)
        let effects = App.update(
            &many,
            .app(
                .sectionsListed([
                    .readable(summary),
                    .unreadable(
                        slug: "sectie-frans", problem: "sectie-frans.json line 3, column 7: expected a value"),
                ])))
        #expect(effects.isEmpty)
        let text = App.render(many, width: 80, height: 24).plainText()
        #expect(text.contains("Sectie Engels"))
        #expect(text.contains("7 mensen · 4 initiatieven · 6 overleggen"))
        #expect(text.contains("! sectie-frans: sectie-frans.json line 3, column 7"))
        // The broken file cannot be opened; the good one can.
        _ = App.update(&many, .key(.down))
        #expect(App.update(&many, .key(.enter)).isEmpty)
        #expect(many.statusIsError)
        _ = App.update(&many, .key(.up))
        #expect(App.update(&many, .key(.enter)) == [.open(slug: "sectie-engels")])
        // New and rename go through the store.
        _ = App.update(&many, .key(.character("n")))
        for c in "Sectie Frans" { _ = App.update(&many, .key(.character(c))) }
        #expect(App.update(&many, .key(.enter)) == [.create(name: "Sectie Frans")])
        _ = App.update(&many, .key(.character("r")))
        _ = App.update(&many, .key(.control("a")))
        _ = App.update(&many, .key(.control("k")))
        for c in "Sectie Engels 2027" { _ = App.update(&many, .key(.character(c))) }
        #expect(
            App.update(&many, .key(.enter)) == [
                .rename(slug: "sectie-engels", newName: "Sectie Engels 2027", expectedRevision: -1)
            ])
    }

    @Test func everyChangeIsSavedWithTheRevisionHeldAndQueuedWhileASaveIsOut() {
        var d = UIDriver()
        d.acknowledgeSaves = false
        d.selectCard("Uitgangspunten voor klassenverdeling")
        d.key(.character(">"))
        #expect(d.saves.count == 1)
        #expect(d.saves[0].expected == 1)
        // A second change while the first save is out waits for it.
        d.key(.character("<"))
        #expect(d.saves.count == 1)
        #expect(d.screen.contains("… opslaan"))
        d.send(.app(.saved(slug: "sectie-engels", revision: 2)))
        #expect(d.saves.count == 2)
        #expect(d.saves[1].expected == 2)
        #expect(d.saves[1].section.initiative(UIFixture.klassen.id)?.stage == .step(3))
        d.send(.app(.saved(slug: "sectie-engels", revision: 3)))
        #expect(d.screen.contains("✓ opgeslagen"))
        #expect(d.state.open?.revision == 3)
    }

    @Test func conflictIsToldNothingIsOverwrittenAndReloadIsOffered() {
        var d = UIDriver()
        d.acknowledgeSaves = false
        d.selectCard("Uitgangspunten voor klassenverdeling")
        d.key(.character(">"))
        d.send(.app(.conflict(slug: "sectie-engels", message: "saved by someone else")))
        #expect(d.screen.contains("R leest opnieuw in"))
        #expect(d.screen.contains("! conflict"))
        // Further changes are not saved over the other version.
        d.key(.character("<"))
        #expect(d.saves.count == 1)
        d.key(.character("R"))
        #expect(d.effects.last == .reload(slug: "sectie-engels"))
        var theirs = UIFixture.section()
        theirs.name = "Sectie Engels (van Fred)"
        d.send(.app(.opened(slug: "sectie-engels", section: theirs, revision: 7)))
        #expect(d.state.conflict == nil)
        #expect(d.state.open?.revision == 7)
        #expect(d.screen.contains("Sectie Engels (van Fred)"))
        #expect(d.state.undoStack.isEmpty)
    }

    @Test func saveFailureIsShownAndRetriedWithTheNextChange() {
        var d = UIDriver()
        d.acknowledgeSaves = false
        d.selectCard("Uitgangspunten voor klassenverdeling")
        d.key(.character(">"))
        d.send(.app(.saveFailed(slug: "sectie-engels", message: "The disk is full.")))
        #expect(d.screen.contains("Niet opgeslagen: The disk is full."))
        // q saves again first and quits only when that save went through.
        d.key(.character("q"))
        #expect(d.saves.count == 2)
        #expect(d.effects.last?.isSave == true)
        d.send(.app(.saved(slug: "sectie-engels", revision: 2)))
        #expect(d.effects.last == .quit)
    }

    @Test func englishLabels() {
        var d = UIDriver(width: 200, height: 60, language: .en)
        d.selectCard("Literatuuronderwijs")
        #expect(d.screen.contains("Step 8 · Trying out the initiative"))
        #expect(d.screen.contains("Agree what you try"))
        d.key(.character("2"))
        #expect(d.screen.contains("P Discussing plans"))
        #expect(d.screen.contains("Meeting 4"))
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func helpShowsEveryKeyEvenInASmallWindow(width: Int, height: Int) {
        var d = UIDriver(width: width, height: height)
        for screen in ["1", "2", "5", "6", "e"] {
            if screen == "e" {
                d.key(.character("1"))
                d.key(.enter)  // the initiative editor
            } else {
                d.key(.character(Character(screen)))
            }
            d.key(.character("?"))
            let text = d.screen
            for key in App.keyHelp(d.state) + App.globalKeyHelp(d.state) {
                #expect(
                    text.contains(key.keys),
                    "help of screen \(screen) misses \(key.keys) at \(width)×\(height)")
            }
            #expect(d.grid.rowsFit)
            // Nothing is cut short: a long action wraps onto the next row instead.
            // Inside the help box only (the screen beneath shows at its sides).
            let box = (1..<height - 1).map { String(d.grid.line($0).dropFirst(3).prefix(width - 6)) }
                .joined(separator: "\n")
            #expect(
                !box.replacingOccurrences(of: UIFixture.screenDigits, with: "").contains("…"),
                "help of screen \(screen) cuts text at \(width)×\(height)")
            d.key(.escape)
        }
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func pickerAtBothSizes(width: Int, height: Int) {
        var state = AppState(options: AppOptions(today: UIFixture.today), sections: [])
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
                    .unreadable(
                        slug: "kapot",
                        problem:
                            "kapot.json line 1, column 3: expected a field name; the file was left untouched."
                    ),
                ])))
        _ = App.update(&state, .key(.down))
        _ = App.update(&state, .key(.down))
        let grid = App.render(state, width: width, height: height)
        #expect(grid.rowsFit)
        let text = grid.plainText()
        #expect(text.contains("Sectie Frans"))
        // The selected broken file's whole message shows, wrapped, under the list.
        let joined = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(
            separator: " ")
        #expect(
            joined.contains(
                "kapot.json line 1, column 3: expected a field name; the file was left untouched."))
    }

    @Test func backInThePickerTheSectionJustLeftIsStillSelected() {
        func summary(_ slug: String, _ name: String) -> PickerEntry {
            .readable(SectionSummary(slug: slug, name: name, people: 0, initiatives: 0, meetings: 0))
        }
        var d = UIDriver()  // Sectie Engels is open
        d.key(.character("S"))
        // Meanwhile a section was created that sorts before it.
        d.send(
            .app(
                .sectionsListed([
                    summary("sectie-duits", "Sectie Duits"), summary("sectie-engels", "Sectie Engels"),
                ])))
        #expect(d.state.picker.index == 1)
        // r renames the selected line: the one the user was in, not its neighbour.
        d.key(.character("r"))
        guard case .prompt(let p) = d.state.dialog,
            case .renameSection(let slug) = p.purpose.reply(PickerDialog.self)
        else {
            Issue.record("r asks for a new name")
            return
        }
        #expect(slug == "sectie-engels")
        d.key(.escape)
        // A choice by j/k survives a refresh that adds a line above it.
        d.key(.up)
        d.send(
            .app(
                .sectionsListed([
                    summary("sectie-aardrijkskunde", "Sectie Aardrijkskunde"),
                    summary("sectie-duits", "Sectie Duits"),
                    summary("sectie-engels", "Sectie Engels"),
                ])))
        #expect(d.state.picker.index == 1)
    }

    @Test func helpListsEveryKeyOfTheScreen() {
        var d = UIDriver(width: 200, height: 60)
        d.key(.character("?"))
        let text = d.screen
        for key in App.keyHelp(d.state) + App.globalKeyHelp(d.state) {
            #expect(text.contains(key.keys), "help misses \(key.keys)")
        }
        #expect(text.contains("naar de volgende stap"))
        d.key(.escape)
        #expect(!d.state.helpVisible)
        d.key(.character("2"))
        d.key(.character("?"))
        #expect(d.screen.contains("punt naar volgend/vorig overleg"))
    }

    @Test func screensSwitchByDigitsAndTab() {
        var d = UIDriver()
        d.key(.character("2")); #expect(d.state.screen == .agenda)
        d.key(.character("5")); #expect(d.state.screen == .people)
        d.key(.character("6")); #expect(d.state.screen == .mine)
        d.key(.character("3")); #expect(d.state.screen == .networks)
        d.key(.character("4")); #expect(d.state.screen == .sociogram)
        d.key(.character("1")); #expect(d.state.screen == .board)
        d.key(.tab); #expect(d.state.screen == .agenda)
        d.key(.backTab); #expect(d.state.screen == .board)
        d.send(.mouse(MouseEvent(x: 20, y: 0, action: .press)))
        #expect(d.state.screen == .agenda)
    }

    @Test func undoAndRedoCoverEveryChangeAndSave() {
        var d = UIDriver()
        let original = d.section
        d.selectCard("Uitgangspunten voor klassenverdeling")
        d.key(.character(">"))
        d.key(.character("5"))
        d.key(.character("n"))
        d.type("Zoë Çelik")
        d.key(.enter)
        #expect(d.section.people.last?.name == "Zoë Çelik")
        #expect(d.section.people.last?.initials == "ZÇ")
        d.key(.character("u"))
        d.key(.character("u"))
        #expect(d.section == original)
        d.key(.character("u"))
        #expect(d.state.status == "Niets om ongedaan te maken.")
        d.key(.control("r"))
        d.key(.control("r"))
        #expect(d.section.people.last?.name == "Zoë Çelik")
        #expect(d.saves.count == 6)
        #expect(d.saves.last?.section == d.section)
    }

    @Test func clickInAChoiceSelectsAndASecondClickChooses() {
        var d = UIDriver(width: 100, height: 30)
        d.key(.character("m"))
        guard case .choice(let c) = d.state.dialog else { Issue.record("expected the meeting list"); return }
        let grid = d.grid
        let lines = (0..<grid.height).map { grid.line($0) }
        let y = lines.firstIndex { $0.contains("Overleg 5 ") }!
        d.send(.mouse(MouseEvent(x: 30, y: y, action: .press)))
        guard case .choice(let after) = d.state.dialog else { Issue.record("one click only selects"); return }
        #expect(after.selected == 4)
        #expect(after.selected != c.selected)
        d.send(.mouse(MouseEvent(x: 30, y: y, action: .press)))
        #expect(d.state.screen == .meeting)
        #expect(d.screen.contains("OVERLEG 5"))
    }

    @Test func ticksPastMidnightMoveToday() {
        var d = UIDriver()
        d.send(.tick(1000))  // 1970: never back in time
        #expect(d.state.options.today == UIFixture.today)
        let nextDay = Double(UIFixture.today.adding(days: 1).ordinal) * 86400 + 43200
        d.send(.tick(nextDay))
        #expect(d.state.options.today == UIFixture.today.adding(days: 1))
    }

    @Test func aNewEmptySectionGuidesTheFirstSteps() {
        var d = UIDriver(section: Section(name: "Sectie Frans"), width: 80, height: 24)
        #expect(d.screen.contains("Nog geen initiatieven. Druk n"))
        // The whole sentence, wrapped rather than cut at 80 columns.
        #expect(d.screen.contains("stap 0."))
        d.key(.character("2"))
        #expect(d.screen.contains("Nog geen overleggen. Druk n"))
        d.key(.character("m"))
        #expect(d.state.statusIsError)
        #expect(d.screen.contains("Er zijn nog geen overleggen"))
        d.key(.character("n"))
        d.key(.enter)  // a meeting without a date
        #expect(d.screen.contains("geen datum"))
        #expect(!d.screen.contains("datu…"))
        d.key(.character("m"))
        d.key(.enter)
        #expect(d.state.screen == .meeting)
        d.key(.enter)
        #expect(d.screen.contains("Er staan geen punten op dit overleg"))
        d.key(.character("5"))
        #expect(d.screen.contains("Nog niemand. Druk n"))
        #expect(d.grid.rowsFit)
    }
}
