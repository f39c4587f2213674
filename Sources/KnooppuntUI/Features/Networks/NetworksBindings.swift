import Foundation
import KnooppuntGraph
import KnooppuntModel

/// Screen 3's keys: the shared ones, then the ecogram's or the analysis's.
extension NetworksScreen {
    public func keyHelp(_ c: ScreenContext) -> [KeyBinding] {
        var keys = [
            KeyBinding("←↑↓→", c.text("kiezen", "select")),
            KeyBinding("Tab", c.text("ecogram/analyse", "ecogram/analysis")),
            KeyBinding("[ ]", c.text("vorige/volgende", "previous/next")),
            KeyBinding(
                "a",
                kind == .ecogram
                    ? c.text("contact erbij", "add contact") : c.text("schakel erbij", "add link")),
        ]
        // Each kind's own keys, as (key, Dutch, English).
        let own: [(String, String, String)]
        switch kind {
        case .ecogram:
            own = [
                ("t", "lijn", "tie"), ("x", "weg", "remove"), ("K G E R", "relatie", "relation"),
                (":", "eigen letter", "own letter"), ("f", "filter", "filter"), ("r", "ring", "ring"),
                ("e", "gebied", "area"), ("w", "sterk/zwak", "strong/weak"), ("d", "richting", "direction"),
                ("g", "groslijst van het midden", "long list of the centre"),
            ]
        case .analysis:
            own = [
                ("i", "ingrediënt", "ingredient"), ("t", "verbind", "connect"), ("x", "weg", "remove"),
                ("p", "positie", "position"), ("s", "verhaal schrijven", "write story"),
                ("e", "soort", "kind"),
                ("b", "betrokkenen invullen", "fill involved"),
                ("K", "initiatief koppelen", "link initiative"),
            ]
        }
        keys += own.map { KeyBinding($0.0, c.text($0.1, $0.2)) }
        keys += [
            KeyBinding("n", c.text("nieuw", "new")),
            KeyBinding("H V", c.text("naam, weg (hele netwerk)", "rename, remove (whole network)")),
        ]
        return keys
            + Self.viewKeys(
                c,
                moves: [
                    KeyBinding("v", c.text("verplaatsen", "move")),
                    KeyBinding("L", c.text("nieuwe indeling", "new layout")),
                ])
    }
}
