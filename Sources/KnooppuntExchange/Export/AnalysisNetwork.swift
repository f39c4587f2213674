import Foundation
import KnooppuntGraph
import KnooppuntModel

/// A network analysis as a network document, laid out as its tablecloth: the initiative in the middle,
/// the schakels (with their positions i p s l g on the tie from the centre) and the ingredients they
/// bring in.
public enum AnalysisNetwork {
    public static func document(
        _ section: Section, analysis a: NetworkAnalysis, positions: [UUID: PlanePoint],
        options: NetworkExportOptions
    ) -> NetworkDocument {
        let w = ReportWording(language: options.language)
        let names = options.names
        let centreID = a.initiativeID ?? a.id
        let centreTitle = a.initiativeID.flatMap { section.initiative($0)?.title } ?? a.name
        let nodeKeys: [NetworkDocument.Key] = [
            .text("kind"), .text("area"), .text("positions"),
            .text("story"),
        ]
        func node(
            _ id: UUID, _ label: String, _ colour: NetworkDocument.Colour, _ size: Double,
            _ values: [NetworkDocument.Value]
        )
            -> NetworkDocument.Node
        {
            let p = positions[id] ?? .zero
            return NetworkDocument.Node(
                id: id.uuidString.lowercased(), label: label, x: p.x, y: p.y, colour: colour, size: size,
                values: values)
        }
        var nodes = [
            node(
                centreID, centreTitle, NetworkColours.centre, 1.6,
                [.text("initiative"), .text(""), .text(""), .text("")])
        ]
        for s in a.schakels {
            nodes.append(
                node(
                    s.id, names.node(id: s.id, personID: s.personID, name: s.name),
                    NetworkColours.area(s.area), 1.0,
                    [.text("schakel"), .text(s.area.rawValue), .text(s.positionLetters), .text(s.story)]))
        }
        for i in a.ingredients {
            nodes.append(
                node(
                    // An ingredient of kind "person" is somebody's name, so pseudonyms cover it too.
                    i.id,
                    i.kind == .person && names.pseudonyms
                        ? names.node(id: i.id, personID: nil, name: i.name) : i.name,
                    NetworkColours.ingredient(i.kind), 0.8,
                    [.text("ingredient"), .text(i.kind.rawValue), .text(""), .text("")]))
        }
        let tieKeys: [NetworkDocument.Key] = [.text("kind"), .text("positions")]
        var ties: [NetworkDocument.Tie] = []
        for s in a.schakels {
            ties.append(
                .init(
                    from: centreID.uuidString.lowercased(), to: s.id.uuidString.lowercased(), mutual: false,
                    letters: s.positionLetters, weak: false, negative: false, weight: 1,
                    colour: NetworkColours.tie,
                    values: [.text("involvement"), .text(s.positionLetters)]))
            for iid in s.ingredientIDs where a.ingredient(iid) != nil {
                ties.append(
                    .init(
                        from: s.id.uuidString.lowercased(), to: iid.uuidString.lowercased(), mutual: false,
                        letters: "",
                        weak: true, negative: false, weight: 1, colour: NetworkColours.tie,
                        values: [.text("ingredient"), .text("")]))
            }
        }
        var legend = Area.allCases.map {
            NetworkDocument.LegendEntry(
                colour: NetworkColours.area($0), text: "schakel: " + $0.name(w.words))
        }
        let kinds = IngredientKind.allCases.filter { k in a.ingredients.contains { $0.kind == k } }
        legend += kinds.map {
            .init(
                colour: NetworkColours.ingredient($0),
                text: w.words.ingredientExport + $0.label(w.words))
        }
        return NetworkDocument(
            title: a.name + " – " + section.name, subtitle: w.words.networkAnalysisNetworks,
            language: options.language, nodeKeys: nodeKeys, tieKeys: tieKeys, nodes: nodes, ties: ties,
            legend: legend,
            tieLegend: [
                w.words.lettersPositionsIInitiatorPPartner
            ],
            note: options.privateNotes ? a.privateNote : "")
    }
}
