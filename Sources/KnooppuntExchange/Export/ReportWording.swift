import KnooppuntModel
import KnooppuntWords

/// The words reports share: column titles, stages, meeting labels, dates. One place, so that an agenda
/// and the minutes of the same meeting never name the same thing differently.
struct ReportWording {
    var language: ExportLanguage

    var words: Words { language.words }

    func column(_ column: AgendaColumn) -> String { column.name(words) }

    /// "stap 8 (Uitproberen initiatief)", "afgerond".
    func stage(_ stage: Stage) -> String {
        let name = StepNames.name(stage, words)
        guard let number = stage.stepNumber else { return name.lowercased() }
        return words.stepInitiative + " \(number) (\(name))"
    }

    func stageNumber(_ stage: Stage) -> String {
        stage.stepNumber.map { words.stepInitiative + " \($0)" }
            ?? StepNames.name(stage, words).lowercased()
    }

    func meeting(_ meeting: Meeting) -> String { words.meetingJaaragenda2 + " \(meeting.number)" }

    func longDate(_ day: Day?) -> String {
        day.map { ProseDate.long($0, language) } ?? words.noDateYet
    }

    func shortDate(_ day: Day?) -> String { day.map { ProseDate.short($0, language) } ?? "" }

    func times(_ meeting: Meeting, in section: Section) -> String {
        let times = section.times(of: meeting)
        return "\(times.start)–\(times.end)"
    }

    /// Date, time and place of a meeting, the first lines of its agenda and minutes.
    func facts(_ meeting: Meeting, in section: Section) -> [ReportDocument.Fact] {
        var facts = [
            ReportDocument.Fact(words.dateExport, longDate(meeting.date)),
            ReportDocument.Fact(words.time, times(meeting, in: section)),
        ]
        if !meeting.place.isEmpty { facts.append(.init(words.place, meeting.place)) }
        return facts
    }

    func task(done: Bool, overdue: Bool) -> String {
        done ? words.done : overdue ? words.overdueExport2 : words.open2
    }

    func nothingPlanned() -> String { words.nothingPlanned }

    func noRounds() -> String { words.noRoundsYet }
}
