import KnooppuntUI
import Testing

@testable import KnooppuntTerminal

@Suite struct TerminalCellAppearanceTests {
    @Test func attributesMapOneToOne() {
        let style = Style(bold: true, underline: true, reverse: false, dim: true)
        let a = CellAppearance.of(style, color: true)
        #expect(a.attributes == [.bold, .underline, .dim])
        #expect(CellAppearance.of(.plain, color: true).attributes.isEmpty)
        #expect(CellAppearance.of(.reverse, color: false).attributes == [.reverse])
    }

    @Test func coloursKeptWithColour() {
        let a = CellAppearance.of(Style(foreground: .red, background: .blue), color: true)
        #expect(a.foreground == .red && a.background == .blue)
        #expect(a.attributes.isEmpty)
    }

    @Test func noColourDropsColoursButKeepsAttributes() {
        let a = CellAppearance.of(Style(foreground: .red, bold: true), color: false)
        #expect(a.foreground == nil && a.background == nil)
        #expect(a.attributes == [.bold])
    }

    @Test func backgroundOnlySelectionBecomesReverseWithoutColour() {
        // A selection bar drawn only by background colour must stay visible with NO_COLOR.
        let a = CellAppearance.of(Style(background: .cyan), color: false)
        #expect(a.attributes == [.reverse])
        #expect(a.background == nil)
        // Already reversed: stays reversed (not toggled back).
        let b = CellAppearance.of(Style(background: .cyan, reverse: true), color: false)
        #expect(b.attributes == [.reverse])
    }

    @Test func colourPairsAllocatedOnFirstUse() {
        var table = ColorPairTable(capacity: 64)
        #expect(table.number(foreground: nil, background: nil) == (0, false))
        let red = table.number(foreground: .red, background: nil)
        #expect(red == (1, true))
        #expect(table.number(foreground: .red, background: nil) == (1, false))
        #expect(table.number(foreground: .white, background: .blue) == (2, true))
        #expect(table.allocated == 2)
    }

    @Test func runningOutOfPairsDropsTheBackground() {
        var table = ColorPairTable(capacity: 3)  // pairs 1 and 2 only
        _ = table.number(foreground: .red, background: nil)
        _ = table.number(foreground: .green, background: nil)
        #expect(table.number(foreground: .red, background: .blue) == (1, false))
        #expect(table.number(foreground: .cyan, background: .blue) == (0, false))
    }

    @Test func allEightyCombinationsFitAtCapacity81() {
        var table = ColorPairTable(capacity: 81)
        var numbers = Set<Int>()
        let choices: [Color?] = Color.allCases.map { $0 } + [nil]
        for f in choices {
            for b in choices where f != nil || b != nil {
                numbers.insert(table.number(foreground: f, background: b).number)
            }
        }
        #expect(numbers.count == 80)
        #expect(!numbers.contains(0))
    }
}
