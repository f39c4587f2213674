import Foundation
import KnooppuntGraph
import KnooppuntModel

/// A sociogram measurement as a network document: every member a node with their attributes (for
/// subgroup analysis), their figures (degrees, betweenness, subgroup, role) and their place on the
/// screen; one tie per ordered pair that chose, with the letters of the topics chosen on.
public enum SociogramNetwork {
    public static func document(
        _ section: Section, sociogram s: Sociogram, topic: SociogramTopic?, measurement index: Int,
        positions: [UUID: PlanePoint], options: NetworkExportOptions
    ) -> NetworkDocument {
        let w = ReportWording(language: options.language)
        let names = options.names
        let members = s.memberIDs
        let position = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
        let measurement = s.measurements.indices.contains(index) ? s.measurements[index] : nil
        let negativeTopics = Set(s.topics.filter(\.isNegative).map(\.id))
        let letters = Dictionary(
            uniqueKeysWithValues: s.topics.map { ($0.id, String($0.name.prefix(1)).uppercased()) })

        struct Pair: Hashable { var from: UUID, to: UUID, negative: Bool }
        var order: [Pair] = []
        var topicsOf: [Pair: [String]] = [:]
        for choice in measurement?.choices(topic: topic?.id) ?? [] {
            let negative = choice.negative || negativeTopics.contains(choice.topicID)
            if negative && !options.sensitive { continue }
            guard position[choice.from] != nil, position[choice.to] != nil, choice.from != choice.to else {
                continue
            }
            let pair = Pair(from: choice.from, to: choice.to, negative: negative)
            if topicsOf[pair] == nil { order.append(pair) }
            let letter = letters[choice.topicID] ?? "?"
            if !(topicsOf[pair] ?? []).contains(letter) { topicsOf[pair, default: []].append(letter) }
        }
        let positive = order.filter { !$0.negative }.compactMap { p in
            position[p.from].flatMap { a in position[p.to].map { (a, $0) } }
        }
        let graph = Digraph(nodeCount: members.count, edges: positive)
        let metrics = NetworkMetrics.compute(
            graph, names: members.map(\.uuidString), directed: true, groups: [:], seed: 42)

        let attributeNames = Set(members.flatMap { s.attributes(of: $0, in: section).keys }).sorted()
        var nodeKeys: [NetworkDocument.Key] = [
            .text("kind"), .text("initials"), .text("role"),
        ]
        nodeKeys += attributeNames.map(NetworkDocument.Key.text)
        nodeKeys += [
            .integer("indegree"), .integer("outdegree"), .number("betweenness"),
            .integer("subgroup"), .text("position"),
        ]
        if options.privateNotes { nodeKeys.append(.text("privateNote")) }

        var nodes: [NetworkDocument.Node] = []
        for (i, id) in members.enumerated() {
            let person = section.person(id)
            let outsider = s.outsiders.first { $0.id == id }
            let label = names.node(id: id, personID: person?.id, name: outsider?.name ?? "?")
            let attributes = s.attributes(of: id, in: section)
            var values: [NetworkDocument.Value] = [
                .text(person == nil ? "outsider" : "person"),
                .text(
                    person != nil
                        ? names.initials(id)
                        : (options.names.pseudonyms
                            ? String(label.suffix(4)) : Person.defaultInitials(for: label))),
                .text(person?.role ?? ""),
            ]
            values += attributeNames.map { .text(attributes[$0] ?? "") }
            let isolated = metrics.isolates.contains(i)
            // Coloured by the subgroups the figures name (a clear split only); the community column
            // keeps Louvain's raw partition for anyone who analyses the file further.
            let group = metrics.subgroups.firstIndex { $0.contains(i) }
            values += [
                .integer(metrics.inDegree[i]), .integer(metrics.outDegree[i]),
                .number(metrics.betweenness[i]),
                .integer(metrics.community[i] + 1), .text(metrics.roles[i].rawValue),
            ]
            if options.privateNotes { values.append(.text(person?.privateNote ?? "")) }
            let point = positions[id] ?? .zero
            nodes.append(
                NetworkDocument.Node(
                    id: id.uuidString.lowercased(), label: label, x: point.x, y: point.y,
                    colour: isolated
                        ? NetworkColours.isolated
                        : group.map(NetworkColours.group) ?? NetworkColours.ungrouped,
                    size: metrics.roles[i] == .central || metrics.roles[i] == .broker ? 1.4 : 1.0,
                    values: values))
        }

        let tieKeys: [NetworkDocument.Key] = [
            .text("topics"), .flag("mutual"), .flag("negative"),
        ]
        let ties = order.map { pair -> NetworkDocument.Tie in
            let mutual = topicsOf[Pair(from: pair.to, to: pair.from, negative: pair.negative)] != nil
            let topicLetters = (topicsOf[pair] ?? []).joined()
            return NetworkDocument.Tie(
                from: pair.from.uuidString.lowercased(), to: pair.to.uuidString.lowercased(), mutual: false,
                letters: topic == nil
                    ? (pair.negative ? "−" : "") + topicLetters : (pair.negative ? "−" : ""),
                weak: !mutual, negative: pair.negative, weight: Double(topicsOf[pair]?.count ?? 1),
                colour: pair.negative ? NetworkColours.negative : NetworkColours.tie,
                values: [.text(topicLetters), .flag(mutual), .flag(pair.negative)])
        }

        let groupCount = metrics.subgroups.count
        var legend = (0..<groupCount).map {
            NetworkDocument.LegendEntry(
                colour: NetworkColours.group($0), text: w.words.subgroup + String($0 + 1))
        }
        if !metrics.isolates.isEmpty {
            legend.append(.init(colour: NetworkColours.isolated, text: w.words.isolated))
        }
        var tieLegend = [
            w.words.solidMutualDottedOneWayA
        ]
        if topic == nil, !s.topics.isEmpty {
            tieLegend.append(
                s.topics.filter { options.sensitive || !$0.isNegative }.map {
                    (letters[$0.id] ?? "?") + " " + $0.name
                }.joined(separator: ", "))
        }
        if options.sensitive {
            tieLegend.append(w.words.redDashedNegative)
        }

        var subtitle = w.words.sociogram
        if let topic {
            subtitle += " · " + topic.name + (topic.question.isEmpty ? "" : ": " + topic.question)
        }
        if let measurement {
            subtitle +=
                " · " + w.words.measuredOn
                + ProseDate.short(measurement.date, options.language)
        }
        return NetworkDocument(
            title: s.name + " – " + section.name, subtitle: subtitle, language: options.language,
            nodeKeys: nodeKeys,
            tieKeys: tieKeys, nodes: nodes, ties: ties, legend: legend, tieLegend: tieLegend,
            note: options.privateNotes ? s.privateNote : "")
    }
}
