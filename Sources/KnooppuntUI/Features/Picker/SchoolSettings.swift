import Foundation
import KnooppuntModel

/// `s` in the picker: the school and school year of a section, asked one after the other and changed
/// as any change is (undo, save). The section is opened first: its revision is then known, so the
/// change can never overwrite a colleague's save, and the questions follow the opening.
extension PickerFeature {
    static func askSchool(_ state: inout AppState, slug: String) -> [Effect] {
        guard let open = state.open, open.slug == slug else {
            state.picker.settingsFor = slug
            state.picker.lastSlug = slug
            state.say(state.words.opening)
            return [.open(slug: slug)]
        }
        App.ask(
            &state, PickerDialog.school(slug: slug),
            title: state.words.schoolOf(name: open.section.name),
            hint: state.words.forExampleHetBakenEmptyNone,
            text: open.section.school)
        return []
    }

    static func answerSchool(_ state: inout AppState, _ prompt: Prompt, _ text: String, slug: String)
        -> [Effect]
    {
        var school = ""
        if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            switch Rulebook.validName(text, state.options.language) {
            case .success(let valid): school = valid
            case .failure(let why): return App.reject(&state, prompt, why)
            }
        }
        let current = state.open?.section.schoolYear ?? ""
        App.ask(
            &state, PickerDialog.schoolYear(slug: slug, school: school),
            title: state.words.schoolYear,
            hint: state.words.like20262027EmptyNone,
            text: current.isEmpty ? SchoolYear.containing(state.options.today) : current)
        return []
    }

    static func answerSchoolYear(
        _ state: inout AppState, _ prompt: Prompt, _ text: String, slug: String, school: String
    ) -> [Effect] {
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var year = ""
        if !typed.isEmpty {
            guard let valid = SchoolYear.normalized(typed) else {
                return App.reject(
                    &state, prompt,
                    state.words.notASchoolYearWriteTwo)
            }
            year = valid
        }
        guard let open = state.open, open.slug == slug else { return [] }
        var section = open.section
        section.school = school
        section.schoolYear = year
        guard section != open.section else { return [] }
        let shown = [school, year].filter { !$0.isEmpty }.joined(separator: ", ")
        return App.change(
            &state, to: section,
            message: shown.isEmpty
                ? state.words.schoolAndSchoolYearCleared
                : state.words.set(shown: shown))
    }
}
