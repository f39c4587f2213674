import Foundation

/// The jaaragenda as lines for spreadsheets and scripts (`knooppunt show jaaragenda --format tsv|json`).
///
/// Order: meetings by number; within a meeting the columns in the order of the figure (plannen,
/// informeren, ervaringen, regelwerk); within a column the agenda items in the order they were placed,
/// and under regelwerk after them the routine tasks placed at that meeting, in their stored order.
public enum JaaragendaExport {
    public struct Entry: Hashable, Sendable, Encodable {
        public var meeting: Int
        public var date: Day?
        public var column: AgendaColumn
        public var title: String

        enum CodingKeys: String, CodingKey { case meeting, date, column, title }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(meeting, forKey: .meeting)
            try c.encode(date, forKey: .date)  // null when the meeting has no date yet
            try c.encode(column.code, forKey: .column)
            try c.encode(title, forKey: .title)
        }
    }

    /// Every entry of the agenda, titles cleaned with `TextRules.singleLine`.
    public static func entries(_ section: Section) -> [Entry] {
        var result: [Entry] = []
        for meeting in section.meetingsInOrder {
            let items = section.agenda.filter { $0.meetingID == meeting.id }
            for column in AgendaColumn.allCases {
                for item in items where item.column == column {
                    result.append(
                        Entry(
                            meeting: meeting.number, date: meeting.date, column: column,
                            title: TextRules.singleLine(section.title(of: item))))
                }
                if column == .regelwerkTussendoor {
                    for task in section.routineTasks(ofMeeting: meeting.number) {
                        result.append(
                            Entry(
                                meeting: meeting.number, date: meeting.date, column: column,
                                title: TextRules.singleLine(task.text)))
                    }
                }
            }
        }
        return result
    }

    /// `meeting number<TAB>column<TAB>title` per line, column `plannen`, `informeren`, `ervaringen` or
    /// `regelwerk`; every line ends in a newline.
    public static func tsv(_ section: Section) -> String {
        entries(section).map { "\($0.meeting)\t\($0.column.code)\t\($0.title)\n" }.joined()
    }

    /// A JSON array of `{"meeting", "date", "column", "title"}`, pretty-printed with sorted keys.
    public static func json(_ section: Section) -> String {
        ExportJSON.encode(entries(section))
    }
}
