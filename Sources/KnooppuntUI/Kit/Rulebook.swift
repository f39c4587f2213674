import Foundation
import KnooppuntModel

/// The interface's one door to the rules of KnooppuntModel (Stappenplan, Jaaragenda, Text): every
/// screen asks here, so that the screens and the command line always agree. Nothing is decided here.
enum Rulebook {
    static func missingNow(_ initiative: Initiative) -> [MissingRecord] {
        StepRecords.allMissingNow(for: initiative)
    }

    static func missing(_ initiative: Initiative, movingTo target: Stage) -> [MissingRecord] {
        StepRecords.missing(for: initiative, movingTo: target)
    }

    static func refusal(_ initiative: Initiative, to target: Stage, _ language: Language) -> String? {
        if case .forbidden(let why) = StepRules.verdict(from: initiative.stage, to: target) {
            return why.text(language.words)
        }
        return nil
    }

    static func target(_ move: StepMove, _ initiative: Initiative, _ language: Language) -> Checked<Stage> {
        switch move.target(for: initiative) {
        case .success(let stage): return .success(stage)
        case .failure(let why): return .failure(why.text(language.words))
        }
    }

    /// A safeguard in words, with people by name.
    static func text(_ warning: InitiativeWarning, _ section: Section, _ language: Language) -> String {
        let name: (UUID) -> String = { section.person($0)?.name ?? "?" }
        return warning.text(language.words, name)
    }

    static func warnings(_ initiative: Initiative, _ section: Section, today: Day) -> [InitiativeWarning] {
        InitiativeWarnings.warnings(for: initiative, in: section, today: today)
    }

    static func removingPerson(_ id: UUID, from section: Section) -> Section { section.removingPerson(id) }

    /// The trimmed name, or the refusal as one sentence.
    static func validName(_ text: String, _ language: Language) -> Checked<String> {
        do {
            return .success(try TextRules.validName(text))
        } catch {
            return .failure(error.text(language.words))
        }
    }

    /// The note trimmed (it may be empty and hold line breaks), or the refusal as one sentence.
    static func validNote(_ text: String, _ language: Language) -> Checked<String> {
        do {
            return .success(try TextRules.validNote(text))
        } catch {
            return .failure(error.text(language.words))
        }
    }

    /// The editor fields a record lives in, in the order they are filled in.
    static func fields(of record: MissingRecord) -> [EditorField] {
        switch record {
        case .goalAndDate: return [.goal, .targetDate]
        case .trialAgreements: return [.trialWhat, .trialUntil]
        default: return [field(for: record)]
        }
    }

    /// The first field of the record that is still empty (the record's first field when none is).
    static func emptyField(of record: MissingRecord, in initiative: Initiative) -> EditorField {
        fields(of: record).first { fieldIsEmpty($0, in: initiative) } ?? field(for: record)
    }

    /// Whether a field of a record holds nothing yet.
    static func fieldIsEmpty(_ field: EditorField, in initiative: Initiative) -> Bool {
        let blank: (String) -> Bool = { $0.allSatisfy(\.isWhitespace) }
        switch field {
        case .initiators: return initiative.initiators.isEmpty
        case .involved: return initiative.involved.isEmpty
        case .motivation: return blank(initiative.motivation)
        case .goal: return blank(initiative.goal)
        case .targetDate: return initiative.targetDate == nil
        case .trialWhat: return blank(initiative.trial.what)
        case .trialUntil: return initiative.trial.until == nil
        case .experiences: return MissingRecord.experiences.isMissing(in: initiative)
        case .closingCriterion: return blank(initiative.closingCriterion)
        default: return false
        }
    }

    /// The editor field where a missing record is filled in.
    static func field(for record: MissingRecord) -> EditorField {
        switch record {
        case .owner: return .initiators
        case .motivation: return .motivation
        case .involvedPeople: return .involved
        case .goalAndDate: return .goal
        case .trialAgreements: return .trialWhat
        case .experiences: return .experiences
        case .closingCriterion: return .closingCriterion
        }
    }
}

/// Facts about the stappenplan that only the interface needs.
enum Stappenplan {
    /// Days since the initiative entered its current stage. Meeting notes are kept in the history as
    /// entries that stay at the same stage; they do not restart the count.
    static func daysInStage(_ initiative: Initiative, today: Day) -> Int {
        let since =
            initiative.history.last { $0.to == initiative.stage && $0.from != $0.to }?.date
            ?? initiative.created
        return max(0, since.days(until: today))
    }
}

/// A value, or the one sentence that says why there is none.
enum Checked<Value> {
    case success(Value)
    case failure(String)
}
