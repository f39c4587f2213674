import Foundation
import KnooppuntModel

/// The interventions screen: which intervention is selected, and the screen to go back to. The
/// sociogram and measurement are those of screen 4 (`state.sociogram`), so ←→ here and `M` there
/// move through the same measurements.
struct InterventiesState: Hashable, Sendable {
    var selected = 0
    var returnTo: ScreenKind = .sociogram
}

extension App {
    /// The sociogram and measurement index screen 4 shows, when there is a measurement.
    static func interventionTarget(_ state: AppState) -> (Sociogram, Int)? {
        guard let s = state.sociogram.sociogram(state.section), !s.measurements.isEmpty else { return nil }
        return (s, state.sociogram.measurementIndex(s))
    }

    static func currentInterventions(_ state: AppState) -> [SociogramIntervention] {
        guard let (s, m) = interventionTarget(state) else { return [] }
        return state.section.instruments.interventions(sociogram: s.id, measurement: s.measurements[m].id)
    }

    static func selectedIntervention(_ state: AppState) -> SociogramIntervention? {
        let list = currentInterventions(state)
        return list.indices.contains(state.interventies.selected) ? list[state.interventies.selected] : nil
    }

    static func interventiesKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        let count = currentInterventions(state).count
        switch key {
        case .down, .character("j"), .up, .character("k"):
            state.interventies.selected = ListPlacement.stepped(
                state.interventies.selected, by: key, count: count)
        case .left, .right, .character("h"), .character("l"):
            guard let (s, m) = interventionTarget(state) else { return [] }
            let step = key == .left || key == .character("h") ? -1 : 1
            state.sociogram.measurement = (m + step + s.measurements.count) % s.measurements.count
            state.interventies.selected = 0
        case .character("a"):
            guard let (s, m) = interventionTarget(state) else {
                return state.refuse(state.words.firstASociogramWithAMeasurement)
            }
            askWhat(
                &state,
                SociogramIntervention(sociogramID: s.id, measurementID: s.measurements[m].id, what: ""),
                isNew: true)
        case .character("e"), .enter:
            guard let i = selectedIntervention(state) else { return [] }
            askWhat(&state, i, isNew: false)
        case .character(" "), .character("d"):
            guard let i = selectedIntervention(state) else { return [] }
            var section = state.section
            guard let at = section.instruments.interventions.firstIndex(where: { $0.id == i.id }) else {
                return []
            }
            section.instruments.interventions[at].done.toggle()
            let done = section.instruments.interventions[at].done
            return change(
                &state, to: section,
                message: done
                    ? state.words.doneInterventies(what: i.what)
                    : state.words.openAgainInterventies(what: i.what))
        case .character("x"), .delete:
            guard let i = selectedIntervention(state) else { return [] }
            confirm(
                &state,
                state.words.removeTheIntervention(what: i.what),
                details: [state.words.uUndoesIt],
                action: InterventiesDialog.remove(i.id))
        case .escape:
            return InterventiesFeature.back(&state)
        default:
            return nil
        }
        return []
    }

    static func askWhat(_ state: inout AppState, _ draft: SociogramIntervention, isNew: Bool) {
        InterventiesFeature.askQuestion(&state, .what(draft, isNew: isNew))
    }
}
