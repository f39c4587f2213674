import Foundation
import KnooppuntModel

extension App {
    public static func render(_ state: AppState, width: Int, height: Int) -> Grid {
        guard state.naming != .fullNames, let open = state.open else {
            return draw(state, width: width, height: height)
        }
        // Drawn from a copy with the names replaced; the copy is never saved.
        var shown = state
        shown.open?.section = state.naming.presenting(open.section)
        return draw(shown, width: width, height: height)
    }

    static func draw(_ state: AppState, width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        let theme = state.theme
        if width < minimumWidth || height < minimumHeight {
            let sentence = state.words.pleaseMakeTheWindowLargerAt(
                minimumWidth: minimumWidth, minimumHeight: minimumHeight, width: width, height: height)
            let lines = TextLayout.wrap(sentence, width: max(1, width - 2))
            let top = max(0, height / 2 - lines.count / 2)
            for (i, l) in lines.enumerated() {
                grid.put(l, x: max(0, (width - DisplayWidth.of(l)) / 2), y: top + i, style: theme.message)
            }
            return grid
        }
        let content = Rect(x: 0, y: 1, width: width, height: height - 2)
        TabBar.render(state, into: &grid)
        if state.open == nil {
            PickerFeature.render(state, into: &grid, area: content)
        } else {
            let area = Rect(x: content.x + 1, y: content.y, width: content.width - 2, height: content.height)
            ScreenRegistry.feature(state.screen).render(state, into: &grid, area: area)
        }
        StatusBar.render(state, into: &grid)
        if state.helpVisible { HelpOverlay.render(state, into: &grid) }
        if let dialog = state.dialog { DialogHost.render(state, dialog, into: &grid) }
        return grid
    }

}

extension Style {
    /// This style's attributes over `base`'s colours (where this style has none).
    func merging(_ base: Style) -> Style {
        var s = self
        s.foreground = foreground ?? base.foreground
        s.background = background ?? base.background
        s.reverse = reverse || base.reverse
        s.dim = dim || base.dim
        s.bold = bold || base.bold
        s.underline = underline || base.underline
        return s
    }
}
