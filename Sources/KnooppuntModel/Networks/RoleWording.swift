import KnooppuntWords

/// The words for a person's position in a sociogram. KnooppuntGraph decides the position (`ActorRole`)
/// and holds no wording, and the model does not import the graph module, so a role finds its words here
/// by its raw value: `RoleWording(role: role.rawValue)`. The cases and raw values are `ActorRole`'s; a
/// test where both modules meet (`GraphWordingTests` in KnooppuntExchangeTests) keeps them together.
public enum RoleWording: String, CaseIterable, Hashable, Sendable {
    case central, broker, member, peripheral, isolated

    /// The wording of the role with this raw value. A raw value without wording would be a role added to
    /// the graph module and not named here, which that test reports; the program itself never stops over
    /// it and calls such a person a member, the role that claims nothing.
    public init(role rawValue: String) {
        self = RoleWording(rawValue: rawValue) ?? .member
    }

    /// The figure that explains the role; a member, who does not stand out, has none.
    public var explanation: MetricExplanation? {
        switch self {
        case .central: .central
        case .broker: .broker
        case .peripheral: .peripheral
        case .isolated: .isolated
        case .member: nil
        }
    }

    /// The label of the role.
    public var dutchTerm: String { term(.dutch) }
    public var englishTerm: String { term(.english) }

    public func term(_ words: Words) -> String { explanation?.term(words) ?? words.roleMember }
}
