import Foundation

/// One name in a folder, as the executable lists it for Tab completion.
public struct PathEntry: Hashable, Sendable {
    public var name: String
    public var isDirectory: Bool

    public init(name: String, isDirectory: Bool) { (self.name, self.isDirectory) = (name, isDirectory) }
}

/// Tab completion in a path prompt, like a shell's: the common beginning of the matching names is
/// filled in (a folder gets its `/`), a second Tab on the same text lists them; `~` stands for the
/// home folder; hidden names take part only when the typed part starts with a dot. Pure: the
/// executable lists the folder (`Effect.completePath`), this decides what the prompt shows.
public enum PathCompletion {
    /// The typed text split at its last `/`: the folder part as typed (with its `/`, possibly empty)
    /// and the beginning of the name.
    public static func split(_ typed: String) -> (folder: String, prefix: String) {
        guard let slash = typed.lastIndex(of: "/") else {
            // "~" alone is the home folder, completed to "~/" like a shell does.
            return typed == "~" ? ("~", "") : ("", typed)
        }
        return (String(typed[...slash]), String(typed[typed.index(after: slash)...]))
    }

    /// The folder to list for `typed`, with `~` expanded to `home`; relative paths stay relative (to
    /// the working folder of the program, where the user started it).
    public static func folderToList(_ typed: String, home: String) -> String {
        let folder = split(typed).folder
        if folder == "~" || folder == "~/" { return home }
        if folder.hasPrefix("~/") { return home + folder.dropFirst(1) }
        return folder.isEmpty ? "." : folder
    }

    public enum Outcome: Hashable, Sendable {
        /// The text grew (a unique name, or the common beginning of several).
        case completed(String)
        /// Several names share no longer beginning: these are they (folders with their `/`).
        case candidates([String])
        case noMatch
    }

    public static func complete(_ typed: String, entries: [PathEntry]) -> Outcome {
        let (folder, prefix) = split(typed)
        if folder == "~" { return .completed("~/") }
        let showHidden = prefix.hasPrefix(".")
        let matches = entries.filter {
            $0.name.hasPrefix(prefix) && (showHidden || !$0.name.hasPrefix(".")) && $0.name != "."
                && $0.name != ".."
        }.sorted { $0.name < $1.name }
        guard let first = matches.first else { return .noMatch }
        if matches.count == 1 {
            return .completed(folder + first.name + (first.isDirectory ? "/" : ""))
        }
        let common = matches.dropFirst().reduce(first.name) { commonPrefix($0, $1.name) }
        if common.count > prefix.count { return .completed(folder + common) }
        return .candidates(matches.map { $0.name + ($0.isDirectory ? "/" : "") })
    }

    /// By characters, so "café" and "cafè" share "caf" and never half a character.
    static func commonPrefix(_ a: String, _ b: String) -> String {
        String(zip(a, b).prefix { $0 == $1 }.map(\.0))
    }
}

extension App {
    /// Makes the open prompt a path prompt: Tab completes instead of answering (Enter answers).
    static func completingPaths(_ state: inout AppState) {
        guard case .prompt(var p) = state.dialog else { return }
        p.completesPaths = true
        state.dialog = .prompt(p)
    }

    /// The executable listed the folder: the prompt's text grows, or a second Tab lists the names.
    /// A listing for a text that changed meanwhile is dropped.
    static func completePath(_ state: inout AppState, typed: String, entries: [PathEntry]?) {
        guard case .prompt(var p) = state.dialog, p.completesPaths, p.buffer.text == typed else { return }
        guard let entries else {
            p.listing = state.words.thisFolderCannotBeRead
            state.dialog = .prompt(p)
            return
        }
        switch PathCompletion.complete(typed, entries: entries) {
        case .completed(let text):
            p.buffer = TextBuffer(text, multiline: false)
            p.ambiguousAt = nil
            p.listing = nil
        case .candidates(let names):
            if p.ambiguousAt == typed {
                p.listing = names.joined(separator: "  ")
            } else {
                p.ambiguousAt = typed
            }
        case .noMatch:
            p.listing = state.words.noFileOrFolderStartsLike
        }
        state.dialog = .prompt(p)
    }
}
