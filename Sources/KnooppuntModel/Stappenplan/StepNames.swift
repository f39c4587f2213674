import KnooppuntWords

/// The names and tasks of the stappenplan (docs/METHOD.md), in Dutch as the method writes them and in
/// English (keys `stepName…` and `stepTask…` of the word tables): the one place for a step's name, used
/// by the interface (board, editor, meeting mode), the exports and the command line.
/// Resources/guidance holds only each step's short column label and its two lines of guidance.
public enum StepNames {
    public static func dutch(_ stage: Stage) -> String { name(stage, .dutch) }
    public static func english(_ stage: Stage) -> String { name(stage, .english) }

    /// What to do in this stage, as a short imperative (for "what is next for me").
    public static func dutchTask(_ stage: Stage) -> String { task(stage, .dutch) }
    public static func englishTask(_ stage: Stage) -> String { task(stage, .english) }

    public static func name(_ stage: Stage, _ words: Words) -> String { wording(stage, words).name }
    public static func task(_ stage: Stage, _ words: Words) -> String { wording(stage, words).task }

    /// The stage's name and task, side by side so that each stage is named once.
    private static func wording(_ stage: Stage, _ words: Words) -> (name: String, task: String) {
        switch stage {
        case .step(0): (words.stepName0, words.stepTask0)
        case .step(1): (words.stepName1, words.stepTask1)
        case .step(2): (words.stepName2, words.stepTask2)
        case .step(3): (words.stepName3, words.stepTask3)
        case .step(4): (words.stepName4, words.stepTask4)
        case .step(5): (words.stepName5, words.stepTask5)
        case .step(6): (words.stepName6, words.stepTask6)
        case .step(7): (words.stepName7, words.stepTask7)
        case .step(8): (words.stepName8, words.stepTask8)
        case .step(9): (words.stepName9, words.stepTask9)
        case .step(10): (words.stepName10, words.stepTask10)
        case .step: (words.stepNameUnknown, words.stepTaskUnknown)
        case .closed: (words.stepNameClosed, words.stepTaskClosed)
        case .dropped: (words.stepNameDropped, words.stepTaskDropped)
        }
    }
}
