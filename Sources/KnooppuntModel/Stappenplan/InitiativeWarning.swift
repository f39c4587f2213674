import Foundation
import KnooppuntWords

/// Something about an initiative the section should look at now. The method's own case shows how
/// initiatives fail (the owner retired and nobody took over, the trial ran on without anyone looking
/// back, the section exchanged experiences before there were any); each warning guards one of those.
public enum InitiativeWarning: Hashable, Sendable {
    /// The step 4 target date has passed and the initiative is still open.
    case targetDatePassed(Day)
    /// The trial's agreed end has passed while the initiative still stands at step 8.
    case trialEnded(Day)
    /// Past step 1 and nobody is (still) its initiator.
    case noInitiator
    /// Every initiator leaves before the target date: "eigenaar nodig". Carries the first of them.
    case ownerLeaving(person: UUID, on: Day)
    /// It stands under Ervaringen uitwisselen at a coming meeting before it reached the trial (step 8).
    case experiencesTooEarly(meetingNumber: Int)

    /// A one-character mark for places with no room for words (the board's cards).
    public static let mark = "⚠"

    public func dutch(_ names: (UUID) -> String) -> String { text(.dutch, names) }
    public func english(_ names: (UUID) -> String) -> String { text(.english, names) }

    public func text(_ words: Words, _ names: (UUID) -> String) -> String {
        switch self {
        case .targetDatePassed(let day): words.warningTargetDatePassed(day: day)
        case .trialEnded(let day): words.warningTrialEnded(day: day)
        case .noInitiator: words.warningNoInitiator
        case .ownerLeaving(let person, let day): words.warningOwnerLeaving(name: names(person), day: day)
        case .experiencesTooEarly(let n): words.warningExperiencesTooEarly(meeting: n)
        }
    }
}
