import Foundation

/// Something involved in the initiative, written around the edge of the tablecloth.
public struct Ingredient: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var name: String
    public var kind: IngredientKind

    public init(id: UUID = UUID(), name: String, kind: IngredientKind = .idea) {
        (self.id, self.name, self.kind) = (id, name, kind)
    }
}
