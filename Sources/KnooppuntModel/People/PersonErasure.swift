import Foundation

/// Erasing a person (the AVG's right to be forgotten): every structured reference goes (as
/// `removingPerson` does), and where free text names them (full name, a first name only they have,
/// their initials as a word) the name is replaced, after the user saw the list.
public struct PersonErasure: Sendable {
    /// What stands in a text where the person's name stood.
    public static let placeholder = "[naam verwijderd]"

    public let personID: UUID
    let mentions: NameMentions

    /// `person` as the current section has them; `people` is everyone in that section (a first name
    /// counts only when nobody else has it).
    public init(person: Person, among people: [Person]) {
        personID = person.id
        let others = people.filter { $0.id != person.id }
        var patterns = NameMentions(people: [person] + others) {
            $0.id == person.id ? Self.placeholder : $0.name
        }
        // Only this person's mentions are replaced; the others' map to themselves and are dropped.
        patterns = NameMentions(
            replacements: patterns.replacements.filter { $0.replacement == Self.placeholder }
                + (person.initials.count >= 2 ? [(person.initials, Self.placeholder)] : []))
        mentions = patterns
    }

    /// One place where a free text names the person: where (a readable path) and the text.
    public struct Mention: Hashable, Sendable {
        public var place: String
        public var text: String
    }

    /// The free texts that name the person, for the user to confirm before they are changed.
    public func mentionsIn(_ section: Section) -> [Mention] {
        guard let data = try? JSONEncoder().encode(section.removingPerson(personID)),
            let tree = try? JSONSerialization.jsonObject(with: data)
        else { return [] }
        var found: [Mention] = []
        collect(tree, path: "", into: &found)
        return found.sorted { $0.place < $1.place }
    }

    private func collect(_ value: Any, path: String, into found: inout [Mention]) {
        switch value {
        case let s as String where mentions.mentions(in: s):
            found.append(Mention(place: path, text: s))
        case let array as [Any]:
            for (i, v) in array.enumerated() { collect(v, path: "\(path)[\(i)]", into: &found) }
        case let object as [String: Any]:
            for (k, v) in object { collect(v, path: path.isEmpty ? k : "\(path).\(k)", into: &found) }
        default:
            break
        }
    }

    /// The section without the person; with `replacingMentions`, without their name in any text.
    public func erased(from section: Section, replacingMentions: Bool) -> Section {
        let removed = section.removingPerson(personID)
        return replacingMentions ? mentions.applyEverywhere(removed) : removed
    }
}

extension NameMentions {
    init(replacements: [(pattern: String, replacement: String)]) {
        self.replacements = replacements.sorted { $0.pattern.count > $1.pattern.count }
    }
}
