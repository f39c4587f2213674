/// A set of grid cells by index (`y * width + x`), as a flat array: the picture asks whether a cell is
/// taken a few hundred thousand times when a school's ties get their arrows and letters, and hashing
/// each question into a `Set<Int>` was most of a frame. Indexes outside the grid (one left of the first
/// cell, one past the last) are kept too, in a small set, so it answers exactly as a `Set<Int>` would.
struct CellMarks {
    private var inside: [Bool]
    private var outside: Set<Int> = []

    init(count: Int) { inside = Array(repeating: false, count: max(0, count)) }

    mutating func insert(_ i: Int) {
        if i >= 0 && i < inside.count { inside[i] = true } else { outside.insert(i) }
    }

    func contains(_ i: Int) -> Bool {
        i >= 0 && i < inside.count ? inside[i] : outside.contains(i)
    }

    mutating func formUnion<S: Sequence>(_ cells: S) where S.Element == Int {
        for i in cells { insert(i) }
    }

    /// The marked cells as a set, for the ecogram's marks along the lines (a small picture, drawn once).
    var cells: Set<Int> {
        var all = outside
        for (i, taken) in inside.enumerated() where taken { all.insert(i) }
        return all
    }
}
