import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// A small Sectie Engels after the method's case: seven teachers, the four initiatives of the case plus one closed
/// and one dropped, and the six meetings of figure 3.3 with the figure's agenda.
enum UIFixture {
    static let today = Day(year: 2026, month: 11, day: 21)
    /// "1 … 9": the help's line of screen digits, the one ellipsis that belongs in the help box.
    static var screenDigits: String {
        let digits = ScreenRegistry.tabbed.compactMap { $0.tab?.key }.filter(\.isNumber)
        return "\(digits.first ?? "1") … \(digits.last ?? "1")"
    }

    static let gemma = Person(
        name: "Gemma de Vries", role: "Engels", privateNote: "GEHEIM: gaat met pensioen")
    static let caroline = Person(name: "Caroline Bakker", role: "Engels")
    static let fred = Person(name: "Fred Jansen", role: "Engels")
    static let thomas = Person(name: "Thomas Visser", role: "Engels")
    static let jochem = Person(name: "Jochem Smit", role: "Engels")
    static let heleen = Person(name: "Heleen Mulder", role: "Engels")
    static let theo = Person(name: "Theo de Boer", role: "Engels")

    static let literatuur = Initiative(
        title: "Literatuuronderwijs", origin: .ownIdea, stage: .step(8),
        history: [
            StepChange(
                from: .step(7), to: .step(8), date: Day(year: 2026, month: 10, day: 22),
                note: "pilot in 4 vwo")
        ],
        initiators: [gemma.id, caroline.id], motivation: "Meer plezier in lezen",
        goal: "Leesportfolio in 4 vwo",
        targetDate: Day(year: 2027, month: 6, day: 1), approach: "Leesdossier met gesprekken",
        trial: TrialAgreement(
            what: "Leesdossier in 4 vwo", until: Day(year: 2027, month: 2, day: 1), watch: "motivatie"),
        involved: [Involvement(personID: jochem.id, positions: [.partner])],
        created: Day(year: 2026, month: 6, day: 1))
    static let toetsmodel = Initiative(
        title: "Toetsmodel", stage: .step(7), initiators: [fred.id], motivation: "Toetsen sluiten slecht aan",
        goal: "Nieuw toetsmodel",
        targetDate: Day(year: 2027, month: 7, day: 1),
        involved: [
            Involvement(personID: gemma.id, positions: [.partner]),
            Involvement(personID: thomas.id, positions: [.supplier]),
        ],
        created: Day(year: 2026, month: 6, day: 1))
    static let proficiency = Initiative(
        title: "English Proficiency", origin: .request, stage: .step(1),
        created: Day(year: 2026, month: 6, day: 1))
    static let klassen = Initiative(
        title: "Uitgangspunten voor klassenverdeling", stage: .step(3), initiators: [heleen.id, theo.id],
        motivation: "Eerlijke verdeling",
        involved: [Involvement(personID: jochem.id, positions: [.schakel])],
        created: Day(year: 2026, month: 9, day: 1))
    static let woordenschat = Initiative(
        title: "Woordenschat", stage: .closed, initiators: [thomas.id],
        created: Day(year: 2025, month: 9, day: 1))
    static let uitwisseling = Initiative(
        title: "Uitwisseling Engeland", stage: .dropped, created: Day(year: 2025, month: 9, day: 1))

    static let meetings: [Meeting] = [
        Meeting(number: 1, date: Day(year: 2026, month: 9, day: 10)),
        Meeting(number: 2, date: Day(year: 2026, month: 10, day: 22)),
        Meeting(number: 3, date: Day(year: 2026, month: 12, day: 3)),
        Meeting(number: 4, date: Day(year: 2027, month: 1, day: 21)),
        Meeting(number: 5, date: Day(year: 2027, month: 3, day: 11)),
        Meeting(number: 6, date: Day(year: 2027, month: 5, day: 5)),
    ]

    /// Figure 3.3 of the method, meeting by meeting: (plannen, informeren, ervaringen).
    static let figure: [(Int, AgendaColumn, Initiative)] = [
        (1, .plannenBespreken, proficiency), (1, .plannenBespreken, literatuur),
        (2, .plannenBespreken, toetsmodel), (2, .tussentijdsInformeren, literatuur),
        (3, .tussentijdsInformeren, toetsmodel), (3, .ervaringenUitwisselen, literatuur),
        (4, .plannenBespreken, klassen), (4, .tussentijdsInformeren, proficiency),
        (4, .ervaringenUitwisselen, literatuur), (4, .ervaringenUitwisselen, toetsmodel),
        (5, .tussentijdsInformeren, klassen), (5, .ervaringenUitwisselen, toetsmodel),
        (6, .ervaringenUitwisselen, toetsmodel), (6, .ervaringenUitwisselen, klassen),
    ]

    static func section() -> Section {
        var s = Section(
            name: "Sectie Engels", school: "Het Lyceum", schoolYear: "2026-2027",
            people: [gemma, caroline, fred, thomas, jochem, heleen, theo],
            initiatives: [literatuur, toetsmodel, proficiency, klassen, woordenschat, uitwisseling],
            meetings: meetings)
        for (number, column, initiative) in figure {
            s.agenda.append(
                AgendaItem(
                    meetingID: meetings[number - 1].id, column: column, subject: .initiative(initiative.id)))
        }
        s.routineTasks = [
            RoutineTask(
                text: "Toetsen maken", ownerID: fred.id, due: Day(year: 2026, month: 11, day: 1),
                meetingID: meetings[2].id),
            RoutineTask(
                text: "PTA aanpassen", ownerID: heleen.id, due: Day(year: 2027, month: 1, day: 10),
                meetingID: meetings[3].id),
        ]
        return s
    }
}

/// Drives the app as the terminal loop does, TCA-style: events in, state and grid out. Saves are
/// acknowledged like the store does (a new revision each time), so tests see the revision chain.
struct UIDriver {
    var state: AppState
    var width: Int
    var height: Int
    var revision = 1
    var effects: [Effect] = []
    var saves: [(section: Section, expected: Int)] = []
    /// When false, saves are left in flight (to test queueing, conflicts).
    var acknowledgeSaves = true
    /// Exhaustive mode, as TCA's TestStore has it: every change of the section must be asserted with
    /// `expectSection` before the next event (and before `finish`), or the test fails saying what
    /// changed unasserted.
    var exhaustive = false
    /// The section as the test last asserted it (or as it was opened).
    private(set) var assertedSection: Section

    init(
        section: Section = UIFixture.section(), width: Int = 200, height: Int = 60, language: Language = .nl,
        color: Bool = true
    ) {
        self.width = width
        self.height = height
        assertedSection = section
        state = AppState(
            options: AppOptions(language: language, color: color, today: UIFixture.today),
            sections: [SectionSummary(slug: "sectie-engels", section: section)])
        send(.resize(width: width, height: height))
        send(.app(.opened(slug: "sectie-engels", section: section, revision: 1)))
        effects = []
    }

    init(exhaustive section: Section, width: Int = 200, height: Int = 60) {
        self.init(section: section, width: width, height: height)
        exhaustive = true
    }

    mutating func send(_ event: Event) {
        // Only the test's own events are checked; the store's answer to a save belongs to the change.
        if exhaustive, case .app(.saved) = event {
        } else if exhaustive {
            checkEverythingAsserted(before: "\(event)")
        }
        let out = App.update(&state, event)
        effects += out
        for effect in out {
            if case .save(let slug, let section, let expected) = effect {
                saves.append((section, expected))
                if acknowledgeSaves {
                    revision += 1
                    send(.app(.saved(slug: slug, revision: revision)))
                }
            }
        }
    }

    /// Asserts the section's change since the last assertion: `change` applied to the last asserted
    /// section must give exactly the section now held.
    mutating func expectSection(
        _ change: (inout Section) throws -> Void, sourceLocation: SourceLocation = #_sourceLocation
    ) rethrows {
        var expected = assertedSection
        try change(&expected)
        if expected != state.section {
            Issue.record(
                "the section differs from the asserted change: \(Self.firstDifference(expected, state.section))",
                sourceLocation: sourceLocation)
        }
        assertedSection = state.section
    }

    /// Ends an exhaustive test: the last change must have been asserted too.
    func finish(sourceLocation: SourceLocation = #_sourceLocation) {
        checkEverythingAsserted(before: "the end of the test", sourceLocation: sourceLocation)
    }

    func checkEverythingAsserted(before what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard state.section != assertedSection else { return }
        Issue.record(
            "the section changed without an assertion before \(what): \(Self.firstDifference(assertedSection, state.section))",
            sourceLocation: sourceLocation)
    }

    /// The first line where two sections differ, as pretty JSON with sorted keys.
    static func firstDifference(_ a: Section, _ b: Section) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let left = (try? encoder.encode(a)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let right = (try? encoder.encode(b)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let l = left.split(separator: "\n"), r = right.split(separator: "\n")
        for i in 0..<max(l.count, r.count) {
            let x = i < l.count ? String(l[i]) : "<end>", y = i < r.count ? String(r[i]) : "<end>"
            if x != y {
                return
                    "line \(i + 1): expected \(x.trimmingCharacters(in: .whitespaces)), got \(y.trimmingCharacters(in: .whitespaces))"
            }
        }
        return "(no difference in JSON)"
    }

    mutating func key(_ key: Key) { send(.key(key)) }
    mutating func keys(_ keys: Key...) { for k in keys { send(.key(k)) } }
    mutating func type(_ text: String) { for c in text { send(.key(.character(c))) } }
    mutating func resize(_ w: Int, _ h: Int) {
        width = w
        height = h
        send(.resize(width: w, height: h))
    }

    var grid: Grid { App.render(state, width: width, height: height) }
    var screen: String { grid.plainText() }
    var section: Section { state.section }
    func initiative(_ title: String) -> Initiative { section.initiatives.first { $0.title == title }! }

    /// Selects a card on the board by title.
    mutating func selectCard(_ title: String) {
        let view = App.boardView(state)
        for (c, stage) in view.stages.enumerated() {
            if let row = view.cards(stage).firstIndex(where: { $0.title == title }) {
                state.board.column = c
                state.board.row = row
                return
            }
        }
        fatalError("no card \(title)")
    }
}

extension Grid {
    /// Every row's display width stays within the grid (nothing garbled or wrapped).
    var rowsFit: Bool {
        (0..<height).allSatisfy { y in DisplayWidth.of(line(y)) == width }
    }
}
