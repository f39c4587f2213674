import Foundation

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
        func t(_ nl: String, _ en: String) -> String { english ? en : nl }
        switch self {
        case .notFound(let slug):
            return t(
                "Er is geen sectie “\(Self.shown(slug))”; `knooppunt sections` toont de secties die er zijn.",
                "There is no section “\(Self.shown(slug))”; `knooppunt sections` lists the sections there are."
            )
        case .alreadyExists(let slug):
            return t(
                "Er bestaat al een sectie met de bestandsnaam “\(Self.shown(slug)).json”; kies een andere naam of open die sectie.",
                "A section with the file name “\(Self.shown(slug)).json” already exists; choose another name or open that section."
            )
        case .corrupt(let file, let line, let column, let reason):
            return Self.corrupt(file, line: line, column: column, reason: reason, english: english)
        case .conflict(let slug, let expected, let found):
            return t(
                "Sectie “\(Self.shown(slug))” is intussen door iemand anders opgeslagen (versie \(found), jij had \(expected)); laad haar opnieuw en maak je wijziging nog eens.",
                "Section “\(Self.shown(slug))” was saved by someone else meanwhile (revision \(found), you had \(expected)); reload it and make your change again."
            )
        case .locked(let slug):
            return t(
                "Sectie “\(Self.shown(slug))” wordt nu door een andere knooppunt opgeslagen; probeer het zo nog eens.",
                "Section “\(Self.shown(slug))” is being saved by another knooppunt right now; try again in a moment."
            )
        case .invalidName(let name):
            return t(
                "“\(Self.shown(name))” kan geen sectienaam zijn: gebruik minstens één zichtbaar teken en geen stuurtekens.",
                "“\(Self.shown(name))” cannot be a section name: use at least one visible character and no control characters."
            )
        case .unsupportedVersion(let file, let version):
            return t(
                "\(file) is geschreven door een nieuwere knooppunt (schemaversie \(version), deze leest tot \(SchemaMigration.currentVersion)); het bestand is niet aangeraakt — werk knooppunt bij om het te openen.",
                "\(file) was written by a newer knooppunt (schema version \(version), this one reads up to \(SchemaMigration.currentVersion)); the file was left untouched — update knooppunt to open it."
            )
        case .io(let sentence):
            return sentence
        }
    }

    /// Where the file is broken and what to do. A syntax fault is worded in the user's language; a
    /// reason the decoder gave names a field and stays as it is.
    private static func corrupt(
        _ file: String, line: Int?, column: Int?, reason: CorruptReason, english: Bool
    ) -> String {
        let reason = reason.text(english: english)
        var place = file
        if let line {
            place += english ? " line \(line)" : " regel \(line)"
            if let column { place += english ? ", column \(column)" : ", kolom \(column)" }
        }
        // Pointing at a backup folder that holds nothing (a section never saved twice, a file
        // copied in by hand) sends the user looking for a rescue that is not there.
        let backups = hasBackups(of: file)
        if english {
            let remedy =
                backups
                ? "fix it by hand or restore a backup from \(backupFolder(of: file))"
                : "fix it by hand or move it out of the data directory (there is no backup of it)"
            return "\(place): \(reason); the file was left untouched — \(remedy)."
        }
        let remedy =
            backups
            ? "herstel het met de hand of zet een reservekopie terug uit \(backupFolder(of: file))"
            : "herstel het met de hand of haal het uit de gegevensmap (er is geen reservekopie van)"
        return "\(place): \(reason); het bestand is niet aangeraakt — \(remedy)."
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
