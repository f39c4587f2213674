import KnooppuntModel

/// The agenda of one meeting as a member reads it in a mail: when and where; per column the items with
/// what each asks now (the step, what is still to be recorded, the initiators); the routine tasks with
/// owner and due date; and what is overdue by the day of the meeting.
public enum AgendaReport {
    /// `today` counts for overdue work only when the meeting has no date yet; a dated meeting counts
    /// from its own day, so the same file gives the same agenda whenever it is exported.
    public static func document(
        _ section: Section, meeting: Meeting, names: ExportNames, today: Day
    ) -> ReportDocument {
        let w = ReportWording(language: names.language)
        let title = w.words.agenda + " " + w.meeting(meeting).lowercased() + " – " + section.name
        var doc = ReportDocument(page: title, language: names.language)
        doc.add(.facts(w.facts(meeting, in: section)))
        if !meeting.note.isEmpty { doc.add(.paragraph(meeting.note)) }

        let columns = section.agenda(ofMeeting: meeting.number)
        for column in AgendaColumn.allCases where column != .regelwerkTussendoor {
            doc.add(.heading(level: 2, text: w.column(column)))
            let header = [
                w.words.subject, w.words.stepExport,
                w.words.stillToRecord,
                w.words.initiators,
            ]
            doc.addTable(
                header: header,
                rows: (columns[column] ?? []).map { row($0, section: section, names: names, wording: w) },
                orRemark: w.nothingPlanned())
        }

        let reference = meeting.date ?? today
        doc.add(.heading(level: 2, text: w.column(.regelwerkTussendoor)))
        let textItems = (columns[.regelwerkTussendoor] ?? []).map { section.title(of: $0, words: w.words) }
        if !textItems.isEmpty { doc.add(.bullets(textItems)) }
        let tasks = section.routineTasks(ofMeeting: meeting.number)
        if tasks.isEmpty && textItems.isEmpty {
            doc.add(.remark(w.nothingPlanned()))
        } else if !tasks.isEmpty {
            doc.add(
                .table(
                    header: taskHeader(w),
                    rows: tasks.map { taskRow($0, names: names, wording: w, on: reference) }))
        }

        let overdueTasks = section.routineTasks.filter { $0.isOverdue(on: reference) }
        let overdueInitiatives = section.initiativesInBoardOrder.filter {
            !$0.stage.isFinished && ($0.targetDate.map { $0 < reference } ?? false)
        }
        doc.add(.heading(level: 2, text: w.words.overdueExport))
        if overdueTasks.isEmpty && overdueInitiatives.isEmpty {
            doc.add(.remark(w.words.nothingIsOverdue))
        } else {
            var lines = overdueTasks.map { task in
                task.text + " ("
                    + [names.person(task.ownerID), w.words.dueExport + w.shortDate(task.due)]
                    .filter { !$0.isEmpty }.joined(separator: ", ") + ")"
            }
            lines += overdueInitiatives.map {
                $0.title + " (" + w.words.targetDate + w.shortDate($0.targetDate) + ", "
                    + w.stageNumber($0.stage) + ")"
            }
            doc.add(.bullets(lines))
        }
        return doc
    }

    static func row(_ item: AgendaItem, section: Section, names: ExportNames, wording w: ReportWording)
        -> [String]
    {
        var subject = section.title(of: item, words: w.words)
        if !item.note.isEmpty { subject += " – " + item.note }
        guard case .initiative(let id) = item.subject, let initiative = section.initiative(id) else {
            return [subject, "", "", ""]
        }
        let missing = StepRecords.missingNow(for: initiative).map { $0.text(w.words) }
        return [subject, w.stage(initiative.stage), missing ?? "–", names.list(initiative.initiators)]
    }

    static func taskHeader(_ w: ReportWording) -> [String] {
        [
            w.words.task, w.words.owner, w.words.dueExport2,
            w.words.statusExport,
        ]
    }

    /// A task's text with the note the meeting gave it ("Toetsen maken — Fred mailt ze vrijdag").
    static func textWithNote(_ task: RoutineTask) -> String {
        guard let note = task.note, !note.isEmpty else { return task.text }
        return task.text + " — " + TextRules.singleLine(note)
    }

    static func taskRow(_ task: RoutineTask, names: ExportNames, wording w: ReportWording, on day: Day)
        -> [String]
    {
        [
            textWithNote(task), names.person(task.ownerID), w.shortDate(task.due),
            w.task(done: task.done, overdue: task.isOverdue(on: day)),
        ]
    }
}
