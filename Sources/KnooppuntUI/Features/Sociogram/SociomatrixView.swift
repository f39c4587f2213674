import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The sociomatrix sub-view: a paper survey entered cell by cell (row chooses column).
extension SociogramScreen {
    mutating func handleMatrix(_ key: Key, _ s: Sociogram, section: inout Section, context: ScreenContext)
        -> ScreenOutcome
    {
        let n = s.memberIDs.count
        switch key {
        case .escape, .tab, .character("s"):
            mode = .picture
            return .handled
        case .up: matrixRow = max(0, matrixRow - 1)
        case .down: matrixRow = min(max(0, n - 1), matrixRow + 1)
        case .left: matrixColumn = max(0, matrixColumn - 1)
        case .right: matrixColumn = min(max(0, n - 1), matrixColumn + 1)
        case .character("t"):
            topic = nextTopic(s, allowAll: false)
        case .character(" "), .character("n"), .enter:
            guard n > 0, let topic, let m = s.latestMeasurementIndex.map({ _ in measurementIndex(s) }) else {
                return .message(context.words.chooseATopicFirstT)
            }
            let negative = key == .character("n")
            if negative && EcogramPicture.hidesSensitive(context) {
                return .message(context.words.negativeChoicesOnlyWithSensitiveData)
            }
            let from = s.memberIDs[min(matrixRow, n - 1)], to = s.memberIDs[min(matrixColumn, n - 1)]
            guard from != to else {
                return .message(context.words.nobodyChoosesThemselves)
            }
            section.networks.sociograms[index].measurements[m].toggle(
                topic: topic, from: from, to: to, negative: negative)
            // Space stays on the cell, so a second press undoes a slip where it happened; Enter moves on,
            // for typing a paper form in one go.
            if key == .enter { matrixColumn = min(n - 1, matrixColumn + 1) }
        default:
            return .ignored
        }
        return .handled
    }

    func renderMatrix(
        _ s: Sociogram, measurement m: Int, section: Section, into grid: inout Grid, area: Rect,
        context c: ScreenContext
    ) {
        guard let topicID = topic, let t = s.topics.first(where: { $0.id == topicID }) else { return }
        let roster = SociogramMemo.roster(s, people: section.people)
        let ids = roster.ids
        let labels = roster.labels
        let heads = roster.initials
        // The first column also holds the word under the last row ("gekozen"), so it is at least as wide.
        let chosenWord = c.words.chosen
        let rowWidth = min(
            16, max(DisplayWidth.of(chosenWord), labels.map { DisplayWidth.of($0) }.max() ?? 4) + 1)
        let cell = max(3, (heads.map { DisplayWidth.of($0) }.max() ?? 2) + 1)
        let question = t.question.isEmpty ? t.name : t.question
        grid.put(c.words.question + question, x: area.x, y: area.y, style: .dim, clip: area)
        grid.put(
            c.words.rowChoosesColumn, x: area.x, y: area.y + 1, style: .dim, clip: area
        )
        let measurementChoices =
            s.measurements.indices.contains(m) ? s.measurements[m] : SociogramMeasurement(date: c.today)
        let hide = EcogramPicture.hidesSensitive(c)
        let cells = MatrixCells.of(measurementChoices.choices, topic: topicID)
        // A section larger than the window shows the page of rows and of columns that holds the cursor,
        // so the cell being toggled is always on screen (the last row is kept for the counts).
        let n = ids.count
        let rowsVisible = max(1, area.height - 4)
        let columnsVisible = max(1, (area.width - rowWidth) / cell)
        let firstRow = TextLayout.pageStart(selected: matrixRow, visible: rowsVisible, count: n)
        let firstColumn = TextLayout.pageStart(selected: matrixColumn, visible: columnsVisible, count: n)
        let rows = firstRow..<min(n, firstRow + rowsVisible)
        let columns = firstColumn..<min(n, firstColumn + columnsVisible)
        if rows.count < n || columns.count < n {
            let position = c.words.rowsColumnsOf(
                value: rows.lowerBound + 1, upperBound: rows.upperBound, value2: columns.lowerBound + 1,
                upperBound2: columns.upperBound, n: n)
            let x = area.x + DisplayWidth.of(c.words.rowChoosesColumn)
            grid.put(position, x: x, y: area.y + 1, style: .dim, clip: area)
        }
        for j in columns {
            grid.put(
                heads[j], x: area.x + rowWidth + (j - firstColumn) * cell, y: area.y + 2,
                style: j == matrixColumn ? .reverse : .bold, clip: area)
        }
        for i in rows {
            let from = ids[i]
            let y = area.y + 3 + i - firstRow
            guard y < area.maxY else { break }
            grid.put(
                labels[i], x: area.x, y: y, style: i == matrixRow ? .reverse : .bold,
                clip: Rect(x: area.x, y: y, width: rowWidth - 1, height: 1))
            for j in columns {
                let to = ids[j]
                let x = area.x + rowWidth + (j - firstColumn) * cell
                var mark = "·"
                var style = Style.dim
                if i == j {
                    mark = "╲"
                } else if let choice = cells.choice(from: from, to: to) {
                    if choice.negative || t.isNegative {
                        mark = hide ? "·" : "−"
                        style = hide ? .dim : Style(foreground: .red, bold: true)
                    } else {
                        mark = "●"
                        style = Style(foreground: .green, bold: true)
                    }
                }
                if i == matrixRow && j == matrixColumn { style = Style(bold: true, reverse: true) }
                if !c.color { style = style.withoutColor }
                grid.put(mark, x: x, y: y, style: style, clip: area)
            }
        }
        let totalY = area.y + 3 + rows.count
        if totalY < area.maxY {
            grid.put(chosenWord, x: area.x, y: totalY, style: .dim, clip: area)
            for j in columns {
                let count = cells.chosen[ids[j]] ?? 0
                grid.put(
                    "\(count)", x: area.x + rowWidth + (j - firstColumn) * cell, y: totalY, style: .dim,
                    clip: area)
            }
        }
    }
}

/// One topic's choices of a measurement by cell, built once per content: looking each visible cell up
/// in the list of choices cost a list scan per cell, tens of millions of comparisons a frame at 2,000.
struct MatrixCells: Sendable {
    struct Pair: Hashable, Sendable {
        var from: UUID
        var to: UUID
    }

    struct Key: Hashable, Sendable {
        var topic: UUID
        var choices: [SociogramChoice]
    }

    /// The first choice of each cell, as the list order gives it.
    var first: [Pair: SociogramChoice] = [:]
    /// Positive choices received per person (the "gekozen" row).
    var chosen: [UUID: Int] = [:]

    private static let memo = Memo<Key, MatrixCells>(capacity: 4)

    static func of(_ choices: [SociogramChoice], topic: UUID) -> MatrixCells {
        memo.value(for: Key(topic: topic, choices: choices)) {
            var cells = MatrixCells()
            for c in choices where c.topicID == topic {
                let pair = Pair(from: c.from, to: c.to)
                if cells.first[pair] == nil { cells.first[pair] = c }
                if !c.negative { cells.chosen[c.to, default: 0] += 1 }
            }
            return cells
        }
    }

    func choice(from: UUID, to: UUID) -> SociogramChoice? { first[Pair(from: from, to: to)] }
}
