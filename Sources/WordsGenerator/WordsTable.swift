/// One language's table of words: `key = "text"` lines, `#` comments and blank lines. A text is written
/// as inside a Swift string (`\"`, `\\`, `\n`), with `{name}` where a value is filled in.
struct WordsTable {
    struct Entry {
        let key: String
        let text: String
        let placeholders: [String]
        let line: Int
    }

    let path: String
    private(set) var entries: [Entry] = []

    /// Reads the table; every fault names the file and line, as a compiler message does, so the build
    /// stops on it and an editor can jump there.
    init(path: String, contents: String) throws(WordsFault) {
        self.path = path
        var seen: [String: Int] = [:]
        for (index, raw) in contents.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .enumerated()
        {
            let line = index + 1
            let trimmed = raw.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let equals = trimmed.firstIndex(of: "=") else {
                throw WordsFault(path: path, line: line, message: "expected `key = \"text\"`")
            }
            let key = String(trimmed[..<equals].trimmingSpaces)
            let value = trimmed[trimmed.index(after: equals)...].trimmingSpaces
            guard Self.isIdentifier(key) else {
                throw WordsFault(
                    path: path, line: line,
                    message: "`\(key)` is not a key (letters and digits, a letter first)")
            }
            guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else {
                throw WordsFault(
                    path: path, line: line, message: "the text of `\(key)` must stand between double quotes")
            }
            let text = String(value.dropFirst().dropLast())
            if let fault = Self.quotingFault(in: text) {
                throw WordsFault(path: path, line: line, message: "the text of `\(key)` \(fault)")
            }
            if let first = seen[key] {
                throw WordsFault(
                    path: path, line: line, message: "`\(key)` stands here again (first on line \(first))")
            }
            seen[key] = line
            entries.append(Entry(key: key, text: text, placeholders: Self.placeholders(in: text), line: line))
        }
    }

    /// The names between braces, in order of first appearance.
    static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = String(after[..<close])
            if isIdentifier(name), !names.contains(name) { names.append(name) }
            rest = after[after.index(after: close)...]
        }
        return names
    }

    static func isIdentifier(_ word: some StringProtocol) -> Bool {
        guard let first = word.first, first.isLetter || first == "_" else { return false }
        return word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && word.allSatisfy(\.isASCII)
    }

    /// A text goes into generated Swift as it stands, so a bare quote or a lone backslash at the end
    /// would break the build far from the table; say so here instead.
    private static func quotingFault(in text: String) -> String? {
        var escaped = false
        for character in text {
            if escaped {
                guard "\\\"nt0r".contains(character) else { return "has an unknown escape `\\\(character)`" }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return "has a bare double quote (write \\\")"
            }
        }
        return escaped ? "ends with a lone backslash" : nil
    }
}

extension Substring {
    /// Without spaces and tabs around it, and without the carriage return an editor on Windows leaves.
    var trimmingSpaces: Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        let start = drop(while: blank)
        return Substring(start.reversed().drop(while: blank).reversed())
    }
}
