import Foundation

/// Graphviz DOT with the picture's positions (`pos` in points, pinned with `!`), so `neato -n` draws
/// the section's own layout and `dot` or `neato` can lay it out afresh. Every text is a quoted,
/// escaped DOT string.
public enum DOTExport {
    /// Points per layout unit: one inch, which keeps labels of neighbouring people apart.
    public static let scale = 72.0

    public static func render(_ doc: NetworkDocument) -> String {
        let q: (String) -> String = { "\"" + FormatEscaping.dot($0) + "\"" }
        var out = "digraph \(q(doc.title)) {\n"
        out +=
            "  graph [label=\"\(FormatEscaping.dot(doc.title))\\n\(FormatEscaping.dot(doc.subtitle))\", labelloc=t, fontname=\"Helvetica\", outputorder=edgesfirst];\n"
        out +=
            "  node [shape=ellipse, style=filled, fontname=\"Helvetica\", fontsize=11, fontcolor=\"white\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];\n"
        for node in doc.nodes {
            let pos = GEXFExport.number(node.x * scale) + "," + GEXFExport.number(-node.y * scale) + "!"
            out +=
                "  \(q(node.id)) [label=\(q(node.label)), pos=\(q(pos)), fillcolor=\(q(node.colour.hex))];\n"
        }
        for tie in doc.ties {
            var attributes = ["color=\(q(tie.colour.hex))"]
            if !tie.letters.isEmpty { attributes.append("label=\(q(tie.letters))") }
            if tie.mutual { attributes.append("dir=both") }
            if tie.negative {
                attributes.append("style=dashed")
            } else if tie.weak {
                attributes.append("style=dotted")
            }
            attributes.append("penwidth=\(tie.weak ? "1" : "2")")
            out += "  \(q(tie.from)) -> \(q(tie.to)) [\(attributes.joined(separator: ", "))];\n"
        }
        return out + "}\n"
    }
}
