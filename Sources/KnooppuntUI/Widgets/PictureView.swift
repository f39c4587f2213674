import Foundation
import KnooppuntGraph
import KnooppuntModel

/// What the user does to a drawing without changing the network: which node is selected, zoom and pan.
public struct PictureView: Hashable, Sendable {
    /// What the status line says when `v` starts or ends moving the selected person or item.
    static func movingMessage(_ moving: Bool, _ context: ScreenContext) -> String {
        moving
            ? context.words.movingArrowsMoveTheSelectedPerson
            : context.words.placeSaved
    }

    public var selected: UUID?
    public var zoom: Double = 1
    public var pan: PlanePoint = .zero

    public init(selected: UUID? = nil) {
        self.selected = selected
    }

    public enum Direction: Hashable, Sendable { case up, down, left, right }

    /// The nearest node in a direction: within 60 degrees either side of it, nearest by distance with
    /// sideways steps counting double, so "right" prefers what lies right rather than diagonally. When
    /// nothing lies in that cone, the nearest node anywhere on that side, so that an arrow only does
    /// nothing at the edge of the picture.
    public static func nearest(from: UUID?, direction: Direction, points: [UUID: PlanePoint], order: [UUID])
        -> UUID?
    {
        guard let from, let p = points[from] else { return order.first }
        return nearest(from: p, skipping: from, direction: direction, points: points, order: order, cone: 1.8)
            ?? nearest(
                from: p, skipping: from, direction: direction, points: points, order: order, cone: .infinity)
    }

    static func nearest(
        from p: PlanePoint, skipping from: UUID, direction: Direction, points: [UUID: PlanePoint],
        order: [UUID], cone: Double
    ) -> UUID? {
        var best: (Double, UUID)? = nil
        for id in order where id != from {
            guard let q = points[id] else { continue }
            let dx = q.x - p.x, dy = q.y - p.y
            let (along, across): (Double, Double)
            switch direction {
            case .right: (along, across) = (dx, dy)
            case .left: (along, across) = (-dx, dy)
            case .down: (along, across) = (dy, dx)
            case .up: (along, across) = (-dy, dx)
            }
            guard along > 1e-9, abs(across) <= along * cone else { continue }
            let score = along + 2 * abs(across)
            if best == nil || score < best!.0 { best = (score, id) }
        }
        return best?.1
    }

    /// The label seen next in a direction on the screen, from the labels' boxes: what lies beyond the
    /// selected label's edge in that direction (a wide selected name covers what is under it), rows
    /// counted double (a cell is about twice as high as wide), sideways distance counted double and
    /// at most 1,8 times the distance ahead; when nothing lies in that cone, the nearest on that side.
    public static func nearest(
        from: UUID?, direction: Direction, boxes: [UUID: LabelBox], order: [UUID]
    ) -> UUID? {
        guard let from, let p = boxes[from] else { return order.first { boxes[$0] != nil } }
        // How far the middle of q lies beside the span of the selected label.
        func beside(_ q: LabelBox) -> Double {
            max(0, max(Double(p.x) - q.centreX, q.centreX - Double(p.maxX)))
        }
        func measure(_ q: LabelBox, strict: Bool) -> (along: Double, across: Double) {
            let rows = Double(q.y - p.y) * 2
            switch direction {
            case .right: return (strict ? q.centreX - Double(p.maxX) : q.centreX - p.centreX, abs(rows))
            case .left: return (strict ? Double(p.x) - q.centreX : p.centreX - q.centreX, abs(rows))
            case .down: return (rows, strict ? beside(q) : abs(q.centreX - p.centreX))
            case .up: return (-rows, strict ? beside(q) : abs(q.centreX - p.centreX))
            }
        }
        for strict in [true, false] {
            var best: (Double, UUID)? = nil
            for id in order where id != from {
                guard let q = boxes[id] else { continue }
                let (along, across) = measure(q, strict: strict)
                guard along > 1e-9, !strict || across <= along * 1.8 else { continue }
                let score = along + 2 * across
                if best == nil || score < best!.0 { best = (score, id) }
            }
            if let best { return best.1 }
        }
        return nil
    }

    /// A layout point moved a quarter unit by an arrow key (the `v` move mode), nil for other keys.
    public static func moved(_ p: PlanePoint, _ key: Key) -> LayoutPoint? {
        switch key {
        case .left: return LayoutPoint(x: p.x - 0.25, y: p.y)
        case .right: return LayoutPoint(x: p.x + 0.25, y: p.y)
        case .up: return LayoutPoint(x: p.x, y: p.y - 0.25)
        case .down: return LayoutPoint(x: p.x, y: p.y + 0.25)
        default: return nil
        }
    }

    /// Handles arrows (selection), + and - (zoom), h j k l (pan), = (reset). Returns false for other keys.
    /// With `boxes` (where the labels are on the screen) the arrows follow the screen, else `points`.
    public mutating func handle(
        _ key: Key, points: [UUID: PlanePoint], order: [UUID], boxes: [UUID: LabelBox]? = nil
    ) -> Bool {
        let step = 0.5 / zoom
        switch key {
        case .up, .down, .left, .right:
            let d: Direction = key == .up ? .up : key == .down ? .down : key == .left ? .left : .right
            let found =
                boxes.map { PictureView.nearest(from: selected, direction: d, boxes: $0, order: order) }
                ?? PictureView.nearest(from: selected, direction: d, points: points, order: order)
            if let next = found {
                selected = next
            } else if selected == nil {
                selected = order.first
            }
        case .character("+"): zoom = min(8, zoom * 1.25)
        case .character("-"): zoom = max(0.25, zoom / 1.25)
        case .character("="):
            zoom = 1
            pan = .zero
        case .character("h"): pan.x -= step
        case .character("l"): pan.x += step
        case .character("k"): pan.y -= step
        case .character("j"): pan.y += step
        default: return false
        }
        return true
    }
}

extension PictureView {
    /// A click on a node's label selects it; the label is found with the placement the drawing uses
    /// (the same layout of picture and legend, zoom and pan).
    mutating func select(
        atColumn x: Int, row y: Int, in picture: NetworkPicture, area: Rect, legend: [String], color: Bool
    ) -> ScreenOutcome {
        let placement = picture.shownPlacement(
            area: NetworkScreenLayout(area, legend: legend).picture, selected: selected, zoom: zoom, pan: pan,
            color: color)
        // The selected name may be written over its neighbours (a large picture): it is what is seen.
        let seen = selected.flatMap { placement.boxes[$0]?.contains(column: x, row: y) == true ? $0 : nil }
        guard let hit = seen ?? placement.boxes.first(where: { $0.value.contains(column: x, row: y) })?.key
        else {
            return .ignored
        }
        selected = hit
        return .handled
    }
}

/// Splitting a network screen: a title row, the drawing, a details pane (right when wide, bottom when
/// narrow), the legend and a status line.
struct NetworkScreenLayout {
    var title: Rect
    var picture: Rect
    var details: Rect
    var legend: Rect
    var status: Rect

    /// With room for the legend as it wraps at the area's width: a legend cut at 80 columns loses what
    /// the line patterns and arrows mean, which is all a screen without colour has.
    init(_ area: Rect, legend: [String]) {
        self.init(area, legendLines: legend.reduce(0) { $0 + TextLayout.wrap($1, width: area.width).count })
    }

    init(_ area: Rect, legendLines: Int) {
        let (top, rest) = area.splitTop(1)
        let (body0, status) = rest.splitBottom(1)
        let (body, legend) = body0.splitBottom(min(legendLines, max(0, body0.height - 6)))
        title = top
        self.status = status
        self.legend = legend
        if area.width >= 100 {
            let paneWidth = min(46, area.width / 3)
            let (left, right) = body.splitLeft(body.width - paneWidth)
            picture = left
            details = Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height)
        } else {
            let (upper, lower) = body.splitBottom(min(3, max(0, body.height - 8)))
            picture = upper
            details = lower
        }
    }
}

extension Grid {
    /// Writes lines into an area, each wrapped at spaces to the area's width, clipped at its bottom;
    /// returns how many rows were used. A side pane is narrow, and a cut sentence says less than two rows.
    @discardableResult
    mutating func putLines(_ lines: [(text: String, style: Style)], in area: Rect) -> Int {
        var y = area.y
        for line in lines {
            for row in TextLayout.wrap(line.text, width: area.width) {
                guard y < area.maxY else { return y - area.y }
                put(row, x: area.x, y: y, style: line.style, clip: area)
                y += 1
            }
        }
        return y - area.y
    }
}
