import Foundation

/// A stored property a section file may leave out, for the `Codable` the compiler writes: a missing key
/// reads as the type's `fileDefault`, so a file from before a field existed, or written by hand, still
/// opens, and a new field needs no migration step. `Defaulted` always writes the field;
/// `OmittedWhenEmpty` writes it only when it holds something, so a file that never used it keeps its
/// bytes. A field every file must have is a plain property, and a missing one fails with the field's
/// name (`SectionFile` turns that into `StoreError.corrupt`).
public protocol TolerantField: Codable, Hashable, Sendable {
    associatedtype Value: FileDefault & Hashable & Sendable
    var wrappedValue: Value { get set }
    init(wrappedValue: Value)
    /// What a missing key reads as: the type's `fileDefault`, unless the field says otherwise.
    static var whenMissing: Value { get }
    /// Whether a value is left out of the file; none is, unless the field says otherwise.
    static func omits(_ value: Value) -> Bool
}

extension TolerantField {
    public static var whenMissing: Value { .fileDefault }
    public static func omits(_ value: Value) -> Bool { false }

    // The compiler's code reaches these only for a field outside a keyed container (none in the model);
    // in one, the container overloads below read and write the value directly.

    public init(from decoder: Decoder) throws {
        self.init(wrappedValue: try decoder.singleValueContainer().decode(Value.self))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(wrappedValue.fileForm)
    }
}

/// Read as the type's empty value when missing; always written.
@propertyWrapper
public struct Defaulted<Value: FileDefault & Hashable & Sendable>: TolerantField {
    public var wrappedValue: Value
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
}

/// Read as the type's empty value when missing; written only when it is not that value.
@propertyWrapper
public struct OmittedWhenEmpty<Value: FileDefault & Hashable & Sendable>: TolerantField {
    public var wrappedValue: Value
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    public static func omits(_ value: Value) -> Bool { value == .fileDefault }
}

/// Read as true when missing; always written. For a mark that holds for everything written before the
/// mark existed.
@propertyWrapper
public struct DefaultTrue: TolerantField {
    public var wrappedValue: Bool
    public init(wrappedValue: Bool) { self.wrappedValue = wrappedValue }
    public static var whenMissing: Bool { true }
}

extension KeyedDecodingContainer {
    func decode<Field: TolerantField>(_: Field.Type, forKey key: Key) throws -> Field {
        Field(wrappedValue: try decodeIfPresent(Field.Value.self, forKey: key) ?? Field.whenMissing)
    }
}

/// Writing the value itself, not the wrapper, also spares the encoder a nested level per field.
extension KeyedEncodingContainer {
    mutating func encode<Field: TolerantField>(_ field: Field, forKey key: Key) throws {
        if !Field.omits(field.wrappedValue) { try encode(field.wrappedValue.fileForm, forKey: key) }
    }
}
