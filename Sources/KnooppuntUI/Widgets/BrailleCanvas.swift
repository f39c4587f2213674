/// A drawing surface of Braille dots: every cell holds 2 × 4 dots (U+2800 to U+28FF), so lines are
/// four times finer vertically and twice horizontally than cells (the technique of drawille and
/// ratatui's canvas). Edges of a network are drawn here; labels go over them afterwards.
public struct BrailleCanvas: Hashable, Sendable {
    /// Width and height in cells.
    public let width: Int
    public let height: Int
    private var dots: [UInt8]
    private var styles: [Style]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        dots = Array(repeating: 0, count: self.width * self.height)
        styles = Array(repeating: .plain, count: self.width * self.height)
    }

    /// Size in dots.
    public var dotWidth: Int { width * 2 }
    public var dotHeight: Int { height * 4 }

    /// Bit of dot (column 0-1, row 0-3) inside a cell, in the order Unicode numbers Braille dots 1-8.
    static let bits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    /// Sets one dot; dots outside the canvas are ignored, so lines may run off the edge.
    public mutating func set(x: Int, y: Int, style: Style = .plain) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let i = (y / 4) * width + x / 2
        dots[i] |= BrailleCanvas.bit(x: x, y: y)
        styles[i] = style
    }

    /// `bits[y % 4][x % 2]` without two array lookups: a picture of a school sets a million dots.
    @inline(__always) static func bit(x: Int, y: Int) -> UInt8 {
        let row = y & 3, column = x & 1
        return row == 3 ? UInt8(0x40) << column : UInt8(1) << (row + 3 * column)
    }

    public func isSet(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return false }
        return dots[(y / 4) * width + x / 2] & BrailleCanvas.bits[y % 4][x % 2] != 0
    }

    /// The Braille character of a cell, or nil when no dot is set there.
    public func character(column: Int, row: Int) -> Character? {
        let d = dots[row * width + column]
        guard d != 0 else { return nil }
        return Character(Unicode.Scalar(0x2800 + UInt32(d))!)
    }

    public func style(column: Int, row: Int) -> Style { styles[row * width + column] }

    /// How a line is drawn: solid for strong ties; dotted (every other dot) and dashed when colour cannot
    /// tell weak ties and negative ones apart.
    public enum Pattern: Hashable, Sendable {
        case solid, dotted, dashed

        func draws(step: Int) -> Bool {
            switch self {
            case .solid: return true
            case .dotted: return step % 2 == 0
            case .dashed: return step % 6 < 4
            }
        }
    }

    /// Bresenham's line between two dots, both ends included.
    public mutating func line(
        x0: Int, y0: Int, x1: Int, y1: Int, pattern: Pattern = .solid, style: Style = .plain
    ) {
        var x = x0, y = y0
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var err = dx + dy
        var step = 0
        // Clip long lines cheaply: stop after the number of steps the longer axis needs.
        let limit = max(dx, -dy) + 1
        while step < limit {
            if pattern.draws(step: step) { set(x: x, y: y, style: style) }
            if x == x1 && y == y1 { break }
            let e2 = 2 * err
            if e2 >= dy {
                err += dy
                x += sx
            }
            if e2 <= dx {
                err += dx
                y += sy
            }
            step += 1
        }
    }

    /// Adds the canvas's dots to a drawing already in `grid`: into blank cells and Braille cells (their
    /// dots joined), never over text.
    public func drawOver(into grid: inout Grid, x originX: Int, y originY: Int) {
        for row in 0..<height {
            for column in 0..<width where dots[row * width + column] != 0 {
                let gx = originX + column, gy = originY + row
                guard gx >= 0, gy >= 0, gx < grid.width, gy < grid.height else { continue }
                let here = grid[gx, gy]
                var bits = dots[row * width + column]
                if here.text != " " {
                    guard here.width == 1, let scalar = here.text.unicodeScalars.first,
                        here.text.unicodeScalars.count == 1, (0x2800...0x28FF).contains(scalar.value)
                    else { continue }
                    bits |= UInt8(scalar.value - 0x2800)
                }
                grid[gx, gy] = Cell(
                    String(Unicode.Scalar(0x2800 + UInt32(bits))!), style: styles[row * width + column])
            }
        }
    }

    /// Copies the canvas into `grid` with its top-left corner at (x, y); empty cells are left alone.
    public func draw(into grid: inout Grid, x originX: Int, y originY: Int) {
        for row in 0..<height {
            for column in 0..<width {
                guard let ch = character(column: column, row: row) else { continue }
                let gx = originX + column, gy = originY + row
                guard gx >= 0, gy >= 0, gx < grid.width, gy < grid.height else { continue }
                let here = grid[gx, gy]
                if here.width == 1, gx + 1 >= grid.width || !grid[gx + 1, gy].isContinuation {
                    // A Braille character is one column and needs no cleaning: set the cell directly.
                    grid[gx, gy] = Cell(String(ch), style: styles[row * width + column])
                } else {
                    grid.put(String(ch), x: gx, y: gy, style: styles[row * width + column])
                }
            }
        }
    }
}
