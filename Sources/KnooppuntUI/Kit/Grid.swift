/// A screen's worth of cells. Every view renders into a Grid; the terminal copies it to the device and
/// `knooppunt show` prints it as plain text. Tests compare grids with expected text (ratatui's TestBackend).
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` from (x, y) within `clip` (default: the whole grid), cleaning control characters.
    /// A wide character that would not fit is replaced by a space. Returns the column after the text.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int
    {
        let area = clip ?? bounds
        guard y >= max(0, area.y), y < min(height, area.maxY) else { return x }
        let limit = min(width, area.maxX)
        var column = x
        for ch in SafeText.clean(text) {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if column + w > limit { break }
            if column >= max(0, area.x) {
                setCell(x: column, y: y, text: String(ch), width: w, style: style)
            }
            column += w
        }
        return column
    }

    /// Sets the style of cells without changing their text (selection bars, highlights).
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                cells[y * width + x].style = style
            }
        }
    }

    /// Fills `rect` with `cell` (clipped to the grid).
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                cells[y * width + x] = cell
            }
        }
    }

    /// Copies `patch` cell for cell with its top-left corner at (x, y), clipped to the grid: a drawing
    /// made once in a grid of its own (see `NetworkPicture.renderCached`).
    public mutating func paste(_ patch: Grid, x: Int, y: Int) {
        for row in 0..<patch.height where y + row >= 0 && y + row < height {
            let from = row * patch.width
            let to = (y + row) * width
            for column in 0..<patch.width where x + column >= 0 && x + column < width {
                cells[to + x + column] = patch.cells[from + column]
            }
        }
    }

    private mutating func setCell(x: Int, y: Int, text: String, width w: Int, style: Style) {
        // Overwriting half of a wide character leaves the other half as a blank.
        let here = cells[y * width + x]
        if here.isContinuation, x > 0 {
            cells[y * width + x - 1] = Cell(" ", style: cells[y * width + x - 1].style)
        }
        if here.width == 2, x + 1 < width { cells[y * width + x + 1] = Cell(" ", style: here.style) }
        cells[y * width + x] = Cell(text, width: w, style: style)
        if w == 2, x + 1 < width {
            let next = cells[y * width + x + 1]
            if next.width == 2, x + 2 < width { cells[y * width + x + 2] = Cell(" ", style: next.style) }
            cells[y * width + x + 1] = Cell("", width: 0, style: style)
        }
    }

    /// One row as text, continuation cells skipped.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s += self[x, y].text }
        return s
    }

    /// The grid as plain text: one line per row, trailing spaces removed, no escape codes.
    public func plainText() -> String {
        (0..<height).map { y -> String in
            var l = line(y)
            while l.last == " " { l.removeLast() }
            return l
        }.joined(separator: "\n")
    }
}
