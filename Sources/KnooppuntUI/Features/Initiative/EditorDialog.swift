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
            guard !trimmed.isEmpty, let i = s.initiatives.firstIndex(where: { $0.id == id }) else {
                return []
            }
            switch Rulebook.validNote(text, language) {
            case .failure(let why): return App.reject(&state, prompt, why)
            case .success(let note):
                s.initiatives[i].experiences.append(Experience(date: day, text: note))
                s.initiatives[i].experiences.sort { $0.date < $1.date }
                return App.change(
                    &state, to: s, message: state.words.experienceRecorded)
            }
        case .trialLogDate, .trialLogText, .trialLogEdit:
            return trialLogAnswer(&state, prompt, text)
        default:
            return []
        }
    }

    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] {
        var s = state.section
        switch choice.purpose.reply(EditorDialog.self) {
        case .initiators(let id), .involved(let id):
            guard let i = s.initiatives.firstIndex(where: { $0.id == id }) else { return [] }
            let chosenIDs = choice.markedIDs
            if case .initiators = choice.purpose.reply(EditorDialog.self) {
                let kept = s.initiatives[i].initiators.filter { chosenIDs.contains($0) }
                s.initiatives[i].initiators = kept + chosenIDs.filter { !kept.contains($0) }
            } else {
                let kept = s.initiatives[i].involved.filter { chosenIDs.contains($0.personID) }
                let added = chosenIDs.filter { p in !kept.contains { $0.personID == p } }.map {
                    Involvement(personID: $0, positions: [.partner])
                }
                s.initiatives[i].involved = kept + added
            }
            return App.change(&state, to: s)
        case .trialParticipants(let id):
            guard let i = s.initiatives.firstIndex(where: { $0.id == id }) else { return [] }
            let chosenIDs = choice.markedIDs
            let kept = s.initiatives[i].details.trialParticipants.filter { chosenIDs.contains($0) }
            s.initiatives[i].details.trialParticipants = kept + chosenIDs.filter { !kept.contains($0) }
            return App.change(&state, to: s)
        case .evidence(let id):
            guard let i = s.initiatives.firstIndex(where: { $0.id == id }) else { return [] }
            s.initiatives[i].details.evidence = Set(
                choice.markedValues.compactMap { $0.text(as: EvidenceKind.self) })
            return App.change(&state, to: s)
        case .trialLogPeople(let id, let date):
            askTrialLogText(&state, id, date: date, people: choice.markedIDs)
            return []
        case .origin(let id):
            guard let origin = choice.value.text(as: Origin.self),
                let i = s.initiatives.firstIndex(where: { $0.id == id })
            else { return [] }
            s.initiatives[i].origin = origin
            return App.change(&state, to: s)
        default:
            return []
        }
    }

    static func confirmed(_ state: inout AppState, _ confirmation: Confirmation) -> [Effect] {
        var s = state.section
        switch confirmation.action.reply(EditorDialog.self) {
        case .deleteExperience(let id, let index):
            guard let i = s.initiatives.firstIndex(where: { $0.id == id }),
                s.initiatives[i].experiences.indices.contains(index)
            else { return [] }
            s.initiatives[i].experiences.remove(at: index)
            return App.change(&state, to: s, message: state.words.experienceRemoved)
        case .deleteTrialLog(let id, let index):
            guard let i = s.initiatives.firstIndex(where: { $0.id == id }),
                s.initiatives[i].details.trialLog.indices.contains(index)
            else { return [] }
            s.initiatives[i].details.trialLog.remove(at: index)
            return App.change(&state, to: s, message: state.words.entryRemoved)
        case .removeInvolvement(let id, let person):
            guard let i = s.initiatives.firstIndex(where: { $0.id == id }) else { return [] }
            s.initiatives[i].involved.removeAll { $0.personID == person }
            return App.change(&state, to: s)
        default:
            return []
        }
    }
}
