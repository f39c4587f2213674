import Foundation
import KnooppuntModel

/// Mouse clicks select what is under them, with the same geometry the renderer uses.
extension App {
    static func click(_ state: inout AppState, _ mouse: MouseEvent) -> [Effect] {
        if mouse.action == .scrollDown { return press(&state, .down) }
        if mouse.action == .scrollUp { return press(&state, .up) }
        let width = state.width, height = state.height
        guard width >= minimumWidth, height >= minimumHeight else { return [] }
        if mouse.y == 0, state.open != nil {
            // The tab bar: the same widths as renderTabs.
            var x = 0
            for (kind, label) in tabs(state) {
                let w = DisplayWidth.of(label) + 2
                if mouse.x >= x, mouse.x < x + w {
                    if kind == .meeting {
                        let effects = state.editor?.buffer != nil ? finishEditing(&state) : []
                        if state.editor?.buffer == nil || state.screen != .editor { openMeetingMode(&state) }
                        return effects
                    }
                    return switchTo(&state, kind)
                }
                x += w
            }
            return []
        }
        let area = Rect(x: 1, y: 1, width: width - 2, height: height - 2)
        guard area.contains(x: mouse.x, y: mouse.y) else { return [] }
        guard state.open != nil else {
            let row = mouse.y - (area.y + 2)
            let start = TextLayout.pageStart(
                selected: state.picker.index, visible: area.height - 2, count: state.entries.count)
            if row >= 0, start + row < state.entries.count { state.picker.index = start + row }
            return []
        }
        switch state.screen {
        case .board:
            let view = boardView(state)
            let cols = StappenplanView.columns(
                count: view.stages.count, width: area.width, selected: state.board.column)
            guard cols.width > 0 else { return [] }
            let column = cols.first + (mouse.x - area.x) / cols.width
            guard view.stages.indices.contains(column) else { return [] }
            let previousColumn = state.board.column
            state.board.column = column
            let cards = view.cards(view.stages[column])
            let cardAreaHeight = area.height - 5 - 1
            let perPage = max(1, cardAreaHeight / StappenplanView.cardHeight)
            let start =
                column == previousColumn
                ? TextLayout.pageStart(selected: state.board.row, visible: perPage, count: cards.count) : 0
            let row = (mouse.y - (area.y + 1)) / StappenplanView.cardHeight
            if mouse.y > area.y, row >= 0, start + row < cards.count {
                state.board.row = start + row
            } else {
                state.board.row = min(state.board.row, max(0, cards.count - 1))
            }
        case .agenda:
            let view = agendaView(state)
            let geo = view.geometry(
                width: area.width, height: area.height - 1, selected: state.agenda.meeting)
            let x = mouse.x - area.x - JaaragendaView.labelWidth
            if x >= 0 { state.agenda.column = min(3, x / geo.columnWidth) }
            var y = area.y + 1
            for row in geo.rows {
                if mouse.y >= y, mouse.y < y + row.height {
                    state.agenda.meeting = row.index
                    let lines = row.cells[state.agenda.column]
                    let line = mouse.y - y
                    state.agenda.entry = line < lines.count ? lines[line].entry : 0
                    break
                }
                y += row.height + 1
            }
        case .people:
            let row = mouse.y - (area.y + 1)
            let start = TextLayout.pageStart(
                selected: state.people.index, visible: area.height - 1, count: state.section.people.count)
            if row >= 0, start + row < state.section.people.count { state.people.index = start + row }
        case .mine:
            let leftWidth = min(26, area.width / 3)
            if mouse.x < area.x + leftWidth {
                let row = mouse.y - (area.y + 1)
                let start = TextLayout.pageStart(
                    selected: state.mine.person, visible: area.height - 1, count: state.section.people.count)
                if row >= 0, start + row < state.section.people.count {
                    state.mine.person = start + row
                    state.mine.pane = 0
                    state.mine.row = 0
                }
            }
        case .networks:
            return networkScreen(&state, event: .mouse(mouse), sociogram: false, drawnIn: area) ?? []
        case .sociogram:
            return networkScreen(&state, event: .mouse(mouse), sociogram: true, drawnIn: area) ?? []
        case .editor:
            guard var editor = state.editor, editor.buffer == nil, let initiative = editedInitiative(state)
            else { return [] }
            let rows = InitiativeView(section: state.section, initiative: initiative, context: state.context)
                .rows(width: area.width, editing: nil)
            let bodyY = area.y + 4
            let focus =
                rows.firstIndex { $0.field == editor.field && $0.listIndex == editor.listIndex }
                ?? rows.firstIndex { $0.field == editor.field } ?? 0
            let start = TextLayout.pageStart(selected: focus, visible: area.height - 4, count: rows.count)
            let index = start + mouse.y - bodyY
            if mouse.y >= bodyY, rows.indices.contains(index), let field = rows[index].field {
                editor.field = field
                editor.listIndex = rows[index].listIndex ?? 0
                state.editor = editor
            }
        case .meeting:
            // Items take one line each, plus detail lines under the selected one: find them on the drawn
            // screen, in order, rather than repeating the layout here.
            guard let view = meetingView(state) else { return [] }
            let grid = render(state, width: width, height: height)
            var next = 0
            let items = view.items
            for y in area.y..<area.maxY where next < items.count {
                let line = grid.line(y)
                if line.contains(view.itemLine(items[next])) {
                    if y == mouse.y {
                        if state.meeting.runningItem != nil, next != state.meeting.index { stopTimer(&state) }
                        state.meeting.index = next
                        return []
                    }
                    next += 1
                }
            }
        }
        return []
    }

    /// In a choice list a click selects the line under it (a second click on it chooses); other dialogs
    /// ignore the mouse, so a stray click never answers a question.
    static func clickDialog(_ state: inout AppState, _ mouse: MouseEvent) -> [Effect] {
        guard case .choice(var c) = state.dialog else { return [] }
        if mouse.action == .scrollDown { return dialogKey(&state, .down) }
        if mouse.action == .scrollUp { return dialogKey(&state, .up) }
        let visible = min(c.options.count, max(1, state.height - 8))
        let height = visible + 4
        let top = max(1, (state.height - height) / 2)
        let start = TextLayout.pageStart(selected: c.selected, visible: visible, count: c.options.count)
        let index = start + mouse.y - (top + 2)
        guard mouse.y >= top + 2, mouse.y < top + 2 + visible, c.options.indices.contains(index) else {
            return []
        }
        if index == c.selected, c.marked == nil { return dialogKey(&state, .enter) }
        c.selected = index
        if c.marked != nil {
            if c.marked!.contains(index) { c.marked!.remove(index) } else { c.marked!.insert(index) }
        }
        state.dialog = .choice(c)
        return []
    }
}
