import Foundation
import KnooppuntModel

/// The top row: a tab per screen of the registry (in its order) and the section's name on the right.
enum TabBar {
    /// One drawn tab: its screen, its text and where it stands.
    struct Placed {
        var kind: ScreenKind
        var text: String
        var x: Int
        var width: Int
    }

    /// Where each tab stands on a row of `width` cells: the one placement that drawing and clicks share.
    /// When every label fits, every tab has its label. Otherwise every tab keeps at least its key, so
    /// each screen can still be seen and clicked, and labels are given back while they fit: the lit
    /// tab's first, then the others in order.
    static func placement(_ state: AppState, width: Int) -> [Placed] {
        guard let open = state.open else { return [] }
        let right = width - min(DisplayWidth.of(nameText(state, open)), width / 3)
        let wide = state.width >= 120
        let tabs = ScreenRegistry.tabbed.compactMap { feature in feature.tab.map { (feature.kind, $0) } }
        let labelled = tabs.map { " " + $0.1.label(state.options.language, wide: wide) + " " }
        let bare = tabs.map { " \($0.1.key) " }
        var texts = labelled
        if labelled.map(DisplayWidth.of).reduce(0, +) > right {
            texts = bare
            var used = bare.map(DisplayWidth.of).reduce(0, +)
            let lit = ScreenRegistry.feature(state.screen).litTab(state)
            let order = tabs.indices.sorted {
                (tabs[$0].0 == lit ? 0 : 1, $0) < (tabs[$1].0 == lit ? 0 : 1, $1)
            }
            for i in order {
                let extra = DisplayWidth.of(labelled[i]) - DisplayWidth.of(bare[i])
                // Stop at the first that does not fit: labels are given back as one run, not scattered.
                guard used + extra <= right else { break }
                texts[i] = labelled[i]
                used += extra
            }
        }
        var x = 0
        var placed: [Placed] = []
        for (i, tab) in tabs.enumerated() {
            let w = DisplayWidth.of(texts[i])
            if x + w > right { break }
            placed.append(Placed(kind: tab.0, text: texts[i], x: x, width: w))
            x += w
        }
        return placed
    }

    static func render(_ state: AppState, into grid: inout Grid) {
        let theme = state.theme
        grid.put(String(repeating: " ", count: grid.width), x: 0, y: 0, style: theme.statusBar)
        guard let open = state.open else {
            grid.put(
                " knooppunt · " + state.words.chooseASection, x: 0, y: 0,
                style: theme.statusBar)
            return
        }
        let name = nameText(state, open)
        let right = grid.width - min(DisplayWidth.of(name), grid.width / 3)
        let lit = ScreenRegistry.feature(state.screen).litTab(state)
        for tab in placement(state, width: grid.width) {
            var style = theme.statusBar
            if tab.kind == lit {
                style = Style(bold: true, underline: true, reverse: false)
                if state.options.color { style.foreground = .yellow }
            }
            grid.put(tab.text, x: tab.x, y: 0, style: style)
        }
        grid.put(
            TextLayout.truncate(name, width: grid.width - right), x: right, y: 0,
            style: Style(bold: true, reverse: !state.options.color).merging(theme.statusBar))
    }

    /// The section's name, with the naming mode when names are not shown in full, so a projected screen
    /// always says which mode it is in.
    static func nameText(_ state: AppState, _ open: OpenSection) -> String {
        var text = " " + open.section.name
        if state.readOnly { text += state.words.readOnly }
        if state.shared { text += " ⇅" }
        if !open.section.conflicts.isEmpty {
            text += " · ⚠ \(open.section.conflicts.count) conflict (C)"
        }
        switch state.naming {
        case .fullNames: break
        case .initials: text += state.words.initials
        case .pseudonyms: text += state.words.pseudonyms
        }
        return text + " "
    }

    /// The screen whose tab is at column x, if any.
    static func tab(at x: Int, _ state: AppState, width: Int) -> ScreenKind? {
        placement(state, width: width).first { x >= $0.x && x < $0.x + $0.width }?.kind
    }
}
