import Foundation
import KnooppuntModel

extension App {
    public static func render(_ state: AppState, width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        let theme = state.theme
        if width < minimumWidth || height < minimumHeight {
            let sentence = state.t(
                "Maak het venster groter (minstens \(minimumWidth)×\(minimumHeight)); nu \(width)×\(height).",
                "Please make the window larger (at least \(minimumWidth)×\(minimumHeight)); now \(width)×\(height)."
            )
            let lines = TextLayout.wrap(sentence, width: max(1, width - 2))
            let top = max(0, height / 2 - lines.count / 2)
            for (i, l) in lines.enumerated() {
                grid.put(l, x: max(0, (width - DisplayWidth.of(l)) / 2), y: top + i, style: theme.message)
            }
            return grid
        }
        let content = Rect(x: 0, y: 1, width: width, height: height - 2)
        renderTabs(state, into: &grid)
        if state.open == nil {
            renderPicker(state, into: &grid, area: content.inset(by: 0))
        } else {
            let area = Rect(x: content.x + 1, y: content.y, width: content.width - 2, height: content.height)
            switch state.screen {
            case .board:
                boardView(state).render(
                    into: &grid, area: area, selectedColumn: state.board.column, selectedRow: state.board.row)
            case .agenda:
                agendaView(state).render(
                    into: &grid, area: area,
                    selection: (state.agenda.meeting, state.agenda.column, state.agenda.entry))
            case .networks:
                state.networks.render(state.section, into: &grid, area: area, context: state.context)
            case .sociogram:
                state.sociogram.render(state.section, into: &grid, area: area, context: state.context)
            case .people:
                renderPeople(state, into: &grid, area: area)
            case .mine:
                renderMine(state, into: &grid, area: area)
            case .meeting:
                if let view = meetingView(state) {
                    let items = view.items
                    let item = items.indices.contains(state.meeting.index) ? items[state.meeting.index] : nil
                    var timers: [UUID: String] = [:]
                    for i in items { timers[i.id] = timerText(state, item: i.id) }
                    _ = view.render(
                        into: &grid, area: area, selected: items.isEmpty ? nil : state.meeting.index,
                        timer: item.flatMap { timers[$0.id] }, timers: timers,
                        large: area.height >= 40 && area.width >= 100)
                }
            case .editor:
                if let initiative = editedInitiative(state) {
                    InitiativeView(section: state.section, initiative: initiative, context: state.context)
                        .render(into: &grid, area: area, editor: state.editor)
                }
            }
        }
        renderStatus(state, into: &grid)
        if state.helpVisible { renderHelp(state, into: &grid) }
        if let dialog = state.dialog { renderDialog(state, dialog, into: &grid) }
        return grid
    }

    static func tabs(_ state: AppState) -> [(ScreenKind, String)] {
        if state.width < 120 {
            return [
                (.board, state.t("1 Stappen", "1 Steps")), (.agenda, state.t("2 Agenda", "2 Agenda")),
                (.networks, state.t("3 Netwerk", "3 Networks")), (.sociogram, "4 Sociogram"),
                (.people, state.t("5 Mensen", "5 People")), (.mine, state.t("6 Mijn", "6 Mine")),
                (.meeting, state.t("m Overleg", "m Meeting")),
            ]
        }
        return [
            (.board, state.t("1 Stappenplan", "1 Stappenplan")),
            (.agenda, state.t("2 Jaaragenda", "2 Year agenda")),
            (.networks, state.t("3 Netwerken", "3 Networks")),
            (.sociogram, state.t("4 Sociogram", "4 Sociogram")),
            (.people, state.t("5 Mensen", "5 People")),
            (.mine, state.t("6 Mijn initiatieven", "6 My initiatives")),
            (.meeting, state.t("m Overleg", "m Meeting")),
        ]
    }

    static func renderTabs(_ state: AppState, into grid: inout Grid) {
        let theme = state.theme
        grid.put(String(repeating: " ", count: grid.width), x: 0, y: 0, style: theme.statusBar)
        guard let open = state.open else {
            grid.put(
                " knooppunt · " + state.t("kies een sectie", "choose a section"), x: 0, y: 0,
                style: theme.statusBar)
            return
        }
        let name = " " + open.section.name + " "
        let right = grid.width - min(DisplayWidth.of(name), grid.width / 3)
        var x = 0
        let current: ScreenKind = state.screen == .editor ? (state.editor?.returnTo ?? .board) : state.screen
        for (kind, label) in tabs(state) {
            let text = " " + label + " "
            if x + DisplayWidth.of(text) > right { break }
            var style = theme.statusBar
            if kind == current {
                style = Style(bold: true, underline: true, reverse: false)
                if state.options.color { style.foreground = .yellow }
            }
            x = grid.put(text, x: x, y: 0, style: style)
        }
        grid.put(
            TextLayout.truncate(name, width: grid.width - right), x: right, y: 0,
            style: Style(bold: true, reverse: !state.options.color).merging(theme.statusBar))
    }

    static func renderStatus(_ state: AppState, into grid: inout Grid) {
        let theme = state.theme
        let y = grid.height - 1
        grid.put(String(repeating: " ", count: grid.width), x: 0, y: y, style: theme.statusBar)
        var saveMark = ""
        if state.open != nil {
            if state.conflict != nil {
                saveMark = state.t("! conflict", "! conflict")
            } else if state.saveInFlight || state.unsavedChange {
                saveMark = state.t("… opslaan", "… saving")
            } else {
                saveMark = state.t("✓ opgeslagen", "✓ saved")
            }
        }
        let markWidth = DisplayWidth.of(saveMark) + 2
        let conflictNote = state.conflict.map { _ in
            state.t(
                "Het bestand is elders gewijzigd; niets overschreven. R leest opnieuw in.",
                "The file was changed elsewhere; nothing was overwritten. R reloads.")
        }
        if let status = state.status ?? conflictNote {
            var style = (state.statusIsError || state.status == nil) ? theme.warning : theme.message
            style.reverse = !state.options.color
            grid.put(
                " " + TextLayout.truncate(status, width: grid.width - markWidth - 2), x: 0, y: y, style: style
            )
        } else {
            var keys = mainKeys(state).map { "\($0.keys) \($0.action)" }.joined(separator: "  ")
            if !state.board.filter.isEmpty, state.screen == .board || state.screen == .agenda {
                keys =
                    state.t(
                        "Filter: \(state.board.filter) (Esc wist)  ",
                        "Filter: \(state.board.filter) (Esc clears)  ") + keys
            }
            grid.put(
                " " + TextLayout.truncate(keys, width: grid.width - markWidth - 2), x: 0, y: y,
                style: theme.statusBar)
        }
        if !saveMark.isEmpty {
            grid.put(
                saveMark + " ", x: grid.width - markWidth + 1, y: y,
                style: state.conflict != nil ? theme.warning : theme.statusBar)
        }
    }

    static func box(_ grid: inout Grid, _ rect: Rect, style: Style) {
        grid.fill(rect, with: Cell(" ", style: style))
        let h = String(repeating: "─", count: max(0, rect.width - 2))
        grid.put("┌" + h + "┐", x: rect.x, y: rect.y, style: style)
        grid.put("└" + h + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        for y in rect.y + 1..<max(rect.y + 1, rect.maxY - 1) {
            grid.put("│", x: rect.x, y: y, style: style)
            grid.put("│", x: rect.maxX - 1, y: y, style: style)
        }
    }

    static func renderDialog(_ state: AppState, _ dialog: Dialog, into grid: inout Grid) {
        let theme = state.theme
        let width = min(grid.width - 4, 76)
        let x = (grid.width - width) / 2
        let inner = width - 4
        switch dialog {
        case .confirm(let c):
            var lines = TextLayout.wrap(c.question, width: inner)
            for d in c.details { lines += TextLayout.wrap(d, width: inner) }
            lines.append("")
            var keys =
                c.isDestructive
                ? state.t("Enter = ja, weg ermee   n/Esc = nee", "Enter = yes, remove   n/Esc = no")
                : state.t("j/Enter = ja   n/Esc = nee", "y/Enter = yes   n/Esc = no")
            if c.fillIn != nil { keys += state.t("   i = nu invullen", "   f = fill in now") }
            lines.append(keys)
            let height = min(grid.height - 2, lines.count + 2)
            let rect = Rect(x: x, y: max(1, (grid.height - height) / 2), width: width, height: height)
            box(&grid, rect, style: theme.dialog)
            for (i, l) in lines.prefix(height - 2).enumerated() {
                grid.put(
                    l, x: rect.x + 2, y: rect.y + 1 + i,
                    style: i == 0
                        ? theme.dialogTitle : (i == lines.count - 1 ? theme.dialogTitle : theme.dialog))
            }
        case .prompt(let p):
            let layout = p.buffer.layout(width: inner)
            let visibleLines = p.buffer.multiline ? min(8, max(3, layout.lines.count)) : 1
            let extra = (p.hint.isEmpty ? 0 : 1) + (p.error == nil ? 0 : 1)
            let height = min(grid.height - 2, visibleLines + 4 + extra)
            let rect = Rect(x: x, y: max(1, (grid.height - height) / 2), width: width, height: height)
            box(&grid, rect, style: theme.dialog)
            grid.put(
                p.title, x: rect.x + 2, y: rect.y, style: theme.dialogTitle,
                clip: Rect(x: rect.x + 2, y: rect.y, width: inner, height: 1))
            var y = rect.y + 1
            if !p.hint.isEmpty {
                grid.put(TextLayout.truncate(p.hint, width: inner), x: rect.x + 2, y: y, style: theme.dialog)
                y += 1
            }
            let field = Rect(x: rect.x + 2, y: y + 1, width: inner, height: visibleLines)
            grid.fill(field, with: Cell(" ", style: Style(underline: true)))
            let start = TextLayout.pageStart(
                selected: layout.cursorLine, visible: visibleLines, count: layout.lines.count)
            for (i, line) in layout.lines.dropFirst(start).prefix(visibleLines).enumerated() {
                grid.put(line.text, x: field.x, y: field.y + i, style: Style(underline: true), clip: field)
            }
            let cy = field.y + layout.cursorLine - start
            if cy >= field.y, cy < field.maxY {
                grid.setStyle(
                    theme.cursor, in: Rect(x: field.x + layout.cursorColumn, y: cy, width: 1, height: 1))
            }
            if let error = p.error {
                grid.put(
                    "! " + TextLayout.truncate(error, width: inner - 2), x: rect.x + 2, y: field.maxY,
                    style: theme.warning.merging(theme.dialog))
            }
            // The keys on the bottom border, as choice lists have them. Enter makes a new line in a long
            // text, so there the way to save is always in sight (some prompts have no hint line of their
            // own, such as a person's private note).
            let keys =
                p.buffer.multiline
                ? state.t(
                    "Tab = opslaan  Enter = nieuwe regel  Esc = annuleren",
                    "Tab = save  Enter = new line  Esc = cancel")
                : state.t("Enter = klaar  Esc = annuleren", "Enter = done  Esc = cancel")
            grid.put(
                TextLayout.truncate(keys, width: inner), x: rect.x + 2, y: rect.maxY - 1,
                style: theme.dialogTitle)
        case .choice(let c):
            let visible = min(c.options.count, max(1, grid.height - 8))
            let height = visible + 4
            let rect = Rect(x: x, y: max(1, (grid.height - height) / 2), width: width, height: height)
            box(&grid, rect, style: theme.dialog)
            grid.put(
                TextLayout.truncate(c.title, width: inner), x: rect.x + 2, y: rect.y, style: theme.dialogTitle
            )
            let start = TextLayout.pageStart(selected: c.selected, visible: visible, count: c.options.count)
            for (i, option) in c.options.enumerated().dropFirst(start).prefix(visible) {
                var label = option.label
                if let marked = c.marked { label = (marked.contains(i) ? "[x] " : "[ ] ") + label }
                let style = i == c.selected ? Style(bold: true, reverse: true) : theme.dialog
                grid.put(
                    TextLayout.fit(label, width: inner), x: rect.x + 2, y: rect.y + 2 + i - start,
                    style: style)
            }
            let keys =
                c.marked != nil
                ? state.t(
                    "spatie = kiezen  Enter = klaar  Esc = terug", "space = mark  Enter = done  Esc = back")
                : state.t("Enter = kiezen  Esc = terug", "Enter = choose  Esc = back")
            grid.put(
                TextLayout.truncate(keys, width: inner), x: rect.x + 2, y: rect.maxY - 1,
                style: theme.dialogTitle)
        }
    }

    static func renderHelp(_ state: AppState, into grid: inout Grid) {
        let theme = state.theme
        let screenKeys = keyHelp(state)
        let global = globalKeyHelp(state)
        let rect = Rect(x: 2, y: 1, width: grid.width - 4, height: grid.height - 2)
        box(&grid, rect, style: theme.dialog)
        grid.put(
            state.t(" Toetsen (Esc sluit) ", " Keys (Esc closes) "), x: rect.x + 2, y: rect.y,
            style: theme.dialogTitle)
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        // The keys flow down columns of about 34 cells, as many as fit, so that every key shows at 80×24.
        // An action too long for its column wraps onto the next row when everything still fits; only
        // a window too small for that cuts actions short.
        var rows: [(KeyHelp?, String)] = [(nil, screenTitle(state))]
        rows += screenKeys.map { ($0, "") }
        rows.append((nil, ""))
        rows.append((nil, state.t("Overal", "Everywhere")))
        rows += global.map { ($0, "") }
        let height = max(1, inner.height)
        let keyWidth = min(13, ((screenKeys + global).map { DisplayWidth.of($0.keys) }.max() ?? 8) + 1)
        let mostColumns = max(1, inner.width / 34)
        // Each line: the keys (nil on a continuation or heading), the text, and whether it is a heading.
        typealias HelpLine = (keys: String?, text: String, heading: Bool)
        func wrapped(columns: Int) -> [HelpLine] {
            let actionWidth = max(1, inner.width / columns - keyWidth - 2)
            var lines: [HelpLine] = []
            for row in rows {
                if let key = row.0 {
                    let parts = TextLayout.wrap(key.action, width: actionWidth)
                    for (n, part) in (parts.isEmpty ? [""] : parts).enumerated() {
                        lines.append((n == 0 ? key.keys : nil, part, false))
                    }
                } else {
                    lines.append((nil, row.1, true))
                }
            }
            return lines
        }
        let needed = min(mostColumns, (rows.count + height - 1) / height)
        var columns = mostColumns
        var lines: [HelpLine] = rows.map { row in
            row.0.map { ($0.keys, $0.action, false) } ?? (nil, row.1, true)
        }
        for candidate in needed...mostColumns {
            let attempt = wrapped(columns: candidate)
            if attempt.count <= candidate * height {
                columns = candidate
                lines = attempt
                break
            }
        }
        let columnWidth = inner.width / columns
        let actionWidth = max(1, columnWidth - keyWidth - 2)
        for (i, line) in lines.enumerated() {
            let column = i / height
            let x = inner.x + column * columnWidth
            let y = inner.y + i % height
            if column >= columns {
                grid.put("…", x: inner.maxX - 1, y: inner.maxY - 1, style: theme.dialogTitle)
                break
            }
            if line.heading {
                grid.put(
                    TextLayout.truncate(line.text, width: columnWidth - 1), x: x, y: y,
                    style: theme.dialogTitle, clip: inner)
                continue
            }
            if let keys = line.keys {
                grid.put(
                    TextLayout.fit(keys, width: keyWidth), x: x, y: y,
                    style: Style(bold: true).merging(theme.dialog), clip: inner)
            }
            grid.put(
                TextLayout.truncate(line.text, width: actionWidth), x: x + keyWidth + 1, y: y,
                style: theme.dialog, clip: inner)
        }
    }

    static func screenTitle(_ state: AppState) -> String {
        guard state.open != nil else { return state.t("Secties", "Sections") }
        switch state.screen {
        case .board: return state.t("Stappenplan", "Stappenplan")
        case .agenda: return state.t("Jaaragenda", "Year agenda")
        case .networks: return state.t("Netwerken", "Networks")
        case .sociogram: return "Sociogram"
        case .people: return state.t("Mensen", "People")
        case .mine: return state.t("Mijn initiatieven", "My initiatives")
        case .meeting: return state.t("Overleg", "Meeting")
        case .editor: return state.t("Initiatief", "Initiative")
        }
    }
}

extension Style {
    /// This style's attributes over `base`'s colours (where this style has none).
    func merging(_ base: Style) -> Style {
        var s = self
        s.foreground = foreground ?? base.foreground
        s.background = background ?? base.background
        s.reverse = reverse || base.reverse
        s.dim = dim || base.dim
        s.bold = bold || base.bold
        s.underline = underline || base.underline
        return s
    }
}
