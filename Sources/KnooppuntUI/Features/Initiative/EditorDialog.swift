import Foundation
import KnooppuntModel

/// The initiative editor's questions: experiences (date, text, editing one), the people pickers
/// (initiators, involved), the origin, and the two removals.
enum EditorDialog: DialogReply {
    case experienceDate(initiative: UUID)
    case experienceText(initiative: UUID, date: Day)
    case experienceEdit(initiative: UUID, index: Int)
    case initiators(initiative: UUID)
    case involved(initiative: UUID)
    case origin(initiative: UUID)
    case deleteExperience(initiative: UUID, index: Int)
    case removeInvolvement(initiative: UUID, person: UUID)
    case trialParticipants(initiative: UUID)
    case evidence(initiative: UUID)
    case trialLogDate(initiative: UUID)
    case trialLogPeople(initiative: UUID, date: Day)
    case trialLogText(initiative: UUID, date: Day, people: [UUID])
    case trialLogEdit(initiative: UUID, index: Int)
    case deleteTrialLog(initiative: UUID, index: Int)

    static var owner: ScreenKind { .editor }
    var keptOnInterrupt: Bool {
        switch self {
        case .experienceDate, .trialLogDate: return false
        default: return true
        }
    }
}

extension InitiativeFeature {
    /// The changed text of a dated entry (an experience, a trial log line); nil when it is refused, as
    /// a note or for being empty (`empty` says that d removes it instead).
    static func editedNote(_ state: inout AppState, _ prompt: Prompt, _ text: String, empty: String)
        -> String?
    {
        switch Rulebook.validNote(text, state.options.language) {
        case .failure(let why):
            _ = App.reject(&state, prompt, why)
            return nil
        case .success(let note):
            if note.isEmpty { state.say(empty, error: true) }
            return note.isEmpty ? nil : note
        }
    }

    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        let language = state.options.language
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var s = state.section
        switch prompt.purpose.reply(EditorDialog.self) {
        case .experienceDate(let initiative):
            switch App.typedDate(state, trimmed) {
            case .failure(let why): return App.reject(&state, prompt, why)
            case .success(let day):
                let date = day ?? state.options.today
                App.ask(
                    &state, EditorDialog.experienceText(initiative: initiative, date: date),
                    title: state.words.experienceOf(date: date),
                    hint: state.words.whatWentWellWhatNotHow,
                    multiline: true)
                return []
            }
        case .experienceEdit(let id, let index):
            guard let i = s.initiatives.firstIndex(where: { $0.id == id }),
                s.initiatives[i].experiences.indices.contains(index)
            else { return [] }
            let empty = state.words.emptyTextDRemovesAnExperience
            guard let note = editedNote(&state, prompt, text, empty: empty) else { return [] }
            s.initiatives[i].experiences[index].text = note
            return App.change(&state, to: s)
        case .experienceText(let id, let day):
            guard !trimmed.isEmpty else { return [] }
            switch Rulebook.validNote(text, language) {
            case .failure(let why): return App.reject(&state, prompt, why)
            case .success(let note):
                return App.edit(&state, \.initiatives, id, message: state.words.experienceRecorded) {
                    $0.experiences.append(Experience(date: day, text: note))
                    $0.experiences.sort { $0.date < $1.date }
                }
            }
        case .trialLogDate, .trialLogText, .trialLogEdit:
            return trialLogAnswer(&state, prompt, text)
        default:
            return []
        }
    }

    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] {
        let chosenIDs = choice.markedIDs
        switch choice.purpose.reply(EditorDialog.self) {
        case .initiators(let id):
            return App.edit(&state, \.initiatives, id) {
                $0.initiators = kept($0.initiators, chosen: chosenIDs)
            }
        case .involved(let id):
            return App.edit(&state, \.initiatives, id) { initiative in
                let people = kept(initiative.involved.map(\.personID), chosen: chosenIDs)
                initiative.involved = people.map { p in
                    initiative.involved.first { $0.personID == p }
                        ?? Involvement(personID: p, positions: [.partner])
                }
            }
        case .trialParticipants(let id):
            return App.edit(&state, \.initiatives, id) {
                $0.details.trialParticipants = kept($0.details.trialParticipants, chosen: chosenIDs)
            }
        case .evidence(let id):
            let evidence = Set(choice.markedValues.compactMap { $0.text(as: EvidenceKind.self) })
            return App.edit(&state, \.initiatives, id) { $0.details.evidence = evidence }
        case .trialLogPeople(let id, let date):
            askTrialLogText(&state, id, date: date, people: chosenIDs)
            return []
        case .origin(let id):
            guard let origin = choice.value.text(as: Origin.self) else { return [] }
            return App.edit(&state, \.initiatives, id) { $0.origin = origin }
        default:
            return []
        }
    }

    /// The people still chosen in the order the list had them, then the newly chosen ones in the
    /// order of the choice: unticking and ticking in a choice list never reshuffles who was there.
    static func kept(_ current: [UUID], chosen: [UUID]) -> [UUID] {
        let stay = current.filter { chosen.contains($0) }
        return stay + chosen.filter { !stay.contains($0) }
    }

    static func confirmed(_ state: inout AppState, _ confirmation: Confirmation) -> [Effect] {
        switch confirmation.action.reply(EditorDialog.self) {
        case .deleteExperience(let id, let index):
            return App.edit(&state, \.initiatives, id, message: state.words.experienceRemoved) {
                if $0.experiences.indices.contains(index) { $0.experiences.remove(at: index) }
            }
        case .deleteTrialLog(let id, let index):
            return App.edit(&state, \.initiatives, id, message: state.words.entryRemoved) {
                if $0.details.trialLog.indices.contains(index) { $0.details.trialLog.remove(at: index) }
            }
        case .removeInvolvement(let id, let person):
            return App.edit(&state, \.initiatives, id) { $0.involved.removeAll { $0.personID == person } }
        default:
            return []
        }
    }
}
