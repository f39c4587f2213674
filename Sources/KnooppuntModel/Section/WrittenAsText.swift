import Foundation

/// A value a file holds as one string: a day ("2026-11-21"), a time ("15:30"), a step ("8"). It is
/// written as its `description` and read back with `init?(fileText:decoder:)`; any other text fails
/// naming the field and what was expected, which the store reports as a corrupt file.
public protocol WrittenAsText: Codable, CustomStringConvertible {
    /// The value `text` stands for, nil when it stands for none. The decoder is there for a type that
    /// repairs what it can (see `DecodingRepairs`).
    init?(fileText text: String, decoder: Decoder)
    /// What a file must hold instead, after "is not": "a date YYYY-MM-DD".
    static var expectedInFile: String { get }
}

extension WrittenAsText {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(fileText: text, decoder: decoder) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "'\(text)' is not \(Self.expectedInFile)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
