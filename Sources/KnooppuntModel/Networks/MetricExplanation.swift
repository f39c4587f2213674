import KnooppuntWords

/// What each figure means for the section, in one line, for the interface and `knooppunt analyse`.
/// Dutch first (the users are Dutch teachers), English as the second language. The wording follows
/// the method's reading of a sociogram (docs/METHOD.md). KnooppuntGraph computes the figures and holds
/// no wording; a role's explanation is found through `RoleWording`.
public enum MetricExplanation: String, CaseIterable, Hashable, Sendable, TextInBothLanguages {
    case density, reciprocity, subgroups, central, peripheral, isolated, broker
    case components, betweenness, constraint, modularity, eiIndex
    case askedMost, asksMost

    /// The term, as a label.
    public var dutchTerm: String { term(.dutch) }
    public var englishTerm: String { term(.english) }

    public func term(_ words: Words) -> String { wording(words).term }

    /// One line: what the figure says about the section (also `dutch` and `english`).
    public func text(_ words: Words) -> String { wording(words).line }

    /// The term and its line, side by side so that each figure is named once.
    private func wording(_ words: Words) -> (term: String, line: String) {
        switch self {
        case .density: (words.metricTermDensity, words.metricDensity)
        case .reciprocity: (words.metricTermReciprocity, words.metricReciprocity)
        case .subgroups: (words.metricTermSubgroups, words.metricSubgroups)
        case .central: (words.metricTermCentral, words.metricCentral)
        case .peripheral: (words.metricTermPeripheral, words.metricPeripheral)
        case .isolated: (words.metricTermIsolated, words.metricIsolated)
        case .broker: (words.metricTermBroker, words.metricBroker)
        case .components: (words.metricTermComponents, words.metricComponents)
        case .betweenness: (words.metricTermBetweenness, words.metricBetweenness)
        case .constraint: (words.metricTermConstraint, words.metricConstraint)
        case .modularity: (words.metricTermModularity, words.metricModularity)
        case .eiIndex: (words.metricTermEiIndex, words.metricEiIndex)
        case .askedMost: (words.metricTermAskedMost, words.metricAskedMost)
        case .asksMost: (words.metricTermAsksMost, words.metricAsksMost)
        }
    }
}
