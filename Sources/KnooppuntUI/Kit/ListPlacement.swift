/// A paged list: `count` rows shown `visible` at a time from screen row `top`, paged so that `selected`
/// is in sight. Drawing and clicks both ask it, so a click always lands on the row that was drawn there.
struct ListPlacement {
    let top: Int
    let visible: Int
    let count: Int
    /// The first row shown.
    let start: Int

    init(top: Int, visible: Int, selected: Int, count: Int) {
        self.top = top
        self.visible = max(0, visible)
        self.count = count
        start = TextLayout.pageStart(selected: selected, visible: self.visible, count: count)
    }

    /// The list row drawn on screen row y, if any.
    func row(at y: Int) -> Int? {
        let row = start + y - top
        return y >= top && y < top + visible && row >= 0 && row < count ? row : nil
    }
}

extension ListPlacement {
    /// The row that ↑ k or ↓ j select after `row` in a list of `count` rows; other keys keep `row`.
    static func stepped(_ row: Int, by key: Key, count: Int) -> Int {
        switch key {
        case .up, .character("k"): max(0, row - 1)
        case .down, .character("j"): min(max(0, count - 1), row + 1)
        default: row
        }
    }
}
