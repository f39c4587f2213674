import KnooppuntGraph

/// `LabelPlacement.place` with the same result, fast when the drawing is full. The search for a label's
/// spot looks at every row; once the rows are taken (a school of 2,000 has room for a few hundred
/// labels), each label that no longer fits used to scan the whole area cell by cell before giving up,
/// three times per drawing and again on every cursor move. Here every row keeps the length of its
/// longest free stretch, so rows without room are skipped and a label that fits nowhere is known to at
/// once. Rows without room hold no free spot, so skipping them changes no label's place.
enum LabelSpots {
    static func place(
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

        /// As `LabelPlacement.nearestFree`: rows outward from the wanted row, on each the nearest free
        /// column on either side, stopping once a row is farther than the best spot found.
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
}
