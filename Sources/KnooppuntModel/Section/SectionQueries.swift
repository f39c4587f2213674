import Foundation
import KnooppuntWords

/// What is next for one person in one initiative ("wat is de volgende stap voor mij?").
public struct PersonInitiative: Hashable, Sendable, Identifiable {
    /// What the current stage asks: a record that is still empty, else the step's task.
    public enum Next: Hashable, Sendable, TextInBothLanguages {
        case record(MissingRecord)
        case task(Stage)
        /// Closed or dropped: nothing to do.
        case nothing

        public func text(_ words: Words) -> String {
            switch self {
            case .record(let r): words.nextRecord(record: r.text(words))
            case .task(let s): StepNames.task(s, words)
            case .nothing: words.nextNothing
            }
        }
    }

    public var initiative: Initiative
    public var isInitiator: Bool
    /// The person's positions of involvement; includes `.initiator` when they are listed as initiator.
    public var positions: Set<InvolvementPosition>
    public var next: Next
    /// The first meeting dated on or after today at which the initiative is on the agenda.
    public var nextMeeting: Meeting?
    /// The column(s) it has at that meeting, in column order.
    public var nextColumns: [AgendaColumn]
    /// Every record asked up to its stage that is still empty (`StepRecords.outstanding`).
    public var missing: [MissingRecord] = []
    /// The safeguards that hold today (`InitiativeWarnings`).
    public var warnings: [InitiativeWarning] = []

    public var id: UUID { initiative.id }
    public var stage: Stage { initiative.stage }
}

extension Section {
    /// The agenda items of the meeting with this number, per column, in the order they were placed.
    /// Only `AgendaItem`s: routine tasks placed at the meeting are in `routineTasks(ofMeeting:)`.
    /// Every column is present as a key (empty when nothing is planned), so views need no defaults.
    public func agenda(ofMeeting number: Int) -> [AgendaColumn: [AgendaItem]] {
        var result = Dictionary(uniqueKeysWithValues: AgendaColumn.allCases.map { ($0, [AgendaItem]()) })
        guard let meeting = meeting(number: number) else { return result }
        for item in agenda where item.meetingID == meeting.id {
            result[item.column, default: []].append(item)
        }
        return result
    }

    /// The routine tasks (regelwerk tussendoor) shown at the meeting with this number.
    public func routineTasks(ofMeeting number: Int) -> [RoutineTask] {
        guard let meeting = meeting(number: number) else { return [] }
        return routineTasks.filter { meetingShowing($0) == meeting.id }
    }

    /// The meeting whose Regelwerk column shows a task: the one it is placed at; for a task without a
    /// (still existing) meeting, the first meeting on or after its due date, else the last meeting. Tasks
    /// from older files or other tools must show somewhere, or nobody sees that they are still open.
    public func meetingShowing(_ task: RoutineTask) -> UUID? {
        if let id = task.meetingID, meeting(id) != nil { return id }
        let ordered = meetingsInOrder
        if let due = task.due, let m = ordered.first(where: { $0.date.map { $0 >= due } ?? false }) {
            return m.id
        }
        return ordered.last?.id
    }

    /// What an agenda item shows: the initiative's title, or its free text. An item whose initiative was
    /// removed shows "(verwijderd initiatief)" rather than disappearing silently.
    public func title(of item: AgendaItem, words: Words = .dutch) -> String {
        switch item.subject {
        case .initiative(let id): return initiative(id)?.title ?? words.removedInitiative
        case .text(let text): return text
        }
    }

    /// The meetings ordered by number.
    public var meetingsInOrder: [Meeting] { AgendaPlanner.orderedMeetings(self) }

    /// The first meeting dated ON or after `day` (a meeting today is still "the next meeting" on its day);
    /// undated meetings are skipped.
    public func nextMeeting(after day: Day) -> Meeting? {
        meetings.compactMap { m in m.date.map { (date: $0, meeting: m) } }.filter { $0.date >= day }
            .min { ($0.date, $0.meeting.number) < ($1.date, $1.meeting.number) }?.meeting
    }

    /// The routine tasks this person owns, open ones first by due date (undated last), then done ones.
    public func routineTasks(ownedBy personID: UUID) -> [RoutineTask] {
        routineTasks.filter { $0.ownerID == personID }.sorted { a, b in
            if a.done != b.done { return !a.done }
            switch (a.due, b.due) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, .none): return true
            case (.none, .some): return false
            default: return a.text < b.text
            }
        }
    }

    /// The initiatives this person initiates or is involved in, in board order, with what is next.
    public func initiatives(of personID: UUID, today: Day = .today) -> [PersonInitiative] {
        initiativesInBoardOrder.compactMap { initiative in
            let isInitiator = initiative.initiators.contains(personID)
            var positions = Set(initiative.involved.filter { $0.personID == personID }.flatMap(\.positions))
            guard isInitiator || !positions.isEmpty else { return nil }
            if isInitiator { positions.insert(.initiator) }

            let next: PersonInitiative.Next
            if initiative.stage.isFinished {
                next = .nothing
            } else if let record = StepRecords.missingNow(for: initiative) {
                next = .record(record)
            } else {
                next = .task(initiative.stage)
            }

            let items = agenda.filter { $0.subject == .initiative(initiative.id) }
            let upcoming = meetings.compactMap { m in m.date.map { (date: $0, meeting: m) } }.filter { m in
                m.date >= today && items.contains { $0.meetingID == m.meeting.id }
            }.min { ($0.date, $0.meeting.number) < ($1.date, $1.meeting.number) }?.meeting
            let columns =
                upcoming.map { m in
                    AgendaColumn.allCases.filter { c in
                        items.contains { $0.meetingID == m.id && $0.column == c }
                    }
                } ?? []
            return PersonInitiative(
                initiative: initiative, isInitiator: isInitiator, positions: positions, next: next,
                nextMeeting: upcoming, nextColumns: columns,
                missing: StepRecords.outstanding(for: initiative),
                warnings: InitiativeWarnings.warnings(for: initiative, in: self, today: today))
        }
    }
}
