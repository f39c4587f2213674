import KnooppuntModel

/// The command line's sentences in English (`--lang en` or an English LANG).
struct EnglishWords: CommandWords {
    let errorPrefix = "Error: "
    let warningPrefix = "Warning: "
    func helpHint(_ command: String) -> String { "Run `\(command) --help` for the options." }

    let dataDirEmpty =
        "--data-dir was given an empty folder name; name a folder, or leave the option out to use the default."
    func langRefused(_ given: String) -> String { "--lang takes nl or en, not “\(given)”." }
    func widthRefused(_ width: Int) -> String { "--width must be between 40 and 1000 columns, not \(width)." }
    func heightRefused(_ height: Int) -> String { "--height must be between 12 and 500 rows, not \(height)." }
    let todayRefused = "--today must be a date written as YYYY-MM-DD or DD-MM-YYYY."
    func measurementRefused(_ given: Int) -> String { "--measurement counts from 1, not \(given)." }
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
    func savedMeanwhile(_ section: String, found: Int, expected: Int) -> String {
        "Section \(section) was saved by someone else while this command ran (revision \(found), this command read \(expected)); nothing was written — run the command again."
    }
    func cannotRead(_ file: String) -> String {
        "Cannot read \(file): the file does not exist or is not readable."
    }
    let nothingImported = "Nothing was imported."
    func importProblems(_ count: Int) -> String { "\(count) problems; nothing was imported." }

    func noPerson(_ query: String, section: String) -> String {
        "Section “\(section)” has no person “\(query)”"
    }
    func severalPeople(_ query: String, count: Int, candidates: String) -> String {
        "“\(query)” names \(count) people (\(candidates)); give the full name or the initials"
    }
    let nothingWritten = "; nothing was written."
    func noInitiative(_ query: String, section: String) -> String {
        "Section “\(section)” has no initiative “\(query)”; `knooppunt show stappenplan --section \(section)` lists them."
    }
    func severalInitiatives(_ query: String, count: Int) -> String {
        "“\(query)” names \(count) initiatives; give more of the title or the id (`--format tsv` of show stappenplan lists the ids)."
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
    func noTopic(_ topic: String, sociogram: String, topics: String) -> String {
        "Sociogram “\(sociogram)” has no topic “\(topic)”; its topics are: \(topics)."
    }
    func noSuchMeasurement(_ given: Int, sociogram: String, count: Int) -> String {
        "Sociogram “\(sociogram)” has \(count) measurement(s); --measurement \(given) does not exist."
    }
    func noMeasurementYet(_ sociogram: String) -> String {
        "Sociogram “\(sociogram)” has no measurement yet; make one first (screen 4, N)."
    }

    func formatRefused(_ given: String, formats: [String]) -> String {
        "--format takes \(Self.list(formats, or: "or")), not “\(given)”."
    }
    let outputEmpty = "-o was given an empty file name; name a file, or leave -o out to print the export."
    let nameOneNetwork = "Name one network: --sociogram NAME, --ecogram NAME or --analysis NAME."
    let sociogramOptionsAlone = "--topic and --measurement belong to a sociogram; use them with --sociogram."
    func gexfRefused(_ given: String) -> String { "--gexf takes 1.3 or 1.2, not “\(given)”." }
    let tablesNeedCSV = "--ties and --matrix choose a CSV table; use them with --format csv."
    let oneTable = "Choose one table: --ties or --matrix."
    func noMeasurementToExport(_ sociogram: String) -> String {
        "Sociogram “\(sociogram)” has no measurement yet; nothing to export."
    }
    func noMeasurementOn(_ given: String, sociogram: String, dates: String) -> String {
        "Sociogram “\(sociogram)” has no measurement “\(given)”; its measurements are: \(dates)."
    }
    func outputIsFolder(_ path: String) -> String { "\(path) is a folder; give -o a file name inside it." }
    func folderMissing(_ path: String) -> String {
        "The folder \(path) does not exist; create it first or choose another -o."
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
    func stepBackForward(_ name: String, at: Int, to: Int) -> String {
        "\(name) is at step \(at), so back --to \(to) would move it forward; use `next` to move one step forward."
    }
    func stepBeforeLastChange(_ day: Day, name: String, earliest: Day) -> String {
        "--on \(day) is before the last recorded change of \(name) (\(earliest)); give that day or a later one."
    }
    func stepFutureRefused(_ day: Day, name: String) -> String {
        "--on \(day) is after today (\(Day.today)); nothing was written. Give --yes if \(name) really moves on that day."
    }
    func stepFutureQuestion(_ day: Day, name: String) -> String {
        "--on \(day) is after today (\(Day.today)). Move \(name) on that day? [y/N] "
    }

    func stepToWithoutBack(_ move: String) -> String {
        "--to goes with back (e.g. `back --to 8`); \(move) has one target only."
    }
    func stepToRefused(_ to: Int) -> String { "--to must be a step from 0 to 10, not \(to)." }
    let stepOnRefused =
        "--on must be a date written as YYYY-MM-DD or DD-MM-YYYY, such as 2026-11-21 or 21-11-2026."
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
    func interventionChanged(_ number: Int) -> String { "Intervention \(number) changed." }
    func interventionMarked(_ number: Int, done: Bool) -> String {
        "Intervention \(number) marked \(done ? "done" : "open")."
    }
    func interventionRemoved(_ number: Int, what: String) -> String {
        "Intervention \(number) (“\(what)”) removed."
    }
    func contactAdded(_ contact: String, owner: String, wished: Bool, inSection: Bool) -> String {
        "\(contact) is on the long list of \(owner) as \(wished ? "a wished-for" : "a present") contact"
            + (inSection ? "." : " (not a person of the section).")
    }
    func contactChanged(_ contact: String) -> String { "\(contact) changed." }
    func contactRemoved(_ contact: String) -> String { "\(contact) taken off the long list." }
    func schakelMade(_ contact: String, analysis: String) -> String {
        "\(contact) is now a schakel in “\(analysis)”."
    }

    func optionRefused(_ option: String, reason: TextRefusal) -> String {
        "\(option): \(reason.english) Nothing was written."
    }
    func severalPeopleFor(_ option: String, query: String, names: [String]) -> String {
        "\(option) “\(query)” names \(names.count) people (\(names.joined(separator: ", "))); give the full name. Nothing was written."
    }
    func dateRefused(_ option: String, given: String) -> String {
        "\(option) must be a date such as 2027-03-15 or 15-3-2027, not “\(given)”; nothing was written."
    }
    func giveOneOf(_ options: [String]) -> String {
        "Give at least one of \(Self.list(options, or: "and")); nothing was written."
    }
    func choiceRefused(_ option: String, choices: [String], given: String) -> String {
        "\(option) takes \(Self.list(choices, or: "or")), not “\(given)”."
    }
    func noIntervention(_ number: Int, date: Day, count: Int) -> String {
        "The measurement of \(date) has \(count) intervention(s); --number \(number) does not exist; nothing was written."
    }
    func notOnList(_ contact: String, owner: String) -> String {
        "“\(contact)” is not on the long list of \(owner); nothing was written."
    }
    let ownNameOnList = "A person's own name does not belong on their long list; nothing was written."
    func alreadyOnList(_ contact: String, owner: String) -> String {
        "\(contact) is on the long list of \(owner) already; nothing was written."
    }
    func alreadySchakel(_ contact: String, analysis: String) -> String {
        "\(contact) is already a schakel in “\(analysis)”; nothing was written."
    }
    func scoresCount(_ count: Int, order: String, given: Int) -> String {
        "--scores needs \(count) numbers separated by commas (\(order)), not \(given); nothing was written."
    }
    func scoreRefused(_ index: Int, given: String, range: ClosedRange<Int>) -> String {
        "Score \(index) of --scores is “\(given)”, but each score must be a whole number from \(range.lowerBound) to \(range.upperBound); nothing was written."
    }

    func thermometerRecorded(_ person: String, sum: Int, band: ThermometerBand, group: String, day: Day)
        -> String
    {
        "\(person): sum \(sum) of 20, band \(band.rawValue) (\(band.englishName): \(band.englishAdvice)); recorded for \(group.isEmpty ? "the whole section" : "“\(group)”") on \(day), without your name."
    }
    func dimensionsRecorded(_ person: String, day: Day, answers: Int) -> String {
        "\(person): eleven crosses recorded in the round of \(day), without your name (\(answers) answer(s) in that round)."
    }

    let nothingChanged = "Nothing changed."
    let noTerminalToAsk = "(No terminal to ask; repeat with --yes to do this.)"
    let goAhead = "Go ahead? [y/N] "
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
    func forgotten(revision: Int, rewritten: Int, removed: Int, unchanged: Int) -> String {
        "Erased: saved as revision \(revision); kept versions rewritten \(rewritten), unreadable ones removed \(removed), already clean \(unchanged)."
    }
    let forgetOutOfReach =
        "Out of reach from here: copies of this section on other machines (colleagues' laptops, a synced folder) and any git history of it; erase the person there too."
    func purgePlan(_ section: String, before: Day, measurements: Int) -> String {
        "Remove from “\(section)” everything before \(before):\n- \(measurements) sociogram measurement(s)"
    }
    func purgeVersions(_ count: Int) -> String {
        "- \(count) kept version(s) of the section saved before that day"
    }
    let purgeNothingOld = "Nothing is that old."
    func purged(revision: Int, deleted: Int, rewritten: Int) -> String {
        "Purged: section at revision \(revision); \(deleted) old version(s) deleted, \(rewritten) newer one(s) rewritten without the measurements."
    }

    let needsTerminal = "knooppunt needs a terminal; use `knooppunt show …` for text."
    func noSectionToOpen(_ slug: String, folder: String) -> String {
        "There is no section \"\(slug)\" in \(folder); `knooppunt sections` lists them."
    }

    func shared(_ folder: String, remote: String?) -> String {
        remote.map { "Shared: \(folder) is in git and pushed to \($0)." }
            ?? "Shared: \(folder) is a git repository; add a remote with --remote to share it."
    }
    func cloned(_ url: String, into folder: String) -> String {
        "Cloned \(url) into \(folder); `knooppunt sync` keeps it in step."
    }
    func cloneNotEmpty(_ folder: String) -> String {
        "\(folder) is not empty; clone into an empty data directory (--data-dir)."
    }
    func recovered(_ slug: String, _ line: String) -> String {
        "Recovered: \(slug): this machine's save was replaced by the shared folder; merged back (\(line))."
    }
    let noConflictCopies = "No conflict copies to merge; the shared folder's tool carries the rest."
    func merged(_ line: String) -> String { "Merged: \(line)" }
    func committedHere(_ summary: String?) -> String {
        summary.map { "Committed here: \($0). No remote to share with (knooppunt share init --remote URL)." }
            ?? "Nothing to share and no remote (knooppunt share init --remote URL)."
    }
    func unreachable(_ reason: String) -> String {
        "The shared repository cannot be reached: \(reason). Your work is committed here; sync again later."
    }
    func cameIn(_ line: String) -> String { "Came in: \(line)" }
    func wentOut(_ line: String) -> String { "Went out: \(line)" }
    func openConflicts(_ section: String, count: Int, slug: String) -> String {
        "Open conflicts in \(section): \(count) (knooppunt conflicts --section \(slug))."
    }
    let inStep = "In step."

    /// "md, html or csv".
    static func list(_ items: [String], or word: String) -> String {
        items.dropLast().joined(separator: ", ") + (items.count > 1 ? " \(word) " : "") + (items.last ?? "")
    }
}
