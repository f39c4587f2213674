import Foundation
import KnooppuntGraph
import KnooppuntModel

/// How the sociogram colours its people.
public enum SociogramColoring: String, Hashable, Sendable, CaseIterable {
    case community, role
}

/// Builds the drawing of a sociogram: people placed by stress layout (saved positions kept, new people
/// near their neighbours), one line per pair, arrows for who chose whom (mutual: both ends, solid; one
/// way: dotted, the weak tie of the method), topic letters on the lines when all topics are shown.
enum SociogramPicture {
    static let seed: UInt64 = 2026

    /// Positions in layout space for every member: saved ones kept, missing ones placed by `extend`.
    static func positions(_ s: Sociogram, graph: Digraph) -> [UUID: PlanePoint] {
        let ids = s.memberIDs
        var saved: [Int: PlanePoint] = [:]
        for (i, id) in ids.enumerated() {
            if let p = s.layout[id] { saved[i] = PlanePoint(x: p.x, y: p.y) }
        }
        let points =
            saved.count == ids.count
            ? ids.indices.map { saved[$0]! }
            : StressLayout.extend(graph, saved: saved, seed: seed)
        var result: [UUID: PlanePoint] = [:]
        for (i, id) in ids.enumerated() { result[id] = points[i] }
        return result
    }

    /// The union of all topics' ties of all measurements: the layout shows the whole team over time, so
    /// switching topics or measurements does not move anybody, and a repeat a year later is compared
    /// with the first on the same picture (a new, still empty measurement would otherwise lay everyone
    /// out in a row).
    static func layoutGraph(_ s: Sociogram) -> Digraph {
        let index = Dictionary(s.memberIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<[Int]>()
        var edges: [(Int, Int)] = []
        for c in s.measurements.flatMap(\.choices) where !c.negative {
            guard let a = index[c.from], let b = index[c.to], seen.insert([a, b]).inserted else { continue }
            edges.append((a, b))
        }
        return Digraph(nodeCount: index.count, edges: edges)
    }

    /// A fresh layout (the `L` key) as saved positions.
    static func freshLayout(_ s: Sociogram) -> SavedLayout {
        let points = StressLayout.layout(layoutGraph(s), seed: seed)
        var layout = SavedLayout()
        for (i, id) in s.memberIDs.enumerated() { layout[id] = LayoutPoint(x: points[i].x, y: points[i].y) }
        return layout
    }

    static func topicLetter(_ t: SociogramTopic) -> String { String(t.name.prefix(1)).uppercased() }

    /// The picture with the positions and roster worked out here (tests, `knooppunt show`).
    static func picture(
        _ s: Sociogram, section: Section, figures f: SociogramFigures, measurement: Int, topic: UUID?,
        coloring: SociogramColoring, context: ScreenContext
    ) -> NetworkPicture {
        picture(
            s, roster: SociogramMemo.roster(s, people: section.people), figures: f,
            points: SociogramMemo.positions(s), measurement: measurement, topic: topic, coloring: coloring,
            context: context)
    }

    static func picture(
        _ s: Sociogram, roster: SociogramRoster, figures f: SociogramFigures, points: [UUID: PlanePoint],
        measurement: Int, topic: UUID?, coloring: SociogramColoring, context: ScreenContext
    ) -> NetworkPicture {
        let m = f.metrics
        // Colours and numbers only for the subgroups the figures name (a clear split, see Subgroups).
        var subgroup = [Int?](repeating: nil, count: m.nodes)
        for (g, members) in m.subgroups.enumerated() {
            for v in members { subgroup[v] = g }
        }
        var nodes: [NetworkPicture.Node] = []
        nodes.reserveCapacity(f.memberIDs.count)
        for (i, id) in f.memberIDs.enumerated() {
            let full = f.names[i]
            let row = roster.row[id]
            let initials = row.map { roster.initials[$0] } ?? Person.defaultInitials(for: full)
            let label = row.map { roster.labels[$0] } ?? PersonLabel.short(full, among: f.names)
            let role = m.roles[i]
            let style: Style
            let marker: String
            switch coloring {
            case .community:
                style = Style(
                    foreground: subgroup[i].map { NetworkPalette.color(community: $0) },
                    bold: role == .central || role == .broker)
                marker = subgroup[i].map { "\($0 + 1)" } ?? ""
            case .role:
                style = Style(
                    foreground: NetworkPalette.color(role), bold: role == .central || role == .broker)
                marker = role == .isolated ? "" : NetworkPalette.marker(role)
            }
            // The × the legend promises stands before an isolated person's name in colour too: red
            // alone is lost on a projector, and in the subgroup colours isolation has no colour at all.
            nodes.append(
                .init(
                    id: id, name: full, label: label, initials: initials,
                    marker: marker.isEmpty ? "" : marker + " ", badge: role == .isolated ? "× " : "",
                    style: style, point: points[id] ?? .zero,
                    priority: m.inDegree[i] + m.outDegree[i]))
        }
        // One line per pair and kind (positive / negative).
        struct Pair: Hashable { var a: UUID; var b: UUID; var negative: Bool }
        var directions: [Pair: (ab: Bool, ba: Bool, letters: Set<String>)] = [:]
        var order: [Pair] = []
        let choices =
            s.measurements.indices.contains(measurement)
            ? s.measurements[measurement].choices(topic: topic) : []
        let negativeTopics = Set(s.topics.filter(\.isNegative).map(\.id))
        let hide = EcogramPicture.hidesSensitive(context)
        let letters = Dictionary(s.topics.map { ($0.id, topicLetter($0)) }, uniquingKeysWith: { a, _ in a })
        for c in choices {
            let negative = c.negative || negativeTopics.contains(c.topicID)
            if negative && hide { continue }
            guard f.index(of: c.from) != nil, f.index(of: c.to) != nil else { continue }
            let forward = c.from.uuidString < c.to.uuidString
            let key = Pair(a: forward ? c.from : c.to, b: forward ? c.to : c.from, negative: negative)
            if directions[key] == nil {
                order.append(key)
                directions[key] = (false, false, [])
            }
            if forward { directions[key]!.ab = true } else { directions[key]!.ba = true }
            if topic == nil, let l = letters[c.topicID] { directions[key]!.letters.insert(l) }
        }
        let edges = order.map { key -> NetworkPicture.Edge in
            let d = directions[key]!
            let mutual = d.ab && d.ba
            let topicLetters = s.topics.compactMap { letters[$0.id] }.filter { d.letters.contains($0) }
            var text = topicLetters.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                .joined()
            if key.negative { text = "−" + text }
            return NetworkPicture.Edge(
                from: key.a, to: key.b, arrowAtTo: d.ab, arrowAtFrom: d.ba, letters: text,
                pattern: key.negative ? .dashed : (mutual ? .solid : .dotted),
                style: key.negative
                    ? Style(foreground: .red) : Style(foreground: mutual ? .white : nil, dim: !mutual))
        }
        return NetworkPicture(nodes: nodes, edges: edges)
    }

    static func legend(_ s: Sociogram, coloring: SociogramColoring, topic: UUID?, context c: ScreenContext)
        -> [String]
    {
        let lines = c.words.mutualOneWayABA
        var first = lines
        if topic == nil {
            first += "  " + s.topics.map { "\(topicLetter($0)) \($0.name)" }.joined(separator: " ")
        }
        if !EcogramPicture.hidesSensitive(c) { first += c.words.negative }
        let second: String
        switch coloring {
        case .community:
            second = c.words.colourNumberSubgroupOnlyWhenThe
        case .role:
            second = ActorRole.allCases.filter { $0 != .member }.map {
                (c.color && $0 != .isolated ? "" : NetworkPalette.marker($0) + " ")
                    + NetworkPalette.roleName($0, c)
                    + (c.color ? " (\(EcogramPicture.colorName(NetworkPalette.color($0) ?? .white, c)))" : "")
            }.joined(separator: "  ")
        }
        return [first, second]
    }
}
