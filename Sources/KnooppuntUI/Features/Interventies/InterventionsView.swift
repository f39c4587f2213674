import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The interventions agreed on one sociogram measurement, and what changed by the next measurement
/// beside them: the loop of the method (measure, talk, agree, measure again). Used by the Interventies
/// screen, the sociogram's figures panel and `knooppunt show interventies`.
public struct InterventionsView {
    public var section: Section
    public var sociogram: Sociogram
    /// Index of the measurement in `sociogram.measurements`.
    public var measurement: Int
    public var context: ScreenContext
    /// The highlighted intervention on the screen; nil when printed.
    public var selected: Int?

    public init(
        section: Section, sociogram: Sociogram, measurement: Int, context: ScreenContext, selected: Int? = nil
    ) {
        self.section = section
        self.sociogram = sociogram
        self.measurement = measurement
        self.context = context
        self.selected = selected
    }

    var theme: Theme { Theme(color: context.color) }

    var current: SociogramMeasurement? {
        sociogram.measurements.indices.contains(measurement) ? sociogram.measurements[measurement] : nil
    }

    /// The interventions of the measurement, in the order they were agreed.
    public var interventions: [SociogramIntervention] {
        guard let current else { return [] }
        return section.instruments.interventions(sociogram: sociogram.id, measurement: current.id)
    }

    /// "[x] wat — wie — voor 15-1-2027", with a mark when the date passed and it is not done.
    static func line(_ i: SociogramIntervention, section: Section, context c: ScreenContext) -> String {
        var parts = [(i.done ? "[x] " : "[ ] ") + i.what]
        if let who = i.whoName(in: section) { parts.append(who) }
        if let day = i.byWhen { parts.append(c.text("voor ", "by ") + day.description) }
        var text = parts.joined(separator: " — ")
        if i.isOverdue(today: c.today) { text += c.text("  (datum verstreken)", "  (date passed)") }
        return text
    }

    static func label(_ m: SociogramMeasurement) -> String {
        m.date.description + (m.label.isEmpty ? "" : " (\(m.label))")
    }

    public func heading() -> [(String, Style)] {
        var title = context.text("Interventies · ", "Interventions · ") + sociogram.name
        if let current {
            title +=
                context.text(" · meting ", " · measurement ") + "\(measurement + 1)/"
                + "\(sociogram.measurements.count): " + Self.label(current)
        }
        return [
            (title, theme.title),
            (
                context.text(
                    "Wat de sectie afsprak naar aanleiding van deze meting: wat, wie en wanneer.",
                    "What the section agreed after this measurement: what, who and by when."), theme.muted
            ),
        ]
    }

    /// The list, one line per intervention (the selected one highlighted).
    public func listLines() -> [(String, Style)] {
        guard current != nil else {
            return [
                (
                    context.text(
                        "Dit sociogram heeft nog geen meting.", "This sociogram has no measurement yet."),
                    theme.muted
                )
            ]
        }
        let list = interventions
        if list.isEmpty {
            return [
                (
                    context.text(
                        "Nog geen interventies bij deze meting.", "No interventions on this measurement yet."),
                    theme.muted
                )
            ]
        }
        return list.enumerated().map { n, i in
            let text = "\(n + 1). " + Self.line(i, section: section, context: context)
            let style: Style =
                n == selected ? theme.selection : (i.isOverdue(today: context.today) ? theme.warning : .plain)
            return ((n == selected ? "▸ " : "  ") + text, style)
        }
    }

    /// What changed from this measurement to the next one (all topics together), beside the list.
    public func comparisonLines() -> [(String, Style)] {
        let next = measurement + 1
        guard current != nil, sociogram.measurements.indices.contains(next) else {
            return [
                (
                    context.text(
                        "Nog geen volgende meting: na de volgende meting staat hier wat er veranderde.",
                        "No next measurement yet: after it, what changed is shown here."), theme.muted
                )
            ]
        }
        let before = SociogramMemo.figures(sociogram, section: section, measurement: measurement, topic: nil)
        let after = SociogramMemo.figures(sociogram, section: section, measurement: next, topic: nil)
        let cmp = MetricsComparison(before: before.metrics, after: after.metrics)
        var lines: [(String, Style)] = [
            (
                context.text("Wat veranderde tot de meting van ", "What changed by the measurement of ")
                    + Self.label(sociogram.measurements[next]) + ":", theme.header
            ),
            (
                "  " + context.text("hechtheid ", "density ") + MetricsReport.signedPercent(cmp.densityChange)
                    + ", " + context.text("wederkerigheid ", "reciprocity ")
                    + MetricsReport.signedPercent(cmp.reciprocityChange) + ", "
                    + context.text("keuzes", "choices") + String(format: " %+d", cmp.tieChange), .plain
            ),
        ]
        // Who is (no longer) isolated is a sensitive position: a shared screen gives the number only.
        let hide = EcogramPicture.hidesSensitive(context)
        func people(_ names: [String]) -> String {
            hide ? "\(names.count)" : names.joined(separator: ", ")
        }
        if !cmp.noLongerIsolated.isEmpty {
            lines.append(
                (
                    "  " + context.text("niet meer geïsoleerd: ", "no longer isolated: ")
                        + people(cmp.noLongerIsolated), .plain
                ))
        }
        if !cmp.newIsolates.isEmpty {
            lines.append(
                (
                    "  " + context.text("nieuw geïsoleerd: ", "newly isolated: ") + people(cmp.newIsolates),
                    .plain
                ))
        }
        let done = interventions.filter(\.done).count
        lines.append(
            (
                "  "
                    + context.text(
                        "\(done) van \(interventions.count) interventies afgerond.",
                        "\(done) of \(interventions.count) interventions done."), theme.muted
            ))
        return lines
    }

    /// The lines the figures panel adds under its comparison: what was agreed on the previous
    /// measurement (what the change may owe to) and on this one. Empty when nothing was agreed.
    public static func besideComparison(
        _ s: Sociogram, measurement m: Int, section: Section, context c: ScreenContext
    ) -> [(text: String, style: Style)] {
        var out: [(text: String, style: Style)] = []
        func add(_ index: Int, _ title: String) {
            guard s.measurements.indices.contains(index) else { return }
            let list = section.instruments.interventions(
                sociogram: s.id, measurement: s.measurements[index].id)
            guard !list.isEmpty else { return }
            out.append(("", .plain))
            out.append((title + label(s.measurements[index]) + ":", .underline))
            for i in list { out.append(("  " + line(i, section: section, context: c), .plain)) }
        }
        add(m - 1, c.text("Afgesproken na de meting van ", "Agreed after the measurement of "))
        add(m, c.text("Afgesproken bij deze meting van ", "Agreed on this measurement of "))
        return out
    }

    public func lines() -> [(String, Style)] {
        heading() + [("", .plain)] + listLines() + [("", .plain)] + comparisonLines()
    }

    public func printed(width: Int) -> Grid { PrintedText.grid(lines(), width: width) }
}
