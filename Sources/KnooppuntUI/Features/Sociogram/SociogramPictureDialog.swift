import Foundation
import KnooppuntModel

/// The keys about the whole sociogram: a new name (`H`), removing it (`V`, confirmed; `u` brings it
/// back) and marking it as the coach's own (`P`), whose measurements then stay in this machine's
/// private file instead of the shared section file (docs/METHOD.md, "Privacy").
extension SociogramFeature {
    static func pictureKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let s = state.sociogram.sociogram(state.section) else {
            state.say(state.words.noSociogramYetNMakesOne)
            return []
        }
        switch key {
        case .character("H"):
            App.ask(
                &state, SociogramDialog.renameSociogram(s.id),
                title: state.words.newNameOfThisSociogram, text: s.name)
        case .character("V"):
            App.confirm(
                &state,
                state.words.removeTheSociogram(name: s.name),
                details: [
                    state.words.withMeasurementSUUndoesIt(count: s.measurements.count)
                ],
                action: SociogramDialog.removeSociogram(s.id))
        default:
            var section = state.section
            section.networks.sociograms[state.sociogram.index].coachOwn.toggle()
            let own = section.networks.sociograms[state.sociogram.index].coachOwn
            return App.change(
                &state, to: section,
                message: own
                    ? state.words.theCoachSOwnSociogramIts
                    : state.words.sharedSociogramItsMeasurementsGoInto)
        }
        return []
    }

    static func renameSociogram(_ state: inout AppState, _ id: UUID, _ prompt: Prompt, _ text: String)
        -> [Effect]
    {
        let name: String
        switch Rulebook.validName(text, state.options.language) {
        case .success(let valid): name = valid
        case .failure(let why): return App.reject(&state, prompt, why)
        }
        return App.edit(&state, \.networks.sociograms, id, message: state.words.renamedTo(name: name)) {
            $0.name = name
        }
    }

    static func removeSociogram(_ state: inout AppState, _ id: UUID) -> [Effect] {
        var section = state.section
        guard let i = section.networks.sociograms.firstIndex(where: { $0.id == id }) else { return [] }
        let name = section.networks.sociograms.remove(at: i).name
        state.sociogram.index = max(0, min(state.sociogram.index, section.networks.sociograms.count - 1))
        state.sociogram.measurement = nil
        state.sociogram.topic = nil
        return App.change(
            &state, to: section,
            message: state.words.removedUUndo(name: name))
    }
}
