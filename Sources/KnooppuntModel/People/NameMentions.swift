import Foundation

/// Where people are named in free text (notes, history, titles): by full name, or by a first name that
/// only one person of the section has. Used to show a section under pseudonyms or initials without a
/// name slipping through a note, and to find what an erasure must offer to replace.
public struct NameMentions: Sendable {
    /// What to look for and what to put in its place, longest first so "Gemma de Vries" wins over
    /// "Gemma".
    let replacements: [(pattern: String, replacement: String)]

    public init(people: [Person], replacement: (Person) -> String) {
        var pairs: [(String, String)] = []
        var firstNames: [String: [Person]] = [:]
        for p in people {
            let name = p.name.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            pairs.append((name, replacement(p)))
            if let first = name.split(separator: " ").first, first.count >= 2 {
                firstNames[String(first), default: []].append(p)
            }
        }
        for (first, holders) in firstNames where holders.count == 1 {
            if let p = holders.first { pairs.append((first, replacement(p))) }
        }
        replacements = pairs.sorted { $0.0.count > $1.0.count }
    }

    /// The text with every mention replaced. Matches are whole words and case-sensitive: a first name
    /// such as "Els" must not change the word "els" inside a sentence about trees.
    public func apply(_ text: String) -> String {
        guard !replacements.isEmpty, !text.isEmpty else { return text }
        var result = text
        for (pattern, replacement) in replacements where result.contains(pattern) {
            result = Self.replaceWholeWords(pattern, with: replacement, in: result)
        }
        return result
    }

    /// Whether the text mentions anyone this lookup knows.
    public func mentions(in text: String) -> Bool { apply(text) != text }

    /// Every string of the section (through its JSON form, so a field added later is covered too)
    /// with the mentions replaced. Ids, dates and other non-name strings never match a name.
    public func applyEverywhere(_ section: Section) -> Section {
        guard let data = try? JSONEncoder().encode(section),
            let tree = try? JSONSerialization.jsonObject(with: data)
        else { return section }
        let replaced = walk(tree)
        guard let back = try? JSONSerialization.data(withJSONObject: replaced),
            let decoded = try? JSONDecoder().decode(Section.self, from: back)
        else { return section }
        return decoded
    }

    private func walk(_ value: Any) -> Any {
        switch value {
        case let s as String: return apply(s)
        case let array as [Any]: return array.map(walk)
        case let object as [String: Any]: return object.mapValues(walk)
        default: return value
        }
    }

    static func replaceWholeWords(_ pattern: String, with replacement: String, in text: String) -> String {
        var out = ""
        var rest = text[...]
        while let range = rest.range(of: pattern) {
            let before =
                range.lowerBound == rest.startIndex ? out.last : rest[rest.index(before: range.lowerBound)]
            let after = range.upperBound < rest.endIndex ? rest[range.upperBound] : nil
            out += rest[..<range.lowerBound]
            if isWordCharacter(before) || isWordCharacter(after) {
                out += rest[range]
            } else {
                out += replacement
            }
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    static func isWordCharacter(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c.isNumber
    }
}
