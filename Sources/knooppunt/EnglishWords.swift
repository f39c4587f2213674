import KnooppuntModel

/// The command line's sentences in English (`--lang en` or an English LANG).
struct EnglishWords: CommandWords {
    func nameRefused(_ what: TypedName, reason: TextRefusal) -> String {
        let names: [TypedName: String] = [
            .section: "section name", .school: "school name", .schoolYear: "school year",
            .group: "group name",
        ]
        return "The \(names[what] ?? "") was refused: \(CommandSupport.lowercasingFirst(reason.english))"
    }
    func noteRefused(_ reason: TextRefusal) -> String {
        "The note was refused: \(CommandSupport.lowercasingFirst(reason.english))"
    }

    func repaired(_ file: String, _ repair: SectionRepair) -> String {
        "\(file): \(repair.english) (in memory; the file changes only when it is saved)."
    }
    func noMeeting(_ number: Int, section: String, numbers: [String]) -> String {
        "Section “\(section)” has no meeting \(number)"
            + (numbers.isEmpty ? "; it has no meetings yet." : "; it has \(numbers.joined(separator: ", ")).")
    }
    func kind(_ kind: NetworkKind) -> String {
        switch kind {
        case .sociogram: return "sociogram"
        case .ecogram: return "ecogram"
        case .analysis: return "network analysis"
        }
    }
    func noNetworkYet(_ kind: NetworkKind, section: String) -> String {
        "Section “\(section)” has no \(self.kind(kind)) yet; make one in the interface (knooppunt, screen \(kind == .sociogram ? "4" : "3"))\(kind == .sociogram ? " or with knooppunt import survey" : "") first."
    }
    func noNetwork(_ kind: NetworkKind, named: String, section: String, list: String) -> String {
        "No \(self.kind(kind)) named “\(named)” in section “\(section)”; there are: \(list)."
    }
    func severalNetworks(_ kind: NetworkKind, named: String, list: String) -> String {
        "“\(named)” fits several \(self.kind(kind))s (\(list)); give more of the name."
    }
    func formatRefused(_ given: String, formats: [String]) -> String {
        "--format takes \(Self.list(formats, or: "or")), not “\(given)”."
    }
    func noThermometerGroup(_ group: String, section: String) -> String {
        "Section “\(section)” has no thermometer group “\(group)”."
    }

    func stage(_ stage: Stage) -> String { stage.stepNumber.map { "step \($0)" } ?? stage.code }
    func stepMoved(_ name: String, from: Stage, to: Stage, revision: Int) -> String {
        "\(name): \(stage(from)) → \(stage(to)) (\(StepNames.dutch(to))), saved as revision \(revision)."
    }
    func stepStays(_ name: String, at: Stage, reason: StepRefusal) -> String {
        "\(name) stays at \(stage(at)): \(CommandSupport.lowercasingFirst(reason.english))"
    }
    func stepForbidden(_ name: String, from: Stage, to: Stage, reason: StepRefusal) -> String {
        "\(name) cannot go from \(stage(from)) to \(stage(to)): \(CommandSupport.lowercasingFirst(reason.english))"
    }
    func stepMissing(_ name: String, at: Stage, missing: [MissingRecord]) -> String {
        // A list inside one sentence: commas, not semicolons, which read as the end of a clause.
        "\(name) stays at \(stage(at)) because the stappenplan still misses \(missing.map(\.english).joined(separator: ", ")); \(missing.count == 1 ? "record it" : "record them") in the initiative's editor (`knooppunt`, Enter on its card) first, or use --force to move anyway."
    }
    func stepMovedAnyway(missing: [MissingRecord]) -> String {
        "moved with --force although the stappenplan still misses \(missing.map(\.english).joined(separator: ", "))."
    }
    func stepFutureRefused(_ day: Day, name: String) -> String {
        "--on \(day) is after today (\(Day.today)); nothing was written. Give --yes if \(name) really moves on that day."
    }
    func stepFutureQuestion(_ day: Day, name: String) -> String {
        "--on \(day) is after today (\(Day.today)). Move \(name) on that day? [y/N] "
    }

    func stepNoInitiative(_ query: String, section: String, titles: [String]) -> String {
        "Section \(section) has no initiative \(query); "
            + (titles.isEmpty
                ? "it has no initiatives yet." : "its initiatives are \(titles.joined(separator: ", ")).")
    }
    func stepSeveralInitiatives(_ query: String, candidates: [String]) -> String {
        "\(query) matches \(candidates.count) initiatives, \(candidates.joined(separator: ", ")); give the id instead."
    }

    func interventionAgreed(_ number: Int, date: Day, sociogram: String, words: String) -> String {
        "Intervention \(number) agreed on the measurement of \(date) of “\(sociogram)”"
            + (words.isEmpty ? "" : "; “\(words)” is nobody in the section, so it is kept in words") + "."
    }
    func interventionMarked(_ number: Int, done: Bool) -> String {
        "Intervention \(number) marked \(done ? "done" : "open")."
    }
    func contactAdded(_ contact: String, owner: String, wished: Bool, inSection: Bool) -> String {
        "\(contact) is on the long list of \(owner) as \(wished ? "a wished-for" : "a present") contact"
            + (inSection ? "." : " (not a person of the section).")
    }
    func optionRefused(_ option: String, reason: TextRefusal) -> String {
        "\(option): \(reason.english) Nothing was written."
    }
    func severalPeopleFor(_ option: String, query: String, names: [String]) -> String {
        "\(option) “\(query)” names \(names.count) people (\(names.joined(separator: ", "))); give the full name. Nothing was written."
    }
    func giveOneOf(_ options: [String]) -> String {
        "Give at least one of \(Self.list(options, or: "and")); nothing was written."
    }
    func choiceRefused(_ option: String, choices: [String], given: String) -> String {
        "\(option) takes \(Self.list(choices, or: "or")), not “\(given)”."
    }
    func scoreRefused(_ index: Int, given: String, range: ClosedRange<Int>) -> String {
        "Score \(index) of --scores is “\(given)”, but each score must be a whole number from \(range.lowerBound) to \(range.upperBound); nothing was written."
    }

    func thermometerRecorded(_ person: String, sum: Int, band: ThermometerBand, group: String, day: Day)
        -> String
    {
        "\(person): sum \(sum) of 20, band \(band.rawValue) (\(band.englishName): \(band.englishAdvice)); recorded for \(group.isEmpty ? "the whole section" : "“\(group)”") on \(day), without your name."
    }
    func forgetPlan(_ person: String, section: String, mentions: Int, kept: Int) -> [String] {
        [
            "Erase \(person) from “\(section)”:",
            "- the person and every reference to them (initiatives, tasks, networks)",
            "- their private note on this machine (the private file beside the merge bases)",
            mentions == 0
                ? "- no free text mentions them"
                : "- their name in \(mentions) text(s), replaced by \(PersonErasure.placeholder):",
            "- the same in the \(kept) kept version(s) of this section on this machine",
        ]
    }
    func shared(_ folder: String, remote: String?) -> String {
        remote.map { "Shared: \(folder) is in git and pushed to \($0)." }
            ?? "Shared: \(folder) is a git repository; add a remote with --remote to share it."
    }
    func committedHere(_ summary: String?) -> String {
        summary.map { "Committed here: \($0). No remote to share with (knooppunt share init --remote URL)." }
            ?? "Nothing to share and no remote (knooppunt share init --remote URL)."
    }
    /// "md, html or csv".
    static func list(_ items: [String], or word: String) -> String {
        items.dropLast().joined(separator: ", ") + (items.count > 1 ? " \(word) " : "") + (items.last ?? "")
    }
}
