import Testing

@testable import KnooppuntUI

@Suite("Networks Braille canvas")
struct NetworksCanvasTests {
    func text(_ canvas: BrailleCanvas) -> [String] {
        var grid = Grid(width: canvas.width, height: canvas.height)
        canvas.draw(into: &grid, x: 0, y: 0)
        return (0..<grid.height).map { grid.line($0) }
    }

    @Test("Each of the eight dots of a cell sets the bit Unicode gives it")
    func dots() {
        // Unicode numbers Braille dots 1-8 as bits 0-7: column 0 rows 0-2 are dots 1-3, column 1 rows 0-2
        // dots 4-6, row 3 is dot 7 (left) and 8 (right).
        let expected: [((Int, Int), UInt32)] = [
            ((0, 0), 0x01), ((0, 1), 0x02), ((0, 2), 0x04), ((1, 0), 0x08), ((1, 1), 0x10), ((1, 2), 0x20),
            ((0, 3), 0x40), ((1, 3), 0x80),
        ]
        for ((x, y), bit) in expected {
            var c = BrailleCanvas(width: 1, height: 1)
            c.set(x: x, y: y)
            #expect(c.character(column: 0, row: 0) == Character(Unicode.Scalar(0x2800 + bit)!))
        }
        var full = BrailleCanvas(width: 1, height: 1)
        for x in 0..<2 { for y in 0..<4 { full.set(x: x, y: y) } }
        #expect(full.character(column: 0, row: 0) == "⣿")
    }

    @Test("A horizontal line fills the top dots of each cell it crosses")
    func horizontal() {
        var c = BrailleCanvas(width: 4, height: 1)
        c.line(x0: 0, y0: 0, x1: 5, y1: 0)
        // Dots 1 and 4 (0x09) in three cells, nothing in the fourth.
        #expect(text(c) == ["⠉⠉⠉ "])
    }

    @Test("A vertical line fills the left column of dots in each cell")
    func vertical() {
        var c = BrailleCanvas(width: 1, height: 2)
        c.line(x0: 0, y0: 0, x1: 0, y1: 7)
        #expect(text(c) == ["⡇", "⡇"])
    }

    @Test("A diagonal sets one dot per step, both ends included, and is symmetric")
    func diagonal() {
        var a = BrailleCanvas(width: 5, height: 3)
        a.line(x0: 0, y0: 0, x1: 9, y1: 5)
        var b = BrailleCanvas(width: 5, height: 3)
        b.line(x0: 9, y0: 5, x1: 0, y1: 0)
        var count = 0
        for x in 0..<10 { for y in 0..<12 where a.isSet(x: x, y: y) { count += 1 } }
        #expect(count == 10)
        #expect(a.isSet(x: 0, y: 0) && a.isSet(x: 9, y: 5))
        #expect(b.isSet(x: 0, y: 0) && b.isSet(x: 9, y: 5))
        // Every step moves at most one dot in each direction: the line has no holes.
        for x in 0..<10 { #expect((0..<12).contains { a.isSet(x: x, y: $0) }) }
    }

    @Test("Dotted lines leave gaps; dots off the canvas are ignored")
    func patternsAndClipping() {
        var solid = BrailleCanvas(width: 10, height: 1)
        solid.line(x0: 0, y0: 0, x1: 19, y1: 0)
        var dotted = BrailleCanvas(width: 10, height: 1)
        dotted.line(x0: 0, y0: 0, x1: 19, y1: 0, pattern: .dotted)
        let s = (0..<20).filter { solid.isSet(x: $0, y: 0) }.count
        let d = (0..<20).filter { dotted.isSet(x: $0, y: 0) }.count
        #expect(s == 20)
        #expect(d == 10)
        var c = BrailleCanvas(width: 2, height: 2)
        c.line(x0: -10, y0: -10, x1: 30, y1: 30)
        c.set(x: 100, y: 100)
        #expect(c.isSet(x: 0, y: 0) && c.isSet(x: 3, y: 3))
    }
}
