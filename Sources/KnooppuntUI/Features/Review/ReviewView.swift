import Foundation
import KnooppuntModel
import KnooppuntWords

/// The half-year review: what a section looks back on twice a year, gathered on one page. Open
/// initiatives and their steps, target dates that passed, the evaluations of the last meetings, the
/// latest thermometer and dimensieraamwerk rounds (as aggregates only) and the successes recorded at
/// step 9 and at closing. Used by the Review screen and `knooppunt show review`.
public struct ReviewView: ContextView {
    public var section: Section
    public var context: ScreenContext
    /// How many of the most recent evaluated meetings are shown.
    public static let evaluatedMeetings = 3

    public init(section: Section, context: ScreenContext) {
        (self.section, self.context) = (section, context)
    }

    var words: Words { context.words }

    func stageText(_ stage: Stage) -> String {
        if let n = stage.stepNumber { return words.stepReview(n: n) }
        return stage == .closed ? words.closed : words.dropped
    }

    func number(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return context.language == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    var open: [Initiative] {
        section.initiatives.filter { !$0.stage.isFinished }.sorted {
            ($0.stage.stepNumber ?? 0, $0.title) > ($1.stage.stepNumber ?? 0, $1.title)
        }
    }

    var missed: [Initiative] {
        open.filter { i in i.targetDate.map { $0 < context.today } ?? false }
    }

    func initiativeLines() -> [(String, Style)] {
        var lines: [(String, Style)] = [(words.openInitiatives, theme.header)]
        if open.isEmpty { lines.append(("  " + words.none, theme.muted)) }
        for i in open {
            lines.append(
                (
                    "  " + i.title + " — " + stageText(i.stage) + words.since
                        + i.stageSince.description, .plain
                ))
        }
        lines.append(("", .plain))
        lines.append((words.targetDatePassed, theme.header))
        if missed.isEmpty { lines.append(("  " + words.none, theme.muted)) }
        for i in missed {
            lines.append(("  " + i.title + " — " + (i.targetDate?.description ?? ""), theme.warning))
        }
        return lines
    }

    func evaluationLines() -> [(String, Style)] {
        var lines: [(String, Style)] = [
            (words.evaluationsOfTheLastMeetings, theme.header)
        ]
        let evaluated = section.meetings.sorted { $0.number > $1.number }.compactMap { m in
            section.instruments.evaluation(of: m.id).map { (m, $0) }
        }.prefix(Self.evaluatedMeetings)
        if evaluated.isEmpty { lines.append(("  " + words.noneYet, theme.muted)) }
        for (m, e) in evaluated {
            let when = m.date.map { " (\($0))" } ?? ""
            lines.append(("  " + words.meetingReview(number: m.number) + when, .bold))
            if !e.wentWell.isEmpty {
                lines.append(("    " + words.wentWellReview + e.wentWell, .plain))
            }
            if !e.doBetter.isEmpty {
                lines.append(("    " + words.doBetterReview + e.doBetter, .plain))
            }
        }
        return lines
    }

    func instrumentLines() -> [(String, Style)] {
        var lines: [(String, Style)] = [(words.relationshipThermometer, theme.header)]
        let groups = section.instruments.thermometerGroups
        if groups.isEmpty { lines.append(("  " + words.noRoundsYetReview, theme.muted)) }
        for g in groups {
            let view = ThermometerView(group: g, context: context)
            guard let latest = ThermometerSummary.rounds(of: g).last else { continue }
            var line = "  " + view.groupName() + " · " + latest.date.description + " · "
            line += words.answers(respondents: latest.respondents)
            if let bands = latest.bands {
                line +=
                    " · "
                    + ThermometerBand.allCases.map { b in
                        b.name(words) + " \(bands[b.rawValue - 1])"
                    }.joined(separator: ", ")
            }
            lines.append((line, .plain))
            let means = ThermometerStatement.allCases.compactMap { s in
                latest.summary(s).mean.map {
                    s.name(words) + " " + number($0)
                }
            }
            if !means.isEmpty { lines.append(("    " + means.joined(separator: " · "), theme.muted)) }
        }
        lines.append(("", .plain))
        lines.append((words.dimensionsOfSocialLearning, theme.header))
        if let latest = DimensionSummary.rounds(section.instruments.dimensionRounds).last {
            lines.append(
                (
                    "  " + latest.date.description + " · "
                        + words.answers(respondents: latest.respondents), .plain
                ))
            let means = DimensionIndicator.allCases.compactMap { i in
                latest.means[i].map { i.code + " " + number($0) }
            }
            if !means.isEmpty { lines.append(("    " + means.joined(separator: " · "), theme.muted)) }
        } else {
            lines.append(("  " + words.noRoundsYetReview, theme.muted))
        }
        return lines
    }

    /// The interventions agreed on sociogram measurements that are not done yet, so the review asks
    /// what became of them.
    func interventionLines() -> [(String, Style)] {
        var lines: [(String, Style)] = [
            (words.interventionsStillOpen, theme.header)
        ]
        let open = section.instruments.interventions.filter { !$0.done }
        if open.isEmpty { lines.append(("  " + words.none, theme.muted)) }
        for i in open {
            lines.append(
                (
                    "  " + InterventionsView.line(i, section: section, context: context),
                    i.isOverdue(today: context.today) ? theme.warning : .plain
                ))
        }
        return lines
    }

    /// Successes: the experiences of initiatives that reached step 9 or were closed, and each closing.
    func successLines() -> [(String, Style)] {
        var lines: [(String, Style)] = [(words.successesToCelebrate, theme.header)]
        let successful = section.initiatives.filter { ($0.stage.stepNumber ?? 0) >= 9 || $0.stage == .closed }
        if successful.isEmpty { lines.append(("  " + words.noneYet, theme.muted)) }
        for i in successful {
            let closing = i.history.last { $0.to == .closed }
            var line = "  " + i.title + " — " + stageText(i.stage)
            if let closing { line += " (" + closing.date.description + ")" }
            lines.append((line, .bold))
            for e in i.experiences.suffix(3) {
                lines.append(("    " + e.date.description + " " + e.text, .plain))
            }
            if let note = closing?.note, !note.isEmpty { lines.append(("    " + note, .plain)) }
        }
        return lines
    }

    public func lines(width: Int) -> [(String, Style)] {
        var all: [(String, Style)] = [
            (
                words.halfYearReview + section.name + " · "
                    + context.today.description, theme.title
            ),
            ("", .plain),
        ]
        for block in [
            initiativeLines(), evaluationLines(), instrumentLines(), interventionLines(), successLines(),
        ] {
            all += block
            all.append(("", .plain))
        }
        return all
    }

    public func printed(width: Int) -> Grid { PrintedText.grid(lines(width: width), width: width) }
}
