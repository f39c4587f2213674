/// How an initiative began (step 0, "Het begin").
public enum Origin: String, Hashable, Sendable, Codable, CaseIterable {
    /// Someone's own idea.
    case ownIdea = "eigen-idee"
    /// An item on the jaaragenda that someone wants to pick up.
    case jaaragenda = "jaaragenda"
    /// A request from school leadership or another section.
    case request = "verzoek"
}
