import KnooppuntGraph
import KnooppuntModel
import KnooppuntWords

/// The output of `knooppunt analyse`: the metrics of one network as JSON (machine-readable, for checks
/// and scripts) or as text with Dutch labels and explanations (for people).
public enum AnalyseReport {
    /// Exactly the agreed shape, keys in this order, numbers at full precision (shortest text that
    /// reads back as the same Double), names as JSON strings:
    /// `{"nodes":N,"ties":M,"density":x,"reciprocity":x,"components":k,"isolates":[..],"modularity":q,
    ///   "communities":[[..],..],"actors":[{"id":"..","inDegree":i,"outDegree":o,"betweenness":b,"role":".."}]}`
    /// Written by hand instead of with JSONEncoder, whose key order and number format are not ours to fix.
    public static func json(_ metrics: NetworkMetrics) -> String {
        let names = metrics.names
        var out = "{"
        out += "\"nodes\":\(metrics.nodes)"
        out += ",\"ties\":\(metrics.ties)"
        out += ",\"density\":\(number(metrics.density))"
        out += ",\"reciprocity\":\(number(metrics.reciprocity))"
        out += ",\"components\":\(metrics.componentCount)"
        out += ",\"isolates\":[" + metrics.isolates.map { string(names[$0]) }.joined(separator: ",") + "]"
        out += ",\"modularity\":\(number(metrics.modularity))"
        out += ",\"communities\":["
        out += metrics.communities.map { "[" + $0.map { string(names[$0]) }.joined(separator: ",") + "]" }
            .joined(separator: ",")
        out += "]"
        out += ",\"actors\":["
        out += (0..<metrics.nodes).map { v in
            "{\"id\":\(string(names[v])),\"inDegree\":\(metrics.inDegree[v]),\"outDegree\":\(metrics.outDegree[v])"
                + ",\"betweenness\":\(number(metrics.betweenness[v])),\"role\":\(string(metrics.roles[v].rawValue))}"
        }.joined(separator: ",")
        out += "]}"
        return out
    }

    /// A JSON number; Swift's description is the shortest round-tripping form ("0.1", "1e-05").
    /// Non-finite values cannot occur in the metrics; they would become null rather than invalid JSON.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
        return x.description
    }

    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A readable report: each figure with its Dutch label and one-line explanation (English with
    /// `english: true`), then one line per person.
    public static func text(_ metrics: NetworkMetrics, english: Bool = false, topic: String? = nil) -> String
    {
        let names = metrics.names.map(printable)
        let words = Words(isEnglish: english)
        func term(_ m: MetricExplanation) -> String { m.term(words) }
        func explain(_ m: MetricExplanation) -> String { m.text(words) }
        func decimal(_ x: Double) -> String { fixed(x, digits: 3, comma: !english) }
        func line(_ label: String, _ value: String, _ m: MetricExplanation) -> String {
            pad(label, 16) + pad(value, 10) + explain(m)
        }
        var lines: [String] = []
        let kind =
            metrics.directed ? words.directed : words.undirected
        let about =
            topic.map { words.onTopic(topic: printable($0)) } ?? ""
        lines.append(
            words.networkSummary(
                about: about,
                people: metrics.nodes == 1 ? words.onePerson : words.personCount(count: metrics.nodes),
                ties: metrics.ties == 1 ? words.oneTie : words.tieCount(count: metrics.ties), kind: kind))
        lines.append("")
        lines.append(line(term(.density), decimal(metrics.density), .density))
        lines.append(line(term(.reciprocity), decimal(metrics.reciprocity), .reciprocity))
        lines.append(line(term(.components), "\(metrics.componentCount)", .components))
        lines.append(
            line(term(.subgroups), "\(metrics.subgroups.count)", .subgroups))
        lines.append(line(term(.modularity), decimal(metrics.modularity), .modularity))
        for (attribute, index) in metrics.eiIndex.sorted(by: { $0.key < $1.key }) {
            let value = index.value.map(decimal) ?? "-"
            lines.append(line("\(term(.eiIndex)) \(printable(attribute))", value, .eiIndex))
        }
        lines.append("")
        lines.append(words.subgroupsAnalyse)
        if metrics.subgroups.isEmpty {
            lines.append(words.noClearSubgroupsAnalyse)
        }
        for (i, members) in metrics.subgroups.enumerated() {
            lines.append("  \(i + 1). " + members.map { names[$0] }.joined(separator: ", "))
        }
        for role in [ActorRole.central, .broker, .peripheral, .isolated] {
            let people = (0..<metrics.nodes).filter { metrics.roles[$0] == role }.map { names[$0] }
            guard let m = RoleWording(role: role.rawValue).explanation else { continue }
            lines.append("")
            lines.append(
                "\(term(m)): "
                    + (people.isEmpty ? (words.nobody) : people.joined(separator: ", ")))
            lines.append("  " + explain(m))
        }
        // Who is asked most and who asks most: only for choices, where in and out differ.
        if metrics.directed {
            let l = ChoiceLeaders(received: metrics.inDegree, made: metrics.outDegree)
            for (m, people, count) in [
                (MetricExplanation.askedMost, l.askedMost, l.askedCount),
                (.asksMost, l.asksMost, l.asksCount),
            ] {
                lines.append("")
                lines.append(
                    "\(term(m)): "
                        + (people.isEmpty
                            ? (words.nobody)
                            : people.map { names[$0] }.joined(separator: ", ") + " (\(count))"))
                lines.append("  " + explain(m))
            }
        }
        lines.append("")
        let width = min(30, max(8, names.map(\.count).max() ?? 0) + 2)
        lines.append(
            pad(words.person, width) + pad(words.inAnalyse, 5)
                + pad(words.out, 5)
                + pad(term(.betweenness), 15) + (words.roleAnalyse))
        for v in 0..<metrics.nodes {
            let role = RoleWording(role: metrics.roles[v].rawValue).term(words)
            lines.append(
                pad(names[v], width) + pad("\(metrics.inDegree[v])", 5) + pad("\(metrics.outDegree[v])", 5)
                    + pad(decimal(metrics.betweenness[v]), 15) + role)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }

    /// Fixed decimals without Foundation: rounds half away from zero.
    static func fixed(_ x: Double, digits: Int, comma: Bool) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        let whole = Int64(scaled / scale)
        let fraction = Int64(scaled) - whole * Int64(scale)
        var fractionText = String(fraction)
        fractionText = String(repeating: "0", count: max(0, digits - fractionText.count)) + fractionText
        let sign = x < 0 && scaled > 0 ? "-" : ""
        return sign + String(whole) + (comma ? "," : ".") + fractionText
    }

    /// Names come from files: control characters must not reach the terminal.
    static func printable(_ s: String) -> String {
        String(
            String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
    }
}
