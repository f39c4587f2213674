import KnooppuntUI
import Testing

@testable import KnooppuntTerminal

private func positions(_ list: [(x: Int, y: Int)]) -> [[Int]] { list.map { [$0.x, $0.y] } }

@Suite struct TerminalGridDiffTests {
    @Test func firstFrameDrawsEveryCell() {
        let grid = Grid(width: 3, height: 2)
        #expect(GridDiff.changedCells(from: nil, to: grid).count == 6)
    }

    @Test func sameGridDrawsNothing() {
        var grid = Grid(width: 10, height: 3)
        grid.put("Zoë", x: 1, y: 1)
        #expect(GridDiff.changedCells(from: grid, to: grid).isEmpty)
    }

    @Test func onlyChangedCellsAreDrawn() {
        var old = Grid(width: 10, height: 3)
        old.put("abc", x: 0, y: 0)
        var new = old
        new.put("x", x: 1, y: 0)
        new.put("é", x: 9, y: 2)
        #expect(positions(GridDiff.changedCells(from: old, to: new)) == [[1, 0], [9, 2]])
    }

    @Test func styleChangeAloneIsAChange() {
        var old = Grid(width: 4, height: 1)
        old.put("ab", x: 0, y: 0)
        var new = old
        new.setStyle(.reverse, in: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(positions(GridDiff.changedCells(from: old, to: new)) == [[1, 0]])
    }

    @Test func resizedGridIsDrawnWhole() {
        let old = Grid(width: 4, height: 2)
        let new = Grid(width: 5, height: 2)
        #expect(GridDiff.changedCells(from: old, to: new).count == 10)
    }

    @Test func wideCharacterIsDrawnOnceFromItsFirstColumn() {
        let old = Grid(width: 6, height: 1)
        var new = old
        new.put("漢", x: 2, y: 0)  // takes columns 2 and 3
        #expect(positions(GridDiff.changedCells(from: old, to: new)) == [[2, 0]])
        // On a first frame the continuation cell is skipped as well.
        #expect(!positions(GridDiff.changedCells(from: nil, to: new)).contains([3, 0]))
        #expect(GridDiff.changedCells(from: nil, to: new).count == 5)
    }

    @Test func changedContinuationRedrawsItsWideCharacter() {
        var old = Grid(width: 6, height: 1)
        old.put("漢", x: 2, y: 0)
        var new = old
        // Only the right half's style differs.
        var right = new[3, 0]
        right.style = .bold
        new[3, 0] = right
        #expect(positions(GridDiff.changedCells(from: old, to: new)) == [[2, 0]])
    }

    @Test func narrowReplacingWideDrawsBothColumns() {
        var old = Grid(width: 6, height: 1)
        old.put("漢", x: 2, y: 0)
        var new = Grid(width: 6, height: 1)
        new.put("ab", x: 2, y: 0)
        #expect(positions(GridDiff.changedCells(from: old, to: new)) == [[2, 0], [3, 0]])
    }

    @Test func cursorMoveOnABoardChangesFewCells() {
        // Two cards of 8 columns; the selection (reverse video) moves from the first to the second.
        var old = Grid(width: 40, height: 5)
        old.put("kaart A ", x: 0, y: 1)
        old.put("kaart B ", x: 20, y: 1)
        var new = old
        old.setStyle(.reverse, in: Rect(x: 0, y: 1, width: 8, height: 1))
        new.setStyle(.reverse, in: Rect(x: 20, y: 1, width: 8, height: 1))
        #expect(GridDiff.changedCells(from: old, to: new).count == 16)
    }
}
