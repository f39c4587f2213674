import Foundation
import KnooppuntModel

extension App {
    /// Changes one item of one of the section's lists, found by id: the most common edit of a dialog's
    /// answer. Only that item is compared before and after, so nothing happens (no undo entry, no save,
    /// no message) when the item is gone or `edit` left it as it was.
    static func edit<Item: Identifiable & Equatable>(
        _ state: inout AppState, _ list: WritableKeyPath<Section, [Item]>, _ id: Item.ID,
        message: String? = nil, recordUndo: Bool = true, _ edit: (inout Item) -> Void
    ) -> [Effect] {
        change(&state, message: message, recordUndo: recordUndo) { section in
            guard let i = section[keyPath: list].firstIndex(where: { $0.id == id }) else { return false }
            let before = section[keyPath: list][i]
            edit(&section[keyPath: list][i])
            return section[keyPath: list][i] != before
        }
    }
}
