import Foundation
import KnooppuntModel

/// The fields of the initiative editor, in the order of the stappenplan.
public enum EditorField: Int, Hashable, Sendable, CaseIterable {
    case title, origin, initiators, motivation, involved, sectionInput, goal, targetDate, approach
    case reactions, trialParticipants, trialWhat, trialUntil, trialWatch, trialLog, experiences
    case evidence, successes, closingCriterion, results, sharing, history

    enum Kind { case line, text, date, origin, people, involved, experiences, history, trialLog, evidence }

    var kind: Kind {
        switch self {
        case .title: return .line
        case .origin: return .origin
        case .initiators, .trialParticipants: return .people
        case .involved: return .involved
        case .targetDate, .trialUntil: return .date
        case .experiences: return .experiences
        case .trialLog: return .trialLog
        case .evidence: return .evidence
        case .history: return .history
        default: return .text
        }
    }

    /// Fields that hold a list whose lines ← → (and h l) step through.
    var isList: Bool { [.involved, .experiences, .history, .trialLog].contains(kind) }

    func label(_ language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .title: return nl ? "Titel" : "Title"
        case .origin: return nl ? "Begin (stap 0)" : "Start (step 0)"
        case .initiators: return nl ? "Initiatiefnemers" : "Initiators"
        case .motivation: return nl ? "Motivatie" : "Motivation"
        case .involved: return nl ? "Betrokkenen" : "Involved"
        case .sectionInput: return nl ? "Inbreng sectie (3)" : "Section input (3)"
        case .reactions: return nl ? "Reacties (5)" : "Reactions (5)"
        case .trialParticipants: return nl ? "Doen mee (7)" : "Taking part (7)"
        case .trialLog: return nl ? "Logboek (8)" : "Trial log (8)"
        case .evidence: return nl ? "Bewijs (9)" : "Evidence (9)"
        case .successes: return nl ? "Successen (9)" : "Successes (9)"
        case .results: return nl ? "Resultaten" : "Results"
        case .sharing: return nl ? "Zo gedeeld" : "Shared how"
        case .goal: return nl ? "Doel" : "Goal"
        case .targetDate: return nl ? "Streefdatum" : "Target date"
        case .approach: return nl ? "Aanpak" : "Approach"
        case .trialWhat: return nl ? "Uitproberen: wat" : "Trial: what"
        case .trialUntil: return nl ? "Uitproberen: tot" : "Trial: until"
        case .trialWatch: return nl ? "Uitproberen: let op" : "Trial: watch"
        case .experiences: return nl ? "Ervaringen" : "Experiences"
        case .closingCriterion: return nl ? "Afgerond als" : "Finished when"
        case .history: return nl ? "Geschiedenis" : "History"
        }
    }
}

extension Origin {
    func label(_ language: Language) -> String {
        switch self {
        case .ownIdea: return language.words.ownIdea
        case .jaaragenda: return language.words.itemOnTheYearAgenda
        case .request:
            return language == .nl
                ? "verzoek (schoolleiding of andere sectie)" : "request (leadership or another section)"
        }
    }
}

extension InvolvementPosition {
    func label(_ language: Language) -> String {
        switch self {
        case .initiator: return language.words.initiator
        case .partner: return "partner"
        case .schakel: return language.words.connector
        case .supplier: return language.words.supplier
        case .user: return language.words.user
        }
    }
}
