import Foundation

/// The network of involvement around one initiative (docs/METHOD.md, network analysis in five steps).
/// Lists and the saved layout may be missing and read as empty, as in `Section`.
public struct NetworkAnalysis: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    /// The strong name in the centre (step 1).
    public var name: String
    /// The initiative this analysis is for, if it is one of the section's.
    public var initiativeID: UUID?
    @Defaulted public var ingredients: [Ingredient]
    @Defaulted public var schakels: [Schakel]
    @Defaulted public var layout: SavedLayout
    public var privateNote: String

    public init(
        id: UUID = UUID(), name: String, initiativeID: UUID? = nil, ingredients: [Ingredient] = [],
        schakels: [Schakel] = [], layout: SavedLayout = SavedLayout(), privateNote: String = ""
    ) {
        self.id = id
        self.name = name
        self.initiativeID = initiativeID
        self.ingredients = ingredients
        self.schakels = schakels
        self.layout = layout
        self.privateNote = privateNote
    }

    public func ingredient(_ id: UUID) -> Ingredient? { ingredients.first { $0.id == id } }
    public func schakel(_ id: UUID) -> Schakel? { schakels.first { $0.id == id } }

    /// Ingredients no schakel connects yet: the open ends of the tablecloth.
    public var unconnectedIngredients: [Ingredient] {
        let used = Set(schakels.flatMap(\.ingredientIDs))
        return ingredients.filter { !used.contains($0.id) }
    }

    /// The involvement this analysis records for section people (step 2 of the stappenplan asks who
    /// is involved and how). Schakels outside the section have no person id and are left out.
    public var involvement: [Involvement] {
        var order: [UUID] = []
        var positions: [UUID: Set<InvolvementPosition>] = [:]
        for s in schakels {
            guard let pid = s.personID else { continue }
            if positions[pid] == nil { order.append(pid) }
            positions[pid, default: []].formUnion(s.positions)
        }
        return order.map { Involvement(personID: $0, positions: positions[$0] ?? []) }
    }

    public mutating func removeIngredient(_ id: UUID) {
        ingredients.removeAll { $0.id == id }
        for i in schakels.indices { schakels[i].ingredientIDs.removeAll { $0 == id } }
        layout = layout.removing(id)
    }

    public mutating func removeSchakel(_ id: UUID) {
        schakels.removeAll { $0.id == id }
        layout = layout.removing(id)
    }
}

extension Initiative {
    /// The initiative with its `involved` list filled from a network analysis: positions found in the
    /// analysis are added to what was recorded; nobody already involved is dropped, since the analysis
    /// may be incomplete and step 2 notes made by hand must survive.
    public func fillingInvolved(from analysis: NetworkAnalysis) -> Initiative {
        var copy = self
        for found in analysis.involvement {
            if let i = copy.involved.firstIndex(where: { $0.personID == found.personID }) {
                copy.involved[i].positions.formUnion(found.positions)
            } else {
                copy.involved.append(found)
            }
        }
        return copy
    }
}

extension Section {
    /// Step 2 of the stappenplan from the network analysis: fills the involved people of the analysis's
    /// initiative. Returns false when the analysis has no initiative of this section.
    @discardableResult
    public mutating func applyInvolvement(from analysis: NetworkAnalysis) -> Bool {
        guard let iid = analysis.initiativeID, let index = initiatives.firstIndex(where: { $0.id == iid })
        else { return false }
        initiatives[index] = initiatives[index].fillingInvolved(from: analysis)
        return true
    }
}
