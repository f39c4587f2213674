import Foundation
import KnooppuntModel

/// One meeting on the shared screen: a large heading, its items grouped by the three discussion columns,
/// and the routine tasks as a short list. Private notes never appear here (docs/METHOD.md, privacy):
/// this view reads no `Person.privateNote` at all.
public struct MeetingView: ContextView {
    public var section: Section
    public var meeting: Meeting
    public var context: ScreenContext

    public init(section: Section, meeting: Meeting, context: ScreenContext) {
        (self.section, self.meeting, self.context) = (section, meeting, context)
    }

    static let discussed: [AgendaColumn] = [
        .plannenBespreken, .tussentijdsInformeren, .ervaringenUitwisselen,
    ]

    /// The items to step through, in column order.
    public var items: [AgendaItem] {
        let byColumn = section.agenda(ofMeeting: meeting.number)
        return MeetingView.discussed.flatMap { byColumn[$0] ?? [] }
    }

    public var tasks: [RoutineTask] {
        section.routineTasks(ofMeeting: meeting.number)
            + (section.agenda(ofMeeting: meeting.number)[.regelwerkTussendoor] ?? []).map {
                RoutineTask(
                    id: $0.id, text: section.title(of: $0, words: context.words), meetingID: meeting.id,
                    note: $0.note.isEmpty ? nil : $0.note)
            }
    }

    static let bigDigits: [Character: [String]] = [
        "0": ["┏━┓", "┃ ┃", "┗━┛"], "1": [" ╻ ", " ┃ ", " ╹ "], "2": ["╺━┓", "┏━┛", "┗━╸"],
        "3": ["╺━┓", " ━┫", "╺━┛"], "4": ["╻ ╻", "┗━┫", "  ╹"], "5": ["┏━╸", "┗━┓", "╺━┛"],
        "6": ["┏━╸", "┣━┓", "┗━┛"], "7": ["╺━┓", "  ┃", "  ╹"], "8": ["┏━┓", "┣━┫", "┗━┛"],
        "9": ["┏━┓", "┗━┫", "╺━┛"],
    ]

    /// Five-row digits of 3×5 "pixels", each pixel two cells wide (a cell is about twice as tall as it
    /// is wide, so the pixels come out square): for a projector, where three-row digits look small.
    static let blockDigits: [Character: [String]] = [
        "0": ["111", "101", "101", "101", "111"], "1": ["010", "110", "010", "010", "111"],
        "2": ["111", "001", "111", "100", "111"], "3": ["111", "001", "111", "001", "111"],
        "4": ["101", "101", "111", "001", "001"], "5": ["111", "100", "111", "001", "111"],
        "6": ["111", "100", "111", "101", "111"], "7": ["111", "001", "001", "001", "001"],
        "8": ["111", "101", "111", "101", "111"], "9": ["111", "101", "111", "001", "111"],
    ]

    /// The meeting number in five-row block digits.
    static func huge(_ number: Int) -> [String] {
        var rows = Array(repeating: "", count: 5)
        for ch in String(number) {
            let glyph = blockDigits[ch] ?? Array(repeating: "000", count: 5)
            for r in 0..<5 {
                rows[r] += glyph[r].map { $0 == "1" ? "██" : "  " }.joined() + "  "
            }
        }
        return rows
    }

    /// The meeting number in three-line digits, for the back of the room.
    static func big(_ number: Int) -> [String] {
        var rows = ["", "", ""]
        for ch in String(number) {
            let glyph = bigDigits[ch] ?? ["   ", "   ", "   "]
            for r in 0..<3 { rows[r] += glyph[r] + " " }
        }
        return rows
    }

    /// "woensdag 20 januari 2027".
    public static func longDate(_ day: Day, _ language: Language) -> String {
        // 1970-01-01 was a Thursday.
        let weekday = ((day.ordinal % 7) + 7 + 3) % 7  // 0 = Monday
        let nlDays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
        let enDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let nlMonths = [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december",
        ]
        let enMonths = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        if language == .nl { return "\(nlDays[weekday]) \(day.day) \(nlMonths[day.month - 1]) \(day.year)" }
        return "\(enDays[weekday]) \(day.day) \(enMonths[day.month - 1]) \(day.year)"
    }

    /// The initiative's experiences and trial log, oldest first, one line each.
    func recordedExperiences(_ initiative: Initiative) -> [String] {
        let experiences = initiative.experiences.filter { !$0.text.isEmpty }.map {
            (date: $0.date, text: context.words.experience + "\($0.date): " + $0.text)
        }
        let log = initiative.details.trialLog.filter { !$0.text.isEmpty }.map {
            (date: $0.date, text: context.words.log + "\($0.date): " + $0.text)
        }
        return (experiences + log).sorted { $0.date < $1.date }.map {
            TextRules.singleLine($0.text)
        }
    }

    func itemLine(_ item: AgendaItem) -> String {
        guard case .initiative(let id) = item.subject, let i = section.initiative(id) else {
            return section.title(of: item, words: context.words)
        }
        let initials = i.initiators.compactMap { section.person($0)?.initials }.joined(separator: " ")
        let stage: String
        if case .step(let n) = i.stage {
            stage = context.words.stepMeeting(n: n) + guidance.short(i.stage)
        } else {
            stage = guidance.short(i.stage)
        }
        return "\(i.title) — \(stage)" + (initials.isEmpty ? "" : " · \(initials)")
    }

    /// Everything that can be selected, in screen order: the discussed items, then the routine tasks.
    /// The heading counts exactly these.
    public var entryCount: Int { items.count + tasks.count }

    /// A task's line as drawn (without the selection mark).
    func taskLine(_ task: RoutineTask) -> String {
        JaaragendaView.taskText(task, section: section, context: context)
    }

    /// Draws into `area`. `selected` is an index into `items` followed by `tasks`; `timer` the text of the
    /// running clock. `timers` holds the time spent so far per item or task (by id). `large` (a
    /// projector-sized window) draws the number in five-row digits. The heading stays; below it the
    /// body scrolls so that the selected entry and its detail lines are in sight. Returns the height
    /// the whole meeting takes (for printing).
    public func render(
        into grid: inout Grid, area: Rect, selected: Int?, timer: String?, timers: [UUID: String] = [:],
        large: Bool = false
    ) -> Int {
        let heading = renderHeading(into: &grid, area: area, selected: selected, timer: timer, large: large)
        let body = Rect(
            x: area.x, y: area.y + heading, width: area.width, height: max(0, area.height - heading))
        var scratch = Grid(width: max(1, area.width), height: bodyCapacity(width: area.width))
        let (used, focus) = renderBody(into: &scratch, width: area.width, selected: selected, timers: timers)
        var start = 0
        if let focus, focus.upperBound > body.height {
            start = min(focus.lowerBound, focus.upperBound - body.height)
        }
        for row in 0..<min(body.height, max(0, used - start)) {
            for x in 0..<area.width { grid[area.x + x, body.y + row] = scratch[x, start + row] }
        }
        return heading + used
    }

    /// The band with the big number, the date and the count; returns its height with the gap under it.
    func renderHeading(into grid: inout Grid, area: Rect, selected: Int?, timer: String?, large: Bool) -> Int
    {
        let y = area.y
        let count = entryCount
        let digits = large ? MeetingView.huge(meeting.number) : MeetingView.big(meeting.number)
        let top = large ? 1 : 0
        for r in 0..<digits.count {
            grid.put(
                String(repeating: " ", count: area.width), x: area.x, y: y + r, style: theme.banner,
                clip: area)
            grid.put(digits[r], x: area.x + 1, y: y + r, style: theme.banner, clip: area)
        }
        let textX = area.x + 2 + DisplayWidth.of(digits[0])
        grid.put(
            context.words.meeting(number: meeting.number) + " · " + section.name,
            x: textX, y: y + top, style: theme.banner, clip: area)
        let times = section.times(of: meeting)
        grid.put(
            (meeting.date.map { MeetingView.longDate($0, context.language) }
                ?? context.words.noDateYet) + " · \(times.start)–\(times.end)",
            x: textX, y: y + top + 1, style: theme.banner, clip: area)
        var third =
            count == 1
            ? context.words.n1Item : context.words.items(count: count)
        if let selected, count > 0 {
            third = context.words.itemOf(value: selected + 1, count: count)
        }
        if let timer { third += " · ⏱ " + timer }
        if !meeting.place.isEmpty { third += " · " + meeting.place }
        if !meeting.attendance.isEmpty {
            third +=
                " · "
                + context.words.present(count: meeting.attendance.count)
        }
        grid.put(third, x: textX, y: y + top + 2, style: theme.banner, clip: area)
        return digits.count + 1
    }

    /// Room enough for every line the body can draw.
    func bodyCapacity(width: Int) -> Int {
        let taskNotes = tasks.reduce(0) {
            $0 + TextLayout.wrap($1.note ?? "", width: max(1, width - 6)).count
        }
        return 16 + items.count * 14 + tasks.count + taskNotes + previousEvaluationLines(width: width).count
    }

    /// The items per column, then the routine tasks; returns the height used and the rows of the
    /// selected entry with its details.
    func renderBody(into grid: inout Grid, width: Int, selected: Int?, timers: [UUID: String])
        -> (used: Int, focus: Range<Int>?)
    {
        let area = Rect(x: 0, y: 0, width: width, height: grid.height)
        var y = 0
        var focus: Range<Int>?
        for (text, style) in previousEvaluationLines(width: area.width) {
            grid.put(TextLayout.fit(text, width: area.width), x: area.x, y: y, style: style, clip: area)
            y += 1
        }
        // A column's title, and a dash under it when the column holds nothing.
        func heading(_ column: AgendaColumn, empty: Bool) {
            grid.put(
                JaaragendaView.columnTitle(column, context.language), x: area.x, y: y, style: theme.header,
                clip: area)
            y += 1
            if empty {
                grid.put("  —", x: area.x, y: y, style: theme.muted, clip: area)
                y += 1
            }
        }
        var index = 0
        let byColumn = section.agenda(ofMeeting: meeting.number)
        for (c, column) in MeetingView.discussed.enumerated() {
            let list = byColumn[column] ?? []
            heading(column, empty: list.isEmpty)
            for item in list {
                let isSelected = selected == index
                let first = y
                var warnings: [InitiativeWarning] = []
                if case .initiative(let id) = item.subject, let i = section.initiative(id) {
                    warnings = Rulebook.warnings(i, section, today: context.today)
                }
                let line =
                    (isSelected ? "▶ " : "  ") + itemLine(item)
                    + (warnings.isEmpty ? "" : " " + InitiativeWarning.mark)
                    + (timers[item.id].map { "  ⏱ " + $0 } ?? "")
                grid.put(
                    TextLayout.fit(line, width: area.width), x: area.x, y: y,
                    style: isSelected ? theme.selection : theme.column(c), clip: area)
                y += 1
                if isSelected {
                    y = renderDetails(
                        into: &grid, area: area, y: y, item: item, column: column, warnings: warnings)
                    focus = first..<y
                }
                index += 1
            }
            y += 1
        }
        let tasks = self.tasks
        heading(.regelwerkTussendoor, empty: tasks.isEmpty)
        for task in tasks {
            let isSelected = selected == index
            let first = y
            let overdue = task.isOverdue(on: context.today)
            let line =
                (isSelected ? "▶ " : "  ") + taskLine(task) + (task.note == nil || isSelected ? "" : " ✎")
                + (timers[task.id].map { "  ⏱ " + $0 } ?? "")
            grid.put(
                TextLayout.fit(line, width: area.width), x: area.x, y: y,
                style: isSelected
                    ? theme.selection : overdue ? theme.overdue : task.done ? theme.muted : .plain,
                clip: area)
            y += 1
            if isSelected {
                if let note = task.note {
                    for (j, l) in TextLayout.wrap(
                        context.words.note + note, width: area.width - 6
                    )
                    .enumerated() {
                        grid.put(
                            (j == 0 ? "    " : "      ") + l, x: area.x, y: y, style: theme.muted, clip: area)
                        y += 1
                    }
                }
                focus = first..<y
            }
            index += 1
        }
        return (y, focus)
    }

    /// The lines under the selected item: what is really missing now, warnings, recorded experiences
    /// under Ervaringen uitwisselen, the last note.
    func renderDetails(
        into grid: inout Grid, area: Rect, y start: Int, item: AgendaItem, column: AgendaColumn,
        warnings: [InitiativeWarning]
    ) -> Int {
        var y = start
        guard case .initiative(let id) = item.subject, let i = section.initiative(id) else {
            if !item.note.isEmpty {
                grid.put(
                    "    " + TextLayout.truncate(item.note, width: area.width - 4), x: area.x, y: y,
                    style: theme.muted, clip: area)
                y += 1
            }
            return y
        }
        let ask = StepAsk.now(i)
        let text = ask.line(dutch: context.language == .nl) { $0.text(context.words) }
        for (j, l) in TextLayout.wrap(text, width: area.width - 6)
            .prefix(2).enumerated()
        {
            grid.put(
                (j == 0 ? "    " : "      ") + l, x: area.x, y: y,
                style: ask.isMissing ? theme.warning : .plain,
                clip: area)
            y += 1
        }
        for warning in warnings.prefix(2) {
            let text = InitiativeWarning.mark + " " + Rulebook.text(warning, section, context.language)
            grid.put(
                "    " + TextLayout.truncate(text, width: area.width - 4), x: area.x, y: y,
                style: theme.warning, clip: area)
            y += 1
        }
        if column == .ervaringenUitwisselen {
            // What was recorded from the trial is what this column is about; when nothing is, that
            // is said, so the section knows to ask for it.
            let recorded = recordedExperiences(i)
            if recorded.isEmpty {
                grid.put(
                    "    "
                        + context.words.noExperiencesOrLogRecordedYet,
                    x: area.x, y: y, style: theme.muted, clip: area)
                y += 1
            }
            for line in recorded.suffix(3) {
                grid.put(
                    "    " + TextLayout.truncate(line, width: area.width - 4), x: area.x, y: y, clip: area)
                y += 1
            }
        }
        if let last = i.history.last(where: { !$0.note.isEmpty }) {
            let text = context.words.lastNote + "\(last.date): " + last.note
            for (j, l) in TextLayout.wrap(text, width: area.width - 6).prefix(3).enumerated() {
                grid.put(
                    (j == 0 ? "    " : "      ") + l, x: area.x, y: y, style: theme.muted, clip: area)
                y += 1
            }
        }
        return y
    }

    public func printed(width: Int) -> Grid {
        var scratch = Grid(width: width, height: 400)
        let used = render(
            into: &scratch, area: Rect(x: 0, y: 0, width: width, height: 400), selected: nil, timer: nil)
        var grid = Grid(width: width, height: used)
        for y in 0..<used { for x in 0..<width { grid[x, y] = scratch[x, y] } }
        return grid
    }
}
