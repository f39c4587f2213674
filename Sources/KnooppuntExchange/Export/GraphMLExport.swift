import Foundation

/// GraphML with typed keys: every attribute declared once with `attr.type`, the label, the position
/// (x, y in layout units) and the colour as node keys, the letters and weight as edge keys, so that
/// NetworkX, igraph, yEd and Gephi read the same values the section has.
public enum GraphMLExport {
    public static func render(_ doc: NetworkDocument) -> String {
        let x = FormatEscaping.xml
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        out += key("g_title", "graph", "title", "string")
        out += key("g_subtitle", "graph", "subtitle", "string")
        out += key("n_label", "node", "label", "string")
        out += key("n_x", "node", "x", "double")
        out += key("n_y", "node", "y", "double")
        out += key("n_colour", "node", "colour", "string")
        for (i, k) in doc.nodeKeys.enumerated() { out += key("n\(i)", "node", k.name, type(k.type)) }
        out += key("e_letters", "edge", "letters", "string")
        out += key("e_weight", "edge", "weight", "double")
        out += key("e_two_way", "edge", "two_way", "boolean")
        for (i, k) in doc.tieKeys.enumerated() { out += key("e\(i)", "edge", k.name, type(k.type)) }
        out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        out += "    <data key=\"g_title\">\(x(doc.title))</data>\n"
        out += "    <data key=\"g_subtitle\">\(x(doc.subtitle))</data>\n"
        for node in doc.nodes {
            out += "    <node id=\"\(x(node.id))\">\n"
            out += "      <data key=\"n_label\">\(x(node.label))</data>\n"
            out += "      <data key=\"n_x\">\(GEXFExport.number(node.x))</data>\n"
            out += "      <data key=\"n_y\">\(GEXFExport.number(node.y))</data>\n"
            out += "      <data key=\"n_colour\">\(node.colour.hex)</data>\n"
            for (i, value) in node.values.enumerated() {
                out += "      <data key=\"n\(i)\">\(x(value.written))</data>\n"
            }
            out += "    </node>\n"
        }
        for (i, tie) in doc.ties.enumerated() {
            // A mutual line stays a directed edge with `two_way` set: a per-edge directed="false" in a
            // directed graph is refused by common readers (NetworkX among them).
            out += "    <edge id=\"t\(i)\" source=\"\(x(tie.from))\" target=\"\(x(tie.to))\">\n"
            out += "      <data key=\"e_two_way\">\(tie.mutual ? "true" : "false")</data>\n"
            out += "      <data key=\"e_letters\">\(x(tie.letters))</data>\n"
            out += "      <data key=\"e_weight\">\(GEXFExport.number(tie.weight))</data>\n"
            for (k, value) in tie.values.enumerated() {
                out += "      <data key=\"e\(k)\">\(x(value.written))</data>\n"
            }
            out += "    </edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    static func key(_ id: String, _ domain: String, _ name: String, _ type: String) -> String {
        "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(FormatEscaping.xml(name))\" attr.type=\"\(type)\"/>\n"
    }

    static func type(_ t: NetworkDocument.ValueType) -> String {
        switch t {
        case .text: return "string"
        case .integer: return "int"
        case .number: return "double"
        case .flag: return "boolean"
        }
    }
}
