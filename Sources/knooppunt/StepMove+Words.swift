import KnooppuntModel
import KnooppuntWords

/// The sentences of `step`: a stage's name, the move, and why an initiative stays where it is.
extension Words {
    /// "stap 3", or the stage's code for one after the steps ("afgerond").
    func stage(_ stage: Stage) -> String { stage.stepNumber.map { cliStepNumber(number: $0) } ?? stage.code }

    /// The step's title in the command's language, as the exports and the English board name it.
    func stepMoved(_ name: String, from: Stage, to: Stage, revision: Int) -> String {
        let title = StepNames.name(to, self)
        return cliStepMoved(name: name, from: stage(from), to: stage(to), title: title, revision: revision)
    }
    func stepStays(_ name: String, at: Stage, reason: StepRefusal) -> String {
        cliStepStays(name: name, stage: stage(at), reason: lowercased(reason))
    }
    func stepForbidden(_ name: String, from: Stage, to: Stage, reason: StepRefusal) -> String {
        cliStepForbidden(name: name, from: stage(from), to: stage(to), reason: lowercased(reason))
    }
    func stepMissing(_ name: String, at: Stage, missing: [MissingRecord]) -> String {
        missing.count == 1
            ? cliStepMissingOne(name: name, stage: stage(at), missing: records(missing))
            : cliStepMissingSeveral(name: name, stage: stage(at), missing: records(missing))
    }
    func stepMovedAnyway(missing: [MissingRecord]) -> String { cliStepMovedAnyway(missing: records(missing)) }
    func stepFutureRefused(_ day: Day, name: String) -> String {
        cliStepFutureRefused(day: day, today: Day.today, name: name)
    }
    func stepFutureQuestion(_ day: Day, name: String) -> String {
        cliStepFutureQuestion(day: day, today: Day.today, name: name)
    }

    /// A list inside one sentence: commas, not semicolons, which read as the end of a clause.
    private func records(_ missing: [MissingRecord]) -> String {
        missing.map { $0.text(self) }.joined(separator: ", ")
    }

    /// The stappenplan's refusal in the middle of a sentence, so with a small first letter.
    private func lowercased(_ reason: StepRefusal) -> String {
        CommandSupport.lowercasingFirst(reason.text(self))
    }
}
