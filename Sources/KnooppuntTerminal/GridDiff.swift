import KnooppuntUI

/// Which cells of a new grid must be drawn, given the grid drawn before.
///
/// ncurses already sends only what changed between its own screen copies, but asking it to compare
/// every cell of a 200 × 60 grid on each keypress costs a `setcchar` and `mvwadd_wch` per cell; copying
/// only the cells that differ keeps a cursor move to a handful of calls (ratatui's `Buffer::diff` does
/// the same).
public enum GridDiff {
    /// Positions (x, y) to draw, in reading order. Every cell when there is no previous grid or its
    /// size differs (first frame, after a resize). Continuation cells (right half of a wide character)
    /// are never drawn themselves; when one changes, its wide character is drawn instead.
    public static func changedCells(from old: Grid?, to new: Grid) -> [(x: Int, y: Int)] {
        var result: [(x: Int, y: Int)] = []
        guard let old, old.width == new.width, old.height == new.height else {
            for y in 0..<new.height {
                for x in 0..<new.width where !new[x, y].isContinuation { result.append((x, y)) }
            }
            return result
        }
        let oldCells = old.cells
        let newCells = new.cells
        let width = new.width
        for y in 0..<new.height {
            var lastAdded = -1
            for x in 0..<width {
                let i = y * width + x
                guard oldCells[i] != newCells[i] else { continue }
                var drawX = x
                if newCells[i].isContinuation {
                    // Find the wide character this half belongs to.
                    guard x > 0, !newCells[i - 1].isContinuation else { continue }
                    drawX = x - 1
                }
                if drawX > lastAdded {
                    result.append((drawX, y))
                    lastAdded = drawX
                }
            }
        }
        return result
    }
}
