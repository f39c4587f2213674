import Foundation
import KnooppuntModel

/// Drawing the dialogs: a box in the middle of the screen, with the keys on its bottom border.
enum DialogHost {
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

    static func render(_ state: AppState, _ dialog: Dialog, into grid: inout Grid) {
        let theme = state.theme
        // Up to two thirds of a wide window (long notes are typed here), at least 76 columns, at most 120.
        let width = min(grid.width - 4, max(76, min(120, grid.width * 2 / 3)))
        let x = (grid.width - width) / 2
        let inner = width - 4
        switch dialog {
        case .confirm(let c):
            var lines = TextLayout.wrap(c.question, width: inner)
            for d in c.details { lines += TextLayout.wrap(d, width: inner) }
            lines.append("")
            var keys =
                c.isDestructive
                ? state.words.enterYesRemoveNEscNo
                : state.words.yEnterYesNEscNo
            if c.fillIn != nil { keys += state.words.fFillInNow }
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
            let hint = p.listing ?? p.hint
            let extra = (hint.isEmpty ? 0 : 1) + (p.error == nil ? 0 : 1)
            let height = min(grid.height - 2, visibleLines + 4 + extra)
            let rect = Rect(x: x, y: max(1, (grid.height - height) / 2), width: width, height: height)
            box(&grid, rect, style: theme.dialog)
            grid.put(
                p.title, x: rect.x + 2, y: rect.y, style: theme.dialogTitle,
                clip: Rect(x: rect.x + 2, y: rect.y, width: inner, height: 1))
            var y = rect.y + 1
            if !hint.isEmpty {
                grid.put(TextLayout.truncate(hint, width: inner), x: rect.x + 2, y: y, style: theme.dialog)
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
                ? state.words.tabSaveEnterNewLineEsc
                : p.completesPaths
                    ? state.words.tabCompleteEnterDoneEscCancel
                    : state.words.enterDoneEscCancel
            grid.put(
                TextLayout.truncate(keys, width: inner), x: rect.x + 2, y: rect.maxY - 1,
                style: theme.dialogTitle)
        case .choice(let c):
            let placed = ChoicePlacement(c, screenHeight: grid.height)
            let visible = placed.visible
            let rect = Rect(x: x, y: placed.top, width: width, height: placed.height)
            box(&grid, rect, style: theme.dialog)
            grid.put(
                TextLayout.truncate(c.title, width: inner), x: rect.x + 2, y: rect.y, style: theme.dialogTitle
            )
            let start = placed.start
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
                ? state.words.spaceMarkEnterDoneEscBack
                : state.words.enterChooseEscBack
            grid.put(
                TextLayout.truncate(keys, width: inner), x: rect.x + 2, y: rect.maxY - 1,
                style: theme.dialogTitle)
        }
    }
}

/// Where a choice list stands and which of its lines show: the one placement that drawing and clicks
/// share.
struct ChoicePlacement {
    var visible: Int
    var height: Int
    var top: Int
    var start: Int

    init(_ c: Choice, screenHeight: Int) {
        visible = min(c.options.count, max(1, screenHeight - 8))
        height = visible + 4
        top = max(1, (screenHeight - height) / 2)
        start = TextLayout.pageStart(selected: c.selected, visible: visible, count: c.options.count)
    }

    /// The option on screen row y, if any.
    func option(atRow y: Int) -> Int? {
        let index = start + y - (top + 2)
        return y >= top + 2 && y < top + 2 + visible ? index : nil
    }
}

extension App {
    /// In a choice list a click selects the line under it (a second click on it chooses); other dialogs
    /// ignore the mouse, so a stray click never answers a question.
    static func clickDialog(_ state: inout AppState, _ mouse: MouseEvent) -> [Effect] {
        guard case .choice(var c) = state.dialog else { return [] }
        if mouse.action == .scrollDown { return dialogKey(&state, .down) }
        if mouse.action == .scrollUp { return dialogKey(&state, .up) }
        guard let index = ChoicePlacement(c, screenHeight: state.height).option(atRow: mouse.y),
            c.options.indices.contains(index)
        else { return [] }
        if index == c.selected, c.marked == nil { return dialogKey(&state, .enter) }
        c.selected = index
        if var marked = c.marked {
            if marked.contains(index) { marked.remove(index) } else { marked.insert(index) }
            c.marked = marked
        }
        state.dialog = .choice(c)
        return []
    }
}
