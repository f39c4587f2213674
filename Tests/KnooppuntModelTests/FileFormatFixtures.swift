import Foundation

@testable import KnooppuntModel

/// The sections behind `Tests/fixtures/sections`: the demo with its networks, and a large section made
/// from a fixed seed that fills every field of every kind once and leaves it empty or unset elsewhere.
/// The files were written by the store's own encoder before the model's Codable code changed;
/// `FileFormatTests` checks that today's encoder writes the same bytes. Run the tests with
/// KNOOPPUNT_WRITE_FIXTURES=<folder> to write them anew (only when the file format is meant to change).
enum FileFormatFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures/sections")

    static let files = ["demo.json", "large.json"]

    static func section(_ file: String) -> Section? {
        switch file {
        case "demo.json": return demo()
        case "large.json": return large()
        default: return nil
        }
    }

    static func demo() -> Section {
        var section = DemoSectionBuilder.build()
        section.networks = DemoNetworks.networks
        return section
    }

    /// A deterministic stream of numbers (the tests' `StoreRandom`), so the large section is the same on
    /// every run, with the picks the fixture needs.
    struct Seeded {
        var random: StoreRandom
        init(state: UInt64) { random = StoreRandom(seed: state) }
        mutating func next() -> UInt64 { random.next() }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
        mutating func uuid() -> UUID {
            UUID(uuidString: String(format: "00000000-0000-4000-8000-%012llX", next() & 0xFFFF_FFFF_FFFF))!
        }
        mutating func day() -> Day { Day(year: 2026 + below(2), month: 1 + below(12), day: 1 + below(28)) }
        mutating func text(_ word: String) -> String { chance(40) ? "" : "\(word) \(below(1000))" }
        mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }
        mutating func some<T>(_ values: [T]) -> [T] { values.filter { _ in chance(30) } }
    }

    static func large() -> Section {
        var r = Seeded(state: 2026)
        var section = Section(
            id: r.uuid(), name: "Sectie Groot", school: "Fixture College", schoolYear: "2026-2027")
        section.usualStart = ClockTime(hour: 15, minute: 45)
        section.usualEnd = ClockTime(hour: 17, minute: 15)
        section.people = (0..<120).map { n in
            Person(
                id: r.uuid(), name: "Persoon \(n) van Dijk", initials: r.chance(20) ? nil : "P\(n)",
                role: r.text("rol"), area: r.pick(Area.allCases),
                attributes: r.chance(50) ? ["bouw": r.pick(["onderbouw", "bovenbouw"])] : [:],
                privateNote: r.text("notitie"), leaving: r.chance(20) ? r.day() : nil)
        }
        let ids = section.people.map(\.id)
        // Lists of people draw from a few, so the file stays small enough to read.
        let few = Array(ids.prefix(10))
        section.initiatives = (0..<60).map { n in initiative(n, &r, people: few) }
        section.meetings = (1...12).map { n in
            Meeting(
                id: r.uuid(), number: n, date: r.chance(80) ? r.day() : nil, place: r.text("lokaal"),
                note: r.text("noot"), start: r.chance(30) ? ClockTime(hour: 14, minute: 0) : nil,
                end: r.chance(30) ? ClockTime(hour: 16, minute: 30) : nil, attendance: r.some(few))
        }
        for meeting in section.meetings {
            for initiative in r.some(Array(section.initiatives.prefix(15))) {
                section.agenda.append(
                    AgendaItem(
                        id: r.uuid(), meetingID: meeting.id, column: r.pick(AgendaColumn.allCases),
                        subject: r.chance(70) ? .initiative(initiative.id) : .text("punt \(r.below(99))"),
                        note: r.text("noot"), placedByHand: r.chance(50)))
            }
        }
        section.routineTasks = (0..<30).map { n in
            RoutineTask(
                id: r.uuid(), text: "taak \(n)", ownerID: r.chance(50) ? r.pick(ids) : nil,
                due: r.chance(50) ? r.day() : nil, done: r.chance(30),
                meetingID: r.chance(50) ? r.pick(section.meetings).id : nil,
                decidedAt: r.chance(30) ? r.pick(section.meetings).id : nil,
                note: r.chance(30) ? "noot \(n)" : nil)
        }
        section.networks = networks(&r, people: few)
        section.instruments = instruments(&r, section: section)
        section.conflicts = (0..<3).map { n in
            MergeConflict(
                id: r.uuid(), path: ["initiatives", "\(n)", "goal"], place: "initiatief \(n)", current: "a",
                other: "b", source: "laptop", at: "2026-10-0\(n + 1)T10:00:00Z")
        }
        return section
    }

    static func initiative(_ n: Int, _ r: inout Seeded, people: [UUID]) -> Initiative {
        let created = r.day()
        let stage = r.pick(Stage.allSteps + [.closed, .dropped])
        let details = StepDetails(
            sectionInput: r.text("inbreng"), reactions: r.text("reacties"), trialParticipants: r.some(people),
            trialLog: r.chance(50)
                ? (0..<3).map { _ in TrialLogEntry(date: r.day(), people: r.some(people), text: r.text("log"))
                }
                : [],
            evidence: Set(r.some(EvidenceKind.allCases)), successes: r.text("succes"),
            results: r.text("resultaat"), sharing: r.text("delen"))
        return Initiative(
            id: r.uuid(), title: "Initiatief \(n)", origin: r.pick(Origin.allCases), stage: stage,
            history: r.chance(70)
                ? [StepChange(from: .step(0), to: stage, date: r.day(), note: r.text("stap"))] : [],
            initiators: r.some(people), motivation: r.text("waarom"), goal: r.text("doel"),
            targetDate: r.chance(50) ? r.day() : nil, approach: r.text("aanpak"),
            trial: r.chance(50)
                ? TrialAgreement(what: "proef", until: r.chance(50) ? r.day() : nil, watch: r.text("letten"))
                : TrialAgreement(),
            experiences: r.chance(40) ? [Experience(date: r.day(), text: "ervaring")] : [],
            involved: r.some(people).map { person in
                Involvement(
                    personID: person, positions: Set(r.some(InvolvementPosition.allCases)),
                    intensity: r.chance(50) ? r.pick(InvolvementIntensity.allCases) : nil)
            },
            closingCriterion: r.text("klaar als"), created: created, details: details)
    }

    static func networks(_ r: inout Seeded, people: [UUID]) -> Networks {
        let ecograms = (0..<4).map { n -> Ecogram in
            let centre = EcogramCentre(
                id: r.uuid(), personID: r.chance(70) ? r.pick(people) : nil, name: "C\(n)")
            let contacts = (0..<15).map { c in
                EcogramContact(
                    id: r.uuid(), personID: r.chance(50) ? r.pick(people) : nil, name: "contact \(c)",
                    area: r.pick(Area.allCases), ring: r.pick(EcogramRing.allCases),
                    groups: r.some(["a", "b", "c"]),
                    privateNote: r.text("geheim"))
            }
            let nodes = [centre.id] + contacts.map(\.id)
            let ties = (0..<20).map { _ in
                EcogramTie(
                    id: r.uuid(), from: r.pick(nodes), to: r.pick(nodes),
                    direction: r.pick(TieDirection.allCases),
                    relations: r.some(["K", "G", "E", "R", "X"]), strength: r.pick(TieStrength.allCases))
            }
            var layout = SavedLayout()
            for node in r.some(nodes) { layout[node] = LayoutPoint(x: Double(r.below(200)) / 8, y: -1.25) }
            return Ecogram(
                id: r.uuid(), name: "Ecogram \(n)", centre: centre, contacts: contacts, ties: ties,
                customRelations: r.chance(50) ? [RelationLetter(letter: "x", meaningNL: "eigen")] : [],
                layout: layout, privateNote: r.text("geheim"))
        }
        let analyses = (0..<3).map { n -> NetworkAnalysis in
            let ingredients = (0..<6).map { i in
                Ingredient(id: r.uuid(), name: "ingrediënt \(i)", kind: r.pick(IngredientKind.allCases))
            }
            let schakels = (0..<8).map { s in
                Schakel(
                    id: r.uuid(), personID: r.chance(60) ? r.pick(people) : nil, name: "schakel \(s)",
                    area: r.pick(Area.allCases), ingredientIDs: r.some(ingredients.map(\.id)),
                    story: r.text("verhaal"), positions: Set(r.some(InvolvementPosition.allCases)))
            }
            return NetworkAnalysis(
                id: r.uuid(), name: "Analyse \(n)", initiativeID: r.chance(50) ? r.uuid() : nil,
                ingredients: ingredients, schakels: schakels, privateNote: r.text("geheim"))
        }
        let sociograms = (0..<3).map { n -> Sociogram in
            let members = people
            let outsiders = (0..<3).map { o in
                SociogramOutsider(
                    id: r.uuid(), name: "buiten \(o)", attributes: r.chance(50) ? ["rol": "tl"] : [:])
            }
            let topics = (0..<2).map { t in
                SociogramTopic(
                    id: r.uuid(), name: "onderwerp \(t)", question: r.text("vraag"), isNegative: t == 1)
            }
            let measurements = (0..<2).map { m in
                SociogramMeasurement(
                    id: r.uuid(), date: r.day(), label: r.text("meting"),
                    choices: (0..<25).map { _ in
                        SociogramChoice(
                            topicID: r.pick(topics).id, from: r.pick(members), to: r.pick(members),
                            negative: r.chance(10))
                    })
            }
            return Sociogram(
                id: r.uuid(), name: "Sociogram \(n)", personIDs: members, outsiders: outsiders,
                topics: topics,
                measurements: measurements, privateNote: r.text("geheim"), coachOwn: n == 2)
        }
        return Networks(ecograms: ecograms, analyses: analyses, sociograms: sociograms)
    }

    static func instruments(_ r: inout Seeded, section: Section) -> Instruments {
        let groups = ["", "werkgroep"].map { name in
            ThermometerGroup(
                id: r.uuid(), name: name,
                rounds: (0..<2).map { _ in
                    ThermometerRound(
                        id: r.uuid(), date: r.day(),
                        answers: (0..<10).map { _ in
                            ThermometerAnswer(
                                responseID: r.uuid(), vertrouwen: 1 + r.below(4), normen: 1 + r.below(4),
                                werkafspraken: 1 + r.below(4), identificatie: 1 + r.below(4))
                        })
                })
        }
        let rounds = (0..<2).map { _ in
            DimensionRound(
                id: r.uuid(), date: r.day(),
                answers: (0..<8).compactMap { _ in
                    DimensionAnswer(
                        responseID: r.uuid(),
                        positions: DimensionIndicator.allCases.map { _ in
                            r.pick(Array(DimensionIndicator.positions))
                        })
                })
        }
        let evaluations = section.meetings.prefix(4).map { meeting in
            MeetingEvaluation(meetingID: meeting.id, wentWell: r.text("goed"), doBetter: r.text("beter"))
        }
        let sociogram = section.networks.sociograms[0]
        let interventions = (0..<4).map { n in
            SociogramIntervention(
                id: r.uuid(), sociogramID: sociogram.id, measurementID: sociogram.measurements[0].id,
                what: "interventie \(n)", who: r.text("wie"),
                personID: r.chance(50) ? section.people[n].id : nil,
                byWhen: r.chance(50) ? r.day() : nil, done: r.chance(50))
        }
        let groslijsten = section.people.prefix(2).map { owner in
            Groslijst(
                id: r.uuid(), ownerID: owner.id,
                entries: (0..<6).map { e in
                    GroslijstEntry(
                        id: r.uuid(), personID: r.chance(50) ? r.pick(section.people).id : nil,
                        name: "contact \(e)",
                        area: r.pick(Area.allCases), wished: r.chance(50), positive: r.chance(70),
                        note: r.text("noot"))
                })
        }
        return Instruments(
            thermometerGroups: groups, dimensionRounds: rounds, meetingEvaluations: evaluations,
            interventions: interventions, groslijsten: groslijsten)
    }
}
