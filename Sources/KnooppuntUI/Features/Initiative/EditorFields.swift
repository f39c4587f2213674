import Foundation
import KnooppuntModel

/// Moving between the editor's fields and opening one: a text to type, a list to choose from, or a
/// prompt for an experience.
extension App {
    static func listCount(_ initiative: Initiative, _ field: EditorField) -> Int {
        switch field {
        case .involved: return initiative.involved.count
        case .experiences: return initiative.experiences.count
        case .history: return initiative.history.count
        case .trialLog: return initiative.details.trialLog.count
        default: return 0
        }
    }

    static func moveField(_ state: inout AppState, forward: Bool) {
        guard var editor = state.editor else { return }
        let all = EditorField.allCases
        let i = all.firstIndex(of: editor.field) ?? 0
        editor.field = all[max(0, min(all.count - 1, i + (forward ? 1 : -1)))]
        editor.listIndex = 0
        state.editor = editor
    }

    static func editField(_ state: inout AppState) {
        guard let editor = state.editor, let initiative = editedInitiative(state) else { return }
        switch editor.field.kind {
        case .line, .text, .date: startEditing(&state)
        case .origin:
            choose(
                &state, EditorDialog.origin(initiative: initiative.id),
                title: state.words.howDidItStart,
                options: Origin.allCases.map {
                    ChoiceOption(label: $0.label(state.options.language), value: .text($0.rawValue))
                },
                selected: Origin.allCases.firstIndex(of: initiative.origin) ?? 0)
        case .people where editor.field == .trialParticipants:
            choosePeople(
                &state, EditorDialog.trialParticipants(initiative: initiative.id),
                title: state.words.whoTakesPartInTheTrial,
                marked: Set(initiative.details.trialParticipants))
        case .people:
            choosePeople(
                &state, EditorDialog.initiators(initiative: initiative.id),
                title: state.words.initiatorsSpaceMarksEnterConfirms,
                marked: Set(initiative.initiators))
        case .involved:
            choosePeople(
                &state, EditorDialog.involved(initiative: initiative.id),
                title: state.words.involvedSpaceMarksEnterConfirmsThen,
                marked: Set(initiative.involved.map(\.personID)))
        case .experiences, .trialLog:
            editDatedEntry(
                &state, initiative, experiences: editor.field.kind == .experiences, index: editor.listIndex)
        case .evidence:
            choose(
                &state, EditorDialog.evidence(initiative: initiative.id),
                title: state.words.whatDoesTheViewRestOn,
                options: EvidenceKind.allCases.map {
                    ChoiceOption(
                        label: $0.text(state.words),
                        value: .text($0.rawValue))
                },
                marked: Set(
                    EvidenceKind.allCases.indices.filter {
                        initiative.details.evidence.contains(EvidenceKind.allCases[$0])
                    }))
        case .history:
            break
        }
    }

    /// The first question of a new trial log entry: its day (today unless typed otherwise).
    static func askTrialLogDate(_ state: inout AppState, _ id: UUID) {
        askEntryDate(
            &state, EditorDialog.trialLogDate(initiative: id),
            title: state.words.trialLogDate)
    }

    /// The first question of a new experience: its day (today unless typed otherwise).
    static func askExperienceDate(_ state: inout AppState, _ id: UUID) {
        askEntryDate(
            &state, EditorDialog.experienceDate(initiative: id),
            title: state.words.newExperienceDate)
    }

    static func askEntryDate(_ state: inout AppState, _ purpose: EditorDialog, title: String) {
        ask(
            &state, purpose, title: title,
            hint: state.words.ddMMYYYYOrYYYYMM,
            text: state.options.today.description)
    }

    /// The selected line of a dated list (experiences, the trial log) to change; with none selected,
    /// the date of a new one.
    static func editDatedEntry(
        _ state: inout AppState, _ initiative: Initiative, experiences: Bool, index: Int
    ) {
        let entries =
            experiences
            ? initiative.experiences.map { (date: $0.date, text: $0.text) }
            : initiative.details.trialLog.map { (date: $0.date, text: $0.text) }
        guard entries.indices.contains(index) else {
            return experiences
                ? askExperienceDate(&state, initiative.id) : askTrialLogDate(&state, initiative.id)
        }
        let date = entries[index].date
        ask(
            &state,
            experiences
                ? EditorDialog.experienceEdit(initiative: initiative.id, index: index)
                : EditorDialog.trialLogEdit(initiative: initiative.id, index: index),
            title: experiences
                ? state.words.experienceOf(date: date)
                : state.words.logOf(date: date),
            hint: state.words.ctrlSOrTabSaveEscCancel,
            text: entries[index].text, multiline: true)
    }
}
