import Foundation

/// The default placement of initiatives on the jaaragenda (docs/METHOD.md):
/// an initiative discussed at meeting k (Plannen bespreken, step 3) appears at meeting k+1 for a progress
/// report (Tussentijds informeren, step 7) and from k+2 on for exchanging experiences (Ervaringen
/// uitwisselen, step 9) at every meeting until it is closed.
///
/// "k+1" is the next meeting in the order of meeting numbers, so gaps in the numbering do not matter.
///
/// How meeting k is found, in this order:
/// 1. an existing Plannen item for the initiative (by hand or not): the earliest such meeting;
/// 2. else, if the initiative has reached step 3 or beyond: the first meeting dated on or after the day it
///    first entered step 3 or a later stage (its `created` day when the history holds no such entry), because
///    the section is informed at a meeting;
/// 3. else (still before step 3): the first meeting dated on or after `today`.
/// A dropped or closed initiative that never reached step 3 is not planned.
///
/// Hand-placed items (`placedByHand == true`) are never moved or removed. A hand-placed Tussentijds
/// informeren item takes the place of k+1 (the figure moves English Proficiency later that way) and
/// experiences start at the meeting after it. Items the planner placed earlier (`placedByHand == false`)
/// for the planned initiatives are recomputed; nothing is added twice (an item with the same meeting,
/// column and initiative already counts). A closed or dropped initiative gets no automatic item at a
/// meeting after the day it was finished, nor at an undated meeting.
public enum AgendaPlanner {
    static let initiativeColumns: Set<AgendaColumn> = [
        .plannenBespreken, .tussentijdsInformeren, .ervaringenUitwisselen,
    ]

    /// The three moments of the stappenplan that involve the whole section, and the jaaragenda column
    /// each belongs in (docs/METHOD.md, "The jaaragenda"): step 3 informing the section → Plannen bespreken,
    /// step 7 discussing the approach → Tussentijds informeren, step 9 experiences → Ervaringen
    /// uitwisselen. The other steps happen between meetings and have no column.
    public static func column(forSectionStep stage: Stage) -> AgendaColumn? {
        switch stage {
        case .step(3): return .plannenBespreken
        case .step(7): return .tussentijdsInformeren
        case .step(9): return .ervaringenUitwisselen
        default: return nil
        }
    }

    /// The step whose section moment fills `agendaColumn` (nil for Regelwerk tussendoor: no step).
    public static func sectionStep(for agendaColumn: AgendaColumn) -> Int? {
        (Stage.firstStep...Stage.lastStep).first { column(forSectionStep: .step($0)) == agendaColumn }
    }

    /// The step from which an initiative counts as discussed in the section: meeting k is found from it.
    static let discussedFromStep = sectionStep(for: .plannenBespreken) ?? 3

    /// The section with the default placement applied to one initiative, or to all when `initiative` is nil.
    public static func plan(_ section: Section, initiative: UUID? = nil, today: Day = .today) -> Section {
        let targets =
            initiative.map { id in section.initiatives.filter { $0.id == id } } ?? section.initiatives
        var result = section
        for item in targets {
            result.agenda = plan(item, in: result, today: today)
        }
        return result
    }

    /// The meeting positions (indices into the meetings ordered by number) for each column, or nil when the
    /// initiative is not planned at all.
    public static func placement(of initiative: Initiative, in section: Section, today: Day = .today)
        -> [AgendaColumn: [Int]]?
    {
        let meetings = orderedMeetings(section)
        // Two meetings with one id (a hand-edited file) must not trap: the first in order counts.
        let position = Dictionary(meetings.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let mine = section.agenda.filter { $0.subject == .initiative(initiative.id) }
        func positions(_ column: AgendaColumn, byHandOnly: Bool) -> [Int] {
            mine.filter { $0.column == column && (!byHandOnly || $0.placedByHand) }
                .compactMap { position[$0.meetingID] }.sorted()
        }

        // A finished initiative counts as having reached step 3 when its history passed through 3 or later
        // (a move from such a step also counts, e.g. a lone "9 → afgerond" in an imported history).
        let reachedThree =
            initiative.stage.stepNumber.map { $0 >= discussedFromStep }
            ?? initiative.history.contains {
                ($0.to.stepNumber ?? -1) >= discussedFromStep
                    || ($0.from.stepNumber ?? -1) >= discussedFromStep
            }
        let k: Int
        if let existing = positions(.plannenBespreken, byHandOnly: false).first {
            k = existing
        } else if reachedThree {
            let entered =
                initiative.history.first { change in
                    change.to.isFinished || (change.to.stepNumber ?? 0) >= discussedFromStep
                }?.date ?? initiative.created
            guard let found = firstMeeting(onOrAfter: entered, in: meetings) else { return nil }
            k = found
        } else if initiative.stage.isFinished {
            return nil
        } else {
            guard let found = firstMeeting(onOrAfter: today, in: meetings) else { return nil }
            k = found
        }

        let j = positions(.tussentijdsInformeren, byHandOnly: true).first ?? k + 1
        var result: [AgendaColumn: [Int]] = [
            .plannenBespreken: [k],
            .tussentijdsInformeren: [j],
            .ervaringenUitwisselen: Array((j + 1)..<max(j + 1, meetings.count)),
        ]
        let finishDay =
            initiative.stage.isFinished
            ? initiative.history.last(where: { $0.to == initiative.stage })?.date : nil
        for (column, list) in result {
            result[column] = list.filter { p in
                guard p >= 0, p < meetings.count else { return false }
                guard initiative.stage.isFinished else { return true }
                guard let finishDay, let date = meetings[p].date else { return false }
                return date <= finishDay
            }
        }
        return result
    }

    private static func plan(_ initiative: Initiative, in section: Section, today: Day) -> [AgendaItem] {
        var agenda = section.agenda.filter { item in
            !(item.subject == .initiative(initiative.id) && !item.placedByHand
                && initiativeColumns.contains(item.column))
        }
        guard let placement = placement(of: initiative, in: section, today: today) else { return agenda }
        let meetings = orderedMeetings(section)
        for column in [AgendaColumn.plannenBespreken, .tussentijdsInformeren, .ervaringenUitwisselen] {
            for p in placement[column] ?? [] {
                let meetingID = meetings[p].id
                let present = agenda.contains {
                    $0.meetingID == meetingID && $0.column == column
                        && $0.subject == .initiative(initiative.id)
                }
                if !present {
                    agenda.append(
                        AgendaItem(
                            id: stableID(initiative.id, meetingID, column), meetingID: meetingID,
                            column: column,
                            subject: .initiative(initiative.id), placedByHand: false))
                }
            }
        }
        return agenda
    }

    static func orderedMeetings(_ section: Section) -> [Meeting] {
        section.meetings.sorted { ($0.number, $0.id.uuidString) < ($1.number, $1.id.uuidString) }
    }

    private static func firstMeeting(onOrAfter day: Day, in meetings: [Meeting]) -> Int? {
        meetings.indices.first { meetings[$0].date.map { $0 >= day } ?? false }
    }

    /// An id derived from what the item is, so that planning twice gives identical files (clean diffs).
    private static func stableID(_ initiative: UUID, _ meeting: UUID, _ column: AgendaColumn) -> UUID {
        var bytes = [UInt8](repeating: 0, count: 16)
        let text = "\(initiative.uuidString)/\(meeting.uuidString)/\(column.code)"
        // FNV-1a, twice with different offsets, spread over 16 bytes: not cryptographic, only stable.
        var h1: UInt64 = 0xcbf2_9ce4_8422_2325
        var h2: UInt64 = 0x8422_2325_cbf2_9ce4
        for b in text.utf8 {
            h1 = (h1 ^ UInt64(b)) &* 0x100_0000_01b3
            h2 = (h2 ^ UInt64(b)) &* 0x100_0000_01b3
        }
        for i in 0..<8 {
            bytes[i] = UInt8(truncatingIfNeeded: h1 >> (8 * UInt64(i)))
            bytes[8 + i] = UInt8(truncatingIfNeeded: h2 >> (8 * UInt64(i)))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x50  // version nibble: name-based
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}
