import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The interventions agreed on one sociogram measurement, and what changed by the next measurement
/// beside them: the loop of the method (measure, talk, agree, measure again). Used by the Interventies
/// screen, the sociogram's figures panel and `knooppunt show interventies`.
public struct InterventionsView: ContextView {
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
        if let day = i.byWhen { parts.append(c.words.by + day.description) }
        var text = parts.joined(separator: " — ")
        if i.isOverdue(today: c.today) { text += c.words.datePassed }
        return text
    }

    static func label(_ m: SociogramMeasurement) -> String {
        m.date.description + (m.label.isEmpty ? "" : " (\(m.label))")
    }

    public func heading() -> [(String, Style)] {
        var title = context.words.interventions + sociogram.name
        if let current {
            title +=
                context.words.measurementInterventies + "\(measurement + 1)/"
                + "\(sociogram.measurements.count): " + Self.label(current)
        }
        return [
            (title, theme.title),
            (
                context.words.whatTheSectionAgreedAfterThis, theme.muted
            ),
        ]
    }

    /// The list, one line per intervention (the selected one highlighted).
    public func listLines() -> [(String, Style)] {
        guard current != nil else {
            return [
                (
                    context.words.thisSociogramHasNoMeasurementYetInterventies,
                    theme.muted
                )
            ]
        }
        let list = interventions
        if list.isEmpty {
            return [
                (
                    context.words.noInterventionsOnThisMeasurementYet,
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
                    context.words.noNextMeasurementYetAfterIt, theme.muted
                )
            ]
        }
        let before = SociogramMemo.figures(sociogram, section: section, measurement: measurement, topic: nil)
        let after = SociogramMemo.figures(sociogram, section: section, measurement: next, topic: nil)
        let cmp = MetricsComparison(before: before.metrics, after: after.metrics)
        var lines: [(String, Style)] = [
            (
                context.words.whatChangedByTheMeasurementOf
                    + Self.label(sociogram.measurements[next]) + ":", theme.header
            ),
            (
                "  " + context.words.densityInterventies + MetricsReport.signedPercent(cmp.densityChange)
                    + ", " + context.words.reciprocityInterventies
                    + MetricsReport.signedPercent(cmp.reciprocityChange) + ", "
                    + context.words.choices + String(format: " %+d", cmp.tieChange), .plain
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
                    "  " + context.words.noLongerIsolated
                        + people(cmp.noLongerIsolated), .plain
                ))
        }
        if !cmp.newIsolates.isEmpty {
            lines.append(
                (
                    "  " + context.words.newlyIsolated + people(cmp.newIsolates),
                    .plain
                ))
        }
        let done = interventions.filter(\.done).count
        lines.append(
            (
                "  "
                    + context.words.ofInterventionsDone(done: done, count: interventions.count), theme.muted
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
        add(m - 1, c.words.agreedAfterTheMeasurementOf)
        add(m, c.words.agreedOnThisMeasurementOf)
        return out
    }

    public func lines() -> [(String, Style)] {
        heading() + [("", .plain)] + listLines() + [("", .plain)] + comparisonLines()
    }

    public func printed(width: Int) -> Grid { PrintedText.grid(lines(), width: width) }
}
