import Foundation

/// A place in a section's JSON as the merge records it: `k:<key>` steps into an object, `i:<id>` into
/// the entity with that id in an array.
public enum JSONPath {
    /// The place in words, naming entities by their title, name or number.
    public static func place(_ path: [String], in document: JSONValue) -> String {
        var words: [String] = []
        var node: JSONValue? = document
        for step in path {
            if step.hasPrefix("k:") {
                let key = String(step.dropFirst(2))
                words.append(key)
                node = node?.objectValue?[key]
            } else if step.hasPrefix("i:") {
                let id = String(step.dropFirst(2))
                if case .array(let list)? = node {
                    node = list.first { $0.entityID == id }
                } else {
                    node = nil
                }
                let o = node?.objectValue
                let label =
                    o?["title"]?.stringValue ?? o?["name"]?.stringValue ?? o?["text"]?.stringValue
                    ?? o?["number"].map { $0.text } ?? String(id.prefix(8))
                words.append("«\(label)»")
            }
        }
        return words.joined(separator: " › ")
    }

    /// The document with `value` at `path` (nil removes it); nil when the path no longer leads anywhere.
    public static func setting(_ value: JSONValue?, at path: [String], in document: JSONValue) -> JSONValue? {
        guard let step = path.first else { return value ?? .null }
        let rest = Array(path.dropFirst())
        if step.hasPrefix("k:"), case .object(var o) = document {
            let key = String(step.dropFirst(2))
            if rest.isEmpty {
                o[key] = value
            } else {
                guard let child = o[key], let updated = setting(value, at: rest, in: child) else {
                    return nil
                }
                o[key] = updated
            }
            return .object(o)
        }
        if step.hasPrefix("i:"), case .array(var list) = document {
            let id = String(step.dropFirst(2))
            if let i = list.firstIndex(where: { $0.entityID == id }) {
                if rest.isEmpty {
                    if let value { list[i] = value } else { list.remove(at: i) }
                } else {
                    guard let updated = setting(value, at: rest, in: list[i]) else { return nil }
                    list[i] = updated
                }
            } else if rest.isEmpty, let value {
                list.append(value)
            } else {
                return nil
            }
            return .array(list)
        }
        return nil
    }
}
