/// The four moves a user names ("next", "back", "close", "drop"), resolved to a target stage.
/// The target still has to pass `StepRules.verdict` and the warnings of `StepRecords`.
public enum StepMove: String, Hashable, Sendable, CaseIterable {
    case next
    case back
    case close
    case drop

    /// The stage this move leads to from `initiative`'s current stage.
    ///
    /// `back` from a finished initiative reopens it at the step it had when it was closed or dropped (the
    /// `from` of the last history entry into that stage); without such an entry, step 10 for a closed one
    /// (it can only have been closed from 9 or 10) and step 0 for a dropped one.
    public func target(for initiative: Initiative) -> Result<Stage, StepRefusal> {
        switch (self, initiative.stage) {
        case (.next, .step(let n)):
            return n < Stage.lastStep ? .success(.step(n + 1)) : .failure(.noStepAfterLast)
        case (.next, .closed), (.next, .dropped):
            return .failure(.alreadyFinished)
        case (.back, .step(let n)):
            return n > Stage.firstStep ? .success(.step(n - 1)) : .failure(.noStepBeforeFirst)
        case (.back, let finished):
            // Entries that stay at the same stage (notes) are skipped: we want the move INTO the stage.
            if let last = initiative.history.last(where: { $0.to == finished && $0.from.stepNumber != nil }) {
                return .success(last.from)
            }
            return .success(finished == .closed ? .step(Stage.lastStep) : .step(Stage.firstStep))
        case (.close, _):
            return .success(.closed)
        case (.drop, _):
            return .success(.dropped)
        }
    }
}
