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
        let words = language.words
        switch self {
        case .title: return words.editorFieldTitle
        case .origin: return words.editorFieldOrigin
        case .initiators: return words.editorFieldInitiators
        case .motivation: return words.editorFieldMotivation
        case .involved: return words.editorFieldInvolved
        case .sectionInput: return words.editorFieldSectionInput
        case .reactions: return words.editorFieldReactions
        case .trialParticipants: return words.editorFieldTrialParticipants
        case .trialLog: return words.editorFieldTrialLog
        case .evidence: return words.editorFieldEvidence
        case .successes: return words.editorFieldSuccesses
        case .results: return words.editorFieldResults
        case .sharing: return words.editorFieldSharing
        case .goal: return words.editorFieldGoal
        case .targetDate: return words.editorFieldTargetDate
        case .approach: return words.editorFieldApproach
        case .trialWhat: return words.editorFieldTrialWhat
        case .trialUntil: return words.editorFieldTrialUntil
        case .trialWatch: return words.editorFieldTrialWatch
        case .experiences: return words.editorFieldExperiences
        case .closingCriterion: return words.editorFieldClosingCriterion
        case .history: return words.editorFieldHistory
        }
    }
}

extension Origin {
    func label(_ language: Language) -> String {
        switch self {
        case .ownIdea: return language.words.ownIdea
        case .jaaragenda: return language.words.itemOnTheYearAgenda
        case .request: return language.words.originRequest
        }
    }
}
