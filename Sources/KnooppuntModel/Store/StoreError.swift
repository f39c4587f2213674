import Foundation
import KnooppuntWords

/// Everything that can go wrong in the store. Each `text(english:)` is one sentence that names the file
/// or section and says what to do, ready for stderr or a status line, in the user's language;
/// `description` is the English one, for logs and tests.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No section file with this slug (or the text is no slug at all, so no such file can exist).
    case notFound(slug: String)
    /// `create` or `rename` would take a file name that is already used.
    case alreadyExists(slug: String)
    /// The file does not parse as a section. `line` and `column` are 1-based and point at a JSON syntax
    /// error when there is one; `reason` names the field for a wrong type or a missing value.
    case corrupt(file: String, line: Int?, column: Int?, reason: CorruptReason)
    /// Someone else saved the section after it was read: the file holds `found`, the caller had `expected`.
    case conflict(slug: String, expected: Int, found: Int)
    /// Another process held the section's lock for longer than the store waits.
    case locked(slug: String)
    /// The text cannot be a section name: empty, only spaces, or control characters.
    case invalidName(String)
    /// A newer knooppunt wrote this file; we do not guess at its meaning.
    case unsupportedVersion(file: String, version: Int)
    /// Any other failure of the file system; the text is already a full sentence.
    case io(String)

    public var description: String { text(english: true) }

    /// The sentence in Dutch, or in English when `english`.
    public func text(english: Bool) -> String {
        let words = Words(isEnglish: english)
        return switch self {
        case .notFound(let slug): words.storeNotFound(section: Self.shown(slug))
        case .alreadyExists(let slug): words.storeAlreadyExists(slug: Self.shown(slug))
        case .corrupt(let file, let line, let column, let reason):
            Self.corrupt(file, line: line, column: column, reason: reason, words: words)
        case .conflict(let slug, let expected, let found):
            words.storeConflict(section: Self.shown(slug), found: found, expected: expected)
        case .locked(let slug): words.storeLocked(section: Self.shown(slug))
        case .invalidName(let name): words.storeInvalidName(name: Self.shown(name))
        case .unsupportedVersion(let file, let version):
            words.storeUnsupportedVersion(
                file: file, version: version, current: SchemaMigration.currentVersion)
        case .io(let sentence): sentence
        }
    }

    /// Where the file is broken and what to do. A syntax fault is worded in the user's language; a
    /// reason the decoder gave names a field and stays as it is.
    private static func corrupt(
        _ file: String, line: Int?, column: Int?, reason: CorruptReason, words: Words
    ) -> String {
        let place =
            switch (line, column) {
            case (nil, _): file
            case (let line?, nil): words.storeCorruptLine(file: file, line: line)
            case (let line?, let column?): words.storeCorruptColumn(file: file, line: line, column: column)
            }
        // Pointing at a backup folder that holds nothing (a section never saved twice, a file
        // copied in by hand) sends the user looking for a rescue that is not there.
        let remedy =
            hasBackups(of: file)
            ? words.storeRemedyBackup(folder: backupFolder(of: file)) : words.storeRemedyNoBackup
        return words.storeCorrupt(place: place, reason: reason.text(english: words.isEnglish), remedy: remedy)
    }

    /// The shelf and slug under which `SectionStore` keeps earlier versions of `file`.
    private static func shelf(of file: String) -> (shelf: BackupShelf, slug: String) {
        let url = URL(fileURLWithPath: file)
        let slug = url.deletingPathExtension().lastPathComponent
        return (
            BackupShelf.of(
                dataDirectory: url.deletingLastPathComponent(),
                environment: ProcessInfo.processInfo.environment),
            slug
        )
    }

    /// Where `SectionStore` keeps earlier versions of `file` (in this machine's state folder, see `BackupShelf`).
    static func backupFolder(of file: String) -> String {
        let (shelf, slug) = shelf(of: file)
        return shelf.folder(for: slug).path + "/"
    }

    /// Whether the backup folder of `file` holds at least one earlier version.
    static func hasBackups(of file: String) -> Bool {
        let (shelf, slug) = shelf(of: file)
        return !shelf.versions(of: slug).isEmpty
    }

    /// User text inside a message: control characters would move the cursor of the terminal that shows
    /// the message, bidirectional overrides would reorder it, and a pasted novel would drown it.
    static func shown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if TerminalSafe.isUnsafe(scalar) {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
            if out.count > 80 { return String(out.prefix(80)) + "…" }
        }
        return out
    }
}
