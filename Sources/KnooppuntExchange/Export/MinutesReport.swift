import Foundation
import KnooppuntModel

/// The minutes (notulen) of one meeting: who was there; per item the notes, decisions and step moves
/// recorded at that meeting; the action points (open routine tasks) and what was done.
///
/// A record belongs to the meeting when meeting mode recorded it for that meeting (its note starts
/// with "Overleg N: ", the prefix meeting mode writes) or when it is dated on the meeting's day, which is
/// how a note made from the command line during the meeting can be recognised.
public enum MinutesReport {
    public static func document(_ section: Section, meeting: Meeting, names: ExportNames) -> ReportDocument {
        let w = ReportWording(language: names.language)
        let title =
            w.words.minutes + " " + w.meeting(meeting).lowercased() + " – " + section.name
        var doc = ReportDocument(page: title, language: names.language)
        var facts = w.facts(meeting, in: section)
        let sectionPeople = section.people.filter { $0.area == .ownSection }.map(\.id)
        if meeting.attendance.isEmpty {
            facts.append(.init(w.words.presentExport, w.words.notRecorded))
        } else {
            facts.append(.init(w.words.presentExport, names.list(meeting.attendance)))
            let absent = sectionPeople.filter { !meeting.attendance.contains($0) }
            if !absent.isEmpty { facts.append(.init(w.words.absent, names.list(absent))) }
        }
        doc.add(.facts(facts))

        let columns = section.agenda(ofMeeting: meeting.number)
        var covered = Set<UUID>()
        for column in AgendaColumn.allCases {
            let items = columns[column] ?? []
            guard !items.isEmpty else { continue }
            doc.add(.heading(level: 2, text: w.column(column)))
            for item in items {
                doc.add(.heading(level: 3, text: section.title(of: item, words: w.words)))
                var lines: [String] = []
                if !item.note.isEmpty { lines.append(item.note) }
                if case .initiative(let id) = item.subject, let initiative = section.initiative(id) {
                    covered.insert(id)
                    lines += records(of: initiative, at: meeting, wording: w)
                }
                doc.addBullets(lines, orRemark: w.words.nothingRecorded)
            }
        }

        let others = section.initiativesInBoardOrder.filter { !covered.contains($0.id) }
            .map { ($0, records(of: $0, at: meeting, wording: w)) }.filter { !$0.1.isEmpty }
        if !others.isEmpty {
            doc.add(.heading(level: 2, text: w.words.alsoDiscussed))
            for (initiative, lines) in others {
                doc.add(.heading(level: 3, text: initiative.title))
                doc.add(.bullets(lines))
            }
        }

        let reference = meeting.date ?? .today
        let decided = section.routineTasks.filter { $0.decidedAt == meeting.id }
        if !decided.isEmpty {
            doc.add(.heading(level: 2, text: w.words.newActionPoints))
            doc.add(
                .table(
                    header: AgendaReport.taskHeader(w),
                    rows: decided.map { AgendaReport.taskRow($0, names: names, wording: w, on: reference) }))
        }
        let tasks = section.routineTasks(ofMeeting: meeting.number).filter { $0.decidedAt != meeting.id }
        let open = tasks.filter { !$0.done }
        let done = tasks.filter(\.done)
        doc.add(.heading(level: 2, text: w.words.actionPoints))
        doc.addTable(
            header: AgendaReport.taskHeader(w),
            rows: open.map { AgendaReport.taskRow($0, names: names, wording: w, on: reference) },
            orRemark: w.words.noOpenActionPoints)
        if !done.isEmpty {
            doc.add(.heading(level: 2, text: w.words.doneExport))
            doc.add(
                .bullets(
                    done.map {
                        AgendaReport.textWithNote($0)
                            + (names.person($0.ownerID).isEmpty ? "" : " (" + names.person($0.ownerID) + ")")
                    }))
        }
        return doc
    }

    /// The history notes, step moves and experiences of one initiative that belong to this meeting.
    static func records(of initiative: Initiative, at meeting: Meeting, wording w: ReportWording) -> [String]
    {
        var lines: [String] = []
        for change in initiative.history {
            guard let note = belonging(change.note, date: change.date, to: meeting) else { continue }
            if change.from == change.to {
                if !note.isEmpty { lines.append(note) }
            } else {
                let move = w.stageNumber(change.from) + " → " + w.stageNumber(change.to)
                lines.append(note.isEmpty ? move : move + ": " + note)
            }
        }
        for experience in initiative.experiences
        where experience.date == meeting.date && !experience.text.isEmpty {
            lines.append(w.words.experienceExport + experience.text)
        }
        return lines
    }

    /// The note without meeting mode's prefix when it belongs to the meeting, else nil.
    static func belonging(_ note: String, date: Day, to meeting: Meeting) -> String? {
        for prefix in ["Overleg \(meeting.number): ", "Meeting \(meeting.number): "]
        where note.hasPrefix(prefix) {
            return String(note.dropFirst(prefix.count))
        }
        guard let day = meeting.date, day == date else { return nil }
        // A note dated on this day but written for another meeting's number stays with that meeting.
        if note.hasPrefix("Overleg ") || note.hasPrefix("Meeting "),
            let colon = note.firstIndex(of: ":"),
            Int(note[note.index(note.startIndex, offsetBy: 8)..<colon].trimmingCharacters(in: .whitespaces))
                != nil
        {
            return nil
        }
        return note
    }
}
