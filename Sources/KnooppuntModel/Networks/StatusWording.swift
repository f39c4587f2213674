/// The words for a sociometric status. KnooppuntGraph classifies (`SociometricStatus`) and holds no
/// wording; as with `RoleWording`, a status finds its words here by its raw value,
/// `StatusWording(rawValue: status.rawValue)`. The Dutch terms are those of docs/METHOD.md.
public enum StatusWording: String, CaseIterable, Hashable, Sendable {
    case popular, rejected, neglected, controversial, average

    /// Dutch label, as school sociogram tools name the positions.
    public var dutchTerm: String {
        switch self {
        case .popular: "populair"
        case .rejected: "afgewezen"
        case .neglected: "genegeerd"
        case .controversial: "controversieel"
        case .average: "gemiddeld"
        }
    }

    /// One line in Dutch on what the position means.
    public var dutch: String {
        switch self {
        case .popular: "Vaak gekozen en zelden afgewezen."
        case .rejected: "Vaak afgewezen en zelden gekozen."
        case .neglected: "Zelden gekozen en zelden afgewezen: valt weinig op."
        case .controversial: "Vaak gekozen én vaak afgewezen."
        case .average: "Niet opvallend vaak gekozen of afgewezen."
        }
    }

    /// One line in English.
    public var english: String {
        switch self {
        case .popular: "Often chosen and rarely rejected."
        case .rejected: "Often rejected and rarely chosen."
        case .neglected: "Rarely chosen and rarely rejected: hardly noticed."
        case .controversial: "Often chosen and often rejected."
        case .average: "Not chosen or rejected notably often."
        }
    }
}
