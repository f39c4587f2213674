import Foundation

extension SectionValidation {
    /// One kind of repair a load can make, with its sentence in both languages; the order of the cases
    /// is the order the repairs are told in.
    enum RepairKind: CaseIterable {
        case newIDs, repeated, missingPeople, missingInitiatives, missingMeetings, agendaItems, ties,
            meetingNumbers, steps, positions, answers, interventions

        /// The singular and plural sentence, Dutch then English.
        var wording: (dutch: (String, String), english: (String, String)) {
            switch self {
            case .newIDs:
                (
                    ("dubbele id vervangen door een nieuwe", "dubbele id's vervangen door nieuwe"),
                    ("duplicate id replaced by a new one", "duplicate ids replaced by new ones")
                )
            case .repeated:
                (
                    ("herhaalde verwijzing verwijderd", "herhaalde verwijzingen verwijderd"),
                    ("repeated reference removed", "repeated references removed")
                )
            case .missingPeople:
                (
                    (
                        "verwijzing naar een ontbrekende persoon verwijderd",
                        "verwijzingen naar ontbrekende personen verwijderd"
                    ), ("reference to a missing person removed", "references to missing people removed")
                )
            case .missingInitiatives:
                (
                    (
                        "verwijzing naar een ontbrekend initiatief verwijderd",
                        "verwijzingen naar ontbrekende initiatieven verwijderd"
                    ),
                    ("reference to a missing initiative removed", "references to missing initiatives removed")
                )
            case .missingMeetings:
                (
                    (
                        "verwijzing naar een ontbrekend overleg verwijderd",
                        "verwijzingen naar ontbrekende overleggen verwijderd"
                    ), ("reference to a missing meeting removed", "references to missing meetings removed")
                )
            case .agendaItems:
                (
                    (
                        "agendapunt zonder bestaand overleg of initiatief verwijderd",
                        "agendapunten zonder bestaand overleg of initiatief verwijderd"
                    ),
                    (
                        "agenda item without an existing meeting or initiative removed",
                        "agenda items without an existing meeting or initiative removed"
                    )
                )
            case .ties:
                (
                    (
                        "verbinding met een ontbrekend lid of onderwerp verwijderd",
                        "verbindingen met ontbrekende leden of onderwerpen verwijderd"
                    ),
                    ("tie to a missing member or topic removed", "ties to missing members or topics removed")
                )
            case .meetingNumbers:
                (
                    (
                        "overlegnummer buiten 1–9999 opnieuw genummerd",
                        "overlegnummers buiten 1–9999 opnieuw genummerd"
                    ),
                    ("meeting number outside 1–9999 renumbered", "meeting numbers outside 1–9999 renumbered")
                )
            case .steps:
                (
                    (
                        "stap buiten 0–10 naar de dichtstbijzijnde stap gezet",
                        "stappen buiten 0–10 naar de dichtstbijzijnde stap gezet"
                    ),
                    (
                        "step outside 0–10 set to the nearest step",
                        "steps outside 0–10 set to the nearest step"
                    )
                )
            case .positions:
                (
                    (
                        "opgeslagen positie buiten bereik vergeten",
                        "opgeslagen posities buiten bereik vergeten"
                    ), ("saved position out of range dropped", "saved positions out of range dropped")
                )
            case .answers:
                (
                    (
                        "antwoord buiten de schaal hersteld of verwijderd",
                        "antwoorden buiten de schaal hersteld of verwijderd"
                    ),
                    (
                        "answer outside its scale repaired or removed",
                        "answers outside their scale repaired or removed"
                    )
                )
            case .interventions:
                (
                    (
                        "interventie bij een ontbrekende meting verwijderd",
                        "interventies bij ontbrekende metingen verwijderd"
                    ),
                    (
                        "intervention on a missing measurement removed",
                        "interventions on missing measurements removed"
                    )
                )
            }
        }
    }

    /// Counts per kind of repair, turned into sentences once at the end.
    struct Tally {
        private var counts: [RepairKind: Int] = [:]

        subscript(kind: RepairKind) -> Int {
            get { counts[kind, default: 0] }
            set { counts[kind] = newValue }
        }

        var repairs: [SectionRepair] {
            RepairKind.allCases.compactMap { kind in
                let n = self[kind]
                return n > 0
                    ? SectionRepair(count: n, dutch: kind.wording.dutch, english: kind.wording.english) : nil
            }
        }
    }
}
