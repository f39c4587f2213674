import KnooppuntWords

/// What each figure means for the section, in one line, for the interface and `knooppunt analyse`.
/// Dutch first (the users are Dutch teachers), English as the second language. The wording follows
/// the method's reading of a sociogram (docs/METHOD.md). KnooppuntGraph computes the figures and holds
/// no wording; a role's explanation is found through `RoleWording`.
public enum MetricExplanation: String, CaseIterable, Hashable, Sendable {
    case density, reciprocity, subgroups, central, peripheral, isolated, broker
    case components, betweenness, constraint, modularity, eiIndex
    case askedMost, asksMost

    /// The term, as a label.
    public var dutchTerm: String { term(.dutch) }
    public var englishTerm: String { term(.english) }

    public func term(_ words: Words) -> String {
        switch self {
        case .density: words.metricTermDensity
        case .reciprocity: words.metricTermReciprocity
        case .subgroups: words.metricTermSubgroups
        case .central: words.metricTermCentral
        case .peripheral: words.metricTermPeripheral
        case .isolated: words.metricTermIsolated
        case .broker: words.metricTermBroker
        case .components: words.metricTermComponents
        case .betweenness: words.metricTermBetweenness
        case .constraint: words.metricTermConstraint
        case .modularity: words.metricTermModularity
        case .eiIndex: words.metricTermEiIndex
        case .askedMost: words.metricTermAskedMost
        case .asksMost: words.metricTermAsksMost
        }
    }

    /// One line: what the figure says about the section.
    public var dutch: String { line(.dutch) }
    public var english: String { line(.english) }

    public func line(_ words: Words) -> String {
        switch self {
        case .density: words.metricDensity
        case .reciprocity: words.metricReciprocity
        case .subgroups: words.metricSubgroups
        case .central: words.metricCentral
        case .peripheral: words.metricPeripheral
        case .isolated: words.metricIsolated
        case .broker: words.metricBroker
        case .components: words.metricComponents
        case .betweenness: words.metricBetweenness
        case .constraint: words.metricConstraint
        case .modularity: words.metricModularity
        case .eiIndex: words.metricEiIndex
        case .askedMost: words.metricAskedMost
        case .asksMost: words.metricAsksMost
        }
    }
}
