import Foundation
import KnooppuntModel

/// What a screen offers to export with `E`: the thing it shows. The interface only names it; the
/// executable writes the file (the interface never touches a file, nor the exchange formats).
public enum ExportRequest: Hashable, Sendable {
    /// The agenda of the meeting with this number.
    case agenda(meeting: Int)
    /// The minutes of the meeting with this number.
    case minutes(meeting: Int)
    /// The one-page overview of an initiative.
    case initiative(UUID)
    /// A sociogram by its index, with the topic and measurement on screen (nil topic: all topics).
    case sociogram(index: Int, topic: UUID?, measurement: Int)
    case ecogram(index: Int)
    case analysis(index: Int)
    /// The relatie-thermometer of one group (empty name: the whole section), totals only.
    case thermometer(group: String)
    case dimensies
    case review
    /// The interventions agreed on every sociogram measurement.
    case interventies
}

extension App {
    /// `E` (or Ctrl-E, for the ecogram where E is a relation letter): export what the screen shows.
    static func exportScreen(_ state: inout AppState) -> [Effect] {
        guard state.open != nil else { return [] }
        guard let request = ScreenRegistry.feature(state.screen).exportRequest(state) else {
            return state.refuse(state.words.thisScreenHasNothingToExport)
        }
        return exportRequested(&state, request)
    }

    /// The effect that writes `request`, with a word on the status line until the answer comes.
    static func exportRequested(_ state: inout AppState, _ request: ExportRequest) -> [Effect] {
        guard let open = state.open else { return [] }
        state.say(state.words.exporting)
        return [
            .export(
                slug: open.slug, section: open.section, request: request, language: state.options.language)
        ]
    }
}
