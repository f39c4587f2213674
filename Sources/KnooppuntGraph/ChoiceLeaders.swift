/// Who is asked most and who asks most in one network (one sociogram topic): the method's first
/// questions of a picture ("bij wie komen de pijlen samen, wie vraagt iedereen?"). Ties share the
/// first place; nobody when nobody was chosen (or chose).
public struct ChoiceLeaders: Hashable, Sendable {
    /// People with the most choices received, ascending, and that number.
    public var askedMost: [Int]
    public var askedCount: Int
    /// People with the most choices made, ascending, and that number.
    public var asksMost: [Int]
    public var asksCount: Int

    public init(_ graph: Digraph) {
        self.init(received: graph.predecessors.map(\.count), made: graph.successors.map(\.count))
    }

    /// From the choices each person received and made (a `NetworkMetrics`'s in- and out-degree).
    public init(received: [Int], made: [Int]) {
        (askedMost, askedCount) = Self.leaders(received)
        (asksMost, asksCount) = Self.leaders(made)
    }

    static func leaders(_ counts: [Int]) -> ([Int], Int) {
        let top = counts.max() ?? 0
        guard top > 0 else { return ([], 0) }
        return (counts.indices.filter { counts[$0] == top }, top)
    }
}
