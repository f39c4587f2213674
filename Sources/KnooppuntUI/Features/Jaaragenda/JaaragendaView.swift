import Foundation
import KnooppuntModel

/// One entry in a cell of the jaaragenda: an agenda item, or a routine task in the Regelwerk column.
public enum AgendaEntry: Hashable, Sendable {
    case item(AgendaItem)
    case task(RoutineTask)

    public var id: UUID {
        switch self {
        case .item(let i): i.id
        case .task(let t): t.id
        }
    }
}

/// The jaaragenda as a picture: meetings as rows, the four columns of figure 3.3 (docs/METHOD.md).
public struct JaaragendaView: ContextView {
    public var section: Section
    public var context: ScreenContext
    public let meetings: [Meeting]
    /// meeting id → column → entries, built once per view (the bench draws 40 meetings every frame).
    public let cells: [UUID: [AgendaColumn: [AgendaEntry]]]

    /// Only entries whose text contains this (case and accents ignored); empty shows everything.
    public let filter: String

    public init(section: Section, context: ScreenContext, filter: String = "") {
        self.section = section
        self.context = context
        self.filter = filter
        meetings = section.meetingsInOrder
        var cells: [UUID: [AgendaColumn: [AgendaEntry]]] = [:]
        for item in section.agenda {
            cells[item.meetingID, default: [:]][item.column, default: []].append(.item(item))
        }
        for task in section.routineTasks {
            guard let m = section.meetingShowing(task) else { continue }
            cells[m, default: [:]][.regelwerkTussendoor, default: []].append(.task(task))
        }
        let key = TitleMatch.key(filter)
        if !key.isEmpty {
            let probe = JaaragendaView(section: section, context: context)
            for (m, columns) in cells {
                for (c, entries) in columns {
                    cells[m]![c] = entries.filter { TitleMatch.key(probe.text($0)).contains(key) }
                }
            }
        }
        self.cells = cells
    }

    public func entries(_ meeting: Meeting, _ column: AgendaColumn) -> [AgendaEntry] {
        cells[meeting.id]?[column] ?? []
    }

    /// "P Plannen bespreken": the column's letter and its name, in both languages with the Dutch letter.
    public static func columnTitle(_ column: AgendaColumn, _ language: Language) -> String {
        column.letter + " " + column.name(language.words)
    }

    public func meetingLabel(_ meeting: Meeting) -> String {
        context.words.meetingReview(number: meeting.number)
    }

    /// The text of one entry: an initiative with its current stage, free text, or a task with owner and due date.
    public func text(_ entry: AgendaEntry, compact: Bool = false) -> String {
        switch entry {
        case .item(let item):
            switch item.subject {
            case .initiative(let id):
                guard let i = section.initiative(id) else {
                    return section.title(of: item, words: context.words)
                }
                let stage: String
                switch i.stage {
                case .step(let n): stage = compact ? "\(n)" : context.words.stepReview(n: n)
                case .closed: stage = "✓"
                case .dropped: stage = "×"
                }
                return "\(i.title) (\(stage))" + (item.note.isEmpty ? "" : " – \(item.note)")
            case .text(let t):
                return "» " + t + (item.note.isEmpty ? "" : " – \(item.note)")
            }
        case .task(let task):
            return JaaragendaView.taskText(task, section: section, context: context)
        }
    }

    /// A task's line: tick box, text, owner's initials, due date, overdue mark. Static so that meeting
    /// mode draws tasks without building the whole agenda's cells for each line.
    static func taskText(_ task: RoutineTask, section: Section, context: ScreenContext) -> String {
        var parts = [(task.done ? "☑ " : "☐ ") + task.text]
        if let owner = task.ownerID.flatMap({ section.person($0) }) { parts.append(owner.initials) }
        if let due = task.due { parts.append(due.description) }
        var s = parts.joined(separator: " · ")
        if task.isOverdue(on: context.today) { s += context.words.overdueJaaragenda }
        return s
    }

    func style(_ entry: AgendaEntry, column: Int) -> Style {
        switch entry {
        case .item(let item):
            if case .initiative(let id) = item.subject, let i = section.initiative(id), i.stage.isFinished {
                return theme.muted
            }
            return item.placedByHand ? theme.column(column) : theme.column(column).merging(Style(dim: true))
        case .task(let task):
            if task.isOverdue(on: context.today) { return theme.overdue }
            return task.done ? theme.muted : theme.column(column)
        }
    }

    /// Lines of one cell, each with the index of the entry it belongs to.
    func cellLines(_ meeting: Meeting, _ column: AgendaColumn, width: Int) -> [(entry: Int, text: String)] {
        var lines: [(Int, String)] = []
        for (i, entry) in entries(meeting, column).enumerated() {
            let wrapped = TextLayout.wrap(text(entry, compact: width < 24), width: max(4, width - 2))
            // "-" placed by hand, "·" placed by the default planning (p), which may move it again.
            var bullet = "- "
            if case .item(let item) = entry, !item.placedByHand { bullet = "· " }
            for (j, l) in wrapped.enumerated() { lines.append((i, (j == 0 ? bullet : "  ") + l)) }
        }
        return lines
    }

    public static let labelWidth = 12

    /// One meeting row on screen: its index in `meetings`, its height and the lines of each column.
    struct VisibleRow: Hashable, Sendable {
        var index: Int
        var height: Int
        var cells: [[CellLine]]
    }

    struct CellLine: Hashable, Sendable {
        var entry: Int
        var text: String
    }

    struct Geometry: Hashable, Sendable {
        var columnWidth: Int
        var firstRow: Int
        /// The rows that are (at least partly) on screen, top to bottom.
        var rows: [VisibleRow]
    }

    func row(_ index: Int, columnWidth: Int) -> VisibleRow {
        let meeting = meetings[index]
        let cells = AgendaColumn.allCases.map { column in
            cellLines(meeting, column, width: columnWidth - 1).map {
                CellLine(entry: $0.entry, text: $0.text)
            }
        }
        // Number and date take two lines, the place (when known) a third.
        let label = meeting.place.isEmpty ? 2 : 3
        return VisibleRow(index: index, height: max(label, cells.map(\.count).max() ?? 0), cells: cells)
    }

    /// Which rows show in `height` lines so that the selected meeting is on screen. Only the rows around
    /// the selection are laid out: a year of 40 meetings costs no more than the few that show.
    func geometry(width: Int, height: Int, selected: Int) -> Geometry {
        let columnWidth = max(8, (width - JaaragendaView.labelWidth) / 4)
        guard !meetings.isEmpty else { return Geometry(columnWidth: columnWidth, firstRow: 0, rows: []) }
        let sel = max(0, min(selected, meetings.count - 1))
        var laidOut: [Int: VisibleRow] = [:]
        func rowAt(_ i: Int) -> VisibleRow {
            if let r = laidOut[i] { return r }
            let r = row(i, columnWidth: columnWidth)
            laidOut[i] = r
            return r
        }
        // The smallest first row from which the selected one still fits (each row plus a separator).
        var first = sel
        var used = rowAt(sel).height + 1
        while first > 0, used + rowAt(first - 1).height + 1 <= height {
            first -= 1
            used += rowAt(first).height + 1
        }
        var rows: [VisibleRow] = []
        var y = 0
        var i = first
        while i < meetings.count, y < height {
            let r = rowAt(i)
            rows.append(r)
            y += r.height + 1
            i += 1
        }
        return Geometry(columnWidth: columnWidth, firstRow: first, rows: rows)
    }

    /// Draws the header and the meeting rows into `area`; `selection` is (meeting, column, entry).
    public func render(into grid: inout Grid, area: Rect, selection: (meeting: Int, column: Int, entry: Int)?)
    {
        let (head, body) = area.splitTop(1)
        let geo = geometry(width: area.width, height: body.height, selected: selection?.meeting ?? 0)
        grid.put(
            TextLayout.fit(context.words.meetingJaaragenda2, width: JaaragendaView.labelWidth - 1),
            x: head.x, y: head.y, style: theme.header, clip: head)
        for (c, column) in AgendaColumn.allCases.enumerated() {
            let x = head.x + JaaragendaView.labelWidth + c * geo.columnWidth
            let selectedColumn = selection?.column == c
            grid.put(
                TextLayout.fit(
                    JaaragendaView.columnTitle(column, context.language), width: geo.columnWidth - 1), x: x,
                y: head.y,
                style: selectedColumn ? theme.selectedHeader : theme.header, clip: head)
        }
        if meetings.isEmpty {
            grid.put(
                context.words.noMeetingsYetPressNTo,
                x: body.x, y: body.y + 1, style: theme.muted, clip: body)
            return
        }
        let next = section.nextMeeting(after: context.today)?.id
        var y = body.y
        for row in geo.rows {
            if y >= body.maxY { break }
            drawRow(
                row, into: &grid, x: body.x, y: y, geo: geo, clip: body, selection: selection,
                isNext: meetings[row.index].id == next)
            y += row.height
            if y < body.maxY {
                grid.put(
                    String(repeating: "─", count: body.width), x: body.x, y: y, style: theme.muted, clip: body
                )
            }
            y += 1
        }
        if geo.firstRow > 0 { grid.put("▲", x: body.maxX - 1, y: body.y, style: theme.muted, clip: body) }
        if let last = geo.rows.last, last.index < meetings.count - 1 || y > body.maxY {
            grid.put("▼", x: body.maxX - 1, y: body.maxY - 1, style: theme.muted, clip: body)
        }
    }

    func drawRow(
        _ row: VisibleRow, into grid: inout Grid, x: Int, y: Int, geo: Geometry, clip: Rect,
        selection: (meeting: Int, column: Int, entry: Int)?, isNext: Bool
    ) {
        let meeting = meetings[row.index]
        let isSelectedRow = selection?.meeting == row.index
        let label = TextLayout.fit(meetingLabel(meeting), width: JaaragendaView.labelWidth - 1)
        grid.put(label, x: x, y: y, style: isSelectedRow ? theme.selection : .bold, clip: clip)
        var second = meeting.date?.description ?? context.words.noDateJaaragenda
        if isNext { second = "▸" + second }
        grid.put(
            TextLayout.fit(second, width: JaaragendaView.labelWidth - 1), x: x, y: y + 1, style: theme.muted,
            clip: clip)
        if !meeting.place.isEmpty {
            grid.put(
                TextLayout.fit(meeting.place, width: JaaragendaView.labelWidth - 1), x: x, y: y + 2,
                style: theme.muted, clip: clip)
        }
        for (c, column) in AgendaColumn.allCases.enumerated() {
            let cx = x + JaaragendaView.labelWidth + c * geo.columnWidth
            let lines = row.cells[c]
            let entries = self.entries(meeting, column)
            let cellClip = Rect(x: cx, y: y, width: geo.columnWidth - 1, height: row.height).intersection(
                clip)
            for (i, line) in lines.enumerated() where i < row.height {
                let selected = isSelectedRow && selection?.column == c && selection?.entry == line.entry
                let style = selected ? theme.selection : self.style(entries[line.entry], column: c)
                grid.put(
                    TextLayout.fit(line.text, width: geo.columnWidth - 1), x: cx, y: y + i, style: style,
                    clip: cellClip)
            }
            if lines.isEmpty, isSelectedRow, selection?.column == c {
                grid.put(
                    TextLayout.fit("·", width: geo.columnWidth - 1), x: cx, y: y, style: theme.selection,
                    clip: cellClip)
            }
        }
    }

    /// Print layout: every meeting row, as tall as needed.
    public func printed(width: Int) -> Grid {
        let geo = geometry(width: width, height: Int.max / 4, selected: 0)
        let total = 3 + geo.rows.reduce(0) { $0 + $1.height + 1 }
        var grid = Grid(width: width, height: total)
        grid.put(
            context.words.yearAgenda + " · " + section.name
                + (section.schoolYear.isEmpty ? "" : " · " + section.schoolYear),
            x: 0, y: 0, style: theme.title)
        render(into: &grid, area: Rect(x: 0, y: 2, width: width, height: total - 2), selection: nil)
        return grid
    }
}

extension Rect {
    func intersection(_ other: Rect) -> Rect {
        let x0 = max(x, other.x), y0 = max(y, other.y)
        let x1 = min(maxX, other.maxX), y1 = min(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}
