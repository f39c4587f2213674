import Foundation
import KnooppuntModel

/// The half-year review as a report: open initiatives, target dates passed, the last evaluations,
/// the latest thermometer and dimensieraamwerk rounds (totals only, nothing below three answers),
/// the interventions still open, and the successes. The same page as screen 9 and `show review`.
public enum ReviewReport {
    public static let evaluatedMeetings = 3

    public static func document(_ section: Section, names: ExportNames, today: Day) -> ReportDocument {
        let w = ReportWording(language: names.language)
        let language = names.language
        let title = w.words.halfYearReviewReview + " – " + section.name
        var doc = ReportDocument(page: title, language: language)
        doc.add(.facts([.init(w.words.dateExport, w.longDate(today))]))

        let open = section.initiatives.filter { !$0.stage.isFinished }.sorted {
            ($0.stage.stepNumber ?? 0, $0.title) > ($1.stage.stepNumber ?? 0, $1.title)
        }
        let none = w.words.noneExport
        doc.add(.heading(level: 2, text: w.words.openInitiatives))
        doc.addTable(
            header: [w.words.initiative, w.words.stepExport, w.words.sinceExport],
            rows: open.map { [$0.title, w.stage($0.stage), w.shortDate($0.stageSince)] }, orRemark: none)
        let missed = open.filter { i in i.targetDate.map { $0 < today } ?? false }
        doc.add(.heading(level: 2, text: w.words.targetDatePassed))
        doc.addBullets(missed.map { $0.title + " – " + w.shortDate($0.targetDate) }, orRemark: none)

        doc.add(
            .heading(
                level: 2,
                text: w.words.evaluationsOfTheLastMeetings))
        let evaluated = section.meetings.sorted { $0.number > $1.number }.compactMap { m in
            section.instruments.evaluation(of: m.id).map { (m, $0) }
        }.prefix(evaluatedMeetings)
        if evaluated.isEmpty { doc.add(.remark(w.words.noneYetExport)) }
        for (m, e) in evaluated {
            doc.add(
                .heading(level: 3, text: w.meeting(m) + (m.date.map { " (" + w.shortDate($0) + ")" } ?? "")))
            var facts: [ReportDocument.Fact] = []
            if !e.wentWell.isEmpty { facts.append(.init(w.words.wentWellExport, e.wentWell)) }
            if !e.doBetter.isEmpty { facts.append(.init(w.words.doBetterExport, e.doBetter)) }
            doc.add(.facts(facts))
        }

        doc.add(.heading(level: 2, text: w.words.relationshipThermometer))
        let groups = InstrumentReport.groups(section, only: nil)
        var rows: [[String]] = []
        for g in groups {
            guard let latest = ThermometerSummary.rounds(of: g).last else { continue }
            let means = ThermometerStatement.allCases.map { s in
                latest.summary(s).mean.map { InstrumentReport.number($0, language) } ?? ""
            }
            rows.append(
                [InstrumentReport.groupName(g, w), w.shortDate(latest.date), "\(latest.respondents)"] + means)
        }
        doc.addTable(
            header: [w.words.groupExport, w.words.roundExport, w.words.answersExport]
                + ThermometerStatement.allCases.map { $0.name(w.words) },
            rows: rows, orRemark: w.noRounds())
        if !rows.isEmpty { doc.add(.remark(InstrumentReport.withheld(w))) }

        doc.add(.heading(level: 2, text: w.words.dimensionsOfSocialLearning))
        if let latest = DimensionSummary.rounds(section.instruments.dimensionRounds).last {
            doc.add(
                .facts([
                    .init(w.words.roundExport, w.shortDate(latest.date)),
                    .init(w.words.answersExport, "\(latest.respondents)"),
                ]))
            if latest.positions == nil {
                doc.add(.remark(InstrumentReport.withheld(w)))
            } else {
                doc.add(
                    .table(
                        header: [
                            w.words.indicator, w.words.meanExport,
                            w.words.changeExport,
                        ],
                        rows: DimensionIndicator.allCases.map { i in
                            [i.code] + InstrumentReport.figures(latest.means[i], latest.change[i], language)
                        }))
            }
        } else {
            doc.add(.remark(w.noRounds()))
        }

        doc.add(
            .heading(level: 2, text: w.words.interventionsStillOpen))
        let openInterventions = section.instruments.interventions.filter { !$0.done }
        doc.addBullets(
            openInterventions.map { i in
                [i.what, InterventionReport.who(i, names: names), w.shortDate(i.byWhen)]
                    .filter { !$0.isEmpty }.joined(separator: " – ")
            }, orRemark: none)

        doc.add(.heading(level: 2, text: w.words.successesToCelebrate))
        let successful = section.initiatives.filter { ($0.stage.stepNumber ?? 0) >= 9 || $0.stage == .closed }
        if successful.isEmpty { doc.add(.remark(w.words.noneYetExport)) }
        for i in successful {
            doc.add(.heading(level: 3, text: i.title + " – " + w.stageNumber(i.stage)))
            let closing = i.history.last { $0.to == .closed }
            var lines = i.experiences.suffix(3).map { w.shortDate($0.date) + ": " + $0.text }
            if let note = closing?.note, !note.isEmpty { lines.append(note) }
            if !lines.isEmpty { doc.add(.bullets(lines)) }
        }
        return doc
    }
}
