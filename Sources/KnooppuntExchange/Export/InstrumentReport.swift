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
        w.text(n == 1 ? "1 antwoord" : "\(n) antwoorden", n == 1 ? "1 answer" : "\(n) answers")
    }

    static func withheld(_ w: ReportWording) -> String {
        w.text(
            "Minder dan \(ScoreSummary.minimumRespondents) antwoorden: geen verdeling en geen gemiddelde.",
            "Fewer than \(ScoreSummary.minimumRespondents) answers: no spread and no mean.")
    }

    static func groupName(_ g: ThermometerGroup, _ w: ReportWording) -> String {
        g.isWholeSection ? w.text("hele sectie", "whole section") : g.name
    }

    /// The groups to report: the whole section first, then the named groups, or only `only`.
    static func groups(_ section: Section, only: String?) -> [ThermometerGroup] {
        let all = section.instruments.thermometerGroups
        if let only { return all.filter { $0.isNamed(only) } }
        return all.filter(\.isWholeSection) + all.filter { !$0.isWholeSection }
    }

    public static func thermometer(_ section: Section, group: String? = nil, language: ExportLanguage)
        -> ReportDocument
    {
        let w = ReportWording(language: language)
        let title = w.text("Relatie-thermometer", "Relationship thermometer") + " – " + section.name
        var doc = ReportDocument(title: title, language: language)
        doc.add(.heading(level: 1, text: title))
        doc.add(
            .remark(
                w.text(
                    "Vier uitspraken, elk 1 tot 5. Alleen totalen per ronde; bij minder dan drie antwoorden alleen het aantal.",
                    "Four statements, each 1 to 5. Totals per round only; below three answers only the count."
                )))
        let chosen = groups(section, only: group)
        if chosen.isEmpty { doc.add(.remark(w.text("Nog geen rondes.", "No rounds yet."))) }
        for g in chosen {
            doc.add(.heading(level: 2, text: groupName(g, w)))
            let rounds = ThermometerSummary.rounds(of: g)
            if rounds.isEmpty { doc.add(.remark(w.text("Nog geen rondes.", "No rounds yet."))) }
            for r in rounds.reversed() {
                doc.add(.heading(level: 3, text: w.text("Ronde ", "Round ") + w.shortDate(r.date)))
                doc.add(.facts([.init(w.text("Antwoorden", "Answers"), "\(r.respondents)")]))
                guard let bands = r.bands else {
                    doc.add(.remark(withheld(w)))
                    continue
                }
                let header =
                    [w.text("Uitspraak", "Statement")] + ThermometerStatement.scores.map { "\($0)" }
                    + [w.text("Gemiddelde", "Mean"), w.text("Verschil", "Change")]
                let rows = ThermometerStatement.allCases.map { s -> [String] in
                    let summary = r.summary(s)
                    let counts = summary.distribution ?? Array(repeating: 0, count: 5)
                    return [language == .nl ? s.dutchName : s.englishName] + counts.map { "\($0)" }
                        + [
                            summary.mean.map { number($0, language) } ?? "",
                            r.change[s].map { number($0, language, signed: true) } ?? "",
                        ]
                }
                doc.add(.table(header: header, rows: rows))
                doc.add(
                    .bullets(
                        ThermometerBand.allCases.map { b in
                            (language == .nl ? b.dutchName : b.englishName)
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
        var lines = [
            ([
                w.text("groep", "group"), w.text("datum", "date"), w.text("antwoorden", "answers"),
                w.text("uitspraak", "statement"),
            ] + ThermometerStatement.scores.map { "\($0)" }
                + [w.text("gemiddelde", "mean"), w.text("verschil", "change")]).map(FormatEscaping.csvCell)
                .joined(separator: ",")
        ]
        for g in groups(section, only: group) {
            for r in ThermometerSummary.rounds(of: g) {
                for s in ThermometerStatement.allCases {
                    let summary = r.summary(s)
                    let counts =
                        summary.distribution.map { $0.map(String.init) } ?? Array(repeating: "", count: 5)
                    let row =
                        [groupName(g, w), r.date.description, "\(r.respondents)", s.rawValue] + counts + [
                            summary.mean.map { String(format: "%.2f", $0) } ?? "",
                            r.change[s].map { String(format: "%+.2f", $0) } ?? "",
                        ]
                    lines.append(row.map(FormatEscaping.csvCell).joined(separator: ","))
                }
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Counts per position 0-10 of one indicator in a round that may be shown.
    static func counts(_ positions: [Int]) -> [Int] {
        var counts = Array(repeating: 0, count: DimensionIndicator.positions.count)
        for p in positions where DimensionIndicator.positions.contains(p) { counts[p] += 1 }
        return counts
    }

    public static func dimensies(_ section: Section, language: ExportLanguage) -> ReportDocument {
        let w = ReportWording(language: language)
        let title = w.text("Dimensieraamwerk", "Dimensions of social learning") + " – " + section.name
        var doc = ReportDocument(title: title, language: language)
        doc.add(.heading(level: 1, text: title))
        doc.add(
            .remark(
                w.text(
                    "Een gespreksinstrument, geen toets: geen plek op een lijn is goed of fout. Per indicator het aantal kruisjes op elke plek van 0 tot 10, zonder namen.",
                    "A conversation tool, not a test: no place on a line is right or wrong. Per indicator the number of crosses at each place from 0 to 10, without names."
                )))
        let rounds = DimensionSummary.rounds(section.instruments.dimensionRounds)
        if rounds.isEmpty { doc.add(.remark(w.text("Nog geen rondes.", "No rounds yet."))) }
        for r in rounds.reversed() {
            doc.add(.heading(level: 2, text: w.text("Ronde ", "Round ") + w.shortDate(r.date)))
            doc.add(.facts([.init(w.text("Antwoorden", "Answers"), "\(r.respondents)")]))
            guard let positions = r.positions else {
                doc.add(.remark(withheld(w)))
                continue
            }
            let header = [
                w.text("Indicator", "Indicator"), w.text("Van (0)", "From (0)"),
                w.text("Naar (10)", "To (10)"),
                w.text("Kruisjes 0-10", "Crosses 0-10"), w.text("Gemiddelde", "Mean"),
                w.text("Verschil", "Change"),
            ]
            let rows = DimensionIndicator.allCases.map { i -> [String] in
                let poles = language == .nl ? i.dutchPoles : i.englishPoles
                return [
                    i.code, poles.from, poles.to,
                    counts(positions[i] ?? []).map(String.init).joined(separator: " "),
                    r.means[i].map { number($0, language) } ?? "",
                    r.change[i].map { number($0, language, signed: true) } ?? "",
                ]
            }
            doc.add(.table(header: header, rows: rows))
        }
        return doc
    }

    /// One line per round and indicator: `datum,antwoorden,indicator,0..10,gemiddelde,verschil`.
    public static func dimensiesCSV(_ section: Section, language: ExportLanguage) -> String {
        let w = ReportWording(language: language)
        var lines = [
            ([w.text("datum", "date"), w.text("antwoorden", "answers"), "indicator"]
                + DimensionIndicator.positions.map { "\($0)" }
                + [w.text("gemiddelde", "mean"), w.text("verschil", "change")]).map(FormatEscaping.csvCell)
                .joined(separator: ",")
        ]
        for r in DimensionSummary.rounds(section.instruments.dimensionRounds) {
            for i in DimensionIndicator.allCases {
                let cells =
                    r.positions.map { counts($0[i] ?? []).map(String.init) }
                    ?? Array(repeating: "", count: DimensionIndicator.positions.count)
                let row =
                    [r.date.description, "\(r.respondents)", i.code] + cells + [
                        r.means[i].map { String(format: "%.2f", $0) } ?? "",
                        r.change[i].map { String(format: "%+.2f", $0) } ?? "",
                    ]
                lines.append(row.map(FormatEscaping.csvCell).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
