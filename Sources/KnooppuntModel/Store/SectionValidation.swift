import Foundation

/// A section file can parse and still not hold together: two people with one id, an agenda item for
/// a meeting that is gone, a meeting numbered 9223372036854775807. Every screen and rule assumes ids
/// are unique and references resolve, so the store repairs such a section when it loads it, in
/// memory, and says what it did. Nothing is dropped that could still be shown: a second entity with a
/// taken id gets a new id; only references that point nowhere, and the agenda items and ties made of
/// nothing but such references, are removed.
public enum SectionValidation {
    /// Meeting numbers a section can use; one beyond would never be reached by counting meetings, and
    /// the largest Int would overflow when the next meeting is numbered.
    public static let meetingNumbers = 1...9_999

    /// Saved layout coordinates beyond this are not a drawing but damage, and would overflow when
    /// scaled to cells.
    public static let positionLimit = 1_000_000.0

    /// The section made consistent, and one sentence per kind of repair (empty when nothing was wrong).
    /// `clampedSteps` counts step numbers decoding already brought into range, to be said with the rest.
    public static func repaired(_ section: Section, clampedSteps: Int = 0) -> (
        section: Section, repairs: [SectionRepair]
    ) {
        var s = section
        var tally = Tally()
        tally[.steps] = clampedSteps
        tally[.newIDs] += uniqueIDs(&s.people, \.id)
        tally[.newIDs] += uniqueIDs(&s.initiatives, \.id)
        tally[.newIDs] += uniqueIDs(&s.meetings, \.id)
        tally[.newIDs] += uniqueIDs(&s.agenda, \.id)
        tally[.newIDs] += uniqueIDs(&s.routineTasks, \.id)
        tally[.newIDs] += uniqueIDs(&s.networks.ecograms, \.id)
        tally[.newIDs] += uniqueIDs(&s.networks.analyses, \.id)
        tally[.newIDs] += uniqueIDs(&s.networks.sociograms, \.id)
        tally[.meetingNumbers] = renumberMeetings(&s.meetings)

        let people = Set(s.people.map(\.id))
        let initiatives = Set(s.initiatives.map(\.id))
        let meetings = Set(s.meetings.map(\.id))
        for i in s.initiatives.indices {
            repair(&s.initiatives[i], people: people, tally: &tally)
        }
        let agenda = s.agenda.count
        s.agenda.removeAll { item in
            if !meetings.contains(item.meetingID) { return true }
            if case .initiative(let id) = item.subject, !initiatives.contains(id) { return true }
            return false
        }
        tally[.agendaItems] = agenda - s.agenda.count
        for t in s.routineTasks.indices {
            if let owner = s.routineTasks[t].ownerID, !people.contains(owner) {
                s.routineTasks[t].ownerID = nil
                tally[.missingPeople] += 1
            }
            if let meeting = s.routineTasks[t].meetingID, !meetings.contains(meeting) {
                s.routineTasks[t].meetingID = nil
                tally[.missingMeetings] += 1
            }
        }
        for e in s.networks.ecograms.indices {
            repair(&s.networks.ecograms[e], people: people, tally: &tally)
        }
        for a in s.networks.analyses.indices {
            repair(&s.networks.analyses[a], people: people, initiatives: initiatives, tally: &tally)
        }
        for g in s.networks.sociograms.indices {
            repair(&s.networks.sociograms[g], people: people, tally: &tally)
        }
        repair(
            &s.instruments, meetings: meetings, sociograms: s.networks.sociograms, people: people,
            tally: &tally)
        return (s, tally.repairs)
    }

    private static func repair(_ initiative: inout Initiative, people: Set<UUID>, tally: inout Tally) {
        let initiators = initiative.initiators.count
        initiative.initiators = unique(initiative.initiators)
        tally[.repeated] += initiators - initiative.initiators.count
        let known = initiative.initiators.filter { people.contains($0) }
        tally[.missingPeople] += initiative.initiators.count - known.count
        initiative.initiators = known

        var seen = Set<UUID>()
        let involved = initiative.involved.count
        initiative.involved.removeAll { !seen.insert($0.personID).inserted }
        tally[.repeated] += involved - initiative.involved.count
        let present = initiative.involved.filter { people.contains($0.personID) }
        tally[.missingPeople] += initiative.involved.count - present.count
        initiative.involved = present

        // Who joins the trial and who appears in its log: only people of the section.
        let participants = initiative.details.trialParticipants.filter { people.contains($0) }
        tally[.missingPeople] += initiative.details.trialParticipants.count - participants.count
        initiative.details.trialParticipants = participants
        for e in initiative.details.trialLog.indices {
            let known = initiative.details.trialLog[e].people.filter { people.contains($0) }
            tally[.missingPeople] += initiative.details.trialLog[e].people.count - known.count
            initiative.details.trialLog[e].people = known
        }
    }

    // MARK: - Networks

    private static func repair(_ e: inout Ecogram, people: Set<UUID>, tally: inout Tally) {
        tally[.newIDs] += uniqueIDs(&e.contacts, \.id, taken: [e.centre.id])
        tally[.newIDs] += uniqueIDs(&e.ties, \.id)
        if let id = e.centre.personID, !people.contains(id) {
            e.centre.personID = nil
            tally[.missingPeople] += 1
        }
        for c in e.contacts.indices {
            if let id = e.contacts[c].personID, !people.contains(id) {
                e.contacts[c].personID = nil
                tally[.missingPeople] += 1
            }
        }
        let nodes = Set(e.contacts.map(\.id)).union([e.centre.id])
        let ties = e.ties.count
        e.ties.removeAll { !nodes.contains($0.from) || !nodes.contains($0.to) }
        tally[.ties] += ties - e.ties.count
        tally[.positions] += bound(&e.layout)
    }

    private static func repair(
        _ a: inout NetworkAnalysis, people: Set<UUID>, initiatives: Set<UUID>, tally: inout Tally
    ) {
        tally[.newIDs] += uniqueIDs(&a.ingredients, \.id)
        tally[.newIDs] += uniqueIDs(&a.schakels, \.id, taken: Set(a.ingredients.map(\.id)))
        if let id = a.initiativeID, !initiatives.contains(id) {
            a.initiativeID = nil
            tally[.missingInitiatives] += 1
        }
        let ingredients = Set(a.ingredients.map(\.id))
        for k in a.schakels.indices {
            if let id = a.schakels[k].personID, !people.contains(id) {
                a.schakels[k].personID = nil
                tally[.missingPeople] += 1
            }
            let before = a.schakels[k].ingredientIDs.count
            a.schakels[k].ingredientIDs = unique(a.schakels[k].ingredientIDs).filter {
                ingredients.contains($0)
            }
            tally[.ties] += before - a.schakels[k].ingredientIDs.count
        }
        tally[.positions] += bound(&a.layout)
    }

    private static func repair(_ g: inout Sociogram, people: Set<UUID>, tally: inout Tally) {
        let members = g.personIDs.count
        g.personIDs = unique(g.personIDs)
        tally[.repeated] += members - g.personIDs.count
        for id in g.personIDs where !people.contains(id) {
            g.personIDs.removeAll { $0 == id }
            tally[.missingPeople] += 1
        }
        tally[.newIDs] += uniqueIDs(&g.outsiders, \.id, taken: Set(g.personIDs))
        tally[.newIDs] += uniqueIDs(&g.topics, \.id)
        tally[.newIDs] += uniqueIDs(&g.measurements, \.id)
        let nodes = Set(g.memberIDs)
        let topics = Set(g.topics.map(\.id))
        for m in g.measurements.indices {
            let before = g.measurements[m].choices.count
            g.measurements[m].choices.removeAll {
                !nodes.contains($0.from) || !nodes.contains($0.to) || !topics.contains($0.topicID)
            }
            tally[.ties] += before - g.measurements[m].choices.count
        }
        tally[.positions] += bound(&g.layout)
    }

    // MARK: - Pieces

    /// Gives every element whose id was already used earlier in the list (or is in `taken`) a new id,
    /// derived from the old one so that loading the same file twice gives the same section.
    static func uniqueIDs<T>(_ list: inout [T], _ id: WritableKeyPath<T, UUID>, taken: Set<UUID> = [])
        -> Int
    {
        var used = taken
        var changed = 0
        for i in list.indices where !used.insert(list[i][keyPath: id]).inserted {
            var salt: UInt8 = 1
            var fresh = derivedID(list[i][keyPath: id], salt: salt)
            while used.contains(fresh) {
                salt &+= 1
                fresh = derivedID(fresh, salt: salt)
            }
            used.insert(fresh)
            list[i][keyPath: id] = fresh
            changed += 1
        }
        return changed
    }

    private static func derivedID(_ id: UUID, salt: UInt8) -> UUID {
        var bytes = id.uuid
        bytes.15 = bytes.15 &+ salt
        bytes.14 = bytes.14 ^ 0x5A
        bytes.13 = bytes.13 &+ 0x3C &* salt
        return UUID(uuid: bytes)
    }

    /// The list without repeats, in the order of first appearance.
    private static func unique(_ ids: [UUID]) -> [UUID] {
        var seen = Set<UUID>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// Meetings numbered outside `meetingNumbers` get the next free numbers after the largest valid one,
    /// in the order they appear, so the jaaragenda still shows every meeting.
    private static func renumberMeetings(_ meetings: inout [Meeting]) -> Int {
        let valid = meetings.map(\.number).filter { meetingNumbers.contains($0) }
        var next = (valid.max() ?? 0) + 1
        var changed = 0
        for i in meetings.indices where !meetingNumbers.contains(meetings[i].number) {
            meetings[i].number = min(next, meetingNumbers.upperBound)
            next += 1
            changed += 1
        }
        return changed
    }

    /// Forgets saved positions that are not finite or lie far outside any drawing; the node is then
    /// placed anew, as a new node is.
    private static func bound(_ layout: inout SavedLayout) -> Int {
        let before = layout.positions.count
        layout.positions = layout.positions.filter { _, p in
            p.x.isFinite && p.y.isFinite && abs(p.x) <= positionLimit && abs(p.y) <= positionLimit
        }
        return before - layout.positions.count
    }
}
