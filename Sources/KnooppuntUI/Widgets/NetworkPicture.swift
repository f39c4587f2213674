import Foundation
import KnooppuntGraph

/// What one network drawing consists of, independent of the kind of network: nodes at layout points,
/// edges with arrows, letters and a line pattern. Ecogram, network analysis and sociogram each build
/// one (`EcogramPicture`, `AnalysisPicture`, `SociogramPicture`); `render` draws any of them the same way
/// per DESIGN.md: edges on a Braille canvas, arrowheads at the target's edge, letters at the middle,
/// labels over everything.
struct NetworkPicture: Hashable, Sendable {
    /// Made inside this module only, so the memberwise initialiser serves (with the defaults below).
    struct Node: Hashable, Sendable {
        var id: UUID
        /// The full name, shown for the selected node and in the details pane.
        var name: String
        /// The usual label (a first name, a short title).
        var label: String
        /// The label when the drawing is crowded.
        var initials: String
        /// Without colour this character in front of the label tells the node's group (see the legend).
        var marker: String = ""
        /// In front of the label with or without colour: what colour alone must not carry (the × of
        /// an isolated person).
        var badge: String = ""
        var style: Style = .plain
        var point: PlanePoint
        /// Higher first: the centre and central people get the best label spots.
        var priority: Int = 0
    }

    struct Edge: Hashable, Sendable {
        var from: UUID
        var to: UUID
        var arrowAtTo: Bool = true
        var arrowAtFrom: Bool = false
        /// Relation letters (K, G, E, R) or topic letters, written at the middle of the line.
        var letters: String = ""
        var pattern: BrailleCanvas.Pattern = .solid
        var style: Style = .plain
    }

    /// Where arrowheads and letters go. `atEnds`: an arrowhead where the line meets the label it
    /// points at, letters at the middle (the sociogram, where every person may be asked). `alongLine`:
    /// the arrow beside the letters on the line itself ("K→"), never around `centre`: in a star-shaped
    /// picture every line meets the centre, and arrowheads there pile up into an unreadable knot.
    enum Marks: Hashable, Sendable {
        case atEnds
        case alongLine(centre: UUID)
    }

    var nodes: [Node]
    var edges: [Edge]
    var marks: Marks
    /// Rings and sectors drawn faintly under the lines (the ecogram's closeness and areas).
    var backdrop: Backdrop?

    init(nodes: [Node] = [], edges: [Edge] = [], marks: Marks = .atEnds, backdrop: Backdrop? = nil) {
        (self.nodes, self.edges, self.marks, self.backdrop) = (nodes, edges, marks, backdrop)
    }

    /// Where the labels ended up, in grid coordinates, and which form each took.
    struct Placement: Hashable, Sendable {
        var boxes: [UUID: LabelBox]
        var texts: [UUID: String]
        /// Nodes without room for a label at all (only in absurdly small areas).
        var unplaced: [UUID]
        var usedInitials: Bool
        /// Nodes zoomed or panned out of the area, at their (fractional) grid cell: no label, but lines
        /// still run towards them and leave the drawing at its edge.
        var outside: [UUID: PlanePoint] = [:]
        /// How layout points map to cells of the area (for the backdrop).
        var frame: CellFrame? = nil
    }

    struct DrawKey: Hashable, Sendable {
        var width: Int
        var height: Int
        var selected: UUID?
        var zoom: Double
        var pan: PlanePoint
        var color: Bool
        var picture: NetworkPicture
    }

    /// The last few drawings, as cells with their placement: a clock tick, a status message or any key
    /// that leaves the picture as it was copies the cells instead of placing labels and drawing lines
    /// again (on a large picture also an arrow key, see `drawsSelectionOver`).
    static let drawn = Memo<DrawKey, (cells: Grid, placement: Placement)>(capacity: 4)

    /// `render`, from the drawings already made when this picture is drawn the same way again.
    func renderCached(
        into grid: inout Grid, area: Rect, selected: UUID?, zoom: Double = 1, pan: PlanePoint = .zero,
        color: Bool
    ) {
        guard !area.isEmpty else { return }
        let drawn = drawing(
            width: area.width, height: area.height, selected: selected, zoom: zoom, pan: pan, color: color)
        grid.paste(drawn.cells, x: area.x, y: area.y)
        if drawsSelectionOver, let selected {
            drawSelection(selected, placement: drawn.placement, into: &grid, area: area, color: color)
        }
    }

    /// Draws the picture into `area` of `grid` and returns where the labels went.
    @discardableResult
    func render(
        into grid: inout Grid, area: Rect, selected: UUID?, zoom: Double = 1, pan: PlanePoint = .zero,
        color: Bool
    ) -> Placement {
        let placement = place(area: area, selected: selected, zoom: zoom, pan: pan, color: color)
        guard !area.isEmpty else { return placement }
        let boxes = placement.boxes
        func anchor(_ id: UUID) -> (x: Int, y: Int)? {
            if let p = placement.outside[id] {
                // Off the canvas: the canvas drops those dots, so the line stops at the edge.
                return (
                    x: Int(((p.x - Double(area.x)) * 2).rounded()),
                    y: Int(((p.y - Double(area.y)) * 4).rounded()) + 2
                )
            }
            guard let b = boxes[id] else { return nil }
            // Dot coordinates inside the canvas: the middle of the label box.
            return (x: (b.x - area.x) * 2 + b.width, y: (b.y - area.y) * 4 + 2)
        }
        var canvas = BrailleCanvas(width: area.width, height: area.height)
        func paint(_ s: Style) -> Style { color ? s : s.withoutColor }
        if let backdrop, let frame = placement.frame {
            backdrop.draw(on: &canvas, frame: frame, style: paint(backdrop.style))
        }
        for e in edges {
            guard let a = anchor(e.from), let b = anchor(e.to) else { continue }
            canvas.line(x0: a.x, y0: a.y, x1: b.x, y1: b.y, pattern: e.pattern, style: paint(e.style))
        }
        // Cells the labels will cover: no arrow or letter goes there. Letters also keep off the cell
        // just left and right of a label, where they would read as part of the name ("Marieke ip").
        var covered = CellMarks(count: grid.width * grid.height)
        var beside = CellMarks(count: grid.width * grid.height)
        // Which label each cell just left or right of a label belongs to, so an arrowhead keeps off
        // the side of any label but its target's (it would point at the wrong person).
        var besideOf = [Int: UUID]()
        for (id, b) in boxes {
            for c in b.x..<b.maxX { covered.insert(b.y * grid.width + c) }
            for key in [b.y * grid.width + b.x - 1, b.y * grid.width + b.maxX] {
                beside.insert(key)
                besideOf[key] = id
            }
        }
        // Lines first, then arrows, then letters, then labels on top. All arrowheads go before any letter
        // so that a letter never takes the one cell where an arrow tells the direction.
        canvas.draw(into: &grid, x: area.x, y: area.y)
        var marks = CellMarks(count: grid.width * grid.height)
        if case .alongLine(let centre) = self.marks {
            let blocked = covered.cells.union(beside.cells)
            var zone = Set<Int>()
            if let c = boxes[centre] {
                // The centre's label with a margin of a row and two columns: what lies here reads as
                // belonging to the centre, whichever line it sits on.
                for y in (c.y - 1)...(c.y + 1) {
                    for x in (c.x - 2)..<(c.maxX + 2) { zone.insert(y * grid.width + x) }
                }
            }
            marks.formUnion(
                putAlongLines(
                    into: &grid, area: area, anchor: anchor, blocked: blocked.union(zone), centre: centre,
                    paint: paint))
        }
        if let backdrop, let frame = placement.frame, !backdrop.captions.isEmpty {
            marks.formUnion(
                backdrop.putCaptions(
                    into: &grid, area: area, frame: frame,
                    blocked: covered.cells.union(beside.cells).union(marks.cells),
                    style: paint(backdrop.style)))
        }
        for e in edges where self.marks == .atEnds {
            guard let a = anchor(e.from), let b = anchor(e.to) else { continue }
            if e.arrowAtTo, let to = boxes[e.to] {
                putArrow(arrow(dx: b.x - a.x, dy: b.y - a.y), from: a, to: b, target: to, id: e.to, e.style)
            }
            if e.arrowAtFrom, let from = boxes[e.from] {
                putArrow(
                    arrow(dx: a.x - b.x, dy: a.y - b.y), from: b, to: a, target: from, id: e.from, e.style)
            }
        }
        // Letters of two edges keep a cell apart too, so "G" and "G" never read as one "GG".
        var lettersNear = CellMarks(count: grid.width * grid.height)
        for e in edges where !e.letters.isEmpty && self.marks == .atEnds {
            guard let a = anchor(e.from), let b = anchor(e.to) else { continue }
            let mx = area.x + (a.x + b.x) / 4, my = area.y + (a.y + b.y) / 8
            let w = DisplayWidth.of(e.letters)
            guard w > 0 else { continue }
            // Near the middle of the line: along the row first, then the rows just above and below.
            search: for (dy, dx) in [
                (0, 0), (0, -1), (0, 1), (0, -2), (0, 2), (-1, 0), (1, 0), (-1, -1), (1, 1),
            ] {
                let x0 = mx - w / 2 + dx, y = my + dy
                let cells = (0..<w).map { y * grid.width + x0 + $0 }
                if x0 >= area.x, x0 + w <= area.maxX, y >= area.y, y < area.maxY,
                    cells.allSatisfy({
                        !covered.contains($0) && !beside.contains($0) && !marks.contains($0)
                            && !lettersNear.contains($0)
                    })
                {
                    grid.put(e.letters, x: x0, y: y, style: paint(e.style).with(bold: true), clip: area)
                    cells.forEach { marks.insert($0) }
                    lettersNear.formUnion([cells[0] - 1, cells[cells.count - 1] + 1] + cells)
                    break search
                }
            }
        }
        // The first free cell on the line back from the target's label, not beside another label.
        func putArrow(
            _ ch: String, from a: (x: Int, y: Int), to b: (x: Int, y: Int), target: LabelBox, id: UUID,
            _ style: Style
        ) {
            for cell in arrowCells(from: a, to: b, target: target, area: area) {
                let key = cell.y * grid.width + cell.x
                guard !covered.contains(key) else { return }  // the line runs into another label
                if let owner = besideOf[key], owner != id { continue }
                if marks.contains(key) { return }  // another arrow already shows this end
                grid.put(ch, x: cell.x, y: cell.y, style: paint(style).with(bold: true), clip: area)
                marks.insert(key)
                return
            }
        }
        for node in nodes {
            guard let b = boxes[node.id], let text = placement.texts[node.id] else { continue }
            var style = paint(node.style)
            if node.id == selected {
                style.reverse = true
                style.bold = true
            }
            // Clear the box first so no Braille dot shows through a short label.
            grid.fill(Rect(x: b.x, y: b.y, width: b.width, height: 1), with: Cell(" ", style: style))
            grid.put(text, x: b.x, y: b.y, style: style, clip: area)
        }
        return placement
    }

    /// The first cells on the line from the target back towards the source outside the target's label:
    /// the first is where the arrowhead goes, touching the label; the next two are for when that one
    /// sits beside another label.
    func arrowCells(from a: (x: Int, y: Int), to b: (x: Int, y: Int), target: LabelBox, area: Rect) -> [(
        x: Int, y: Int
    )] {
        let steps = max(abs(a.x - b.x), abs(a.y - b.y))
        guard steps > 0 else { return [] }
        var cells: [(x: Int, y: Int)] = []
        for s in 0...steps {
            let t = Double(s) / Double(steps)
            let dx = Double(b.x) + (Double(a.x) - Double(b.x)) * t
            let dy = Double(b.y) + (Double(a.y) - Double(b.y)) * t
            let cx = area.x + Int(dx) / 2, cy = area.y + Int(dy) / 4
            if target.contains(column: cx, row: cy) { continue }
            guard area.contains(x: cx, y: cy) else { break }
            if let last = cells.last, last == (cx, cy) { continue }
            cells.append((cx, cy))
            if cells.count == 3 { break }
        }
        return cells
    }

    /// One of eight arrows for a direction in dots (y grows downwards; Braille dots are about square).
    func arrow(dx: Int, dy: Int) -> String {
        let angle = atan2(Double(dy), Double(dx))
        let octant = Int((angle / (Double.pi / 4)).rounded()) & 7
        return ["→", "↘", "↓", "↙", "←", "↖", "↑", "↗"][octant]
    }
}

extension Style {
    func with(bold: Bool) -> Style {
        var s = self
        s.bold = bold
        return s
    }
}
