import Foundation
import KnooppuntModel

/// The section picker: which line is selected.
struct PickerState: Hashable, Sendable {
    var index = 0
    /// The section last opened or renamed: a new listing selects it again, because a section created
    /// or renamed meanwhile shifts the lines, and the same index would point at another section.
    var lastSlug: String?
    /// `s` opens a section to ask its school and school year: the question follows the opening.
    var settingsFor: String?
}

extension App {
    static func pickerKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        let entries = state.entries
        switch key {
        case .character("q"): return [.quit]
        case .character("?"): state.helpVisible = true
        case .up, .character("k"), .down, .character("j"):
            PickerFeature.moveSelection(&state, key)
            if entries.indices.contains(state.picker.index) {
                state.picker.lastSlug = entries[state.picker.index].slug
            }
        case .enter, .character("e"):
            guard entries.indices.contains(state.picker.index) else { return [] }
            switch entries[state.picker.index] {
            case .readable(let s):
                state.say(state.words.opening)
                return [.open(slug: s.slug)]
            case .unreadable(let slug, let message):
                state.say(
                    state.words.cannotBeOpened(slug: slug, message: message),
                    error: true)
            }
        case .character("n"):
            ask(
                &state, PickerDialog.newSection, title: state.words.newSectionPicker,
                hint: state.words.nameForExampleSectieFrans)
        case .character("r"):
            guard entries.indices.contains(state.picker.index),
                case .readable(let s) = entries[state.picker.index]
            else { return [] }
            ask(
                &state, PickerDialog.renameSection(slug: s.slug),
                title: state.words.newNameFor(name: s.name), text: s.name)
        case .character("s"):
            guard entries.indices.contains(state.picker.index),
                case .readable(let s) = entries[state.picker.index]
            else { return [] }
            return PickerFeature.askSchool(&state, slug: s.slug)
        case .character("g"), .function(5):
            return [.listSections]
        default: break
        }
        return []
    }

    static func renderPicker(_ state: AppState, into grid: inout Grid, area: Rect) {
        let theme = state.theme
        grid.put(state.words.sections, x: area.x + 1, y: area.y, style: theme.title, clip: area)
        if state.entries.isEmpty {
            grid.put(
                state.listedOnce
                    ? state.words.noSectionsYetPressNTo
                    : state.words.lookingForSections,
                x: area.x + 1, y: area.y + 2, style: theme.muted, clip: area)
            return
        }
        let list = Rect(x: area.x + 1, y: area.y + 2, width: area.width - 2, height: area.height - 2)
        let start = PickerFeature.list(state, area).start
        let longest =
            state.entries.map { entry -> Int in
                if case .readable(let s) = entry { return DisplayWidth.of(s.name) }
                return 0
            }.max() ?? 0
        for (i, entry) in state.entries.enumerated().dropFirst(start).prefix(list.height) {
            let y = list.y + i - start
            let selected = i == state.picker.index
            switch entry {
            case .readable(let s):
                let counts = state.words.peopleInitiativesMeetings(
                    people: s.people, initiatives: s.initiatives, meetings: s.meetings)
                let nameWidth = min(longest, 40, list.width / 2)
                // The open section shows its school and year as they are now, others as listed.
                let live = state.open?.slug == s.slug ? state.open?.section : nil
                let place = [live?.school ?? s.school, live?.schoolYear ?? s.schoolYear].filter {
                    !$0.isEmpty
                }
                let line =
                    TextLayout.fit(s.name, width: nameWidth) + "  " + counts
                    + (place.isEmpty ? "" : " · " + place.joined(separator: " "))
                grid.put(
                    TextLayout.fit(line, width: list.width), x: list.x, y: y,
                    style: selected ? theme.selection : .plain, clip: list)
            case .unreadable(let slug, let message):
                let line = "! \(slug): " + message
                grid.put(
                    TextLayout.fit(line, width: list.width), x: list.x, y: y,
                    style: selected ? theme.selection : theme.warning, clip: list)
            }
        }
        // The whole message of a file that does not read, under the list: which file, where, what to do.
        if state.entries.indices.contains(state.picker.index),
            case .unreadable(let slug, let message) = state.entries[state.picker.index]
        {
            let lines = TextLayout.wrap(
                state.words.thisFileDoesNotOpenAnd + slug + ".json — " + message,
                width: list.width)
            let top = max(list.y + min(list.height, state.entries.count) + 1, list.maxY - lines.count)
            for (i, l) in lines.enumerated() where top + i < list.maxY {
                grid.put(l, x: list.x, y: top + i, style: theme.warning, clip: list)
            }
        }
    }
}
