import Foundation
import KnooppuntModel

/// "My initiatives": one person's initiatives, their stage, what the stage asks next and the next meeting
/// where each is on the agenda. Used by screen 6 and `knooppunt show person`.
public struct PersonView: ContextView {
    public var section: Section
    public var person: Person
    public var context: ScreenContext
    /// Only `knooppunt show person --private` sets this; screens never do.
    public var showPrivateNote: Bool

    public init(section: Section, person: Person, context: ScreenContext, showPrivateNote: Bool = false) {
        self.section = section
        self.person = person
        self.context = context
        self.showPrivateNote = showPrivateNote
    }

    public var initiatives: [PersonInitiative] { section.initiatives(of: person.id, today: context.today) }

    func roleText(_ p: PersonInitiative) -> String {
        let letters = InvolvementPosition.allCases.filter { p.positions.contains($0) }.map(\.letter).joined()
        return p.isInitiator
            ? context.words.initiator + " (\(letters))"
            : context.words.involved + " (\(letters))"
    }

    func stageText(_ stage: Stage) -> String {
        if case .step(let n) = stage {
            return context.words.stepMine(n: n) + guidance.name(stage)
        }
        return guidance.name(stage)
    }

    func meetingText(_ p: PersonInitiative) -> String {
        guard let m = p.nextMeeting else {
            return context.words.notOnTheYearAgenda
        }
        let columns = p.nextColumns.map {
            String(JaaragendaView.columnTitle($0, context.language).dropFirst(2)).lowercased()
        }.joined(separator: ", ")
        return context.words.meetingMine(number: m.number) + (m.date.map { " (\($0))" } ?? "")
            + (columns.isEmpty ? "" : ": " + columns)
    }

    /// "Kenmerken: bouw onderbouw · gender v", nil for a person without attributes.
    public var attributesLine: String? {
        guard !person.attributes.isEmpty else { return nil }
        return context.words.attributes
            + person.attributes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
                separator: " · ")
    }

    /// "Streefdatum 2027-06-01 · uitproberen tot 2027-02-01", nil when neither is set.
    func datesText(_ p: PersonInitiative) -> String? {
        var parts: [String] = []
        if let target = p.initiative.targetDate {
            parts.append(context.words.target + "\(target)")
        }
        if let until = p.initiative.trial.until {
            parts.append(context.words.trialUntil + "\(until)")
        }
        guard !parts.isEmpty else { return nil }
        let text = parts.joined(separator: " · ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The person's own routine tasks (regelwerk tussendoor), with due dates and an overdue mark.
    func taskLines(width: Int) -> [(String, Style)] {
        let tasks = section.routineTasks(ownedBy: person.id)
        guard !tasks.isEmpty else { return [] }
        var lines: [(String, Style)] = [(context.words.myTasks, theme.header)]
        for task in tasks {
            let mark = task.done ? "✓" : task.isOverdue(on: context.today) ? "!" : "·"
            var text = "\(mark) " + task.text
            if let due = task.due { text += context.words.due(due: due) }
            if task.isOverdue(on: context.today) { text += context.words.overdue }
            let style = task.isOverdue(on: context.today) ? theme.warning : task.done ? theme.muted : .plain
            lines.append((TextLayout.truncate(text, width: width), style))
        }
        return lines
    }

    /// Lines of one initiative block: title, stage, what is really missing (or the step's task), dates,
    /// warnings, meeting.
    func block(_ p: PersonInitiative, width: Int) -> [(String, Style)] {
        var lines: [(String, Style)] = [(p.initiative.title + " — " + roleText(p), .bold)]
        lines.append(("  " + stageText(p.stage), .plain))
        let next: String
        var nextStyle = Style.plain
        if !p.missing.isEmpty {
            next =
                context.words.missing
                + p.missing.map { $0.text(context.words) }.joined(separator: "; ")
            nextStyle = theme.warning
        } else {
            // What the step itself still records, read from the initiative (as meeting mode's Nu line),
            // rather than the step's generic task, which may ask for what is already there.
            let ask = StepAsk.now(p.initiative)
            next = ask.line(dutch: context.language == .nl, lead: ("Volgende", "Next")) {
                $0.text(context.words)
            }
            if ask.isMissing { nextStyle = theme.warning }
        }
        for (i, l) in TextLayout.wrap(next, width: width - 2).enumerated() {
            lines.append(((i == 0 ? "  " : "    ") + l, nextStyle))
        }
        if let dates = datesText(p) {
            for (i, l) in TextLayout.wrap(dates, width: width - 2).enumerated() {
                lines.append(((i == 0 ? "  " : "    ") + l, .plain))
            }
        }
        for warning in p.warnings {
            let text = InitiativeWarning.mark + " " + Rulebook.text(warning, section, context.language)
            for (i, l) in TextLayout.wrap(text, width: width - 2).enumerated() {
                lines.append(((i == 0 ? "  " : "    ") + l, theme.warning))
            }
        }
        for (i, l) in TextLayout.wrap(
            context.words.onTheAgenda + meetingText(p), width: width - 2
        ).enumerated() {
            lines.append(((i == 0 ? "  " : "    ") + l, theme.muted))
        }
        return lines
    }

    /// Draws the person's initiatives into `area`, with `selected` highlighted; paging keeps it visible.
    public func render(into grid: inout Grid, area: Rect, selected: Int?) {
        var y = area.y
        grid.put(
            "\(person.name) (\(person.initials))" + (person.role.isEmpty ? "" : " · \(person.role)"),
            x: area.x, y: y, style: theme.title, clip: area)
        // The line under the name is empty anyway: attributes fit there without moving the list.
        if let attributesLine {
            grid.put(
                TextLayout.fit(attributesLine, width: area.width), x: area.x, y: y + 1, style: theme.muted,
                clip: area)
        }
        y += 2
        let tasks = taskLines(width: area.width)
        for (text, style) in tasks.prefix(max(0, (area.maxY - y) / 2)) {
            grid.put(TextLayout.fit(text, width: area.width), x: area.x, y: y, style: style, clip: area)
            y += 1
        }
        if !tasks.isEmpty { y += 1 }
        let list = initiatives
        if list.isEmpty {
            grid.put(
                context.words.noInitiativesAsInitiatorOrInvolved,
                x: area.x, y: y, style: theme.muted, clip: area)
            return
        }
        let blocks = list.map { block($0, width: area.width) }
        let perBlock = (blocks.map(\.count).max() ?? 4) + 1
        let start = TextLayout.pageStart(
            selected: selected ?? 0, visible: max(1, (area.maxY - y) / perBlock), count: blocks.count)
        for (i, lines) in blocks.enumerated().dropFirst(start) {
            if y + lines.count > area.maxY { break }
            for (j, (text, style)) in lines.enumerated() {
                let s = (selected == i && j == 0) ? theme.selection : style
                grid.put(TextLayout.fit(text, width: area.width), x: area.x, y: y, style: s, clip: area)
                y += 1
            }
            y += 1
        }
    }

    public func printed(width: Int) -> Grid {
        var lines: [(String, Style)] = [
            (
                "\(person.name) (\(person.initials))" + (person.role.isEmpty ? "" : " · \(person.role)"),
                theme.title
            )
        ]
        if let attributesLine { lines.append((attributesLine, .plain)) }
        if showPrivateNote, !person.privateNote.isEmpty {
            lines.append((context.words.private2 + person.privateNote, .plain))
        }
        lines.append(("", .plain))
        let tasks = taskLines(width: width)
        if !tasks.isEmpty { lines += tasks + [("", .plain)] }
        let list = initiatives
        if list.isEmpty {
            lines.append(
                (
                    context.words.noInitiativesAsInitiatorOrInvolved, .plain
                ))
        }
        for p in list {
            lines += block(p, width: width)
            lines.append(("", .plain))
        }
        var grid = Grid(width: width, height: lines.count)
        for (y, (text, style)) in lines.enumerated() { grid.put(text, x: 0, y: y, style: style) }
        return grid
    }
}
