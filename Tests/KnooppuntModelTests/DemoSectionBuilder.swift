import Foundation

@testable import KnooppuntModel

/// The source of Resources/demo/sectie-engels.json: the method's case (Sectie Engels), written as
/// Swift so that the ids, dates and the jaaragenda are easy to read and to check. `DemoTests` compares the
/// committed JSON with this value; run the tests with KNOOPPUNT_WRITE_DEMO=<path> to write it anew.
enum DemoSectionBuilder {
    static func id(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))!
    }

    static func day(_ s: String) -> Day { Day(s)! }

    // People (fixed ids 1-7, as the other helpers and tests refer to them).
    static let gemma = id(1), caroline = id(2), fred = id(3), thomas = id(4), jochem = id(5), heleen = id(6),
        theo = id(7)
    // Initiatives.
    static let literatuur = id(101), toetsmodel = id(102), proficiency = id(103), klassenverdeling = id(104)
    // Meetings overleg 1-6.
    static let meetingIDs = (201...206).map(id)

    static func build() -> Section {
        let people = [
            Person(
                id: gemma, name: "Gemma de Vries", initials: "GdV", role: "Engels",
                attributes: ["bouw": "bovenbouw", "gender": "v"]),
            Person(
                id: caroline, name: "Caroline Noël", initials: "CN", role: "Engels",
                attributes: ["bouw": "bovenbouw", "gender": "v"]),
            Person(
                id: fred, name: "Fred van Dijk", initials: "FvD", role: "Engels",
                attributes: ["bouw": "bovenbouw", "gender": "m"]),
            Person(
                id: thomas, name: "Thomas Hoekstra", initials: "TH", role: "Engels",
                attributes: ["bouw": "onderbouw", "gender": "m"]),
            Person(
                id: jochem, name: "Jochem Brouwer", initials: "JB", role: "Engels",
                attributes: ["bouw": "onderbouw", "gender": "m"],
                privateNote: "Werkt op dinsdag niet (ouderschapsverlof tot de voorjaarsvakantie)."),
            Person(
                id: heleen, name: "Heleen Jansen", initials: "HJ", role: "Engels",
                attributes: ["bouw": "onderbouw", "gender": "v"]),
            Person(
                id: theo, name: "Theo Geërts", initials: "TG", role: "Engels",
                attributes: ["bouw": "bovenbouw", "gender": "m"],
                privateNote:
                    "Gaat aan het eind van dit schooljaar met pensioen; zijn taken tijdig overdragen."),
        ]

        let literatuurInitiative = Initiative(
            id: literatuur, title: "Literatuuronderwijs", origin: .ownIdea, stage: .step(8),
            history: [
                StepChange(
                    from: .step(0), to: .step(1), date: day("2026-06-22"),
                    note: "Gemma en Caroline nemen het samen op: meer leesplezier in de bovenbouw."),
                StepChange(
                    from: .step(1), to: .step(2), date: day("2026-06-29"),
                    note:
                        "Netwerkanalyse gedaan; een studiegenoot van Caroline (docent letterkunde) en de mediathecaris denken mee."
                ),
                StepChange(
                    from: .step(2), to: .step(3), date: day("2026-09-08"),
                    note:
                        "Besproken in overleg 1: veel instemming; Fred vraagt aandacht voor de leeslijst in het PTA."
                ),
                StepChange(
                    from: .step(3), to: .step(4), date: day("2026-09-15"),
                    note: "Doel en streefdatum vastgelegd, eerste opzet van het leesdossier."),
                StepChange(
                    from: .step(4), to: .step(5), date: day("2026-09-29"),
                    note: "Aanpak besproken met de docenten van 4 vwo."),
                StepChange(
                    from: .step(5), to: .step(6), date: day("2026-10-06"),
                    note: "Minder verplichte titels, meer keuze voor leerlingen."),
                StepChange(
                    from: .step(6), to: .step(7), date: day("2026-10-20"),
                    note: "Aanpak besproken in overleg 2; Heleen sluit aan bij de pilot."),
                StepChange(
                    from: .step(7), to: .step(8), date: day("2026-10-27"),
                    note: "Pilot in 4 vwo gestart na de herfstvakantie."),
            ],
            initiators: [gemma, caroline],
            motivation: "Leerlingen lezen weinig uit zichzelf; we willen dat ze literatuur leren waarderen.",
            goal: "Leerlingen in 4 vwo lezen met plezier en bespreken literatuur op niveau B2.",
            targetDate: day("2027-06-01"),
            approach:
                "Leesdossier met keuzeboeken, leesgesprekken in kleine groepen, een literaire avond in het voorjaar.",
            trial: TrialAgreement(
                what: "Leesdossier met keuzeboeken en leesgesprekken in 4 vwo", until: day("2027-01-29"),
                watch: "Leesplezier (korte enquête) en de kwaliteit van de leesgesprekken"),
            involved: [
                Involvement(personID: gemma, positions: [.initiator, .partner]),
                Involvement(personID: caroline, positions: [.initiator, .partner]),
                Involvement(personID: heleen, positions: [.partner]),
                Involvement(personID: fred, positions: [.user]),
            ],
            closingCriterion:
                "Afgerond wanneer de hele bovenbouw met het leesdossier werkt en het in het PTA staat.",
            created: day("2026-06-19"))

        let toetsmodelInitiative = Initiative(
            id: toetsmodel, title: "Toetsmodel", origin: .jaaragenda, stage: .step(5),
            history: [
                StepChange(
                    from: .step(0), to: .step(1), date: day("2026-09-10"),
                    note: "Fred wil af van losse hoofdstuktoetsen; Gemma en Thomas denken mee."),
                StepChange(
                    from: .step(1), to: .step(2), date: day("2026-09-24"),
                    note: "De toetscoördinator en een collega van Duits gevraagd mee te kijken."),
                StepChange(
                    from: .step(2), to: .step(3), date: day("2026-10-20"),
                    note: "Sectie geïnformeerd in overleg 2; zorgen over de werkdruk rond de toetsweken."),
                StepChange(
                    from: .step(3), to: .step(4), date: day("2026-10-27"),
                    note: "Doel en datum afgesproken; eerste opzet met vaardigheidstoetsen per domein."),
                StepChange(
                    from: .step(4), to: .step(5), date: day("2026-11-17"),
                    note: "Eerste opzet besproken met de docenten van de onderbouw."),
            ],
            initiators: [fred],
            motivation: "Toetsen meten nu vooral losse kennis; we willen zien wat leerlingen kunnen.",
            goal: "Eén toetsmodel voor leerjaar 1-3 met een vaardigheidstoets per domein.",
            targetDate: day("2027-05-14"),
            approach:
                "Per domein (lezen, luisteren, schrijven, spreken) één toets per periode, met gedeelde rubrics.",
            involved: [
                Involvement(personID: fred, positions: [.initiator, .partner]),
                Involvement(personID: gemma, positions: [.partner]),
                Involvement(personID: thomas, positions: [.partner]),
                Involvement(personID: jochem, positions: [.user]),
                Involvement(personID: heleen, positions: [.user]),
            ],
            created: day("2026-06-19"))

        let proficiencyInitiative = Initiative(
            id: proficiency, title: "English Proficiency", origin: .request, stage: .step(4),
            history: [
                StepChange(
                    from: .step(0), to: .step(1), date: day("2026-06-25"),
                    note:
                        "De schoolleiding vraagt de sectie een Cambridge-programma in te voeren; Thomas en Jochem krijgen de opdracht."
                ),
                StepChange(
                    from: .step(1), to: .step(2), date: day("2026-07-01"),
                    note: "Niemand voelt zich echt eigenaar; Thomas en Jochem nemen het voorlopig op."),
                StepChange(
                    from: .step(2), to: .step(3), date: day("2026-09-08"),
                    note:
                        "Besproken in overleg 1; vooral anderen dan Thomas en Jochem zien mogelijkheden in de lessen."
                ),
                StepChange(
                    from: .step(3), to: .step(4), date: day("2026-09-22"),
                    note: "Uitwerken loopt vast: er is geen gedeeld doel en geen datum."),
            ],
            initiators: [thomas, jochem],
            motivation: "Opdracht van de schoolleiding.",
            involved: [
                Involvement(personID: thomas, positions: [.initiator]),
                Involvement(personID: jochem, positions: [.initiator]),
                Involvement(personID: theo, positions: [.user]),
            ],
            created: day("2026-06-19"))

        let klassenverdelingInitiative = Initiative(
            id: klassenverdeling, title: "Uitgangspunten voor klassenverdeling", origin: .jaaragenda,
            stage: .step(2),
            history: [
                StepChange(
                    from: .step(0), to: .step(1), date: day("2026-10-20"),
                    note:
                        "Na overleg 2: Heleen wil de verdeling van klassen over docenten eerlijker en doorzichtiger maken."
                ),
                StepChange(
                    from: .step(1), to: .step(2), date: day("2026-11-03"),
                    note: "Heleen en Theo pakken het samen op, zodat het niet met Theo's pensioen verdwijnt."),
            ],
            initiators: [heleen, theo],
            motivation:
                "Nu bepaalt de roostermaker het alleen; collega's willen meepraten over de uitgangspunten.",
            created: day("2026-06-19"))

        let meetingDates = [
            "2026-09-08", "2026-10-20", "2026-12-01", "2027-01-12", "2027-02-23", "2027-04-06",
        ]
        let meetings = meetingDates.enumerated().map { index, date in
            Meeting(id: meetingIDs[index], number: index + 1, date: day(date), place: "lokaal 2.14")
        }

        // Figure 3.3 of the method, row by row. All placed by hand: the section drew it up at the end of the
        // previous school year, and English Proficiency's progress report was deliberately moved to overleg 4.
        let figure: [(Int, AgendaColumn, UUID)] = [
            (1, .plannenBespreken, proficiency), (1, .plannenBespreken, literatuur),
            (2, .plannenBespreken, toetsmodel), (2, .tussentijdsInformeren, literatuur),
            (3, .tussentijdsInformeren, toetsmodel), (3, .ervaringenUitwisselen, literatuur),
            (4, .plannenBespreken, klassenverdeling), (4, .tussentijdsInformeren, proficiency),
            (4, .ervaringenUitwisselen, literatuur), (4, .ervaringenUitwisselen, toetsmodel),
            (5, .tussentijdsInformeren, klassenverdeling), (5, .ervaringenUitwisselen, toetsmodel),
            (6, .ervaringenUitwisselen, toetsmodel), (6, .ervaringenUitwisselen, klassenverdeling),
        ]
        let agenda = figure.enumerated().map { index, entry in
            AgendaItem(
                id: id(301 + index), meetingID: meetingIDs[entry.0 - 1], column: entry.1,
                subject: .initiative(entry.2), placedByHand: true)
        }

        let tasks = [
            RoutineTask(
                id: id(401), text: "Toetsen periode 1 maken", ownerID: thomas, due: day("2026-09-25"),
                done: true, meetingID: meetingIDs[0]),
            RoutineTask(
                id: id(402), text: "Toetsen periode 2 maken", ownerID: jochem, due: day("2026-11-13"),
                meetingID: meetingIDs[1]),
            RoutineTask(
                id: id(403), text: "PTA aanpassen", ownerID: fred, due: day("2027-01-08"),
                meetingID: meetingIDs[2]),
            RoutineTask(
                id: id(404), text: "Excursie Londen voorbereiden", ownerID: caroline,
                due: day("2027-03-05"), meetingID: meetingIDs[3]),
        ]

        return Section(
            id: id(100), name: "Sectie Engels", school: "Stedelijk Lyceum De Brug", schoolYear: "2026-2027",
            people: people,
            initiatives: [
                literatuurInitiative, toetsmodelInitiative, proficiencyInitiative, klassenverdelingInitiative,
            ],
            meetings: meetings, agenda: agenda, routineTasks: tasks, networks: Networks())
    }

    /// The JSON as committed: the store's style (pretty-printed, sorted keys) and a final newline.
    static func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(build()) + Data("\n".utf8)
    }
}
