import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The numbers of one sociogram measurement, per topic or all topics together: the graph handed to
/// `NetworkMetrics` (node i = `memberIDs[i]`) and what the metrics say. Negative choices never enter
/// the positive network; they feed the sociometric status only.
public struct SociogramFigures: Hashable, Sendable {
    public var memberIDs: [UUID]
    public var names: [String]
    public var graph: Digraph
    public var negative: Digraph
    public var metrics: NetworkMetrics
    /// Only when the measurement has negative choices (otherwise everyone would be "neglected").
    public var status: [SociometricStatus.Score]?

    /// Each member's node number.
    private var rows: [UUID: Int]

    public init(_ sociogram: Sociogram, section: Section, measurement: Int, topic: UUID?) {
        self.init(
            sociogram, roster: SociogramRoster(sociogram, people: section.people), people: section.people,
            measurement: measurement, topic: topic)
    }

    init(_ sociogram: Sociogram, roster: SociogramRoster, people: [Person], measurement: Int, topic: UUID?) {
        memberIDs = roster.ids
        names = roster.names
        rows = roster.row
        (graph, negative) = Self.graphs(
            sociogram, measurement: measurement, topic: topic, index: roster.row, count: roster.ids.count)
        let negativeEdges = negative.edges
        // Attributes become groups for the E-I index: each distinct value a number.
        var groups: [String: [Int?]] = [:]
        var byID: [UUID: Person] = [:]
        for p in people where byID[p.id] == nil { byID[p.id] = p }
        var outsiders: [UUID: SociogramOutsider] = [:]
        for o in sociogram.outsiders where outsiders[o.id] == nil { outsiders[o.id] = o }
        let attributes = memberIDs.map { byID[$0]?.attributes ?? outsiders[$0]?.attributes ?? [:] }
        for key in Set(attributes.flatMap(\.keys)).sorted() {
            let values = Array(Set(attributes.compactMap { $0[key] })).sorted()
            groups[key] = attributes.map { a in a[key].flatMap { values.firstIndex(of: $0) } }
        }
        metrics = NetworkMetrics.compute(graph, names: names, directed: true, groups: groups, seed: 42)
        status = negativeEdges.isEmpty ? nil : SociometricStatus.classify(positive: graph, negative: negative)
    }

    public func index(of id: UUID) -> Int? { rows[id] }

    /// The positive and the negative choices of one measurement and topic (nil: all topics) as graphs
    /// on the members (node i = `memberIDs[i]`).
    static func graphs(_ sociogram: Sociogram, measurement: Int, topic: UUID?) -> (Digraph, Digraph) {
        var index: [UUID: Int] = [:]
        for (i, id) in sociogram.memberIDs.enumerated() where index[id] == nil { index[id] = i }
        return graphs(
            sociogram, measurement: measurement, topic: topic, index: index, count: sociogram.memberIDs.count)
    }

    static func graphs(
        _ sociogram: Sociogram, measurement: Int, topic: UUID?, index: [UUID: Int], count: Int
    ) -> (Digraph, Digraph) {
        let choices =
            sociogram.measurements.indices.contains(measurement)
            ? sociogram.measurements[measurement].choices(topic: topic) : []
        let negativeTopics = Set(sociogram.topics.filter(\.isNegative).map(\.id))
        var positive: [(Int, Int)] = []
        var negativeEdges: [(Int, Int)] = []
        for c in choices {
            guard let a = index[c.from], let b = index[c.to] else { continue }
            if c.negative || negativeTopics.contains(c.topicID) {
                negativeEdges.append((a, b))
            } else {
                positive.append((a, b))
            }
        }
        return (Digraph(nodeCount: count, edges: positive), Digraph(nodeCount: count, edges: negativeEdges))
    }
}
