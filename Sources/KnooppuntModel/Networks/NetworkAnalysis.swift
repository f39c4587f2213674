import Foundation

/// What kind of thing an ingredient is (network analysis step 2, docs/METHOD.md).
public enum IngredientKind: String, Hashable, Sendable, Codable, CaseIterable {
    case idea = "idee"
    case resource = "middel"
    case person = "persoon"
    case building = "gebouw"
    case software = "software"
    case organisation = "organisatie"
    case image = "beeld"
    case other = "overig"

    public func label(english: Bool) -> String {
        switch self {
        case .idea: return english ? "idea" : "idee"
        case .resource: return english ? "resource" : "middel"
        case .person: return english ? "person" : "persoon"
        case .building: return english ? "building" : "gebouw"
        case .software: return english ? "software" : "software"
        case .organisation: return english ? "organisation" : "organisatie"
        case .image: return english ? "image" : "beeld"
        case .other: return english ? "other" : "overig"
        }
    }
}

/// Something involved in the initiative, written around the edge of the tablecloth.
public struct Ingredient: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var name: String
    public var kind: IngredientKind

    public init(id: UUID = UUID(), name: String, kind: IngredientKind = .idea) {
        self.id = id
        self.name = name
        self.kind = kind
    }
}

/// A concrete person who connects ingredients to the initiative (step 3), with the story prepared for
/// them (step 4) and their positions of involvement (step 5). A new schakel has no position yet: step 5
/// comes after the story, and a position filled in by default would read as a decision nobody made.
public struct Schakel: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    /// A person of the section, or nil for someone outside it (then `name` says who).
    public var personID: UUID?
    public var name: String
    // Besides the id and the name, every field may be missing and reads as empty.
    @Defaulted public var area: Area
    /// The ingredients this person connects to the initiative.
    @Defaulted public var ingredientIDs: [UUID]
    /// "Voorbereiden contacten": how to approach them, the initiative translated for this person.
    @Defaulted public var story: String
    /// Written sorted (i p s l g, `Set.fileForm`): a Set would come out in a different order on every
    /// run and make the section file churn in git.
    @Defaulted public var positions: Set<InvolvementPosition>

    public init(
        id: UUID = UUID(), personID: UUID? = nil, name: String, area: Area = .ownSection,
        ingredientIDs: [UUID] = [], story: String = "", positions: Set<InvolvementPosition> = []
    ) {
        self.id = id
        self.personID = personID
        self.name = name
        self.area = area
        self.ingredientIDs = ingredientIDs
        self.story = story
        self.positions = positions
    }

    /// "ip" for an initiator who is also a partner, in the order i p s l g.
    public var positionLetters: String { positions.sorted().map(\.letter).joined() }
}

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
