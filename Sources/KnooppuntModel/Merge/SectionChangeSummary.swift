import Foundation
import KnooppuntWords

/// What changed between two versions of a section, in short Dutch (or English) phrases: "Toetsmodel
/// naar stap 6", "overleg 4 verplaatst naar 19-01-2027". For a commit message, for what a sync brought
/// in, and for the line the interface shows when a colleague's change arrives.
public enum SectionChangeSummary {
    public static func describe(from old: Section, to new: Section, words: Words = .dutch) -> [String] {
        var out: [String] = []
        matched(old.initiatives, new.initiatives) { before, i in
            guard let before else {
                out.append(words.changeNewInitiative(title: i.title))
                return
            }
            if before.stage != i.stage {
                out.append(words.changeStage(title: i.title, stage: stageWords(i.stage, words)))
            }
            if before.title != i.title {
                out.append(words.changeRenamed(before: before.title, title: i.title))
            }
            let otherFields = [
                before.goal != i.goal, before.approach != i.approach, before.motivation != i.motivation,
                before.trial != i.trial, before.experiences != i.experiences, before.involved != i.involved,
                before.initiators != i.initiators, before.targetDate != i.targetDate,
            ]
            if otherFields.contains(true), before.stage == i.stage, before.title == i.title {
                out.append(words.changeUpdated(title: i.title))
            }
        } removed: { i in
            out.append(words.changeInitiativeRemoved(title: i.title))
        }
        matched(old.meetings, new.meetings) { before, m in
            guard let before else {
                out.append(words.changeMeetingAdded(number: m.number))
                return
            }
            if before.date != m.date {
                let day = m.date.map(dayText) ?? words.changeUndated
                out.append(words.changeMeetingMoved(number: m.number, day: day))
            }
        } removed: { m in
            out.append(words.changeMeetingRemoved(number: m.number))
        }
        let added = new.people.filter { p in !old.people.contains { $0.id == p.id } }
        let removed = old.people.filter { p in !new.people.contains { $0.id == p.id } }
        for p in added { out.append(words.changePersonAdded(name: p.name)) }
        if !removed.isEmpty { out.append(words.changePeopleRemoved(count: removed.count)) }
        if old.agenda != new.agenda { out.append(words.changeAgenda) }
        if old.routineTasks != new.routineTasks { out.append(words.changeTasks) }
        if old.networks != new.networks { out.append(words.changeNetworks) }
        if old.name != new.name { out.append(words.changeSectionRenamed(name: new.name)) }
        let newConflicts = new.conflicts.count - old.conflicts.count
        if newConflicts > 0 { out.append(words.changeConflicts(count: newConflicts)) }
        return out
    }

    /// One line: the first few phrases, and how many more.
    public static func line(from old: Section, to new: Section, words: Words = .dutch, limit: Int = 3)
        -> String
    {
        let all = describe(from: old, to: new, words: words)
        guard !all.isEmpty else { return words.changeNone }
        let shown = all.prefix(limit).joined(separator: "; ")
        return all.count > limit ? words.changeMore(shown: shown, count: all.count - limit) : shown
    }

    /// Each item of `new` with its earlier version (nil when it is new), in the new order; then each item
    /// of `old` that is gone, in the old order. Items are matched by id; of two with one id, the first counts.
    static func matched<Item: Identifiable>(
        _ old: [Item], _ new: [Item], each: (Item?, Item) -> Void, removed: (Item) -> Void
    ) {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for item in new { each(before[item.id], item) }
        let kept = Set(new.map(\.id))
        for item in old where !kept.contains(item.id) { removed(item) }
    }

    static func stageWords(_ stage: Stage, _ words: Words) -> String {
        switch stage {
        case .step(let n): words.changeStageStep(number: n)
        case .closed: words.changeStageClosed
        case .dropped: words.changeStageDropped
        }
    }

    /// "19-01-2027", as Dutch readers write a date.
    static func dayText(_ d: Day) -> String { String(format: "%02d-%02d-%04d", d.day, d.month, d.year) }
}
