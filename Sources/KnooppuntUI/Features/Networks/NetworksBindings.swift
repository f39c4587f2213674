import Foundation
import KnooppuntGraph
import KnooppuntModel

/// Screen 3's keys: the shared ones, then the ecogram's or the analysis's.
extension NetworksScreen {
    public func keyHelp(_ c: ScreenContext) -> [KeyBinding] {
        var keys = [
            KeyBinding("←↑↓→", c.words.select),
            KeyBinding("Tab", c.words.ecogramAnalysis),
            KeyBinding("[ ]", c.words.previousNext),
            KeyBinding(
                "a",
                kind == .ecogram
                    ? c.words.addContact : c.words.addLink),
        ]
        // Each kind's own keys, as (key, help).
        let own: [(String, String)]
        switch kind {
        case .ecogram:
            own = [
                ("t", c.words.bindingTie), ("x", c.words.remove), ("K G E R", c.words.bindingRelation),
                (":", c.words.bindingOwnLetter), ("f", c.words.filter), ("r", c.words.bindingRing),
                ("e", c.words.bindingArea), ("w", c.words.bindingStrongWeak), ("d", c.words.bindingDirection),
                ("g", c.words.bindingLongListOfTheCentre),
            ]
        case .analysis:
            own = [
                ("i", c.words.bindingIngredient), ("t", c.words.bindingConnect), ("x", c.words.remove),
                ("p", c.words.bindingPosition), ("s", c.words.bindingWriteStory),
                ("e", c.words.bindingKind),
                ("b", c.words.bindingFillInvolved),
                ("K", c.words.bindingLinkInitiative),
            ]
        }
        keys += own.map { KeyBinding($0.0, $0.1) }
        keys += [
            KeyBinding("n", c.words.new),
            KeyBinding("H V", c.words.renameRemoveWholeNetwork),
        ]
        return keys
            + Self.viewKeys(
                c,
                moves: [
                    KeyBinding("v", c.words.move),
                    KeyBinding("L", c.words.newLayout),
                ])
    }
}
