/// How people are shown: by name (first name when unique), or by initials/pseudonyms on request.
enum PersonLabel {
    /// "Gemma de Vries" → "Gemma"; the full name when another person shares the first name.
    static func short(_ name: String, among names: [String]) -> String {
        let first = String(name.split(separator: " ").first ?? Substring(name))
        let clashes = names.filter { $0 != name && $0.split(separator: " ").first.map(String.init) == first }
        return clashes.isEmpty ? first : name
    }

    /// `short` for every name of a list at once, in one pass: the same labels as asking per name,
    /// without comparing each name with every other (a school of 2,000 took seconds that way).
    static func short(_ names: [String]) -> [String] {
        let firsts = names.map { $0.split(separator: " ").first.map(String.init) }
        var fullNames: [String: Set<String>] = [:]
        for (name, first) in zip(names, firsts) {
            if let first { fullNames[first, default: []].insert(name) }
        }
        return zip(names, firsts).map { name, first in
            guard let first else { return name }
            return (fullNames[first]?.count ?? 0) > 1 ? name : first
        }
    }

    /// A long free name shortened for the drawing: "Mailinglist vakcommunity Engels" → "Mailinglist vakcom…".
    /// `limit` counts columns, so wide characters are cut where they would overrun the label's box.
    static func clipped(_ text: String, to limit: Int = 18) -> String {
        TextLayout.truncate(text, width: limit)
    }
}
