import Foundation

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
