import Foundation

/// A field type with a value a section file may leave out: a missing key reads as `fileDefault`, and
/// `OmittedWhenEmpty` leaves that value out when writing. No text, no items, a flag that is off, a
/// person's own section. See docs/DECISIONS.md, "One way to read and write tolerant JSON".
public protocol FileDefault: Codable, Equatable {
    /// What a file writes for the value; the value itself, but for a set its members in order.
    associatedtype FileForm: Encodable = Self
    static var fileDefault: Self { get }
    var fileForm: FileForm { get }
}

extension FileDefault where FileForm == Self {
    public var fileForm: Self { self }
}

extension String: FileDefault {
    public static var fileDefault: String { "" }
}

extension Bool: FileDefault {
    public static var fileDefault: Bool { false }
}

extension Array: FileDefault where Element: Codable & Equatable {
    public static var fileDefault: [Element] { [] }
}

extension Dictionary: FileDefault where Key: Codable, Value: Codable & Equatable {
    public static var fileDefault: [Key: Value] { [:] }
}

/// A set is written sorted: its own order follows its hash, which differs per process, so a file would
/// change on every save without a change of content.
extension Set: FileDefault where Element: Codable & Comparable {
    public static var fileDefault: Set<Element> { [] }
    public var fileForm: [Element] { sorted() }
}
