import Foundation
import KnooppuntModel
import KnooppuntUI

/// `make bench` render figures:
/// 1. time to build the grid (`App.render`) of the stappenplan board, the jaaragenda and meeting mode for a
///    generated section of 60 initiatives and 40 meetings at 200×60, as a fraction of one 60 Hz frame
///    (16.7 ms, the time a terminal program has per screen update before it feels slow); median of many runs;
/// 2. bytes written to the terminal for one cursor move on the board, by the real binary in a
///    pseudo-terminal (bench/render_bytes.py), beside the full first screen and beside `less` scrolling
///    one line, as a reference tool doing comparable terminal work.
enum RenderBench {
    static let width = 200
    static let height = 60
    static let frameSeconds = 1.0 / 60

    static func run() {
        print(
            "Render bench (\(width)×\(height), 60 initiatives, 40 meetings; reference: one 60 Hz frame = 16.7 ms)"
        )
        let section = Generated.section(initiatives: 60, meetings: 40)
        var state = AppState(
            options: AppOptions(language: .nl, color: true, today: Day(year: 2027, month: 3, day: 15)),
            sections: [])
        _ = App.update(&state, .resize(width: width, height: height))
        _ = App.update(&state, .app(.opened(slug: "bench", section: section, revision: 1)))

        let board = App.render(state, width: width, height: height)
        report(
            "board (stappenplan)", state: state, shows: String(section.initiatives[0].title.prefix(8)),
            in: board)

        let changed = changedCellBytes(state)

        _ = App.update(&state, .key(.character("2")))
        let agenda = App.render(state, width: width, height: height)
        report("jaaragenda", state: state, shows: "Regelwerk", in: agenda)

        // Meeting mode draws its body into a scratch grid and shows the part around the selection.
        _ = App.update(&state, .key(.character("m")))
        _ = App.update(&state, .key(.enter))
        let meeting = App.render(state, width: width, height: height)
        report("meeting mode", state: state, shows: "OVERLEG", in: meeting)

        measureBytes(section: section, changedCells: changed)
    }

    // MARK: grid building time

    private static func report(_ name: String, state: AppState, shows marker: String, in sample: Grid) {
        if !sample.plainText().contains(marker) {
            // Measuring the wrong screen would give a meaningless figure; say so instead of hiding it.
            print(
                "  \(name): WARNING the rendered grid does not show \"\(marker)\"; the figure may not be this screen"
            )
        }
        // KNOOPPUNT_BENCH_SHOW=1 prints the measured screens, to see what was timed.
        if ProcessInfo.processInfo.environment["KNOOPPUNT_BENCH_SHOW"] == "1" { print(sample.plainText()) }
        let samples = timings(state)
        let median = samples.sorted()[samples.count / 2]
        let p90 = samples.sorted()[samples.count * 9 / 10]
        print(
            String(
                format: "  %@ grid: median %.3f ms (p90 %.3f ms) over %d runs = %.3f of a 60 Hz frame",
                name, median * 1000, p90 * 1000, samples.count, median / frameSeconds))
    }

    /// Seconds per `App.render`, after a warm-up; at least 50 runs and at most ~2 s of work.
    private static func timings(_ state: AppState) -> [Double] {
        var sink = 0
        for _ in 0..<5 { sink &+= App.render(state, width: width, height: height).cells.count }
        var samples: [Double] = []
        let budget = DispatchTime.now().uptimeNanoseconds + 2_000_000_000
        while samples.count < 50 || (samples.count < 1000 && DispatchTime.now().uptimeNanoseconds < budget) {
            let start = DispatchTime.now().uptimeNanoseconds
            let grid = App.render(state, width: width, height: height)
            let end = DispatchTime.now().uptimeNanoseconds
            sink &+= grid.cells.count
            samples.append(Double(end - start) / 1e9)
        }
        if sink == 42 { print("") }  // keeps the optimiser from dropping the renders
        return samples
    }

    // MARK: bytes per cursor move

    /// The cells a board move (`l`, then `h` back) changes, and their text in UTF-8 bytes: what any
    /// terminal program must send at least for that move, before cursor addressing and attributes.
    static func changedCellBytes(_ start: AppState) -> (cells: Int, bytes: Int) {
        var state = start
        var before = App.render(state, width: width, height: height)
        var cells = 0
        var bytes = 0
        for key in ["l", "h"] {
            _ = App.update(&state, .key(.character(Character(key))))
            let after = App.render(state, width: width, height: height)
            for i in after.cells.indices
            where after.cells[i] != before.cells[i] && !after.cells[i].isContinuation {
                cells += 1
                bytes += max(1, after.cells[i].text.utf8.count)
            }
            before = after
        }
        return (cells / 2, bytes / 2)
    }

    private static func measureBytes(section: Section, changedCells: (cells: Int, bytes: Int)) {
        let scripts = BenchScript.binary().flatMap { binary in
            BenchScript.script("render_bytes.py").map { (binary, $0) }
        }
        guard case .success(let (binary, script)) = scripts else {
            if case .failure(let skip) = scripts { print("  bytes per cursor move: SKIPPED, \(skip)") }
            return
        }
        let run = BenchScript.run(
            script, binary: binary, on: section, scratch: "render",
            ["--size", "\(width)x\(height)", "--key", "l"])
        guard case .success(let figures) = run else {
            if case .failure(let skip) = run { print("  bytes per cursor move: FAILED, \(skip)") }
            return
        }
        guard let first = figures["first_screen_bytes"] as? Int,
            let move = BenchScript.number(figures, "cursor_move_median")
        else {
            print("  bytes per cursor move: FAILED (render_bytes.py gave no figures)")
            return
        }
        let moves = (figures["cursor_move_bytes"] as? [Int]) ?? []
        print(
            String(
                format:
                    "  bytes per cursor move on the board (l/h): median %.0f %@; first full screen %d bytes (move = %.3f of it)",
                move, moves.description, first, first > 0 ? move / Double(first) : 0))
        print(
            String(
                format:
                    "  cells that change on that move: %d, their text %d bytes; bytes on the wire / changed cells' bytes = %.2f (goal ≤ 2 %@)",
                changedCells.cells, changedCells.bytes, move / Double(max(1, changedCells.bytes)),
                move <= 2 * Double(changedCells.bytes) ? "met" : "NOT met"))
        if let less = (figures["less_line_down_median"] as? NSNumber)?.doubleValue, less > 0 {
            print(
                String(
                    format:
                        "  reference: less, one line down (j) at the same size: median %.0f bytes; ratio knooppunt/less = %.2f",
                    less, move / less))
        }
    }

    // MARK: the generated section

    /// A section shaped like a busy real one: Dutch names with diacritics, initiatives spread over all
    /// steps with initiators, histories and involved people, and meetings with items in all four columns.
    enum Generated {
        static let firstNames = [
            "Zoë", "Anaïs", "Noël", "Chloé", "Daniël", "Eefje", "Joëlle", "René", "Michiel",
            "Saïd", "Inès", "Bram", "Fenna", "Loïs", "Sven", "Ilse",
        ]
        static let lastNames = [
            "de Vries", "Jansen", "van den Berg", "Bakker", "Smit", "Meijer", "de Boer",
            "Mulder", "de Groot", "Bos", "Visser", "Peeters",
        ]
        static let topics = [
            "Leesstrategieën", "Formatief toetsen", "Feedback op schrijfopdrachten",
            "Woordenschat onderbouw", "Spreekvaardigheid", "Differentiëren in de les", "Projectweek Engeland",
            "Digitale portfolio's", "Kijk- en luistervaardigheid", "Literatuur in de bovenbouw",
            "Samenwerkend leren", "Examentraining", "Taalbeleid sectie-overstijgend", "Oefenen met AI-tools",
            "Coöperatieve werkvormen",
        ]

        static func section(initiatives: Int, meetings: Int) -> Section {
            var rng = BenchRandom(seed: 20_261_121)
            let people = (0..<16).map { i in
                Person(
                    name: "\(firstNames[i % firstNames.count]) \(lastNames[(i * 7) % lastNames.count])",
                    role: i < 10 ? "docent" : "coördinator",
                    area: i < 10 ? .ownSection : (i < 14 ? .school : .outside))
            }
            let start = Day(year: 2026, month: 9, day: 1)
            let allMeetings = (1...meetings).map { n in
                Meeting(number: n, date: start.adding(days: (n - 1) * 7), place: "Lokaal \(100 + n % 12)")
            }
            var list: [Initiative] = []
            for i in 0..<initiatives {
                let stage: Stage = i % 13 == 12 ? .closed : .step(i % 11)
                let initiators = [people[Int(rng.next() % 10)].id, people[Int(rng.next() % 10)].id]
                var history: [StepChange] = []
                if let n = stage.stepNumber, n > 0 {
                    for s in 1...n {
                        history.append(
                            StepChange(
                                from: .step(s - 1), to: .step(s), date: start.adding(days: s * 9),
                                note: "Besproken in de sectie"))
                    }
                }
                list.append(
                    Initiative(
                        title: "\(topics[i % topics.count]) \(i / topics.count + 1)", stage: stage,
                        history: history,
                        initiators: Array(Set(initiators)),
                        motivation: "Leerlingen lezen te weinig; we willen dat veranderen.",
                        goal: i % 3 == 0 ? "" : "Betere resultaten bij het centraal examen",
                        involved: [
                            Involvement(personID: people[10 + i % 6].id, positions: [.partner, .user])
                        ],
                        created: start))
            }
            var agenda: [AgendaItem] = []
            for (i, initiative) in list.enumerated() {
                let columns: [AgendaColumn] = [
                    .plannenBespreken, .tussentijdsInformeren, .ervaringenUitwisselen,
                ]
                for k in 0..<3 {
                    let meeting = allMeetings[(i + k * 9) % allMeetings.count]
                    agenda.append(
                        AgendaItem(
                            meetingID: meeting.id, column: columns[k], subject: .initiative(initiative.id)))
                }
            }
            for (n, meeting) in allMeetings.enumerated() where n % 2 == 0 {
                agenda.append(
                    AgendaItem(
                        meetingID: meeting.id, column: .regelwerkTussendoor,
                        subject: .text("Toetsrooster bijwerken")))
            }
            let tasks = (0..<15).map { i in
                RoutineTask(
                    text: "PTA-onderdeel \(i + 1) nakijken", ownerID: people[i % 10].id,
                    due: start.adding(days: i * 14))
            }
            return Section(
                name: "Sectie Engels (bench)", school: "Het Baken", schoolYear: "2026-2027", people: people,
                initiatives: list, meetings: allMeetings, agenda: agenda, routineTasks: tasks)
        }
    }
}
