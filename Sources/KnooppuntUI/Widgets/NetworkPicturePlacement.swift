import Foundation
import KnooppuntGraph

/// Where a picture's labels go: the label text per form (name, short label, initials), the order in
/// which labels claim their place, and the choice of form for the whole picture. Apart from drawing
/// (`NetworkPicture.render`) because clicks and the arrow keys ask for the placement alone.
extension NetworkPicture {
    /// The text of a node's label in a given form.
    func text(_ node: Node, form: LabelForm, selected: Bool, color: Bool) -> String {
        let base: String
        if selected {
            base = node.name
        } else {
            switch form {
            case .name: base = node.name
            case .label: base = node.label
            case .initials: base = node.initials
            }
        }
        let clean = node.badge + SafeText.clean(base)
        return color || node.marker.isEmpty ? clean : node.marker + clean
    }

    enum LabelForm { case name, label, initials }

    struct LabelTextsKey: Hashable, Sendable {
        var form: LabelForm
        var color: Bool
        var nodes: [Node]
    }

    /// Every node's label text and width per form, and the nodes by priority: worked out once per
    /// picture instead of on every cursor move (thousands of names at school scale).
    fileprivate static let labelTexts = Memo<LabelTextsKey, (texts: [String], widths: [Int])>(capacity: 6)
    fileprivate static let labelOrder = Memo<[Node], [Int]>(capacity: 2)

    /// From this width on a drawing tries full names first: on a projector or a large window there is
    /// room for "Joëlle (oud-stagiair)", and a clipped name only makes people guess.
    static let fullNameWidth = 120

    /// Places the labels: normal labels when they all fit near their nodes, initials when crowded.
    /// The selected node always gets its full name.
    func place(area: Rect, selected: UUID?, zoom: Double = 1, pan: PlanePoint = .zero, color: Bool)
        -> Placement
    {
        guard !nodes.isEmpty, !area.isEmpty else {
            return Placement(boxes: [:], texts: [:], unplaced: nodes.map(\.id), usedInitials: false)
        }
        // The selected node first, then by priority: the order without a selection with that node
        // moved to the front (kept per picture, so a cursor move does not sort thousands again).
        let chosen = selected.flatMap { id in nodes.firstIndex { $0.id == id } }
        var order = Self.labelOrder.value(for: nodes) {
            nodes.indices.sorted { (nodes[$0].priority, -$0) > (nodes[$1].priority, -$1) }
        }
        if let chosen {
            order.removeAll { $0 == chosen }
            order.insert(chosen, at: 0)
        }
        func attempt(_ form: LabelForm) -> Placement {
            var (texts, widths) = Self.labelTexts.value(
                for: LabelTextsKey(form: form, color: color, nodes: nodes)
            ) {
                let texts = nodes.map { text($0, form: form, selected: false, color: color) }
                return (texts, texts.map { DisplayWidth.of($0) })
            }
            if let chosen {
                texts[chosen] = text(nodes[chosen], form: form, selected: true, color: color)
                widths[chosen] = DisplayWidth.of(texts[chosen])
            }
            for i in widths.indices { widths[i] = min(area.width, max(1, widths[i])) }
            // A badge stands in front of the name without moving it: the frame and the label's
            // place are those of the name alone, so a person who becomes isolated in a later
            // measurement is not drawn somewhere else (nor is everyone else).
            let badges = nodes.map { DisplayWidth.of($0.badge) }
            let frame = CellFrame.fitting(
                nodes.map(\.point) + (backdrop?.extent ?? []), width: area.width, height: area.height,
                labelWidth: min(area.width / 3, zip(widths, badges).map { max(1, $0 - $1) }.max() ?? 1),
                zoom: zoom, pan: pan)
            let centres = nodes.map { frame.cell($0.point) }
            // Zoomed in or panned, some nodes fall outside the area: they are left out rather than
            // pushed against its edge, where they would sit at a place that is not theirs.
            let inside = nodes.indices.filter {
                let x = centres[$0].x, y = centres[$0].y.rounded()
                return x >= 0 && x < Double(area.width) && y >= 0 && y < Double(area.height)
            }
            let insideSet = Set(inside)
            var outside: [UUID: PlanePoint] = [:]
            for i in nodes.indices where !insideSet.contains(i) {
                outside[nodes[i].id] = PlanePoint(
                    x: Double(area.x) + centres[i].x, y: Double(area.y) + centres[i].y)
            }
            // Two free cells between labels on a row: with one, "Caroline Theo" reads as one person's
            // name (in colour there is no marker in front), and an arrowhead in the gap touches both.
            let boxes = LabelPlacement.place(
                centres: centres.indices.map {
                    (x: centres[$0].x - Double(badges[$0]) / 2, y: centres[$0].y)
                },
                widths: widths, width: area.width,
                height: area.height,
                order: order.filter { insideSet.contains($0) }, gap: 2)
            var placed: [UUID: LabelBox] = [:]
            var shown: [UUID: String] = [:]
            var unplaced: [UUID] = []
            for (i, node) in nodes.enumerated() where insideSet.contains(i) {
                guard let b = boxes[i] else {
                    unplaced.append(node.id)
                    continue
                }
                placed[node.id] = LabelBox(x: b.x + area.x, y: b.y + area.y, width: b.width)
                shown[node.id] = TextLayout.prefix(of: texts[i], columns: b.width)
            }
            return Placement(
                boxes: placed, texts: shown, unplaced: unplaced, usedInitials: form == .initials,
                outside: outside, frame: frame)
        }
        // Full names are kept only when every one is placed and they cover at most a quarter of the
        // drawing; when even all of them side by side would cover more, that attempt is skipped (at
        // school scale it placed thousands of names on every cursor move only to be thrown away).
        let allNames = Self.labelTexts.value(for: LabelTextsKey(form: .name, color: color, nodes: nodes)) {
            let texts = nodes.map { text($0, form: .name, selected: false, color: color) }
            return (texts, texts.map { DisplayWidth.of($0) })
        }
        let namesCover = allNames.widths.reduce(0) { $0 + min(area.width, max(1, $1)) + 1 }
        // (Zoomed in or panned, nodes out of view take no label, so the sum says nothing there.)
        let hopeless = zoom <= 1 && pan == .zero && namesCover * 4 > area.width * area.height
        if area.width >= Self.fullNameWidth, !hopeless {
            let names = attempt(.name)
            if names.unplaced.isEmpty && !crowded(names, area: area) { return names }
        }
        let full = attempt(.label)
        if full.unplaced.isEmpty && !crowded(full, area: area) { return full }
        let short = attempt(.initials)
        return short.unplaced.count <= full.unplaced.count ? short : full
    }

    /// Crowded: labels would cover more than a quarter of the drawing, leaving the lines unreadable.
    func crowded(_ p: Placement, area: Rect) -> Bool {
        let covered = p.boxes.values.reduce(0) { $0 + $1.width + 1 }
        return covered * 4 > area.width * area.height
    }
}
