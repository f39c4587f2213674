import Foundation
import KnooppuntModel
import KnooppuntUI

/// `make bench BENCH=keys`: keys on the sociogram screen at school scale, timed by the real release
/// binary in a pseudo-terminal from the key's byte to the last byte of its frame (bench/keys_latency.py),
/// beside `less` scrolling one line in the same terminal. Two generated sections (fixed seed): a staff
/// of 150 with about 3,000 ties over four topics, and 2,000 respondents with about 20,000 ties; each
/// sociogram has two measurements and no saved layout, as after `knooppunt import survey`.
enum KeysBench {
    static let size = "200x60"

    /// The goals for the network screens at school scale (README, "Keys, bytes, files and start"), in milliseconds: cursor move, topic or measurement switch, opening.
    struct Goals {
        var cursor: Double
        var switching: Double?
        var open: Double
    }

    static func run() {
        print("Keys bench (\(size), release binary in a pseudo-terminal, key byte to last byte of the frame)")
        let scripts = BenchScript.binary().flatMap { binary in
            BenchScript.script("keys_latency.py").map { (binary, $0) }
        }
        guard case .success(let (binary, script)) = scripts else {
            if case .failure(let skip) = scripts { print("  SKIPPED: \(skip)") }
            return
        }
        let cases: [(people: Int, ties: Int, goals: Goals)] = [
            (150, 3_000, Goals(cursor: 2, switching: 16, open: 50)),
            (2_000, 20_000, Goals(cursor: 16, switching: nil, open: 1_000)),
        ]
        for c in cases {
            measure(people: c.people, ties: c.ties, goals: c.goals, binary: binary, script: script)
        }
    }

    static func measure(people: Int, ties: Int, goals: Goals, binary: URL, script: URL) {
        let label = "\(people) people, \(ties) ties"
        let section = SchoolSection.make(people: people, tiesPerMeasurement: ties, seed: 14)
        // The board shows the section's name once it is read: keys before that would wait for the
        // start, not for the screen they ask for.
        let run = BenchScript.run(
            script, binary: binary, on: section, scratch: "keys",
            ["--size", size, "--moves", "20", "--ready", "Schoolteam"])
        guard case .success(let figures) = run else {
            if case .failure(let skip) = run { print("  \(label): SKIPPED, \(skip)") }
            return
        }
        let less = BenchScript.number(figures, "less_line_median_ms")
        func line(_ name: String, _ key: String, goal: Double?) {
            guard let value = BenchScript.number(figures, key) else {
                print("    \(name): no frame came")
                return
            }
            var text = String(format: "    %@: %.2f ms", name, value)
            if let less, less > 0 {
                text += String(format: " (less %.2f ms, ratio %.1f)", less, value / less)
            }
            if let goal {
                text += String(format: "; goal ≤ %.0f ms %@", goal, value <= goal ? "met" : "NOT met")
            }
            print(text)
        }
        print("  \(label):")
        line("start to first frame", "start_ms", goal: nil)
        line("open screen 4, first frame", "open_ms", goal: goals.open)
        line("open screen 4, settled (background work shown)", "open_settled_ms", goal: nil)
        line("cursor move, median", "cursor_median_ms", goal: goals.cursor)
        line("topic switch t, median", "topic_median_ms", goal: goals.switching)
        line("measurement switch M, median", "measurement_median_ms", goal: goals.switching)
        line("quit q to exit", "quit_ms", goal: nil)
        if let bytes = BenchScript.number(figures, "cursor_bytes_median") {
            print(String(format: "    bytes per cursor move, median: %.0f", bytes))
        }
        if ProcessInfo.processInfo.environment["KNOOPPUNT_BENCH_SHOW"] == "1" { print("    raw: \(figures)") }
        inProcess(section)
    }

    /// The interface's own share of a cursor move, without terminal or pseudo-terminal: `App.update`
    /// and `App.render` of the arrow keys the script presses, first visits and returns alike, after
    /// the picture is complete (computed inline here, as `knooppunt show` does).
    static func inProcess(_ section: Section) {
        var state = AppState(
            options: AppOptions(language: .nl, color: true, today: Day(year: 2027, month: 3, day: 15)),
            sections: [])
        _ = App.update(&state, .resize(width: 200, height: 60))
        _ = App.update(&state, .app(.opened(slug: "bench", section: section, revision: 1)))
        _ = App.update(&state, .key(.character("4")))
        var sink = App.render(state, width: 200, height: 60).cells.count
        var times: [Double] = []
        let keys: [Key] = [.right, .down, .left, .up]
        for i in 0..<20 {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = App.update(&state, .key(keys[i % 4]))
            sink &+= App.render(state, width: 200, height: 60).cells.count
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        if sink == 42 { print("") }  // keeps the optimiser from dropping the renders
        let sorted = times.sorted()
        print(
            String(
                format: "    in this process, update + render of a cursor move: median %.2f ms, max %.2f ms",
                sorted[sorted.count / 2], sorted.last ?? 0))
        compareSections(section)
    }

    /// What comparing the whole section costs (the shell's check whether a key changed it): the same
    /// section, and one whose last sociogram choice was toggled (the comparison runs to the end).
    static func compareSections(_ section: Section) {
        var toggled = section
        if let last = toggled.networks.sociograms[0].measurements[0].choices.indices.last {
            toggled.networks.sociograms[0].measurements[0].choices[last].negative.toggle()
        }
        func time(_ other: Section) -> Double {
            var samples: [Double] = []
            var differing = 0
            for _ in 0..<21 {
                let start = DispatchTime.now().uptimeNanoseconds
                if section != other { differing += 1 }
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            if differing == 42 { print("") }  // keeps the optimiser from dropping the comparisons
            return samples.sorted()[samples.count / 2]
        }
        let same = section
        print(
            String(
                format: "    comparing the whole section: unchanged %.4f ms; last choice toggled %.3f ms",
                time(same), time(toggled)))
    }
}

/// A school-sized section for the keys bench: people in subject departments, each naming colleagues
/// (mostly from their own department) for each of four topics, in two measurements a year apart.
enum SchoolSection {
    static let firstNames = [
        "Zoë", "Anaïs", "Noël", "Chloé", "Daniël", "Eefje", "Joëlle", "René", "Michiel", "Saïd", "Inès",
        "Bram",
        "Fenna", "Loïs", "Sven", "Ilse", "Arjen", "Bas", "Carla", "Dirk", "Esther", "Femke", "Gijs",
        "Hanneke",
        "Ivo", "Jelle", "Karin", "Lotte", "Maarten", "Nadia", "Olaf", "Petra", "Quinten", "Roos", "Sander",
        "Tessa", "Ugur", "Vera", "Wouter", "Yara",
    ]
    static let lastNames = [
        "de Vries", "Jansen", "van den Berg", "Bakker", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
        "Bos", "Visser", "Peeters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "de Wit", "Dijkstra",
        "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "de Haan", "Vermeulen", "van Leeuwen",
        "de Bruijn", "Schouten", "van Beek", "Willems", "Hoekstra", "Maas", "Verhoeven", "Koster",
        "Prins", "Blom", "Huisman", "Peters", "Kuipers", "van Vliet", "Veenstra", "Kramer", "van Wijk",
        "Post", "Schipper", "Vos", "Evers", "Bosman", "Martens", "Groen",
    ]
    static let subjects = [
        "Engels", "Nederlands", "wiskunde", "biologie", "geschiedenis", "Frans", "Duits", "economie",
        "aardrijkskunde", "natuurkunde", "scheikunde", "lichamelijke opvoeding", "tekenen", "muziek",
    ]

    static func make(people count: Int, tiesPerMeasurement ties: Int, seed: UInt64) -> Section {
        var rng = BenchRandom(seed: seed)
        let people = (0..<count).map { i in
            Person(
                id: rng.uuid(),
                name:
                    "\(firstNames[i % firstNames.count]) \(lastNames[(i / firstNames.count + i) % lastNames.count])",
                role: "docent",
                attributes: ["vak": subjects[i % subjects.count], "locatie": i % 3 == 0 ? "Noord" : "Zuid"])
        }
        let topicNames = ["zorg", "ouderbetrokkenheid", "feedback", "didactiek"]
        let topics = topicNames.map {
            SociogramTopic(id: rng.uuid(), name: $0, question: "Aan wie vraag je advies?")
        }
        let first = choices(people: people, topics: topics, count: ties, rng: &rng)
        // The second measurement: a year later, a fifth of the choices went to someone else.
        var second = first
        for i in second.indices where rng.below(5) == 0 {
            second[i].to = people[rng.below(count)].id
            if second[i].to == second[i].from { second[i].to = people[(rng.below(count - 1) + 1) % count].id }
        }
        let sociogram = Sociogram(
            id: rng.uuid(), name: "Schoolteam", personIDs: people.map(\.id), topics: topics,
            measurements: [
                SociogramMeasurement(
                    id: rng.uuid(), date: Day(year: 2026, month: 3, day: 10), choices: first),
                SociogramMeasurement(
                    id: rng.uuid(), date: Day(year: 2027, month: 3, day: 9), choices: unique(second)),
            ])
        return Section(
            id: rng.uuid(), name: "Schoolteam \(count)", school: "Het Baken", schoolYear: "2026-2027",
            people: people, networks: Networks(sociograms: [sociogram]))
    }

    /// About `count` choices spread evenly over people and topics, four in five within the chooser's
    /// department; no one chooses themselves, and no choice is repeated.
    static func choices(people: [Person], topics: [SociogramTopic], count: Int, rng: inout BenchRandom)
        -> [SociogramChoice]
    {
        let n = people.count
        var result: [SociogramChoice] = []
        result.reserveCapacity(count)
        var k = 0
        while result.count < count {
            let from = k % n
            let topic = topics[(k / n) % topics.count]
            k += 1
            var to: Int
            if rng.below(5) < 4 {
                // Someone of the same subject: indexes with the same remainder.
                let department = subjects.count
                let members = max(1, (n - from % department + department - 1) / department)
                to = (from % department) + department * rng.below(members)
            } else {
                to = rng.below(n)
            }
            if to == from || to >= n { to = (from + 1 + rng.below(n - 1)) % n }
            result.append(SociogramChoice(topicID: topic.id, from: people[from].id, to: people[to].id))
        }
        return unique(result)
    }

    static func unique(_ choices: [SociogramChoice]) -> [SociogramChoice] {
        var seen = Set<SociogramChoice>()
        return choices.filter { seen.insert($0).inserted }
    }
}
