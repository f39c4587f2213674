import Foundation
import KnooppuntModel

/// The trial log's questions in order: the day, who tried it (may be nobody in particular), what
/// happened. Editing an entry asks only for its text.
extension InitiativeFeature {
    static func trialLogAnswer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        let language = state.options.language
        var s = state.section
        switch prompt.purpose.reply(EditorDialog.self) {
        case .trialLogDate(let id):
            switch App.typedDate(state, text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            case .failure(let why): return App.reject(&state, prompt, why)
            case .success(let day):
                let date = day ?? state.options.today
                guard !state.section.people.isEmpty else {
                    askTrialLogText(&state, id, date: date, people: [])
                    return []
                }
                App.choosePeople(
                    &state, EditorDialog.trialLogPeople(initiative: id, date: date),
                    title: state.words.whoTriedItSpaceMarksEnter,
                    marked: Set(state.section.initiative(id)?.details.trialParticipants ?? []))
                return []
            }
        case .trialLogText(let id, let date, let people):
            switch Rulebook.validNote(text, language) {
            case .failure(let why): return App.reject(&state, prompt, why)
            case .success(let note):
                guard !note.isEmpty else { return [] }
                return App.edit(&state, \.initiatives, id, message: state.words.addedToTheTrialLog) {
                    $0.details.trialLog.append(TrialLogEntry(date: date, people: people, text: note))
                    $0.details.trialLog.sort { $0.date < $1.date }
                }
            }
        case .trialLogEdit(let id, let index):
            guard let i = s.initiatives.firstIndex(where: { $0.id == id }),
                s.initiatives[i].details.trialLog.indices.contains(index)
            else { return [] }
            let empty = state.words.emptyTextDRemovesTheEntry
            guard let note = editedNote(&state, prompt, text, empty: empty) else { return [] }
            s.initiatives[i].details.trialLog[index].text = note
            return App.change(&state, to: s)
        default:
            return []
        }
    }

    static func askTrialLogText(_ state: inout AppState, _ id: UUID, date: Day, people: [UUID]) {
        App.ask(
            &state, EditorDialog.trialLogText(initiative: id, date: date, people: people),
            title: state.words.logOfWhatHappened(date: date),
            hint: state.words.ctrlSOrTabSaveEsc,
            multiline: true)
    }
}

extension App {
    /// Puts a trial log entry on the agenda of the next meeting, under Ervaringen uitwisselen, as a line
    /// of text: what happened in class is what the section wants to hear about there.
    static func sendLogEntryToAgenda(_ state: inout AppState, _ initiative: Initiative, index: Int)
        -> [Effect]
    {
        guard initiative.details.trialLog.indices.contains(index) else { return [] }
        guard let meeting = state.section.nextMeeting(after: state.options.today) else {
            return state.refuse(state.words.noComingMeetingWithADate)
        }
        let entry = initiative.details.trialLog[index]
        let line = TextRules.singleLine("\(initiative.title), \(entry.date): \(entry.text)")
        let text = TextLayout.truncate(line, width: TextRules.nameLimit)
        var s = state.section
        s.agenda.append(
            AgendaItem(
                meetingID: meeting.id, column: .ervaringenUitwisselen, subject: .text(text),
                placedByHand: true))
        return change(
            &state, to: s,
            message: state.words.putOnTheAgendaOfMeeting(number: meeting.number))
    }
}
