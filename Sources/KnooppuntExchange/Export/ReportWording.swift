import KnooppuntModel

/// The words reports share: column titles, stages, meeting labels, dates. One place, so that an agenda
/// and the minutes of the same meeting never name the same thing differently.
struct ReportWording {
    var language: ExportLanguage

    func text(_ dutch: String, _ english: String) -> String { language.text(dutch, english) }

    func column(_ column: AgendaColumn) -> String { text(column.dutchName, column.englishName) }

    /// "stap 8 (Uitproberen initiatief)", "afgerond".
    func stage(_ stage: Stage) -> String {
        let name = language == .nl ? StepNames.dutch(stage) : StepNames.english(stage)
        guard let number = stage.stepNumber else { return name.lowercased() }
        return text("stap", "step") + " \(number) (\(name))"
    }

    func stageNumber(_ stage: Stage) -> String {
        stage.stepNumber.map { text("stap", "step") + " \($0)" }
            ?? (language == .nl ? StepNames.dutch(stage) : StepNames.english(stage)).lowercased()
    }

    func meeting(_ meeting: Meeting) -> String { text("Overleg", "Meeting") + " \(meeting.number)" }

    func longDate(_ day: Day?) -> String {
        day.map { ProseDate.long($0, language) } ?? text("nog geen datum", "no date yet")
    }

    func shortDate(_ day: Day?) -> String { day.map { ProseDate.short($0, language) } ?? "" }

    func times(_ meeting: Meeting, in section: Section) -> String {
        let times = section.times(of: meeting)
        return "\(times.start)–\(times.end)"
    }

    /// Date, time and place of a meeting, the first lines of its agenda and minutes.
    func facts(_ meeting: Meeting, in section: Section) -> [ReportDocument.Fact] {
        var facts = [
            ReportDocument.Fact(text("Datum", "Date"), longDate(meeting.date)),
            ReportDocument.Fact(text("Tijd", "Time"), times(meeting, in: section)),
        ]
        if !meeting.place.isEmpty { facts.append(.init(text("Plaats", "Place"), meeting.place)) }
        return facts
    }

    func task(done: Bool, overdue: Bool) -> String {
        done ? text("klaar", "done") : overdue ? text("te laat", "overdue") : text("open", "open")
    }

    func nothingPlanned() -> String { text("Niets gepland.", "Nothing planned.") }

    func noRounds() -> String { text("Nog geen rondes.", "No rounds yet.") }
}
