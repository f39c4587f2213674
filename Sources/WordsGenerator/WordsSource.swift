/// Writes the Swift that gives `Words` one member per key: a property for a text without values, a
/// function with one labelled argument per `{name}` otherwise, in the order the Dutch text names them.
/// Both languages must have the same keys, and each key the same names.
enum WordsSource {
    static func swift(dutch: WordsTable, english: WordsTable) throws(WordsFault) -> String {
        let englishByKey = Dictionary(
            english.entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let dutchKeys = Set(dutch.entries.map(\.key))
        if let missing = english.entries.first(where: { !dutchKeys.contains($0.key) }) {
            throw WordsFault(
                path: english.path, line: missing.line,
                message: "`\(missing.key)` has no Dutch text in \(dutch.path)")
        }
        var out =
            "// Generated at build time by WordsGenerator from the tables in Sources/KnooppuntWords/Tables.\n"
        out += "// Edit the tables, not this file.\n\nextension Words {\n"
        for entry in dutch.entries {
            guard let other = englishByKey[entry.key] else {
                throw WordsFault(
                    path: dutch.path, line: entry.line,
                    message: "`\(entry.key)` has no English text in \(english.path)")
            }
            // A value only one language shows is almost always a slip in the other one.
            if let only = entry.placeholders.first(where: { !other.placeholders.contains($0) })
                ?? other.placeholders.first(where: { !entry.placeholders.contains($0) })
            {
                throw WordsFault(
                    path: dutch.path, line: entry.line,
                    message: "`{\(only)}` stands in only one language's text of `\(entry.key)`")
            }
            let names = entry.placeholders
            let body = "isEnglish ? \(literal(other.text)) : \(literal(entry.text))"
            if names.isEmpty {
                out += "    public var \(entry.key): String { \(body) }\n"
            } else {
                let arguments = names.map { "\($0): some CustomStringConvertible" }.joined(separator: ", ")
                out += "    public func \(entry.key)(\(arguments)) -> String { \(body) }\n"
            }
        }
        return out + "}\n"
    }

    /// `{name}` becomes an interpolation; everything else is already written as inside a Swift string.
    private static func literal(_ text: String) -> String {
        var out = "\""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), WordsTable.isIdentifier(after[..<close]) {
                out += "\\(\(after[..<close]))"
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest + "\""
    }
}
