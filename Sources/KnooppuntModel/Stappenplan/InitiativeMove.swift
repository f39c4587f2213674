extension Initiative {
    /// The initiative at `stage`, with the move appended to its history. No rule is checked here: callers
    /// ask `StepRules.verdict` and `StepRecords.missing` first, so that a forced move is still recorded.
    public func moved(to stage: Stage, on day: Day, note: String = "") -> Initiative {
        var copy = self
        copy.history.append(StepChange(from: self.stage, to: stage, date: day, note: note))
        copy.stage = stage
        return copy
    }
}
