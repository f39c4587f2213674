import Foundation
import KnooppuntModel

/// The relatie-thermometer and the dimensieraamwerk as reports and CSV for colleagues without a
/// terminal. Only what the shared screen shows goes out: per round the number of answers and, from
/// three answers on, the counts per score or position and the means. Never one answer, never a name.
public enum InstrumentReport {
    /// "3,4" in Dutch, "3.4" in English.
    static func number(_ value: Double, _ language: ExportLanguage, signed: Bool = false) -> String {
        let text = String(format: signed ? "%+.1f" : "%.1f", value)
        return language == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func answers(_ n: Int, _ w: ReportWording) -> String {
        n == 1 ? w.words.oneAnswer : w.words.answerCount(count: n)
    }

    static func withheld(_ w: ReportWording) -> String {
        w.words.fewerThanAnswersNoSpreadAndNo(minimumRespondents: ScoreSummary.minimumRespondents)
    }

    static func groupName(_ g: ThermometerGroup, _ w: ReportWording) -> String {
        g.isWholeSection ? w.words.wholeSection : g.name
    }

    /// The groups to report: the whole section first, then the named groups, or only `only`.
    static func groups(_ section: Section, only: String?) -> [ThermometerGroup] {
        let all = section.instruments.thermometerGroups
        if let only { return all.filter { $0.isNamed(only) } }
        return all.filter(\.isWholeSection) + all.filter { !$0.isWholeSection }
    }

    /// The page of one instrument: its name and the section's as the title, then what it shows.
    static func page(_ name: String, of section: Section, intro: String, _ w: ReportWording) -> ReportDocument
    {
        var doc = ReportDocument(page: name + " – " + section.name, language: w.language)
        doc.add(.remark(intro))
        return doc
    }

    /// A round's heading and number of answers; when it has too few answers to show more, the sentence
    /// that says so.
    static func addRound(
        _ date: Day, respondents: Int, shown: Bool, level: Int, to doc: inout ReportDocument,
        _ w: ReportWording
    ) {
        doc.add(.heading(level: level, text: w.words.roundThermometer2 + w.shortDate(date)))
        doc.add(.facts([.init(w.words.answersExport, "\(respondents)")]))
        if !shown { doc.add(.remark(withheld(w))) }
    }

    /// The mean and the change since the round before, as a report writes them ("3,4", "+0,5").
    static func figures(_ mean: Double?, _ change: Double?, _ language: ExportLanguage) -> [String] {
        [mean.map { number($0, language) } ?? "", change.map { number($0, language, signed: true) } ?? ""]
    }

    /// The mean and the change as CSV writes them: two decimals, a full stop in every language.
    static func csvFigures(_ mean: Double?, _ change: Double?) -> [String] {
        [mean.map { String(format: "%.2f", $0) } ?? "", change.map { String(format: "%+.2f", $0) } ?? ""]
    }

    public static func thermometer(_ section: Section, group: String? = nil, language: ExportLanguage)
        -> ReportDocument
    {
        let w = ReportWording(language: language)
        var doc = page(
            w.words.relationshipThermometer, of: section,
            intro: w.words.fourStatementsEach1To5, w
        )
        let chosen = groups(section, only: group)
        if chosen.isEmpty { doc.add(.remark(w.noRounds())) }
        for g in chosen {
            doc.add(.heading(level: 2, text: groupName(g, w)))
            let rounds = ThermometerSummary.rounds(of: g)
            if rounds.isEmpty { doc.add(.remark(w.noRounds())) }
            for r in rounds.reversed() {
                addRound(r.date, respondents: r.respondents, shown: r.bands != nil, level: 3, to: &doc, w)
                guard let bands = r.bands else { continue }
                let header =
                    [w.words.statementExport] + ThermometerStatement.scores.map { "\($0)" }
                    + [w.words.meanExport, w.words.changeExport]
                let rows = ThermometerStatement.allCases.map { s -> [String] in
                    let summary = r.summary(s)
                    let counts = summary.distribution ?? Array(repeating: 0, count: 5)
                    return [s.name(w.words)] + counts.map { "\($0)" }
                        + figures(summary.mean, r.change[s], language)
                }
                doc.add(.table(header: header, rows: rows))
                doc.add(
                    .bullets(
                        ThermometerBand.allCases.map { b in
                            b.name(w.words)
                                + " (\(b.sums.lowerBound)-\(b.sums.upperBound)): \(bands[b.rawValue - 1])"
                        }))
            }
        }
        return doc
    }

    /// One line per group, round and statement: `groep,datum,antwoorden,uitspraak,1..5,gemiddelde,
    /// verschil`; the counts and the mean stay empty below three answers.
    public static func thermometerCSV(_ section: Section, group: String? = nil, language: ExportLanguage)
        -> String
    {
        let w = ReportWording(language: language)
        var rows = [
            [
                w.words.group, w.words.date, w.words.answersExport2,
                w.words.statement,
            ] + ThermometerStatement.scores.map { "\($0)" } + [
                w.words.meanExport2, w.words.changeExport2,
            ]
        ]
        for g in groups(section, only: group) {
            for r in ThermometerSummary.rounds(of: g) {
                for s in ThermometerStatement.allCases {
                    let summary = r.summary(s)
                    let counts =
                        summary.distribution.map { $0.map(String.init) } ?? Array(repeating: "", count: 5)
                    rows.append(
                        [groupName(g, w), r.date.description, "\(r.respondents)", s.rawValue] + counts
                            + csvFigures(summary.mean, r.change[s]))
                }
            }
        }
        return FormatEscaping.csv(rows)
    }

    /// Counts per position 0-10 of one indicator in a round that may be shown.
    static func counts(_ positions: [Int]) -> [Int] {
        var counts = Array(repeating: 0, count: DimensionIndicator.positions.count)
        for p in positions where DimensionIndicator.positions.contains(p) { counts[p] += 1 }
        return counts
    }

    public static func dimensies(_ section: Section, language: ExportLanguage) -> ReportDocument {
        let w = ReportWording(language: language)
        var doc = page(
            w.words.dimensionsOfSocialLearning, of: section,
            intro: w.words.aConversationToolNotATestNo, w)
        let rounds = DimensionSummary.rounds(section.instruments.dimensionRounds)
        if rounds.isEmpty { doc.add(.remark(w.noRounds())) }
        for r in rounds.reversed() {
            addRound(r.date, respondents: r.respondents, shown: r.positions != nil, level: 2, to: &doc, w)
            guard let positions = r.positions else { continue }
            let header = [
                w.words.indicator, w.words.from0,
                w.words.to10,
                w.words.crosses010, w.words.meanExport,
                w.words.changeExport,
            ]
            let rows = DimensionIndicator.allCases.map { i -> [String] in
                let poles = i.poles(w.words)
                return [
                    i.code, poles.from, poles.to,
                    counts(positions[i] ?? []).map(String.init).joined(separator: " "),
                ] + figures(r.means[i], r.change[i], language)
            }
            doc.add(.table(header: header, rows: rows))
        }
        return doc
    }

    /// One line per round and indicator: `datum,antwoorden,indicator,0..10,gemiddelde,verschil`.
    public static func dimensiesCSV(_ section: Section, language: ExportLanguage) -> String {
        let w = ReportWording(language: language)
        var rows = [
            [w.words.date, w.words.answersExport2, "indicator"]
                + DimensionIndicator.positions.map { "\($0)" } + [
                    w.words.meanExport2, w.words.changeExport2,
                ]
        ]
        for r in DimensionSummary.rounds(section.instruments.dimensionRounds) {
            for i in DimensionIndicator.allCases {
                let cells =
                    r.positions.map { counts($0[i] ?? []).map(String.init) }
                    ?? Array(repeating: "", count: DimensionIndicator.positions.count)
                rows.append(
                    [r.date.description, "\(r.respondents)", i.code] + cells
                        + csvFigures(r.means[i], r.change[i]))
            }
        }
        return FormatEscaping.csv(rows)
    }
}
