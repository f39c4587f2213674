import KnooppuntWords

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

    public func label(english: Bool) -> String { label(Words(isEnglish: english)) }

    public func label(_ words: Words) -> String {
        switch self {
        case .idea: words.ingredientIdea
        case .resource: words.ingredientResource
        case .person: words.ingredientPerson
        case .building: words.ingredientBuilding
        case .software: words.ingredientSoftware
        case .organisation: words.ingredientOrganisation
        case .image: words.ingredientImage
        case .other: words.ingredientOther
        }
    }
}
