import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The figures sub-view: every measure with its one-line explanation, scrolled by keys.
extension SociogramScreen {
    /// The figures panel's lines: the topic's question, the figures with their explanations and the
    /// comparison with the previous measurement.
    func metricsLines(_ s: Sociogram, section: Section, measurement m: Int, context: ScreenContext)
        -> [(text: String, style: Style)]
    {
        // A large sociogram's figures come from the background; until then the panel says so.
        guard let figures = SociogramMemo.readyFigures(s, section: section, measurement: m, topic: topic)
        else {
            return [(Self.progressLine(s, context), .reverse), (Self.computingMessage(context), .dim)]
        }
        var previous: SociogramFigures? = nil
        if m > 0 {
            guard
                let before = SociogramMemo.readyFigures(s, section: section, measurement: m - 1, topic: topic)
            else {
                return [(Self.progressLine(s, context), .reverse), (Self.computingMessage(context), .dim)]
            }
            previous = before
        }
        // All topics together: who is asked most per question, since "most asked" over advice and
        // company together says little.
        let positiveTopics = s.topics.filter { !$0.isNegative }
        let perTopic =
            topic == nil && positiveTopics.count > 1
            ? positiveTopics.map { t in
                (name: t.name, graph: SociogramFigures.graphs(s, measurement: m, topic: t.id).0)
            } : []
        var lines = MetricsReport.lines(figures, previous: previous, topics: perTopic, context: context)
        lines += InterventionsView.besideComparison(s, measurement: m, section: section, context: context)
        if let t = topic.flatMap({ t in s.topics.first { $0.id == t } }), !t.question.isEmpty {
            lines.insert((t.question, .dim), at: 0)
        }
        return lines
    }

    /// Rows to scroll for a key, nil for keys that do not scroll.
    static func scrollStep(_ key: Key) -> Int? {
        switch key {
        case .down: return 1
        case .up: return -1
        case .pageDown: return 10
        case .pageUp: return -10
        case .home: return -10_000
        default: return nil
        }
    }
}
