import Foundation

/// The safeguards of the stappenplan as plain functions: which `InitiativeWarning`s hold for an
/// initiative on a given day. Warnings never block anything; they are shown on the board, in the editor,
/// in "mijn initiatieven" and in meeting mode.
public enum InitiativeWarnings {
    /// The warnings for one initiative. Closed and dropped initiatives get none: they ask nothing more.
    public static func warnings(for initiative: Initiative, in section: Section, today: Day)
        -> [InitiativeWarning]
    {
        guard let step = initiative.stage.stepNumber else { return [] }
        var result: [InitiativeWarning] = []
        if let target = initiative.targetDate, target < today { result.append(.targetDatePassed(target)) }
        if step == 8, let until = initiative.trial.until, until < today { result.append(.trialEnded(until)) }

        let owners = initiative.initiators.compactMap { section.person($0) }
        let present = owners.filter { !$0.hasLeft(on: today) }
        if step > 1 && present.isEmpty {
            result.append(.noInitiator)
        } else if !present.isEmpty, let target = initiative.targetDate {
            // Only when nobody stays: a pair in which one leaves still has an owner.
            let leavingEarly = present.filter { person in person.leaving.map { $0 < target } ?? false }
            if leavingEarly.count == present.count,
                let first = leavingEarly.min(by: { ($0.leaving ?? target) < ($1.leaving ?? target) }),
                let day = first.leaving
            {
                result.append(.ownerLeaving(person: first.id, on: day))
            }
        }

        if step < 8 {
            let meetings = Dictionary(
                section.meetings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let early = section.agenda.compactMap { item -> Int? in
                guard item.column == .ervaringenUitwisselen, item.subject == .initiative(initiative.id),
                    let meeting = meetings[item.meetingID]
                else { return nil }
                // A meeting already held is history; only the coming ones (and undated ones) still matter.
                if let date = meeting.date, date < today { return nil }
                return meeting.number
            }
            if let first = early.min() { result.append(.experiencesTooEarly(meetingNumber: first)) }
        }
        return result
    }

    /// Every initiative with at least one warning, in the section's order.
    public static func all(in section: Section, today: Day) -> [(Initiative, [InitiativeWarning])] {
        section.initiatives.compactMap { initiative in
            let found = warnings(for: initiative, in: section, today: today)
            return found.isEmpty ? nil : (initiative, found)
        }
    }
}
