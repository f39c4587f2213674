import Foundation
import KnooppuntModel

/// The stappenplan board as a picture: a column per stage, a card per initiative. The interface draws
/// it into the screen (scrolling sideways when narrow); `knooppunt show stappenplan` draws it in print
/// layout, in bands of columns that grow downwards.
public struct StappenplanView: ContextView {
    public var section: Section
    public var context: ScreenContext
    public var showDropped: Bool
    public var filter: String

    public init(section: Section, context: ScreenContext, showDropped: Bool = false, filter: String = "") {
        (self.section, self.context, self.showDropped, self.filter) = (section, context, showDropped, filter)
    }

    public var stages: [Stage] { Stage.allSteps + [.closed] + (showDropped ? [.dropped] : []) }

    /// Initiatives of each stage, in the order of the section, filtered by title, initials or names.
    /// The initiatives of one stage in board order (title, ignoring case and accents), as
    /// `knooppunt show stappenplan --format tsv` lists them.
    public func cards(_ stage: Stage) -> [Initiative] {
        section.initiativesInBoardOrder.filter { $0.stage == stage && matches($0) }
    }

    public func cardsByStage() -> [Stage: [Initiative]] {
        var result: [Stage: [Initiative]] = [:]
        for i in section.initiativesInBoardOrder where matches(i) { result[i.stage, default: []].append(i) }
        return result
    }

    func matches(_ initiative: Initiative) -> Bool {
        let f = filter.trimmingCharacters(in: .whitespaces).lowercased()
        if f.isEmpty { return true }
        if initiative.title.lowercased().contains(f) { return true }
        let people = (initiative.initiators + initiative.involved.map(\.personID)).compactMap {
            section.person($0)
        }
        return people.contains { $0.name.lowercased().contains(f) || $0.initials.lowercased() == f }
    }

    /// "GdV CB": the initiators' initials, or a dash when nobody owns it yet.
    public func initials(_ initiative: Initiative) -> String {
        let s = initiative.initiators.compactMap { section.person($0)?.initials }.joined(separator: " ")
        return s.isEmpty ? "—" : s
    }

    public func cardFacts(_ initiative: Initiative) -> String {
        let days = Stappenplan.daysInStage(initiative, today: context.today)
        return "\(initials(initiative)) · \(days)\(context.words.daysShort)"
    }

    // MARK: screen layout

    public struct Columns: Hashable, Sendable {
        public var first: Int
        public var visible: Int
        public var width: Int
    }

    public static let minimumColumnWidth = 15

    /// Which columns fit, and how wide, so that the selected one is on screen.
    public static func columns(count: Int, width: Int, selected: Int) -> Columns {
        guard count > 0 else { return Columns(first: 0, visible: 0, width: width) }
        if width / count >= minimumColumnWidth {
            return Columns(first: 0, visible: count, width: width / count)
        }
        let visible = max(1, width / minimumColumnWidth)
        let first = min(max(0, selected - visible / 2), count - visible)
        return Columns(first: max(0, first), visible: visible, width: width / visible)
    }

    public static let cardHeight = 4

    /// A column header with its card count. When the whole name and the count do not fit, the name is
    /// shortened and the count stays: a count that silently disappears reads as an empty column.
    static func columnHeader(_ name: String, count: Int, width: Int) -> String {
        guard count > 0 else { return TextLayout.fit(name, width: width) }
        for form in [name + " (\(count))", name + "(\(count))"] where DisplayWidth.of(form) <= width {
            return TextLayout.fit(form, width: width)
        }
        let suffix = "(\(count))"
        let room = width - DisplayWidth.of(suffix)
        guard room >= 2 else { return TextLayout.fit(suffix, width: width) }
        return TextLayout.fit(TextLayout.truncate(name, width: room) + suffix, width: width)
    }

    /// The selected card's line in the footer: title, facts, what is missing, the warnings. When it is
    /// wider than the window, the parts shorten in turn (missing records by their field's name,
    /// warnings by their count, then the title) so that both marks stay readable at 80 columns.
    func footerDetails(_ card: Initiative, width: Int) -> String {
        let missing = Rulebook.missingNow(card)
        let warnings = Rulebook.warnings(card, section, today: context.today)
        func line(title: String, longMissing: Bool?, longWarnings: Bool) -> String {
            var line = "▸ " + title + " · " + cardFacts(card)
            if !missing.isEmpty, longMissing == nil {
                line +=
                    " · ! "
                    + (missing.count == 1
                        ? context.words.n1Missing
                        : context.words.missingStappenplan(count: missing.count))
            } else if !missing.isEmpty, let longMissing {
                line +=
                    " · ! " + context.words.missing
                    + missing.map {
                        longMissing
                            ? $0.text(context.words)
                            : Rulebook.field(for: $0).label(context.language).lowercased()
                    }.joined(separator: "; ")
            }
            if !warnings.isEmpty {
                line += " · " + InitiativeWarning.mark + " "
                if longWarnings {
                    line += warnings.map { Rulebook.text($0, section, context.language) }.joined(
                        separator: "; ")
                } else {
                    line +=
                        warnings.count == 1
                        ? context.words.n1WarningEnter
                        : context.words.warningsEnter(count: warnings.count)
                }
            }
            return line
        }
        let tries = [
            line(title: card.title, longMissing: true, longWarnings: true),
            line(title: card.title, longMissing: false, longWarnings: true),
            line(title: card.title, longMissing: false, longWarnings: false),
            line(title: TextLayout.truncate(card.title, width: 24), longMissing: false, longWarnings: false),
            line(title: TextLayout.truncate(card.title, width: 16), longMissing: nil, longWarnings: false),
        ]
        let fitting = tries.first { DisplayWidth.of($0) <= width } ?? tries[tries.count - 1]
        return TextLayout.truncate(fitting, width: width)
    }

    /// Draws the board into `area`: headers, cards, and at the bottom the selected step's name and guidance.
    public func render(into grid: inout Grid, area: Rect, selectedColumn: Int, selectedRow: Int) {
        let stages = self.stages
        let cols = StappenplanView.columns(count: stages.count, width: area.width, selected: selectedColumn)
        let (main, footer) = area.splitBottom(5)
        let byStage = cardsByStage()
        if section.initiatives.isEmpty {
            // Wrapped: at 80 columns the sentence is longer than the screen.
            let hint = context.words.noInitiativesYetPressNTo
            for (i, line) in TextLayout.wrap(hint, width: max(1, main.width - 1)).enumerated() {
                grid.put(line, x: main.x, y: main.y + 2 + i, style: theme.muted, clip: main)
            }
        }
        for v in 0..<cols.visible {
            let index = cols.first + v
            guard index < stages.count else { break }
            let stage = stages[index]
            let x = area.x + v * cols.width
            let w = (v == cols.visible - 1) ? area.maxX - x : cols.width
            let isSelectedColumn = index == selectedColumn
            let cards = byStage[stage] ?? []
            let headText = StappenplanView.columnHeader(
                (v == 0 && cols.first > 0 ? "◀" : "") + guidance.header(stage), count: cards.count,
                width: w - 1)
            grid.put(
                headText, x: x, y: main.y, style: isSelectedColumn ? theme.selectedHeader : theme.header,
                clip: main)
            if v == cols.visible - 1, index < stages.count - 1 {
                grid.put("▶", x: area.maxX - 1, y: main.y, style: theme.header, clip: main)
            }
            // Cards below the header; the selected column pages so that its selected card shows.
            let cardArea = Rect(x: x, y: main.y + 1, width: w - 1, height: main.height - 1)
            let perPage = max(1, cardArea.height / StappenplanView.cardHeight)
            let start =
                isSelectedColumn
                ? TextLayout.pageStart(selected: selectedRow, visible: perPage, count: cards.count) : 0
            var y = cardArea.y
            for (row, initiative) in cards.enumerated().dropFirst(start) {
                if y + 3 > cardArea.maxY {
                    let more = cards.count - row
                    grid.put(
                        context.words.more(more: more), x: x, y: cardArea.maxY - 1,
                        style: theme.muted, clip: cardArea)
                    break
                }
                let selected = isSelectedColumn && row == selectedRow
                drawCard(
                    initiative, into: &grid, x: x, y: y, width: cardArea.width, selected: selected,
                    clip: cardArea)
                y += StappenplanView.cardHeight
            }
            if start > 0 {
                grid.put("▲", x: x + cardArea.width - 1, y: cardArea.y, style: theme.muted, clip: cardArea)
            }
        }
        // Footer: full name and guidance of the selected step.
        if selectedColumn < stages.count {
            let stage = stages[selectedColumn]
            grid.put(
                String(repeating: "─", count: footer.width), x: footer.x, y: footer.y, style: theme.muted,
                clip: footer)
            let label: String
            switch stage {
            case .step(let n): label = context.words.step(n: n) + guidance.name(stage)
            default: label = guidance.name(stage)
            }
            grid.put(label, x: footer.x, y: footer.y + 1, style: theme.title, clip: footer)
            for (i, line) in Self.twoLines(guidance.guidance(stage), width: footer.width).enumerated() {
                grid.put(line, x: footer.x, y: footer.y + 2 + i, clip: footer)
            }
            let cards = byStage[stage] ?? []
            if cards.indices.contains(selectedRow) {
                let card = cards[selectedRow]
                let plain =
                    Rulebook.missingNow(card).isEmpty
                    && Rulebook.warnings(card, section, today: context.today).isEmpty
                grid.put(
                    footerDetails(card, width: footer.width), x: footer.x, y: footer.y + 4,
                    style: plain ? .bold : theme.warning, clip: footer)
            }
        }
    }

    /// The guidance in two rows of `width` columns: its own two lines where they fit, otherwise the
    /// text wrapped at spaces and the end shortened with "…", so an 80-column board never cuts mid-word.
    static func twoLines(_ lines: [String], width: Int) -> [String] {
        let own = Array(lines.prefix(2))
        if own.allSatisfy({ DisplayWidth.of($0) <= width }) { return own }
        let wrapped = TextLayout.wrap(own.joined(separator: " "), width: width, breakLongWords: true)
        guard wrapped.count > 2 else { return wrapped }
        return [wrapped[0], TextLayout.truncate(wrapped[1...].joined(separator: " "), width: width)]
    }

    func drawCard(
        _ initiative: Initiative, into grid: inout Grid, x: Int, y: Int, width: Int, selected: Bool,
        clip: Rect
    ) {
        let missing = !Rulebook.missingNow(initiative).isEmpty
        let titleStyle = selected ? theme.selection : Style.bold
        let factsStyle = selected ? theme.selection : theme.muted
        // Two lines of title, then initials and days, after the mark when the step's record is missing.
        // A long single word may break over the two lines when that shows it whole; otherwise words stay
        // whole and the rest is cut with "…" (the footer and the editor show the full title).
        var lines = TextLayout.wrap(initiative.title, width: width - 1)
        if lines.count > 2 {
            lines = TextLayout.wrap(initiative.title, width: width - 1, breakLongWords: false)
        }
        if lines.count > 2 {
            lines = [lines[0], TextLayout.truncate(lines[1...].joined(separator: " "), width: width - 1)]
        }
        while lines.count < 2 { lines.append("") }
        for (i, line) in lines.enumerated() {
            grid.put(TextLayout.fit(line, width: width - 1), x: x, y: y + i, style: titleStyle, clip: clip)
        }
        // The mark opens the card's last line: at the end of the title it stood against the next
        // column and read as belonging to the card beside it.
        var factsX = x
        if missing {
            grid.put("!", x: x, y: y + 2, style: theme.warning, clip: clip)
            factsX += 2
        }
        if !Rulebook.warnings(initiative, section, today: context.today).isEmpty {
            grid.put(InitiativeWarning.mark, x: factsX, y: y + 2, style: theme.warning, clip: clip)
            factsX += 2
        }
        let room = width - 1 - (factsX - x)
        var facts = cardFacts(initiative)
        if DisplayWidth.of(facts) > room {
            // Both marks leave little room: the first initials and how many more, then the days.
            let days = Stappenplan.daysInStage(initiative, today: context.today)
            let owners = initiative.initiators.compactMap { section.person($0)?.initials }
            let who = owners.first.map { owners.count > 1 ? $0 + "+\(owners.count - 1)" : $0 } ?? "—"
            facts = who + " · \(days)d"
            if DisplayWidth.of(facts) > room { facts = "\(days)d " + who }
        }
        grid.put(TextLayout.fit(facts, width: room), x: factsX, y: y + 2, style: factsStyle, clip: clip)
    }

    // MARK: print layout

    /// The whole board as plain text `width` columns wide: bands of as many columns as fit, each card's
    /// title wrapped in full, as long as needed.
    public func printed(width: Int) -> Grid {
        let width = max(30, width)
        let stages = self.stages
        let perBand = max(1, min(stages.count, width / 22))
        let colWidth = width / perBand
        let byStage = cardsByStage()
        // Measure first, then draw.
        var bands: [(stages: [Stage], height: Int)] = []
        var index = 0
        while index < stages.count {
            let band = Array(stages[index..<min(stages.count, index + perBand)])
            var tallest = 0
            for stage in band {
                var h = 0
                for card in byStage[stage] ?? [] {
                    h += TextLayout.wrap(card.title, width: colWidth - 3).count + 2
                }
                tallest = max(tallest, h)
            }
            bands.append((band, tallest + 2))
            index += perBand
        }
        let title = context.words.stappenplan + " · " + section.name
        let total = 2 + bands.reduce(0) { $0 + $1.height + 1 }
        var grid = Grid(width: width, height: total)
        grid.put(title, x: 0, y: 0, style: theme.title)
        var y = 2
        for band in bands {
            for (v, stage) in band.stages.enumerated() {
                let x = v * colWidth
                let cards = byStage[stage] ?? []
                grid.put(
                    StappenplanView.columnHeader(
                        guidance.header(stage), count: cards.count, width: colWidth - 1),
                    x: x, y: y, style: theme.header)
                var cy = y + 1
                for card in cards {
                    let missing = !Rulebook.missingNow(card).isEmpty
                    let warned = !Rulebook.warnings(card, section, today: context.today).isEmpty
                    let lead = missing ? "! " : warned ? InitiativeWarning.mark + " " : "- "
                    let lines = TextLayout.wrap(card.title, width: colWidth - 3)
                    for (i, line) in lines.enumerated() {
                        grid.put(
                            (i == 0 ? lead : "  ") + line, x: x, y: cy,
                            style: i == 0 ? .bold : .plain)
                        cy += 1
                    }
                    grid.put(
                        "  " + TextLayout.truncate(cardFacts(card), width: colWidth - 3), x: x, y: cy,
                        style: theme.muted)
                    cy += 2
                }
            }
            y += band.height + 1
        }
        return grid
    }
}
