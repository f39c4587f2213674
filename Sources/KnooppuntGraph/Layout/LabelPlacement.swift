/// A label in cell space: one row high, `width` columns wide, its left column at `x`.
public struct LabelBox: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int

    public init(x: Int, y: Int, width: Int) { (self.x, self.y, self.width) = (x, y, width) }

    public var maxX: Int { x + width }
    /// The middle of the label in dot-free cell coordinates, where lines to the node end.
    public var centreX: Double { Double(x) + Double(width) / 2 }

    public func overlaps(_ other: LabelBox) -> Bool {
        y == other.y && x < other.maxX && other.x < maxX
    }

    public func contains(column: Int, row: Int) -> Bool {
        row == y && column >= x && column < maxX
    }
}

/// How layout space maps onto a rectangle of cells. A cell is about `aspect` times as tall as wide, so
/// one layout unit is `scale` columns across but only `scale / aspect` rows down: circles stay round.
public struct CellFrame: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public var scale: Double
    public var aspect: Double
    /// The layout point drawn at the middle of the area.
    public var focus: PlanePoint

    public init(width: Int, height: Int, scale: Double, aspect: Double = 2, focus: PlanePoint = .zero) {
        (self.width, self.height, self.scale, self.aspect, self.focus) = (width, height, scale, aspect, focus)
    }

    /// The frame that shows every point, leaving room for labels up to `labelWidth` wide at the edges.
    /// `zoom` above 1 magnifies around the middle; `pan` moves the focus, in layout units.
    public static func fitting(
        _ points: [PlanePoint], width: Int, height: Int, labelWidth: Int, zoom: Double = 1,
        pan: PlanePoint = .zero, aspect: Double = 2
    ) -> CellFrame {
        guard let first = points.first else {
            return CellFrame(width: width, height: height, scale: 1, aspect: aspect)
        }
        var lo = first, hi = first
        for p in points {
            lo.x = min(lo.x, p.x)
            lo.y = min(lo.y, p.y)
            hi.x = max(hi.x, p.x)
            hi.y = max(hi.y, p.y)
        }
        let usableX = Double(max(1, width - labelWidth - 1))
        let usableY = Double(max(1, height - 1))
        let spanX = hi.x - lo.x, spanY = hi.y - lo.y
        var scale: Double
        switch (spanX > 1e-9, spanY > 1e-9) {
        case (true, true): scale = min(usableX / spanX, usableY * aspect / spanY)
        case (true, false): scale = usableX / spanX
        case (false, true): scale = usableY * aspect / spanY
        case (false, false): scale = 1
        }
        scale *= max(0.05, zoom)
        let focus = PlanePoint(x: (lo.x + hi.x) / 2 + pan.x, y: (lo.y + hi.y) / 2 + pan.y)
        return CellFrame(width: width, height: height, scale: scale, aspect: aspect, focus: focus)
    }

    /// Fractional cell coordinates (column, row) of a layout point, relative to the area's corner.
    public func cell(_ p: PlanePoint) -> (x: Double, y: Double) {
        (
            Double(width) / 2 + (p.x - focus.x) * scale,
            Double(height - 1) / 2 + (p.y - focus.y) * scale / aspect
        )
    }

    /// The layout point at fractional cell coordinates (for keeping a node where the user sees it).
    public func point(x: Double, y: Double) -> PlanePoint {
        PlanePoint(
            x: focus.x + (x - Double(width) / 2) / scale,
            y: focus.y + (y - Double(height - 1) / 2) * aspect / scale)
    }
}

/// Places one-row labels on a grid of cells so that no two overlap, each as near to its node as it can
/// be. Labels are placed in the given priority order (the selected node and central actors first get
/// the best spots); each takes the free position with the smallest distance to where it wants to be,
/// measured with rows counting `aspect` times a column. Searching the grid in order of distance makes
/// zero overlaps a guarantee rather than a hope: a label that finds no free spot at all is left out
/// (nil) instead of being drawn over another, and the caller shows it by initials or in the list.
///
/// Every row keeps the length of its longest free stretch, so rows without room are skipped and a
/// label that fits nowhere is known to at once: a school of 2,000 has room for a few hundred labels,
/// and each label after that used to scan the whole area cell by cell before giving up. Rows without
/// room hold no free spot, so skipping them changes no label's place.
public enum LabelPlacement {
    public static func place(
        centres: [(x: Double, y: Double)], widths: [Int], width: Int, height: Int, order: [Int]? = nil,
        gap: Int = 1, aspect: Double = 2
    ) -> [LabelBox?] {
        var result = [LabelBox?](repeating: nil, count: centres.count)
        guard width > 0, height > 0 else { return result }
        var rows = Rows(width: width, height: height, gap: gap)
        for i in order ?? Array(centres.indices) where i >= 0 && i < centres.count {
            let w = min(max(1, widths[i]), width)
            let wantX = Int((centres[i].x - Double(w) / 2).rounded())
            let wantY = Int(centres[i].y.rounded())
            guard let box = rows.nearestFree(wantX: wantX, wantY: wantY, w: w, aspect: aspect) else {
                continue
            }
            rows.take(box)
            result[i] = box
        }
        return result
    }

    /// The occupied cells, row by row, with each row's longest free stretch. A stretch touching the
    /// row's edge counts `gap` longer: a label there needs no free cells beyond the edge.
    struct Rows {
        let width: Int
        let height: Int
        let gap: Int
        var occupied: [Bool]
        var longest: [Int]

        init(width: Int, height: Int, gap: Int) {
            self.width = width
            self.height = height
            self.gap = gap
            occupied = Array(repeating: false, count: width * height)
            longest = Array(repeating: width + 2 * gap, count: height)
        }

        /// Room for a label `w` wide somewhere on row `y`.
        func fits(_ w: Int, row y: Int) -> Bool { longest[y] >= w + 2 * gap }

        mutating func take(_ box: LabelBox) {
            for c in box.x..<box.maxX { occupied[box.y * width + c] = true }
            var best = 0
            var start = -gap
            for c in 0...width {
                if c == width || occupied[box.y * width + c] {
                    let end = c == width ? width + gap : c
                    best = max(best, end - start)
                    start = c + 1
                }
            }
            longest[box.y] = best
        }

        func isFree(x: Int, y: Int, w: Int) -> Bool {
            let from = max(0, x - gap), to = min(width, x + w + gap)
            let base = y * width
            for c in from..<to where occupied[base + c] { return false }
            return true
        }

        /// The free spot nearest to (wantX, wantY): rows outward from the wanted row, on each the
        /// nearest free column on either side, stopping once a row is farther than the best found.
        func nearestFree(wantX: Int, wantY: Int, w: Int, aspect: Double) -> LabelBox? {
            guard longest.contains(where: { $0 >= w + 2 * gap }) else { return nil }
            let x0 = min(max(0, wantX), width - w)
            let y0 = min(max(0, wantY), height - 1)
            var best: (cost: Double, box: LabelBox)? = nil
            for dy in 0..<height {
                let rowCost = (Double(dy) * aspect) * (Double(dy) * aspect)
                if let b = best, rowCost > b.cost { break }
                for y in dy == 0 ? [y0] : [y0 - dy, y0 + dy] where y >= 0 && y < height && fits(w, row: y) {
                    for dx in 0..<width {
                        let cost = rowCost + Double(dx * dx)
                        if let b = best, cost >= b.cost { break }
                        var found: Int? = nil
                        for x in dx == 0 ? [x0] : [x0 - dx, x0 + dx] where x >= 0 && x + w <= width {
                            if isFree(x: x, y: y, w: w) {
                                found = x
                                break
                            }
                        }
                        if let x = found {
                            best = (cost, LabelBox(x: x, y: y, width: w))
                            break
                        }
                    }
                }
            }
            return best?.box
        }
    }

    /// Pairs of placed labels that overlap: the figure tests and the bench require to be 0.
    public static func overlapCount(_ boxes: [LabelBox?]) -> Int {
        let placed = boxes.compactMap { $0 }
        var count = 0
        for i in placed.indices {
            for j in (i + 1)..<placed.count where placed[i].overlaps(placed[j]) { count += 1 }
        }
        return count
    }
}
