import Foundation

/// What changed between two versions of a section, in short Dutch (or English) phrases: "Toetsmodel
/// naar stap 6", "overleg 4 verplaatst naar 19-01-2027". For a commit message, for what a sync brought
/// in, and for the line the interface shows when a colleague's change arrives.
public enum SectionChangeSummary {
    public static func describe(from old: Section, to new: Section, dutch: Bool = true) -> [String] {
        func t(_ nl: String, _ en: String) -> String { dutch ? nl : en }
        var out: [String] = []
        matched(old.initiatives, new.initiatives) { before, i in
            guard let before else {
                out.append(t("nieuw initiatief \(i.title)", "new initiative \(i.title)"))
                return
            }
            if before.stage != i.stage {
                out.append(
                    t(
                        "\(i.title) naar \(stageWords(i.stage, dutch))",
                        "\(i.title) to \(stageWords(i.stage, dutch))"))
            }
            if before.title != i.title {
                out.append(t("\(before.title) heet nu \(i.title)", "\(before.title) renamed \(i.title)"))
            }
            let otherFields = [
                before.goal != i.goal, before.approach != i.approach, before.motivation != i.motivation,
                before.trial != i.trial, before.experiences != i.experiences, before.involved != i.involved,
                before.initiators != i.initiators, before.targetDate != i.targetDate,
            ]
            if otherFields.contains(true), before.stage == i.stage, before.title == i.title {
                out.append(t("\(i.title) bijgewerkt", "\(i.title) updated"))
            }
        } removed: { i in
            out.append(t("initiatief \(i.title) verwijderd", "initiative \(i.title) removed"))
        }
        matched(old.meetings, new.meetings) { before, m in
            guard let before else {
                out.append(t("overleg \(m.number) toegevoegd", "meeting \(m.number) added"))
                return
            }
            if before.date != m.date {
                let day = m.date.map(dayText) ?? t("zonder datum", "undated")
                out.append(
                    t("overleg \(m.number) verplaatst naar \(day)", "meeting \(m.number) moved to \(day)"))
            }
        } removed: { m in
            out.append(t("overleg \(m.number) verwijderd", "meeting \(m.number) removed"))
        }
        let added = new.people.filter { p in !old.people.contains { $0.id == p.id } }
        let removed = old.people.filter { p in !new.people.contains { $0.id == p.id } }
        for p in added { out.append(t("\(p.name) toegevoegd", "\(p.name) added")) }
        if !removed.isEmpty {
            out.append(
                t("\(removed.count) persoon/personen verwijderd", "\(removed.count) person(s) removed"))
        }
        if old.agenda != new.agenda { out.append(t("jaaragenda bijgewerkt", "year agenda updated")) }
        if old.routineTasks != new.routineTasks { out.append(t("taken bijgewerkt", "tasks updated")) }
        if old.networks != new.networks { out.append(t("netwerken bijgewerkt", "networks updated")) }
        if old.name != new.name { out.append(t("sectie heet nu \(new.name)", "section renamed \(new.name)")) }
        let newConflicts = new.conflicts.count - old.conflicts.count
        if newConflicts > 0 {
            out.append(
                t("\(newConflicts) conflict(en) te beslissen", "\(newConflicts) conflict(s) to decide"))
        }
        return out
    }

    /// One line: the first few phrases, and how many more.
    public static func line(from old: Section, to new: Section, dutch: Bool = true, limit: Int = 3) -> String
    {
        let all = describe(from: old, to: new, dutch: dutch)
        guard !all.isEmpty else { return dutch ? "geen inhoudelijke wijziging" : "no change in content" }
        let shown = all.prefix(limit).joined(separator: "; ")
        return all.count > limit
            ? shown + (dutch ? " en \(all.count - limit) meer" : " and \(all.count - limit) more") : shown
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

    static func stageWords(_ stage: Stage, _ dutch: Bool) -> String {
        switch stage {
        case .step(let n): return dutch ? "stap \(n)" : "step \(n)"
        case .closed: return dutch ? "afgerond" : "closed"
        case .dropped: return dutch ? "losgelaten" : "dropped"
        }
    }

    /// "19-01-2027", as Dutch readers write a date.
    static func dayText(_ d: Day) -> String { String(format: "%02d-%02d-%04d", d.day, d.month, d.year) }
}
