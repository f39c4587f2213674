import Foundation

/// A JSON document as plain Swift values, with numbers kept as their text so that Int.max and 1e300
/// are written exactly as the damage chose them.
indirect enum JSONTree {
    case object([(key: String, value: JSONTree)])
    case array([JSONTree])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    /// Reads a document once with Foundation; keys keep a sorted order.
    init(parsing data: Data) throws {
        self = JSONTree(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    private init(_ any: Any) {
        switch any {
        case let object as [String: Any]:
            self = .object(object.keys.sorted().map { ($0, JSONTree(object[$0] ?? NSNull())) })
        case let array as [Any]: self = .array(array.map(JSONTree.init))
        case let text as String: self = .string(text)
        case let number as NSNumber:
            // JSON booleans arrive as NSNumbers too; they carry the `char` type code.
            if String(cString: number.objCType) == "c" {
                self = .bool(number.boolValue)
            } else {
                self = .number(number.stringValue)
            }
        default: self = .null
        }
    }

    /// The document as compact JSON text.
    var data: Data {
        var out = ""
        write(into: &out)
        return Data(out.utf8)
    }

    private func write(into out: inout String) {
        switch self {
        case .object(let members):
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += "," }
                JSONTree.string(member.key).write(into: &out)
                out += ":"
                member.value.write(into: &out)
            }
            out += "}"
        case .array(let elements):
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += "," }
                element.write(into: &out)
            }
            out += "]"
        case .string(let text):
            out += "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            out += "\""
        case .number(let text): out += text
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }
}
