import Foundation

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

    public func dutch(_ names: (UUID) -> String) -> String {
        switch self {
        case .targetDatePassed(let day): return "streefdatum \(day) is voorbij"
        case .trialEnded(let day): return "uitproberen liep tot \(day): nog steeds stap 8"
        case .noInitiator: return "geen initiatiefnemer meer"
        case .ownerLeaving(let person, let day):
            return "eigenaar nodig: \(names(person)) vertrekt \(day)"
        case .experiencesTooEarly(let n):
            return "staat bij Ervaringen uitwisselen (overleg \(n)) maar is nog niet bij stap 8"
        }
    }

    public func english(_ names: (UUID) -> String) -> String {
        switch self {
        case .targetDatePassed(let day): return "target date \(day) has passed"
        case .trialEnded(let day): return "the trial ran until \(day): still at step 8"
        case .noInitiator: return "no initiator left"
        case .ownerLeaving(let person, let day): return "owner needed: \(names(person)) leaves on \(day)"
        case .experiencesTooEarly(let n):
            return "listed under Exchanging experiences (meeting \(n)) before reaching step 8"
        }
    }
}
