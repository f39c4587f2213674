import Foundation

/// Finding a person of the section by what someone typed: the one lookup behind every command, prompt and
/// import, so a name that works in one place works in all of them.
///
/// The rules, in order; the first rule that finds anyone decides, so "Gemma" is the first name of one
/// person even when another has "gemma" somewhere inside a longer name:
/// 1. the person's id (scripts pass ids);
/// 2. the full name ("Fred van Dijk"; also written surname first, "Dijk, Fred van");
/// 3. the initials ("TH", "t.h.");
/// 4. the first name ("Fred");
/// 5. the surname with or without its tussenvoegsels ("van Dijk", "Dijk", "'t Hooft"), or one half of a
///    double surname ("Jansen" or "de Boer" for Heleen Jansen-de Boer);
/// 6. from three letters on, the start of the name, then any part of it ("Hoek", "oekst").
///
/// Every comparison folds case, accents (ë → e, ï → i, é → e), the Dutch IJ ligature (Ĳ, ĳ → ij, so
/// "IJsbrand", "Ijsbrand" and "Ĳsbrand" are one name), curly apostrophes and repeated spaces. "ij" and
/// "y" stay different: they are different names ("Tijs" is not "Tys").
public struct PersonLookup: Sendable {
    public enum Result: Hashable, Sendable {
        case found(Person)
        /// Several people fit equally well; callers list them rather than guess.
        case ambiguous([Person])
        case notFound
    }

    /// A person with the folded forms the rules compare.
    private struct Entry: Sendable {
        var person: Person
        var name: String
        var initials: String
        var firstName: String
        /// The name with hyphens as spaces, so "de Boer" is a surname of "Heleen Jansen-de Boer".
        var words: String
        /// The halves of a double surname: "jansen" and "de boer".
        var surnameHalves: [String]
    }

    private let entries: [Entry]
    /// Whether rule 6 applies. An import passes false: a name that is only part of a colleague's name
    /// ("Jan" for "Janneke") is more often someone new than that colleague, and an import would write the
    /// choice onto the wrong person without anyone seeing it. A command shows whom it found.
    public let matchesParts: Bool

    public init(people: [Person], matchesParts: Bool = true) {
        entries = people.map { person in
            let name = Self.fold(person.name)
            let surname = name.split(separator: " ").dropFirst().joined(separator: " ")
            let halves = surname.split(separator: "-").map { Self.fold(String($0)) }
            return Entry(
                person: person, name: name, initials: Self.compact(Self.fold(person.initials)),
                firstName: String(name.split(separator: " ").first ?? ""),
                words: Self.fold(name.replacingOccurrences(of: "-", with: " ")),
                surnameHalves: halves.count > 1 ? halves : [])
        }
        self.matchesParts = matchesParts
    }

    public init(section: Section, matchesParts: Bool = true) {
        self.init(people: section.people, matchesParts: matchesParts)
    }

    /// The person `typed` names, or why there is none.
    public func find(_ typed: String) -> Result {
        let hits = candidates(typed)
        switch hits.count {
        case 0: return .notFound
        case 1: return .found(hits[0])
        default: return .ambiguous(hits)
        }
    }

    /// Everyone the first deciding rule finds, in the section's order.
    public func candidates(_ typed: String) -> [Person] {
        let trimmed = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        if let id = UUID(uuidString: trimmed), let entry = entries.first(where: { $0.person.id == id }) {
            return [entry.person]
        }
        let key = Self.fold(Self.surnameLast(trimmed))
        guard !key.isEmpty else { return [] }
        let initials = Self.compact(key)
        let words = " " + key.replacingOccurrences(of: "-", with: " ")
        var rules: [(Entry) -> Bool] = [
            { $0.name == key },
            { !initials.isEmpty && $0.initials == initials },
            { $0.firstName == key },
            { (" " + $0.words).hasSuffix(words) || $0.surnameHalves.contains(key) },
        ]
        // Parts count from three letters on: "e" would pick whoever's name starts with it.
        if matchesParts && key.count >= 3 {
            rules += [{ $0.name.hasPrefix(key) }, { $0.name.contains(key) }]
        }
        for rule in rules {
            let hits = entries.filter(rule)
            if !hits.isEmpty { return hits.map(\.person) }
        }
        return []
    }

    /// The one person a name that matched nobody was probably meant to be, for a "did you mean" hint:
    /// the person whose folded full name, first name or surname is fewest edits away (`NameDistance`),
    /// within the tolerance for the typed length. Nil when nobody is that close, or when two people are
    /// equally close: a hint must never pick between colleagues.
    public func nearest(_ typed: String) -> Person? {
        let key = Self.fold(Self.surnameLast(typed))
        guard !key.isEmpty else { return nil }
        let limit = NameDistance.tolerance(forLength: key.count)
        var best: (distance: Int, people: [Person]) = (limit + 1, [])
        for entry in entries {
            let surname = entry.name.split(separator: " ").dropFirst().joined(separator: " ")
            let forms = [entry.name, entry.firstName, surname].filter { !$0.isEmpty }
            let distance = forms.map { NameDistance.between(key, $0) }.min() ?? Int.max
            if distance < best.distance {
                best = (distance, [entry.person])
            } else if distance == best.distance, !best.people.contains(entry.person) {
                best.people.append(entry.person)
            }
        }
        return best.people.count == 1 ? best.people.first : nil
    }

    /// A name reduced for comparing: case, accents, the IJ ligature, curly apostrophes and surrounding or
    /// repeated white space folded ("  Ĳsbrand  Noël " → "ijsbrand noel").
    public static func fold(_ text: String) -> String {
        var text = text
        if text.unicodeScalars.contains(where: { !$0.isASCII }) {
            text = text.replacingOccurrences(of: "\u{132}", with: "IJ")
                .replacingOccurrences(of: "\u{133}", with: "ij")
                .replacingOccurrences(of: "\u{2019}", with: "'")
                .replacingOccurrences(of: "\u{2018}", with: "'")
        }
        let folded = text.folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// "Dijk, Fred van" → "Fred van Dijk", as staff lists write names; text without one comma stays.
    static func surnameLast(_ text: String) -> String {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return text }
        return String(parts[1]) + " " + String(parts[0])
    }

    /// Initials without dots and spaces: "T. H." and "TH" are the same.
    static func compact(_ text: String) -> String {
        text.filter { $0 != "." && $0 != " " }
    }
}
