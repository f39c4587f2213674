import KnooppuntModel

/// What the interface asks the executable to read: a survey file held against the section as it is now,
/// with the choices made in the preview. The reading happens outside the interface (`Effect.previewSurvey`),
/// since the interface touches no files and knows no file formats.
public struct SurveyRequest: Hashable, Sendable {
    public enum Unknown: String, Hashable, Sendable, CaseIterable {
        case refuse, add, skip
    }

    public var path: String
    public var section: Section
    /// A topic per question column, by column letter.
    public var columnTopics: [String: String]
    public var unknown: Unknown
    /// The sociogram on screen, by name; nil for the first (made when there is none).
    public var sociogram: String?
    public var english: Bool

    public init(
        path: String, section: Section, columnTopics: [String: String] = [:], unknown: Unknown = .refuse,
        sociogram: String? = nil, english: Bool = false
    ) {
        self.path = path
        self.section = section
        self.columnTopics = columnTopics
        self.unknown = unknown
        self.sociogram = sociogram
        self.english = english
    }
}
