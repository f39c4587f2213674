import Foundation

/// The default placement of initiatives on the jaaragenda (docs/METHOD.md). The planner reads the step:
/// what an initiative needs from the coming meetings depends on where it stands now.
///
/// Only COMING meetings are planned (dated today or later, or not dated yet); a meeting already held is
/// history and keeps its items as they are. At the coming meetings:
/// - before step 7 the pattern of the method holds: Plannen bespreken (step 3) at meeting k, Tussentijds
///   informeren at the next meeting in number order. Meeting k is an existing Plannen item (by hand or
///   not); else, once the initiative reached step 3, the first meeting dated on or after the day it did;
///   else (before step 3) its first section moment: the first coming meeting. A hand-placed Tussentijds
///   informeren item takes the place of k+1;
/// - at step 7, Tussentijds informeren at the first coming meeting, unless one is already placed by hand
///   at a coming meeting;
/// - at step 8, 9 and 10, Ervaringen uitwisselen at every coming meeting;
/// - closed and dropped initiatives leave every coming meeting.
/// Ervaringen uitwisselen is never planned before step 8: experiences need a trial first (the same rule
/// `InitiativeWarnings` checks).
///
/// Hand-placed items (`placedByHand == true`) are never moved or removed. Items the planner placed
/// earlier at coming meetings are recomputed with stable ids, so planning twice gives the same file.
///
/// Planning all initiatives groups the agenda once by initiative, so it takes time in proportion to the
/// agenda plus initiatives × meetings, never agenda × initiatives.
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
        let frame = Frame(section, today: today)
        let targetIDs = Set(targets.map(\.id))
        var kept: [AgendaItem] = []
        kept.reserveCapacity(section.agenda.count)
        var present: [UUID: Set<String>] = [:]
        for item in section.agenda {
            if case .initiative(let id) = item.subject, targetIDs.contains(id) {
                let coming = frame.position[item.meetingID].map { frame.isComing[$0] } ?? true
                if !item.placedByHand && initiativeColumns.contains(item.column) && coming { continue }
                present[id, default: []].insert(key(item.meetingID, item.column))
            }
            kept.append(item)
        }
        let byInitiative = frame.itemsByInitiative
        for target in targets {
            guard let placement = placement(of: target, items: byInitiative[target.id] ?? [], frame: frame)
            else { continue }
            for column in [AgendaColumn.plannenBespreken, .tussentijdsInformeren, .ervaringenUitwisselen] {
                for p in placement[column] ?? [] {
                    let meetingID = frame.meetings[p].id
                    guard present[target.id, default: []].insert(key(meetingID, column)).inserted else {
                        continue
                    }
                    kept.append(
                        AgendaItem(
                            id: stableID(target.id, meetingID, column), meetingID: meetingID, column: column,
                            subject: .initiative(target.id), placedByHand: false))
                }
            }
        }
        var result = section
        result.agenda = kept
        return result
    }

    /// The coming meetings (as positions into the meetings ordered by number) where each column should
    /// hold the initiative, or nil when it is not planned at all.
    public static func placement(of initiative: Initiative, in section: Section, today: Day = .today)
        -> [AgendaColumn: [Int]]?
    {
        let frame = Frame(section, today: today)
        return placement(
            of: initiative, items: frame.itemsByInitiative[initiative.id] ?? [], frame: frame)
    }

    /// The meetings in order, which are still to come, and the agenda grouped by initiative: computed
    /// once per plan, whatever the number of initiatives.
    struct Frame {
        let meetings: [Meeting]
        let position: [UUID: Int]
        let isComing: [Bool]
        let section: Section

        init(_ section: Section, today: Day) {
            self.section = section
            meetings = AgendaPlanner.orderedMeetings(section)
            // Two meetings with one id (a hand-edited file) must not trap: the first in order counts.
            position = Dictionary(
                meetings.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            isComing = meetings.map { $0.date.map { $0 >= today } ?? true }
        }

        var itemsByInitiative: [UUID: [AgendaItem]] {
            var result: [UUID: [AgendaItem]] = [:]
            for item in section.agenda {
                if case .initiative(let id) = item.subject { result[id, default: []].append(item) }
            }
            return result
        }

        var firstComing: Int? { isComing.firstIndex(of: true) }
    }

    private static func placement(of initiative: Initiative, items: [AgendaItem], frame: Frame)
        -> [AgendaColumn: [Int]]?
    {
        guard let step = initiative.stage.stepNumber else { return nil }
        let meetings = frame.meetings
        func positions(_ column: AgendaColumn, byHandOnly: Bool) -> [Int] {
            items.filter { $0.column == column && (!byHandOnly || $0.placedByHand) }
                .compactMap { frame.position[$0.meetingID] }.sorted()
        }
        let coming = meetings.indices.filter { frame.isComing[$0] }
        if step >= 8 { return [.ervaringenUitwisselen: coming] }
        if step == 7 {
            let hand = positions(.tussentijdsInformeren, byHandOnly: true).filter { frame.isComing[$0] }
            guard hand.isEmpty, let first = coming.first else { return [:] }
            return [.tussentijdsInformeren: [first]]
        }

        let k: Int
        if let existing = positions(.plannenBespreken, byHandOnly: false).first {
            k = existing
        } else if step >= discussedFromStep {
            let entered =
                initiative.history.first { ($0.to.stepNumber ?? 0) >= discussedFromStep }?.date
                ?? initiative.created
            guard
                let found = meetings.indices.first(where: { meetings[$0].date.map { $0 >= entered } ?? false }
                )
            else { return nil }
            k = found
        } else {
            guard let found = frame.firstComing else { return nil }
            k = found
        }
        let j = positions(.tussentijdsInformeren, byHandOnly: true).first ?? k + 1
        let result: [AgendaColumn: [Int]] = [
            .plannenBespreken: [k], .tussentijdsInformeren: [j],
        ]
        return result.mapValues { $0.filter { meetings.indices.contains($0) && frame.isComing[$0] } }
    }

    private static func key(_ meeting: UUID, _ column: AgendaColumn) -> String {
        meeting.uuidString + "/" + column.code
    }

    static func orderedMeetings(_ section: Section) -> [Meeting] {
        section.meetings.sorted { ($0.number, $0.id.uuidString) < ($1.number, $1.id.uuidString) }
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
