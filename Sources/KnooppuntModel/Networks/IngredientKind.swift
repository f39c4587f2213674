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
