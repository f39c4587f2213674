import Foundation

/// A place where two versions of a section changed the same thing differently. The merged section
/// holds one value (the current one); the other is kept here, with where and when it came from, until
/// a person chooses. The list lives inside the section file, so nothing is lost and the file stays
/// valid JSON (no conflict markers).
public struct MergeConflict: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    /// Where in the section: object keys and entity ids, from the top (see `JSONPath`).
    public var path: [String]
    /// The place in words: "Initiatief Toetsmodel: goal".
    public var place: String
    /// The value the section holds now, as JSON text ("null" when the other side removed it).
    public var current: String
    /// The value that was not chosen, as JSON text.
    public var other: String
    /// Where the other value came from: "bestand op schijf", "git: origin", "Syncthing-kopie …".
    public var source: String
    /// When the merge happened, ISO 8601.
    public var at: String

    public init(
        id: UUID, path: [String], place: String, current: String, other: String, source: String, at: String
    ) {
        self.id = id
        self.path = path
        self.place = place
        self.current = current
        self.other = other
        self.source = source
        self.at = at
    }
}
