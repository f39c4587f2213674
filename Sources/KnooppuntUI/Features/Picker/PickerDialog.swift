import Foundation
import KnooppuntModel

/// The section picker's questions: the name of a new section, a new name for one, and the open
/// section's school and school year (`s`: first the school, then the year).
enum PickerDialog: DialogReply {
    case newSection
    case renameSection(slug: String)
    case school(slug: String)
    case schoolYear(slug: String, school: String)

    static var owner: ScreenKind { .picker }
    var keptOnInterrupt: Bool { false }
}

extension PickerFeature {
    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        guard let reply = prompt.purpose.reply(PickerDialog.self) else { return [] }
        switch reply {
        case .school(let slug): return answerSchool(&state, prompt, text, slug: slug)
        case .schoolYear(let slug, let school):
            return answerSchoolYear(&state, prompt, text, slug: slug, school: school)
        default: break
        }
        switch (reply, Rulebook.validName(text, state.options.language)) {
        case (_, .failure(let why)):
            return App.reject(&state, prompt, why)
        case (.newSection, .success(let name)):
            return [.create(name: name)]
        case (.renameSection(let slug), .success(let name)):
            let revision = state.open?.slug == slug ? (state.open?.revision ?? -1) : -1
            return [.rename(slug: slug, newName: name, expectedRevision: revision)]
        case (.school, _), (.schoolYear, _):
            return []
        }
    }
}
