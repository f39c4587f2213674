import Foundation
import KnooppuntGraph
import KnooppuntModel

/// An ecogram as a network document: the centre and its contacts (area, ring, groups), the ties with
/// their relation letters, direction and strength. Negative letters (R) leave a tie, and a tie with
/// only negative letters leaves the file, unless sensitive data is asked for, as on a shared screen.
public enum EcogramNetwork {
    public static func document(
        _ section: Section, ecogram e: Ecogram, positions: [UUID: PlanePoint], options: NetworkExportOptions
    ) -> NetworkDocument {
        let w = ReportWording(language: options.language)
        let names = options.names
        var nodeKeys: [NetworkDocument.Key] = [
            .text("kind"), .text("area"), .integer("ring"),
            .text("groups"),
            .number("betweenness"),
        ]
        if options.privateNotes { nodeKeys.append(.text("privateNote")) }

        var ties: [EcogramTie] = []
        for tie in e.ties {
            var t = tie
            if !options.sensitive {
                if e.isNegative(tie) { continue }
                t.relations = tie.relations.filter { !(e.relation($0)?.isNegative ?? false) }
            }
            ties.append(t)
        }

        let ids = [e.centre.id] + e.contacts.map(\.id)
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var edges: [(Int, Int)] = []
        for t in ties {
            guard let a = index[t.from], let b = index[t.to] else { continue }
            edges.append((a, b))
            if t.direction == .mutual { edges.append((b, a)) }
        }
        let betweenness = Betweenness.compute(Digraph(nodeCount: ids.count, edges: edges), directed: false)

        let centrePoint = positions[e.centre.id] ?? .zero
        var centreValues: [NetworkDocument.Value] = [
            .text("centre"), .text(e.centre.personID.flatMap { section.person($0)?.area.rawValue } ?? ""),
            .integer(0), .text(""),
            .number(betweenness.first ?? 0),
        ]
        if options.privateNotes {
            centreValues.append(.text(e.centre.personID.flatMap { section.person($0)?.privateNote } ?? ""))
        }
        var nodes = [
            NetworkDocument.Node(
                id: e.centre.id.uuidString.lowercased(),
                label: names.node(id: e.centre.id, personID: e.centre.personID, name: e.centre.name),
                x: centrePoint.x, y: centrePoint.y, colour: NetworkColours.centre, size: 1.6,
                values: centreValues)
        ]
        for (k, contact) in e.contacts.enumerated() {
            let point = positions[contact.id] ?? .zero
            var values: [NetworkDocument.Value] = [
                .text("contact"), .text(contact.area.rawValue), .integer(contact.ring.number),
                .text(contact.groups.joined(separator: "; ")), .number(betweenness[k + 1]),
            ]
            if options.privateNotes { values.append(.text(contact.privateNote)) }
            nodes.append(
                NetworkDocument.Node(
                    id: contact.id.uuidString.lowercased(),
                    label: names.node(id: contact.id, personID: contact.personID, name: contact.name),
                    x: point.x, y: point.y, colour: NetworkColours.area(contact.area), size: 1.0,
                    values: values))
        }

        let tieKeys: [NetworkDocument.Key] = [
            .text("relations"), .text("direction"), .text("strength"),
            .flag("negative"),
        ]
        let documentTies = ties.filter { index[$0.from] != nil && index[$0.to] != nil }.map {
            t -> NetworkDocument.Tie in
            let negative = t.relations.contains { e.relation($0)?.isNegative ?? false }
            let letters = t.relations.joined()
            return NetworkDocument.Tie(
                from: t.from.uuidString.lowercased(), to: t.to.uuidString.lowercased(),
                mutual: t.direction == .mutual,
                letters: letters, weak: t.strength == .weak, negative: negative,
                weight: t.strength == .strong ? 2 : 1,
                colour: t.relations.count == 1
                    ? NetworkColours.relation(letters)
                    : (negative ? NetworkColours.negative : NetworkColours.tie),
                values: [
                    .text(letters), .text(t.direction.rawValue), .text(t.strength.rawValue), .flag(negative),
                ])
        }

        let legend = Area.allCases.map {
            NetworkDocument.LegendEntry(colour: NetworkColours.area($0), text: $0.name(w.words))
        }
        let letters = e.relationLetters.filter { options.sensitive || !$0.isNegative }
            .map { $0.letter + " " + (options.language == .nl ? $0.meaningNL : $0.meaningEN) }.joined(
                separator: ", ")
        let tieLegend = [
            letters,
            w.words.thickStrongDottedWeakAB,
        ]
        return NetworkDocument(
            title: e.name + " – " + section.name, subtitle: w.words.ecogramNetworks,
            language: options.language,
            nodeKeys: nodeKeys, tieKeys: tieKeys, nodes: nodes, ties: documentTies, legend: legend,
            tieLegend: tieLegend,
            note: options.privateNotes ? e.privateNote : "")
    }

}
