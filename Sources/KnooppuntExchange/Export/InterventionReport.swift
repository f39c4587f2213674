import Foundation
import KnooppuntModel

/// The interventions agreed on each sociogram measurement, as a report and as CSV: what, who, by
/// when, done. They are agreements of the whole section, so they carry the names of those who take
/// them up (pseudonyms with --pseudonyms); no sociogram figure of a person goes with them.
public enum InterventionReport {
    static func who(_ i: SociogramIntervention, names: ExportNames) -> String {
        if let p = i.personID { return names.person(p) }
        return i.who
    }

    static func rows(
        _ section: Section, _ s: Sociogram, _ m: SociogramMeasurement, names: ExportNames, w: ReportWording
    )
        -> [[String]]
    {
        section.instruments.interventions(sociogram: s.id, measurement: m.id).enumerated().map { n, i in
            [
                "\(n + 1)", i.what, who(i, names: names), w.shortDate(i.byWhen),
                i.done ? w.words.doneInterventies2 : w.words.open2,
            ]
        }
    }

    public static func document(_ section: Section, names: ExportNames) -> ReportDocument {
        let w = ReportWording(language: names.language)
        let title =
            w.words.interventionsAfterTheSociogram + " – "
            + section.name
        var doc = ReportDocument(page: title, language: names.language)
        let header = [
            "#", w.words.what, w.words.who, w.words.byWhen,
            w.words.statusExport,
        ]
        var any = false
        for s in section.networks.sociograms {
            let measured = s.measurements.filter { m in
                !section.instruments.interventions(sociogram: s.id, measurement: m.id).isEmpty
            }
            guard !measured.isEmpty else { continue }
            any = true
            doc.add(.heading(level: 2, text: s.name))
            for m in measured {
                doc.add(
                    .heading(
                        level: 3,
                        text: w.words.measurementOf + w.shortDate(m.date)
                            + (m.label.isEmpty ? "" : " (\(m.label))")))
                doc.add(.table(header: header, rows: rows(section, s, m, names: names, w: w)))
            }
        }
        if !any {
            doc.add(.remark(w.words.noInterventionsAgreedYet))
        }
        return doc
    }

    /// `sociogram,meting,nummer,wat,wie,wanneer,afgerond` per intervention.
    public static func csv(_ section: Section, names: ExportNames) -> String {
        let w = ReportWording(language: names.language)
        var rows = [
            [
                "sociogram", w.words.measurement, w.words.number,
                w.words.whatExport,
                w.words.whoExport, w.words.byExport, w.words.doneInterventies2,
            ]
        ]
        for s in section.networks.sociograms {
            for m in s.measurements {
                for (n, i) in section.instruments.interventions(sociogram: s.id, measurement: m.id)
                    .enumerated()
                {
                    rows.append([
                        s.name, m.date.description, "\(n + 1)", i.what, who(i, names: names),
                        i.byWhen?.description ?? "", i.done ? "1" : "0",
                    ])
                }
            }
        }
        return FormatEscaping.csv(rows)
    }
}
