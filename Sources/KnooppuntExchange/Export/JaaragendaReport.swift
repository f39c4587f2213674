import KnooppuntModel

/// The whole year agenda: one row per meeting, the four columns of the method, and as CSV one line per
/// entry for spreadsheets.
public enum JaaragendaReport {
    public static func document(_ section: Section, names: ExportNames) -> ReportDocument {
        let w = ReportWording(language: names.language)
        let title =
            w.words.yearAgenda + " – " + section.name
            + (section.schoolYear.isEmpty ? "" : " " + section.schoolYear)
        var doc = ReportDocument(page: title, language: names.language)
        let meetings = section.meetingsInOrder
        if meetings.isEmpty {
            doc.add(.remark(w.words.noMeetingsPlannedYet))
            return doc
        }
        let header =
            [w.words.meetingJaaragenda2, w.words.dateExport] + AgendaColumn.allCases.map(w.column)
        let rows = meetings.map { meeting in
            [String(meeting.number), w.shortDate(meeting.date)]
                + AgendaColumn.allCases.map {
                    entries(section, meeting: meeting, column: $0, names: names).joined(separator: "; ")
                }
        }
        doc.add(.table(header: header, rows: rows))
        return doc
    }

    /// `overleg,datum,kolom,onderwerp` (or the English header) and one line per entry, in the order of
    /// `show jaaragenda --format tsv`.
    public static func csv(_ section: Section, names: ExportNames) -> String {
        let w = ReportWording(language: names.language)
        var rows = [
            [
                w.words.meetingJaaragenda, w.words.date, w.words.column,
                w.words.subjectExport,
            ]
        ]
        for meeting in section.meetingsInOrder {
            for column in AgendaColumn.allCases {
                for entry in entries(section, meeting: meeting, column: column, names: names) {
                    rows.append([String(meeting.number), meeting.date?.description ?? "", column.code, entry])
                }
            }
        }
        return FormatEscaping.csv(rows)
    }

    /// The entries of one cell: agenda items by title, and under regelwerk the routine tasks shown there.
    static func entries(_ section: Section, meeting: Meeting, column: AgendaColumn, names: ExportNames)
        -> [String]
    {
        var result = section.agenda.filter { $0.meetingID == meeting.id && $0.column == column }.map {
            section.title(of: $0, words: names.language.words)
        }
        if column == .regelwerkTussendoor {
            result += section.routineTasks(ofMeeting: meeting.number).map { task in
                let owner = names.person(task.ownerID)
                return owner.isEmpty ? task.text : task.text + " (" + owner + ")"
            }
        }
        return result
    }
}
