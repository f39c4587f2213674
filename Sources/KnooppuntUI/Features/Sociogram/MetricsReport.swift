import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The metrics panel as lines of text: each figure with its one-line explanation (Dutch by default),
/// and the comparison with an earlier measurement. Shared by the sociogram screen and
/// `knooppunt show metrics`.
public enum MetricsReport {
    /// `topics`: with all topics together, each topic's own graph (same people) by name, for who is asked most and
    /// who asks most per question (all topics together mix advice with, say, company).
    public static func lines(
        _ f: SociogramFigures, previous: SociogramFigures? = nil,
        topics: [(name: String, graph: Digraph)] = [], context c: ScreenContext
    ) -> [(text: String, style: Style)] {
        let m = f.metrics
        var out: [(String, Style)] = []
        func term(_ e: MetricExplanation) -> String { e.term(c.words) }
        func explain(_ e: MetricExplanation) -> String { e.text(c.words) }
        func figure(_ e: MetricExplanation, _ value: String) {
            out.append(("\(term(e).capitalizedFirst): \(value)", .bold))
            out.append(("  " + explain(e), .plain))
        }
        func list(_ people: [Int]) -> String {
            people.isEmpty ? c.words.nobody : people.map { f.names[$0] }.joined(separator: ", ")
        }
        // On a shared screen a sensitive position is a number until `!` reveals who holds it.
        let hidden = EcogramPicture.hidesSensitive(c)
        func sensitiveList(_ people: [Int]) -> String {
            guard hidden, !people.isEmpty else { return list(people) }
            return c.words.showsWho(
                count: people.count, noun: people.count == 1 ? c.words.nounPerson : c.words.nounPeople)
        }
        out.append(
            (
                c.words.mutual(
                    nodes: m.nodes, personNoun: m.nodes == 1 ? c.words.nounPerson : c.words.nounPeople,
                    ties: m.ties, choiceNoun: m.ties == 1 ? c.words.nounChoice : c.words.nounChoices,
                    mutualTies: m.mutualTies),
                .bold
            ))
        figure(.density, percent(m.density))
        figure(.reciprocity, percent(m.reciprocity))
        let groups = m.subgroups.map { "{" + $0.map { f.names[$0] }.joined(separator: ", ") + "}" }
        figure(
            .subgroups,
            groups.isEmpty
                ? c.words.noClearSubgroups : groups.joined(separator: " "))
        figure(.modularity, decimal(m.modularity, c))
        let roleOf = { (r: ActorRole) in (0..<m.nodes).filter { m.roles[$0] == r } }
        figure(.central, list(roleOf(.central)))
        func leaders(_ people: [Int], _ count: Int) -> String {
            people.isEmpty ? c.words.nobody : list(people) + " (\(count))"
        }
        if topics.isEmpty {
            let l = ChoiceLeaders(f.graph)
            figure(.askedMost, leaders(l.askedMost, l.askedCount))
            figure(.asksMost, leaders(l.asksMost, l.asksCount))
        } else {
            for (name, graph) in topics {
                let l = ChoiceLeaders(graph)
                out.append(
                    (
                        "\(name): " + term(.askedMost) + " " + leaders(l.askedMost, l.askedCount) + "; "
                            + term(.asksMost) + " " + leaders(l.asksMost, l.asksCount), .bold
                    ))
            }
            out.append(("  " + explain(.askedMost) + " " + explain(.asksMost), .plain))
        }
        figure(.broker, list(roleOf(.broker)))
        figure(.peripheral, sensitiveList(roleOf(.peripheral)))
        figure(.isolated, sensitiveList(roleOf(.isolated)))
        figure(.components, "\(m.componentCount)")
        for (key, ei) in m.eiIndex.sorted(by: { $0.key < $1.key }) {
            let value = ei.value.map { decimal($0, c, signed: true) } ?? "–"
            out.append(("\(term(.eiIndex)) \(key): \(value) (E \(ei.external), I \(ei.internal))", .bold))
        }
        if !m.eiIndex.isEmpty { out.append(("  " + explain(.eiIndex), .plain)) }
        if let status = f.status {
            let unusual = status.indices.filter { status[$0].status != .average }
            let named =
                hidden
                ? SociometricStatus.allCases.filter { $0 != .average }.compactMap { kind -> String? in
                    let n = unusual.filter { status[$0].status == kind }.count
                    return n == 0 ? nil : "\(statusName(kind, c)) \(n)"
                }
                : unusual.map { "\(f.names[$0]) \(statusName(status[$0].status, c))" }
            out.append(
                (
                    c.words.sociometricStatus
                        + (named.isEmpty
                            ? c.words.everyoneAverage
                            : named.joined(separator: ", ")),
                    .bold
                ))
        }
        if let p = previous {
            let cmp = MetricsComparison(before: p.metrics, after: m)
            out.append(("", .plain))
            out.append(
                (
                    c.words.comparedWithThePreviousMeasurement,
                    .underline
                ))
            out.append(
                (
                    "  " + c.words.density + " " + signedPercent(cmp.densityChange) + ", "
                        + c.words.reciprocity + " " + signedPercent(cmp.reciprocityChange)
                        + ", "
                        + c.words.choices + String(format: " %+d", cmp.tieChange), .plain
                ))
            if !cmp.noLongerIsolated.isEmpty {
                out.append(
                    (
                        "  " + c.words.noLongerIsolated
                            + cmp.noLongerIsolated.joined(separator: ", "), .plain
                    ))
            }
            if !cmp.newIsolates.isEmpty {
                out.append(
                    (
                        "  " + c.words.newlyIsolated
                            + cmp.newIsolates.joined(separator: ", "), .plain
                    ))
            }
            for r in cmp.roleChanges {
                out.append(
                    (
                        "  \(r.name): \(NetworkPalette.roleName(r.before, c)) → \(NetworkPalette.roleName(r.after, c))",
                        .plain
                    ))
            }
            if !cmp.joined.isEmpty {
                out.append(
                    ("  " + c.words.joined + cmp.joined.joined(separator: ", "), .plain))
            }
            if !cmp.left.isEmpty {
                out.append(
                    ("  " + c.words.left + cmp.left.joined(separator: ", "), .plain))
            }
        }
        return out
    }

    static func statusName(_ s: SociometricStatus, _ c: ScreenContext) -> String {
        switch s {
        case .popular: return c.words.popular
        case .rejected: return c.words.rejected
        case .neglected: return c.words.neglected
        case .controversial: return c.words.controversial
        case .average: return c.words.average
        }
    }

    /// Two decimals with the decimal sign of the language: 0,07 in Dutch, as the explanations write
    /// "boven 0,3"; a mix of 0.07 and 0,3 on one screen reads as two kinds of number.
    static func decimal(_ x: Double, _ c: ScreenContext, signed: Bool = false) -> String {
        let text = String(format: signed ? "%+.2f" : "%.2f", x)
        return c.language == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func percent(_ x: Double) -> String { String(format: "%.0f%%", x * 100) }
    static func signedPercent(_ x: Double) -> String {
        String(format: "%+.0f pp", x * 100)
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
