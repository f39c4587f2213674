import Foundation
import KnooppuntGraph

/// Faint rings and sector lines under a drawing: the ecogram's distance from the centre and its areas,
/// as on the paper form, so closeness and area read at a glance and not only from colour.
struct Backdrop: Hashable, Sendable {
    /// The middle of the rings, in layout space.
    var centre: PlanePoint
    /// One ring per radius, in layout units.
    var radii: [Double]
    /// Angles (radians, y grows downwards) of the lines between sectors, from the first ring outwards.
    var rays: [Double]
    /// Names written just outside the outer ring in the middle of their sector (the areas).
    var captions: [Caption]
    var style: Style

    struct Caption: Hashable, Sendable {
        var angle: Double
        var text: String
    }

    init(
        centre: PlanePoint = .zero, radii: [Double], rays: [Double] = [], captions: [Caption] = [],
        style: Style = .dim
    ) {
        self.centre = centre
        self.radii = radii
        self.rays = rays
        self.captions = captions
        self.style = style
    }

    /// Each caption just outside the outer ring, where no label, mark or the cell beside a label is;
    /// a caption without room is left out, since colour or marker tells the area too. Below
    /// `captionWidth` columns the rings are too small: a caption there stands among the labels and
    /// reads as one. Returns the cells written.
    func putCaptions(
        into grid: inout Grid, area: Rect, frame: CellFrame, blocked: Set<Int>, style: Style
    ) -> Set<Int> {
        guard let outer = radii.max(), area.width >= Self.captionWidth else { return [] }
        var used = Set<Int>()
        for caption in captions {
            let width = DisplayWidth.of(caption.text)
            search: for r in [outer + 0.25, outer + 0.5] {
                let c = frame.cell(
                    PlanePoint(x: centre.x + r * cos(caption.angle), y: centre.y + r * sin(caption.angle)))
                let x0 = area.x + Int(c.x.rounded()) - width / 2, y = area.y + Int(c.y.rounded())
                guard x0 >= area.x, x0 + width <= area.maxX, y >= area.y, y < area.maxY else { continue }
                let cells = (x0 - 1...x0 + width).map { y * grid.width + $0 }
                guard cells.allSatisfy({ !blocked.contains($0) && !used.contains($0) }) else { continue }
                grid.fill(Rect(x: x0, y: y, width: width, height: 1), with: Cell(" ", style: style))
                grid.put(caption.text, x: x0, y: y, style: style, clip: area)
                used.formUnion(cells)
                break search
            }
        }
        return used
    }

    static let captionWidth = 100

    /// Points the drawing must show: the whole outer ring, so it is never cut off by the frame.
    var extent: [PlanePoint] {
        guard let r = radii.max() else { return [] }
        return [
            PlanePoint(x: centre.x - r, y: centre.y - r), PlanePoint(x: centre.x + r, y: centre.y + r),
        ]
    }

    /// A dot every third dot along each ring and ray: light enough that lines stay the stronger mark.
    func draw(on canvas: inout BrailleCanvas, frame: CellFrame, style: Style) {
        func dot(_ p: PlanePoint) -> (x: Int, y: Int) {
            let c = frame.cell(p)
            return (x: Int((c.x * 2).rounded()), y: Int((c.y * 4).rounded()) + 2)
        }
        // In dots a ring is a circle: a cell is 2 dots wide and 4 high, and a row `aspect` (2) columns.
        for r in radii where r > 0 {
            let perimeter = 2 * Double.pi * r * frame.scale * 2
            let samples = max(12, Int(perimeter / 3))
            for k in 0..<samples {
                let angle = 2 * Double.pi * Double(k) / Double(samples)
                let d = dot(PlanePoint(x: centre.x + r * cos(angle), y: centre.y + r * sin(angle)))
                canvas.set(x: d.x, y: d.y, style: style)
            }
        }
        guard let inner = radii.filter({ $0 > 0 }).min(), let outer = radii.max() else { return }
        for angle in rays {
            let from = inner * 0.6, to = outer * 1.05
            let length = (to - from) * frame.scale * 2
            let samples = max(2, Int(length / 3))
            for k in 0...samples {
                let r = from + (to - from) * Double(k) / Double(samples)
                let d = dot(PlanePoint(x: centre.x + r * cos(angle), y: centre.y + r * sin(angle)))
                canvas.set(x: d.x, y: d.y, style: style)
            }
        }
    }
}

extension NetworkPicture {
    /// Letters and direction of each line written on the line itself (`Marks.alongLine`): near the
    /// middle, a little towards the outer end for lines from the centre, in the first free cells that
    /// are not `blocked` (labels, the cells beside them, the centre's surroundings) and a cell away
    /// from other marks. A one-way line gets its arrow beside the letters, on the side it points to
    /// ("K→", "←K"); a mutual one none. A line whose marks find no room keeps them to the details pane
    /// rather than pushing them into another line's.
    func putAlongLines(
        into grid: inout Grid, area: Rect, anchor: (UUID) -> (x: Int, y: Int)?, blocked: Set<Int>,
        centre: UUID, paint: (Style) -> Style
    ) -> Set<Int> {
        var taken = Set<Int>()
        for e in edges {
            guard let a = anchor(e.from), let b = anchor(e.to) else { continue }
            var text = e.letters
            if e.arrowAtTo != e.arrowAtFrom {
                let (dx, dy) = e.arrowAtTo ? (b.x - a.x, b.y - a.y) : (a.x - b.x, a.y - b.y)
                let head = arrow(dx: dx, dy: dy)
                text = ["←", "↙", "↖"].contains(head) ? head + text : text + head
            }
            let width = DisplayWidth.of(text)
            guard width > 0 else { continue }
            // Measured from the centre's end when the line touches the centre.
            let (start, end) = e.to == centre ? (b, a) : (a, b)
            let fractions =
                e.from == centre || e.to == centre
                ? [0.6, 0.7, 0.5, 0.8, 0.4, 0.9, 0.3] : [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]
            search: for t in fractions {
                let px = Double(start.x) + Double(end.x - start.x) * t
                let py = Double(start.y) + Double(end.y - start.y) * t
                let mx = area.x + Int(px) / 2, my = area.y + Int(py) / 4
                for dx in [0, -1, 1] {
                    let x0 = mx - width / 2 + dx
                    guard x0 >= area.x, x0 + width <= area.maxX, my >= area.y, my < area.maxY else {
                        continue
                    }
                    let cells = (0..<width).map { my * grid.width + x0 + $0 }
                    guard cells.allSatisfy({ !blocked.contains($0) && !taken.contains($0) }) else { continue }
                    grid.put(text, x: x0, y: my, style: paint(e.style).with(bold: true), clip: area)
                    taken.formUnion([cells[0] - 1, cells[cells.count - 1] + 1] + cells)
                    break search
                }
            }
        }
        return taken
    }
}
