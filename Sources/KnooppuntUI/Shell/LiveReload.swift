import Foundation
import KnooppuntModel

/// Colleagues' changes arriving while the section is open: the clock asks the executable to look at
/// the file every tick; a change on disk is taken over at once when nothing here waits to be saved
/// (otherwise the next save merges it). A save that found a newer file comes back merged.
extension App {
    static func watch(_ state: AppState) -> [Effect] {
        guard let open = state.open, !state.saveInFlight, state.conflict == nil, !state.quitting else {
            return []
        }
        return [.watch(slug: open.slug, revision: open.revision)]
    }

    static func changedOnDisk(
        _ state: inout AppState, slug: String, section: Section, revision: Int, summary: String
    )
        -> [Effect]
    {
        guard state.open?.slug == slug, revision != state.open?.revision else { return [] }
        if state.hasUnsavedWork {
            // Our change is not on disk yet: saving it merges theirs in (see `merged`).
            return state.saveInFlight || state.conflict != nil ? [] : save(&state)
        }
        adopt(&state, section: section, revision: revision)
        state.say(state.words.cameInFromElsewhere(summary: summary))
        return []
    }

    static func merged(
        _ state: inout AppState, slug: String, section: Section, revision: Int, summary: String,
        conflicts: Int
    ) -> [Effect] {
        guard state.open?.slug == slug else { return [] }
        state.saveInFlight = false
        state.conflict = nil
        adopt(&state, section: section, revision: revision)
        let extra =
            conflicts == 0
            ? ""
            : state.words.conflictSWaitCShowsThem(conflicts: conflicts)
        state.say(state.words.mergedWithAChangeFromElsewhere(summary: summary) + extra)
        if state.unsavedChange { return save(&state) }
        return state.quitting ? [.quit] : []
    }

    /// Takes over a section from disk, keeping selections by id and any text being typed. Undo stays
    /// meaningful: the colleague's change is carried into every kept value (see `rebased`), so undoing
    /// takes back our own steps and never theirs.
    static func adopt(_ state: inout AppState, section: Section, revision: Int) {
        guard var open = state.open else { return }
        let previous = open.section
        open.section = section
        open.revision = revision
        state.open = open
        state.undoStack = rebased(state.undoStack, from: previous, to: section)
        state.redoStack = rebased(state.redoStack, from: previous, to: section)
        clampSelections(&state)
    }

    /// Earlier values with what came in (the difference from `previous` to `arrived`) merged into
    /// each, newest first. Where that merge would conflict (our earlier step touched what the colleague
    /// changed) the history stops: going back further would take back their change or ours by halves.
    static func rebased(_ stack: [Section], from previous: Section, to arrived: Section) -> [Section] {
        var kept: [Section] = []
        for earlier in stack.reversed() {
            guard
                let merged = try? SectionMerge.merge(
                    base: previous, ours: earlier, theirs: arrived, source: "undo"),
                merged.conflicts.isEmpty
            else { break }
            kept.append(merged.section)
        }
        return kept.reversed()
    }
}
