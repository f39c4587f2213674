import Foundation

/// GEXF for Gephi: version 1.3 by default, or 1.2draft for readers that know only that one (NetworkX).
/// Positions and colours go into the viz namespace, so Gephi opens the picture as the section saw it;
/// every attribute is declared with its type.
public enum GEXFExport {
    public enum Version: String, Sendable, CaseIterable {
        case v1_3 = "1.3"
        case v1_2 = "1.2"

        var namespace: String { self == .v1_3 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft" }
        var vizNamespace: String {
            self == .v1_3 ? "http://gexf.net/1.3/viz" : "http://www.gexf.net/1.2draft/viz"
        }
        var schema: String {
            self == .v1_3 ? "http://gexf.net/1.3/gexf.xsd" : "http://www.gexf.net/1.2draft/gexf.xsd"
        }
    }

    /// `scale` turns layout units into Gephi's coordinates (Gephi's y axis points up, the screen's down).
    public static func render(
        _ doc: NetworkDocument, version: Version = .v1_3, modified: String, scale: Double = 100
    )
        -> String
    {
        let x = FormatEscaping.xml
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="\(version.namespace)" xmlns:viz="\(version.vizNamespace)" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="\(version.namespace) \(version.schema)" version="\(version.rawValue)">
              <meta lastmodifieddate="\(x(modified))">
                <creator>knooppunt</creator>
                <description>\(x(doc.title + " · " + doc.subtitle))</description>
              </meta>
              <graph defaultedgetype="directed" mode="static">

            """
        out += attributes("node", doc.nodeKeys)
        out += attributes("edge", doc.tieKeys)
        out += "    <nodes>\n"
        for node in doc.nodes {
            out += "      <node id=\"\(x(node.id))\" label=\"\(x(node.label))\">\n"
            out += values(node.values, kind: "node", indent: "        ")
            out +=
                "        <viz:color r=\"\(node.colour.red)\" g=\"\(node.colour.green)\" b=\"\(node.colour.blue)\"/>\n"
            out +=
                "        <viz:position x=\"\(number(node.x * scale))\" y=\"\(number(-node.y * scale))\" z=\"0.0\"/>\n"
            out += "        <viz:size value=\"\(number(node.size * 10))\"/>\n"
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, tie) in doc.ties.enumerated() {
            let type = tie.mutual ? " type=\"mutual\"" : ""
            let label = tie.letters.isEmpty ? "" : " label=\"\(x(tie.letters))\""
            out +=
                "      <edge id=\"e\(i)\" source=\"\(x(tie.from))\" target=\"\(x(tie.to))\"\(type) weight=\"\(number(tie.weight))\"\(label)>\n"
            out += values(tie.values, kind: "edge", indent: "        ")
            out +=
                "        <viz:color r=\"\(tie.colour.red)\" g=\"\(tie.colour.green)\" b=\"\(tie.colour.blue)\"/>\n"
            if tie.weak { out += "        <viz:shape value=\"dotted\"/>\n" }
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    static func type(_ t: NetworkDocument.ValueType) -> String {
        switch t {
        case .text: return "string"
        case .integer: return "integer"
        case .number: return "double"
        case .flag: return "boolean"
        }
    }

    static func attributes(_ kind: String, _ keys: [NetworkDocument.Key]) -> String {
        guard !keys.isEmpty else { return "" }
        var out = "    <attributes class=\"\(kind)\" mode=\"static\">\n"
        for (i, key) in keys.enumerated() {
            out +=
                "      <attribute id=\"\(kind.prefix(1))\(i)\" title=\"\(FormatEscaping.xml(key.name))\" type=\"\(type(key.type))\"/>\n"
        }
        return out + "    </attributes>\n"
    }

    /// `kind` is "node" or "edge": attribute ids are "n0", "n1", … and "e0", "e1", … as declared.
    static func values(_ values: [NetworkDocument.Value], kind: String, indent: String) -> String {
        guard !values.isEmpty else { return "" }
        var out = indent + "<attvalues>\n"
        for (i, value) in values.enumerated() {
            out +=
                indent
                + "  <attvalue for=\"\(kind.prefix(1))\(i)\" value=\"\(FormatEscaping.xml(value.written))\"/>\n"
        }
        return out + indent + "</attvalues>\n"
    }

    static func number(_ d: Double) -> String {
        // Rounded first, so that a tiny negative never prints as "-0.000".
        let rounded = (d * 1000).rounded() / 1000
        return rounded.isFinite && rounded != 0 ? String(format: "%.3f", rounded) : "0.000"
    }
}
