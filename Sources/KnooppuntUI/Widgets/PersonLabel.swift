/// How people are shown: by name (first name when unique), or by initials/pseudonyms on request.
enum PersonLabel {
    /// "Gemma de Vries" → "Gemma"; the full name when another person shares the first name.
    static func short(_ name: String, among names: [String]) -> String {
        let first = String(name.split(separator: " ").first ?? Substring(name))
        let clashes = names.filter { $0 != name && $0.split(separator: " ").first.map(String.init) == first }
        return clashes.isEmpty ? first : name
    }

    /// A long free name shortened for the drawing: "Mailinglist vakcommunity Engels" → "Mailinglist vakcom…".
    /// `limit` counts columns, so wide characters are cut where they would overrun the label's box.
    static func clipped(_ text: String, to limit: Int = 18) -> String {
        TextLayout.truncate(text, width: limit)
    }
}
