import Foundation
import KnooppuntWords

extension SectionValidation {
    /// One kind of repair a load can make; the order of the cases is the order the repairs are told in.
    enum RepairKind: CaseIterable {
        case newIDs, repeated, missingPeople, missingInitiatives, missingMeetings, agendaItems, ties,
            meetingNumbers, steps, positions, answers, interventions

        /// "1 verwijzing … verwijderd" or "3 verwijzingen … verwijderd": the count with the right form.
        func sentence(count: Int, _ words: Words) -> String {
            let (one, many) =
                switch self {
                case .newIDs: (words.repairOneNewID, words.repairNewIDs(count: count))
                case .repeated: (words.repairOneRepeated, words.repairRepeated(count: count))
                case .missingPeople: (words.repairOneMissingPerson, words.repairMissingPeople(count: count))
                case .missingInitiatives:
                    (words.repairOneMissingInitiative, words.repairMissingInitiatives(count: count))
                case .missingMeetings:
                    (words.repairOneMissingMeeting, words.repairMissingMeetings(count: count))
                case .agendaItems: (words.repairOneAgendaItem, words.repairAgendaItems(count: count))
                case .ties: (words.repairOneTie, words.repairTies(count: count))
                case .meetingNumbers: (words.repairOneMeetingNumber, words.repairMeetingNumbers(count: count))
                case .steps: (words.repairOneStep, words.repairSteps(count: count))
                case .positions: (words.repairOnePosition, words.repairPositions(count: count))
                case .answers: (words.repairOneAnswer, words.repairAnswers(count: count))
                case .interventions: (words.repairOneIntervention, words.repairInterventions(count: count))
                }
            return count == 1 ? one : many
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
                    ? SectionRepair(
                        dutch: kind.sentence(count: n, .dutch), english: kind.sentence(count: n, .english))
                    : nil
            }
        }
    }
}
