import KnooppuntModel
import KnooppuntUI
import KnooppuntWords

/// The command line speaks through `Words` (`say.cliNoPerson(query:section:)`: the sentences of the word
/// tables). Where a sentence needs a choice or a list, a member of `Words` picks the key, written once for
/// both languages: the refusals of what the options are given stand here, the others in the files named
/// after what they word (`StepMove+Words.swift`, `Lookup+Words.swift`, `Sharing+Words.swift`,
/// `Outcome+Words.swift`).
extension Words {
    /// The language of these words, for the summaries the model words itself (what came in).
    var language: Language { isEnglish ? .en : .nl }

    /// One of the two sentences a value carries in both languages (a repair), in this language.
    func pick(dutch: String, english: String) -> String { isEnglish ? english : dutch }

    /// "md, html of csv": the items, the last two joined by `word` (`cliOr`, `cliAnd`).
    func list(_ items: [String], joinedBy word: String) -> String {
        items.dropLast().joined(separator: ", ") + (items.count > 1 ? word : "") + (items.last ?? "")
    }

    func nameRefused(_ what: TypedName, reason: TextRefusal) -> String {
        cliNameRefused(name: what.words(self), reason: lowercased(reason))
    }
    func noteRefused(_ reason: TextRefusal) -> String { cliNoteRefused(reason: lowercased(reason)) }
    func optionRefused(_ option: String, reason: TextRefusal) -> String {
        cliOptionRefused(option: option, reason: reason.text(self))
    }
    func repaired(_ file: String, _ repair: SectionRepair) -> String {
        cliRepaired(file: file, repair: pick(dutch: repair.dutch, english: repair.english))
    }
    func formatRefused(_ given: String, formats: [String]) -> String {
        choiceRefused("--format", choices: formats, given: given)
    }
    func choiceRefused(_ option: String, choices: [String], given: String) -> String {
        cliChoiceRefused(option: option, choices: list(choices, joinedBy: cliOr), given: given)
    }
    func giveOneOf(_ options: [String]) -> String { cliGiveOneOf(options: list(options, joinedBy: cliAnd)) }
    func severalPeopleFor(_ option: String, query: String, names: [String]) -> String {
        cliSeveralPeopleFor(
            option: option, query: query, count: names.count, names: names.joined(separator: ", "))
    }
    func scoreRefused(_ index: Int, given: String, range: ClosedRange<Int>) -> String {
        cliScoreRefused(index: index, given: given, lowest: range.lowerBound, highest: range.upperBound)
    }

    /// A refusal in the middle of a sentence, so with a small first letter.
    private func lowercased(_ reason: TextRefusal) -> String {
        CommandSupport.lowercasingFirst(reason.text(self))
    }
}
