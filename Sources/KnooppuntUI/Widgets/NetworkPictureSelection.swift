import Foundation
import KnooppuntGraph

/// The selected node of a large picture, drawn over the picture as it is placed without a selection.
///
/// A small picture places the selected node's full name first and the other labels around it. On a
/// large one that means placing every label and drawing every line again on each arrow key: 5-20 ms
/// for a staff of 150 with 3,000 ties and about 200 ms for a school of 2,000, where a key may take
/// 2 ms and 16 ms. There the picture without a selection is drawn once, and the selected node's full
/// name is written over it, centred where its label stands (its lines keep meeting it there); a node
/// without a label of its own (no room in a crowded picture) gets its name at its own place, with its
/// lines, which the picture leaves out for nodes without a label.
extension NetworkPicture {
    /// From this size on a selection is drawn over the picture instead of placing every label again.
    var drawsSelectionOver: Bool { nodes.count > 100 || edges.count > 1_000 }

    /// The drawing without (on a large picture) or with the selection, and where its labels went, in the
    /// coordinates of an area at (0, 0): made once per picture, size, view and colour.
    func drawing(width: Int, height: Int, selected: UUID?, zoom: Double, pan: PlanePoint, color: Bool)
        -> (cells: Grid, placement: Placement)
    {
        let key = DrawKey(
            width: width, height: height, selected: drawsSelectionOver ? nil : selected, zoom: zoom, pan: pan,
            color: color, picture: self)
        return Self.drawn.value(for: key) {
            var patch = Grid(width: width, height: height)
            let placement = render(
                into: &patch, area: patch.bounds, selected: key.selected, zoom: zoom, pan: pan, color: color)
            return (patch, placement)
        }
    }

    /// Where the labels are as `renderCached` draws them (clicks find a node with it).
    func shownPlacement(area: Rect, selected: UUID?, zoom: Double = 1, pan: PlanePoint = .zero, color: Bool)
        -> Placement
    {
        guard drawsSelectionOver, !area.isEmpty else {
            return place(area: area, selected: selected, zoom: zoom, pan: pan, color: color)
        }
        let drawn = drawing(
            width: area.width, height: area.height, selected: selected, zoom: zoom, pan: pan, color: color)
        var placement = drawn.placement
        placement.boxes = placement.boxes.mapValues {
            LabelBox(x: $0.x + area.x, y: $0.y + area.y, width: $0.width)
        }
        if let selected, let label = selectionLabel(selected, in: drawn.placement, area: area, color: color) {
            placement.boxes[selected] = label.box
            placement.texts[selected] = label.text
        }
        return placement
    }

    /// The selected node's full name over the picture drawn at `area`: centred on its label, or at its
    /// own place when it has none; nil when it is out of view. `placement` is the drawing's, whose
    /// corner is at (0, 0).
    func selectionLabel(_ id: UUID, in placement: Placement, area: Rect, color: Bool)
        -> (box: LabelBox, text: String, node: Node)?
    {
        guard placement.outside[id] == nil, let node = nodes.first(where: { $0.id == id }) else { return nil }
        let text = self.text(node, form: .name, selected: true, color: color)
        let width = min(area.width, max(1, DisplayWidth.of(text)))
        let centre: Double
        let row: Int
        if let box = placement.boxes[id] {
            centre = Double(area.x + box.x) + Double(box.width) / 2
            row = area.y + box.y
        } else if let frame = placement.frame {
            let cell = frame.cell(node.point)
            centre = Double(area.x) + cell.x
            row = area.y + Int(cell.y.rounded())
        } else {
            return nil
        }
        guard row >= area.y, row < area.maxY, width > 0 else { return nil }
        let x = min(max(area.x, Int((centre - Double(width) / 2).rounded())), area.maxX - width)
        return (LabelBox(x: x, y: row, width: width), TextLayout.prefix(of: text, columns: width), node)
    }

    /// Writes the selected node over a drawing made without a selection (`drawing`), pasted at `area`.
    func drawSelection(_ id: UUID, placement: Placement, into grid: inout Grid, area: Rect, color: Bool) {
        guard let label = selectionLabel(id, in: placement, area: area, color: color) else { return }
        let box = label.box
        if placement.boxes[id] == nil {
            var canvas = BrailleCanvas(width: area.width, height: area.height)
            let from = (x: (box.x - area.x) * 2 + box.width, y: (box.y - area.y) * 4 + 2)
            for e in edges where e.from == id || e.to == id {
                guard let other = placement.boxes[e.from == id ? e.to : e.from] else { continue }
                canvas.line(
                    x0: from.x, y0: from.y, x1: other.x * 2 + other.width, y1: other.y * 4 + 2,
                    pattern: e.pattern,
                    style: color ? e.style : e.style.withoutColor)
            }
            canvas.drawOver(into: &grid, x: area.x, y: area.y)
        }
        var style = color ? label.node.style : label.node.style.withoutColor
        style.reverse = true
        style.bold = true
        grid.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), with: Cell(" ", style: style))
        grid.put(label.text, x: box.x, y: box.y, style: style, clip: area)
    }
}
