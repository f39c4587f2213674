import Foundation
import KnooppuntModel

/// How an export names people: their own names, or with `--pseudonyms` a code that is derived from the
/// person's id alone. The same person therefore gets the same pseudonym in every format, in every
/// export and on every machine, and adding a colleague never renames the others.
public struct ExportNames: Sendable {
    public var pseudonyms: Bool
    public var language: ExportLanguage
    let section: Section

    public init(section: Section, pseudonyms: Bool, language: ExportLanguage) {
        (self.section, self.pseudonyms, self.language) = (section, pseudonyms, language)
    }

    /// Letters that are hard to confuse when read aloud or printed small (no I, O, Q, S, Z).
    static let alphabet = Array("ABCDEFGHJKLMNPRTUVWXY")

    /// "Persoon KTAM" / "Person KTAM": four letters from a 64-bit FNV-1a hash of the id.
    public static func pseudonym(for id: UUID, language: ExportLanguage) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.uuidString.uppercased().utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        var code = ""
        for _ in 0..<4 {
            code.append(alphabet[Int(hash % UInt64(alphabet.count))])
            hash /= UInt64(alphabet.count)
        }
        return language.words.personExport + code
    }

    /// The name of a section person, or "?" for an id that no longer exists.
    public func person(_ id: UUID?) -> String {
        guard let id else { return "" }
        if pseudonyms { return Self.pseudonym(for: id, language: language) }
        return section.person(id)?.name ?? "?"
    }

    /// Short form for tables and pictures: initials, or the pseudonym's four letters.
    public func initials(_ id: UUID) -> String {
        if pseudonyms { return String(Self.pseudonym(for: id, language: language).suffix(4)) }
        return section.person(id)?.initials ?? "?"
    }

    /// A node that may or may not be a section person (an outside contact, a sociogram outsider): the
    /// person's name when linked, else its own name; a pseudonym from whichever id identifies it.
    public func node(id: UUID, personID: UUID?, name: String) -> String {
        if let personID { return person(personID) }
        return pseudonyms ? Self.pseudonym(for: id, language: language) : name
    }

    /// The names of several people, joined for a sentence: "Gemma de Vries en Caroline Bos".
    public func list(_ ids: [UUID]) -> String {
        let names = ids.map { person($0) }
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + language.words.and + last
    }
}
