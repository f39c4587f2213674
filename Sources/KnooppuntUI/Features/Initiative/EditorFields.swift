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
                title: state.t("Hoe begon het?", "How did it start?"),
                options: Origin.allCases.map {
                    ChoiceOption(label: $0.label(state.options.language), value: .text($0.rawValue))
                },
                selected: Origin.allCases.firstIndex(of: initiative.origin) ?? 0)
        case .people where editor.field == .trialParticipants:
            choosePeople(
                &state, EditorDialog.trialParticipants(initiative: initiative.id),
                title: state.t(
                    "Wie doen mee met uitproberen? (spatie kiest, Enter bevestigt)",
                    "Who takes part in the trial? (space marks, Enter confirms)"),
                marked: Set(initiative.details.trialParticipants))
        case .people:
            choosePeople(
                &state, EditorDialog.initiators(initiative: initiative.id),
                title: state.t(
                    "Initiatiefnemers (spatie kiest, Enter bevestigt)",
                    "Initiators (space marks, Enter confirms)"),
                marked: Set(initiative.initiators))
        case .involved:
            choosePeople(
                &state, EditorDialog.involved(initiative: initiative.id),
                title: state.t(
                    "Betrokkenen (spatie kiest, Enter bevestigt; daarna i p s l g)",
                    "Involved (space marks, Enter confirms; then i p s l g)"),
                marked: Set(initiative.involved.map(\.personID)))
        case .experiences:
            if initiative.experiences.indices.contains(editor.listIndex) {
                let e = initiative.experiences[editor.listIndex]
                ask(
                    &state, EditorDialog.experienceEdit(initiative: initiative.id, index: editor.listIndex),
                    title: state.t("Ervaring van \(e.date)", "Experience of \(e.date)"),
                    hint: state.t(
                        "Ctrl-S of Tab = opslaan, Esc = annuleren; n voegt een nieuwe toe",
                        "Ctrl-S or Tab = save, Esc = cancel; n adds a new one"),
                    text: e.text, multiline: true)
            } else {
                ask(
                    &state, EditorDialog.experienceDate(initiative: initiative.id),
                    title: state.t("Nieuwe ervaring: datum", "New experience: date"),
                    hint: state.t("DD-MM-JJJJ of JJJJ-MM-DD", "DD-MM-YYYY or YYYY-MM-DD"),
                    text: state.options.today.description)
            }
        case .trialLog:
            if initiative.details.trialLog.indices.contains(editor.listIndex) {
                let entry = initiative.details.trialLog[editor.listIndex]
                ask(
                    &state, EditorDialog.trialLogEdit(initiative: initiative.id, index: editor.listIndex),
                    title: state.t("Logboek van \(entry.date)", "Log of \(entry.date)"),
                    hint: state.t(
                        "Ctrl-S of Tab = opslaan, Esc = annuleren; n voegt een nieuwe toe",
                        "Ctrl-S or Tab = save, Esc = cancel; n adds a new one"),
                    text: entry.text, multiline: true)
            } else {
                askTrialLogDate(&state, initiative.id)
            }
        case .evidence:
            choose(
                &state, EditorDialog.evidence(initiative: initiative.id),
                title: state.t(
                    "Waar rust het oordeel op? (spatie kiest, Enter bevestigt)",
                    "What does the view rest on? (space marks, Enter confirms)"),
                options: EvidenceKind.allCases.map {
                    ChoiceOption(
                        label: state.options.language == .nl ? $0.dutch : $0.english,
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
        ask(
            &state, EditorDialog.trialLogDate(initiative: id),
            title: state.t("Logboek uitproberen: datum", "Trial log: date"),
            hint: state.t("DD-MM-JJJJ of JJJJ-MM-DD", "DD-MM-YYYY or YYYY-MM-DD"),
            text: state.options.today.description)
    }

    /// A multiple choice of the section's people with `marked` ticked; with nobody in the section yet,
    /// a message that says where people are added instead of an empty list.
    static func choosePeople(
        _ state: inout AppState, _ purpose: EditorDialog, title: String, marked: Set<UUID>
    ) {
        let people = state.section.people
        guard !people.isEmpty else {
            state.say(
                state.t(
                    "Nog geen mensen in de sectie: voeg ze toe op scherm 5.",
                    "No people in the section yet: add them on screen 5."), error: true)
            return
        }
        choose(
            &state, purpose, title: title,
            options: people.map { ChoiceOption(label: "\($0.initials)  \($0.name)", value: .id($0.id)) },
            marked: Set(people.indices.filter { marked.contains(people[$0].id) }))
    }
}
