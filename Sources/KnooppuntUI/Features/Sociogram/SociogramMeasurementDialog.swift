import Foundation
import KnooppuntModel

/// The sociogram's questions about measurements: the date of a new one and whether it starts empty or
/// from a copy of the previous one's ties (`N`), a new date (`D`), a name (`R`), and removing one (`X`,
/// confirmed; undo brings it back).
enum SociogramDialog: DialogReply {
    case newMeasurementDate
    case newMeasurementStart(Day)
    case redate(UUID)
    case rename(UUID)
    case remove(UUID)
    /// The whole sociogram (`H`, `V`; see SociogramPictureDialog.swift).
    case renameSociogram(UUID)
    case removeSociogram(UUID)

    static var owner: ScreenKind { .sociogram }
}

extension SociogramFeature {
    /// The measurement keys of the drawing and the figures, and `I` (import a survey); everything else
    /// goes to the screen.
    static func handle(_ state: inout AppState, _ event: Event) -> [Effect]? {
        let screen = state.sociogram
        guard !screen.isEditingText, screen.mode != .matrix, case .key(let key) = event,
            ["N", "D", "R", "X", "I", "A", "H", "V", "P"].map({ Key.character($0) }).contains(key)
        else { return handleOnScreen(&state, event) }
        if [Key.character("H"), .character("V"), .character("P")].contains(key) {
            return pictureKey(&state, key)
        }
        // I works also before there is a sociogram: the import makes the first one.
        if key == .character("I") {
            SurveyImportFeature.askPath(&state)
            return []
        }
        if key == .character("A") { return InterventiesFeature.enter(&state) }
        guard let s = screen.sociogram(state.section) else { return handleOnScreen(&state, event) }
        if key == .character("N") {
            App.ask(
                &state, SociogramDialog.newMeasurementDate,
                title: state.words.dateOfTheNewMeasurement,
                hint: state.words.forExample1512027Or,
                text: state.options.today.description)
            return []
        }
        // D, R and X are about the measurement on screen.
        guard !s.measurements.isEmpty else { return noMeasurement(&state) }
        let current = s.measurements[screen.measurementIndex(s)]
        switch key {
        case .character("D"):
            App.ask(
                &state, SociogramDialog.redate(current.id),
                title: state.words.newDateOfThisMeasurement,
                hint: state.words.forExample1512027Or,
                text: current.date.description)
        case .character("R"):
            App.ask(
                &state, SociogramDialog.rename(current.id),
                title: state.words.nameOfThisMeasurement,
                hint: state.words.forExampleAutumn2026EmptyThe,
                text: current.label)
        default:
            App.confirm(
                &state,
                state.words.removeTheMeasurementOf(date: current.date),
                details: [
                    state.words.itsChoicesGoWithItU(count: current.choices.count)
                ],
                action: SociogramDialog.remove(current.id))
        }
        return []
    }

    static func noMeasurement(_ state: inout AppState) -> [Effect] {
        state.say(state.words.thisSociogramHasNoMeasurementYet)
        return []
    }

    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        guard let reply = prompt.purpose.reply(SociogramDialog.self) else { return [] }
        let index = state.sociogram.index
        var section = state.section
        guard section.networks.sociograms.indices.contains(index) else { return [] }
        switch reply {
        case .newMeasurementDate, .redate:
            guard let day = Day(typed: text) else {
                return App.reject(
                    &state, prompt,
                    state.words.notADateWriteForExample)
            }
            if case .redate(let id) = reply {
                guard let at = section.networks.sociograms[index].redate(id, to: day) else { return [] }
                state.sociogram.measurement = at
                return App.change(
                    &state, to: section,
                    message: state.words.measurementMovedTo(day: day))
            }
            let s = section.networks.sociograms[index]
            guard let previous = s.measurements.last(where: { $0.date <= day }) else {
                return create(&state, SociogramMeasurement(date: day), copied: nil)
            }
            App.choose(
                &state, SociogramDialog.newMeasurementStart(day),
                title: state.words.newMeasurementOf(day: day),
                options: [
                    ChoiceOption(label: state.words.startEmpty, value: .text("empty")),
                    ChoiceOption(
                        label: state.words.startFromACopyOfThe(
                            count: previous.choices.count, date: previous.date),
                        value: .text("copy")),
                ])
            return []
        case .rename(let id):
            guard let m = section.networks.sociograms[index].measurements.firstIndex(where: { $0.id == id })
            else { return [] }
            let label = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !label.isEmpty, case .failure(let why) = Rulebook.validName(label, state.options.language) {
                return App.reject(&state, prompt, why)
            }
            guard section.networks.sociograms[index].measurements[m].label != label else { return [] }
            return App.change(&state) { edited in
                edited.networks.sociograms[index].measurements[m].label = label
                return true
            }
        case .renameSociogram(let id):
            return renameSociogram(&state, id, prompt, text)
        default:
            return []
        }
    }

    static func chosen(_ state: inout AppState, _ choice: Choice) -> [Effect] {
        guard case .newMeasurementStart(let day)? = choice.purpose.reply(SociogramDialog.self),
            let raw = choice.value.text,
            let s = state.sociogram.sociogram(state.section)
        else { return [] }
        if raw == "copy" {
            return create(
                &state, s.copyOfPrevious(on: day), copied: s.measurements.last { $0.date <= day }?.date)
        }
        return create(&state, SociogramMeasurement(date: day), copied: nil)
    }

    static func create(_ state: inout AppState, _ measurement: SociogramMeasurement, copied: Day?) -> [Effect]
    {
        let index = state.sociogram.index
        guard state.section.networks.sociograms.indices.contains(index) else { return [] }
        var at = 0
        let day = measurement.date
        let message =
            copied.map {
                state.words.newMeasurementOfWithTheChoices(day: day, value: $0)
            }
            ?? state.words.newMeasurementOfFillInThe(day: day)
        let effects = App.change(&state, message: message) { section in
            at = section.networks.sociograms[index].insert(measurement)
            return true
        }
        state.sociogram.measurement = at
        return effects
    }

    static func confirmed(_ state: inout AppState, _ confirmation: Confirmation) -> [Effect] {
        if case .removeSociogram(let id)? = confirmation.action.reply(SociogramDialog.self) {
            return removeSociogram(&state, id)
        }
        guard case .remove(let id)? = confirmation.action.reply(SociogramDialog.self) else { return [] }
        var section = state.section
        let index = state.sociogram.index
        guard section.networks.sociograms.indices.contains(index),
            let m = section.networks.sociograms[index].measurements.firstIndex(where: { $0.id == id })
        else { return [] }
        let date = section.networks.sociograms[index].measurements[m].date
        section.networks.sociograms[index].measurements.remove(at: m)
        state.sociogram.measurement = nil
        return App.change(
            &state, to: section,
            message: state.words.measurementOfRemovedUUndo(date: date))
    }
}
