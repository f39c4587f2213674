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
        switch kind {
        case .ecogram:
            keys += [
                KeyBinding("t", c.text("lijn", "tie")), KeyBinding("x", c.text("weg", "remove")),
                KeyBinding("K G E R", c.text("relatie", "relation")),
                KeyBinding(":", c.text("eigen letter", "own letter")),
                KeyBinding("f", c.text("filter", "filter")),
                KeyBinding("r", c.text("ring", "ring")), KeyBinding("e", c.text("gebied", "area")),
                KeyBinding("w", c.text("sterk/zwak", "strong/weak")),
                KeyBinding("d", c.text("richting", "direction")),
                KeyBinding("g", c.text("groslijst van het midden", "long list of the centre")),
            ]
        case .analysis:
            keys += [
                KeyBinding("i", c.text("ingrediënt", "ingredient")),
                KeyBinding("t", c.text("verbind", "connect")),
                KeyBinding("x", c.text("weg", "remove")), KeyBinding("p", c.text("positie", "position")),
                KeyBinding("s", c.text("verhaal schrijven", "write story")),
                KeyBinding("e", c.text("soort", "kind")),
                KeyBinding("b", c.text("betrokkenen invullen", "fill involved")),
                KeyBinding("K", c.text("initiatief koppelen", "link initiative")),
            ]
        }
        keys += [
            KeyBinding("n", c.text("nieuw", "new")),
            KeyBinding("H V", c.text("naam, weg (hele netwerk)", "rename, remove (whole network)")),
            KeyBinding("+ -", "zoom"),
            KeyBinding("h j k l", c.text("schuiven", "pan")),
            KeyBinding("v", c.text("verplaatsen", "move")),
            KeyBinding("L", c.text("nieuwe indeling", "new layout")),
            KeyBinding("!", c.text("gevoelig tonen", "show sensitive")),
            KeyBinding("Esc", c.text("terug", "back")),
        ]
        return keys
    }
}
