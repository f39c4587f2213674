import Foundation
import KnooppuntModel

/// One initiative with every field, as the editor shows it and `knooppunt show initiative` prints it.
public struct InitiativeView: ContextView {
    public var section: Section
    public var initiative: Initiative
    public var context: ScreenContext

    public init(section: Section, initiative: Initiative, context: ScreenContext) {
        (self.section, self.initiative, self.context) = (section, initiative, context)
    }

    /// One screen line: which field it belongs to, the text, how it looks, and where the cursor is.
    struct Row {
        var field: EditorField?
        var label: String
        var text: String
        var style: Style
        var cursor: Int?
        var listIndex: Int?
    }

    static let labelWidth = 22

    func personLabel(_ id: UUID) -> String {
        guard let p = section.person(id) else { return context.words.unknown }
        return "\(p.initials) \(p.name)"
    }

    /// The stage line fitted to `width`: without the day it was recorded when that does not fit, and
    /// then cut with an ellipsis, so that a line never ends in a dangling "·".
    func stageLine(width: Int) -> String {
        let full = stageLine()
        if DisplayWidth.of(full) <= width { return full }
        return TextLayout.truncate(stageAndDays, width: width)
    }

    func stageLine() -> String {
        stageAndDays
            + context.words.recorded(created: initiative.created)
    }

    /// "! Ontbreekt: …": what the current step wants recorded and is not yet, fitted to `width`; nil
    /// when nothing is missing.
    func missingLine(width: Int) -> String? {
        let missing = Rulebook.missingNow(initiative)
        guard !missing.isEmpty else { return nil }
        return TextLayout.truncate(
            "! " + context.words.missing
                + missing.map { $0.text(context.words) }.joined(separator: "; "),
            width: width)
    }

    /// "⚠ streefdatum … is voorbij; …": the safeguards that hold today, fitted to `width`; nil when none.
    func warningLine(width: Int) -> String? {
        let warnings = InitiativeWarnings.warnings(for: initiative, in: section, today: context.today)
        guard !warnings.isEmpty else { return nil }
        return TextLayout.truncate(
            InitiativeWarning.mark + " "
                + warnings.map { Rulebook.text($0, section, context.language) }.joined(separator: "; "),
            width: width)
    }

    /// "Stap 3 · Plan maken · 12 dagen in deze stap": the stage line before the day it was recorded.
    var stageAndDays: String {
        let stage = initiative.stage
        let days = Stappenplan.daysInStage(initiative, today: context.today)
        var name = guidance.name(stage)
        if case .step(let n) = stage { name = context.words.step(n: n) + name }
        // A closed or dropped initiative is in no step: counting days there says nothing.
        if stage.isFinished { return name }
        let counted =
            days == 1
            ? context.words.n1DayInThisStage
            : context.words.daysInThisStage(days: days)
        return name + counted
    }

    /// All rows, field by field. `editing` draws the buffer of the field being typed in with its cursor.
    func rows(width: Int, editing: (EditorField, TextBuffer)?) -> [Row] {
        let valueWidth = max(10, width - InitiativeView.labelWidth)
        var rows: [Row] = []
        func add(_ field: EditorField, _ lines: [String], style: Style = .plain, listIndices: [Int?]? = nil) {
            let shown = lines.isEmpty ? ["—"] : lines
            for (i, line) in shown.enumerated() {
                rows.append(
                    Row(
                        field: field, label: i == 0 ? field.label(context.language) : "", text: line,
                        style: lines.isEmpty ? theme.muted : style, cursor: nil,
                        listIndex: listIndices.map { i < $0.count ? $0[i] : nil } ?? nil))
            }
        }
        for field in EditorField.allCases {
            if let (editingField, buffer) = editing, editingField == field {
                let layout = buffer.layout(width: valueWidth)
                for (i, line) in layout.lines.enumerated() {
                    rows.append(
                        Row(
                            field: field, label: i == 0 ? field.label(context.language) : "", text: line.text,
                            style: .underline, cursor: i == layout.cursorLine ? layout.cursorColumn : nil))
                }
                continue
            }
            switch field {
            case .title: add(field, TextLayout.wrap(initiative.title, width: valueWidth), style: .bold)
            case .origin: add(field, [initiative.origin.label(context.language)])
            case .initiators: add(field, initiative.initiators.map(personLabel))
            case .involved:
                let lines = initiative.involved.map { inv -> String in
                    let letters = InvolvementPosition.allCases.map {
                        inv.positions.contains($0) ? $0.letter : "·"
                    }.joined(separator: " ")
                    let intensity = inv.intensity.map {
                        " · " + $0.text(context.words)
                    }
                    return "[\(letters)] " + personLabel(inv.personID) + (intensity ?? "")
                }
                // The network analyses made for this initiative (screen 3, K), where step 2's
                // involvement comes from.
                let analyses = section.networks.analyses.filter { $0.initiativeID == initiative.id }.map {
                    context.words.fromNetworkAnalysis + $0.name
                }
                add(field, lines + analyses, listIndices: Array(0..<lines.count))
                if !lines.isEmpty {
                    // The letters in the brackets, spelled out once under the list.
                    let legend = InvolvementPosition.allCases.map {
                        "\($0.letter) \($0.name(context.words))"
                    }
                    .joined(separator: " · ")
                    for line in TextLayout.wrap(legend, width: valueWidth) {
                        rows.append(
                            Row(
                                field: field, label: "", text: line, style: theme.muted, cursor: nil,
                                listIndex: nil))
                    }
                }
            case .trialParticipants: add(field, initiative.details.trialParticipants.map(personLabel))
            case .evidence:
                let kinds = initiative.details.evidence.sorted().map {
                    $0.text(context.words)
                }
                add(field, kinds.isEmpty ? [] : [kinds.joined(separator: ", ")])
            case .trialLog:
                var lines: [String] = []
                var indices: [Int?] = []
                for (i, entry) in initiative.details.trialLog.enumerated() {
                    let who = entry.people.compactMap { section.person($0)?.initials }.joined(separator: ", ")
                    let text = who.isEmpty ? entry.text : who + ": " + entry.text
                    for (j, l) in TextLayout.wrap(text, width: valueWidth - 12).enumerated() {
                        lines.append(
                            (j == 0 ? entry.date.description + "  " : String(repeating: " ", count: 12)) + l)
                        indices.append(i)
                    }
                }
                add(field, lines, listIndices: indices)
            case .targetDate: add(field, initiative.targetDate.map { [$0.description] } ?? [])
            case .trialUntil: add(field, initiative.trial.until.map { [$0.description] } ?? [])
            case .experiences:
                var lines: [String] = []
                var indices: [Int?] = []
                for (i, e) in initiative.experiences.enumerated() {
                    for (j, l) in TextLayout.wrap(e.text, width: valueWidth - 12).enumerated() {
                        lines.append(
                            (j == 0 ? e.date.description + "  " : String(repeating: " ", count: 12)) + l)
                        indices.append(i)
                    }
                }
                add(field, lines, listIndices: indices)
            case .history:
                var lines: [String] = []
                var indices: [Int?] = []
                for (i, change) in initiative.history.enumerated() {
                    let move =
                        change.from == change.to
                        ? context.words.noteAt(code: change.to.code)
                        : "\(change.from.code) → \(change.to.code)"
                    let text = change.note.isEmpty ? move : move + ": " + change.note
                    for (j, l) in TextLayout.wrap(text, width: valueWidth - 12).enumerated() {
                        lines.append(
                            (j == 0 ? change.date.description + "  " : String(repeating: " ", count: 12)) + l)
                        indices.append(i)
                    }
                }
                add(field, lines, listIndices: indices)
            default:
                let text = App.fieldText(initiative, field)
                add(field, text.allSatisfy(\.isWhitespace) ? [] : TextLayout.wrap(text, width: valueWidth))
            }
        }
        return rows
    }

    /// Draws the editor into `area`, paging so that the selected field (or the cursor) is visible.
    func render(into grid: inout Grid, area: Rect, editor: EditorState?) {
        var y = area.y
        grid.put(
            TextLayout.truncate(initiative.title, width: area.width), x: area.x, y: y, style: theme.title,
            clip: area)
        y += 1
        grid.put(stageLine(width: area.width), x: area.x, y: y, clip: area)
        y += 1
        if let missing = missingLine(width: area.width) {
            grid.put(missing, x: area.x, y: y, style: theme.warning, clip: area)
        }
        y += 1
        if let warning = warningLine(width: area.width) {
            grid.put(warning, x: area.x, y: y, style: theme.warning, clip: area)
        }
        let body = Rect(x: area.x, y: y + 1, width: area.width, height: area.maxY - y - 1)
        let editing = editor.flatMap { e in e.buffer.map { (e.field, $0) } }
        let rows = self.rows(width: area.width, editing: editing)
        let focus: Int = {
            guard let editor else { return 0 }
            if let c = rows.firstIndex(where: { $0.cursor != nil }) { return c }
            if let l = rows.firstIndex(where: { $0.field == editor.field && $0.listIndex == editor.listIndex }
            ) {
                return l
            }
            return rows.firstIndex { $0.field == editor.field } ?? 0
        }()
        let start = TextLayout.pageStart(selected: focus, visible: body.height, count: rows.count)
        for (offset, row) in rows.dropFirst(start).prefix(body.height).enumerated() {
            let ry = body.y + offset
            let selectedField = editor?.field == row.field
            if !row.label.isEmpty {
                let labelStyle = selectedField ? theme.selection : theme.header.withoutUnderline
                grid.put(
                    TextLayout.fit(row.label, width: InitiativeView.labelWidth - 2), x: body.x, y: ry,
                    style: labelStyle, clip: body)
            }
            var style = row.style
            if selectedField, let li = row.listIndex, li == editor?.listIndex, editor?.buffer == nil {
                style = theme.selection
            }
            let x = body.x + InitiativeView.labelWidth
            grid.put(row.text, x: x, y: ry, style: style, clip: body)
            if let c = row.cursor, x + c < body.maxX {
                grid.setStyle(theme.cursor, in: Rect(x: x + c, y: ry, width: 1, height: 1))
            }
        }
        if start > 0 { grid.put("▲", x: area.maxX - 1, y: body.y, style: theme.muted, clip: area) }
        if start + body.height < rows.count {
            grid.put("▼", x: area.maxX - 1, y: body.maxY - 1, style: theme.muted, clip: area)
        }
    }

    /// Print layout: every row, as tall as needed.
    public func printed(width: Int) -> Grid {
        let rows = self.rows(width: width, editing: nil)
        var grid = Grid(width: width, height: rows.count + 4)
        grid.put(initiative.title, x: 0, y: 0, style: theme.title)
        grid.put(stageLine(width: width), x: 0, y: 1)
        if let missing = missingLine(width: width) { grid.put(missing, x: 0, y: 2) }
        if let warning = warningLine(width: width) { grid.put(warning, x: 0, y: 3) }
        for (i, row) in rows.enumerated() {
            grid.put(row.label, x: 0, y: 4 + i, style: .bold)
            grid.put(row.text, x: InitiativeView.labelWidth, y: 4 + i, style: row.style)
        }
        return grid
    }
}

extension Style {
    var withoutUnderline: Style {
        var s = self
        s.underline = false
        return s
    }
}
