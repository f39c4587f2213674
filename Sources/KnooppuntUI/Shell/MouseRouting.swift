import Foundation
import KnooppuntModel

/// Mouse clicks select what is under them: the tab bar by its placement, a dialog by its own layout,
/// the content area by the current screen's `click`, which uses the placement its drawing uses.
extension App {
    static func click(_ state: inout AppState, _ mouse: MouseEvent) -> [Effect] {
        if mouse.action == .scrollDown { return press(&state, .down) }
        if mouse.action == .scrollUp { return press(&state, .up) }
        let width = state.width, height = state.height
        guard width >= minimumWidth, height >= minimumHeight else { return [] }
        if mouse.y == 0, state.open != nil {
            guard let kind = TabBar.tab(at: mouse.x, state, width: width) else { return [] }
            var effects: [Effect] = []
            guard ScreenRegistry.feature(state.screen).leave(&state, effects: &effects) else {
                return effects
            }
            return effects + ScreenRegistry.feature(kind).enter(&state)
        }
        let content = Rect(x: 0, y: 1, width: width, height: height - 2)
        guard state.open != nil else {
            guard content.contains(x: mouse.x, y: mouse.y) else { return [] }
            return PickerFeature.click(&state, x: mouse.x, y: mouse.y, area: content)
        }
        let area = Rect(x: 1, y: 1, width: width - 2, height: height - 2)
        guard area.contains(x: mouse.x, y: mouse.y) else { return [] }
        return ScreenRegistry.feature(state.screen).click(&state, x: mouse.x, y: mouse.y, area: area)
    }
}
