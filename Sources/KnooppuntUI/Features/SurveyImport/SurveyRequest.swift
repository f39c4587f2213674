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

/// The executable's answer: the preview as the command's `--dry-run` prints it, each column, the
/// problems, and the section as it would be after the import (nil while anything stops it).
public struct SurveyPreviewResult: Hashable, Sendable {
    public struct Column: Hashable, Sendable {
        public var letter: String
        public var header: String
        /// The role and topic as the preview says it ("vraag → onderwerp ‘didactiek’").
        public var role: String
        public var isQuestion: Bool

        public init(letter: String, header: String, role: String, isQuestion: Bool) {
            (self.letter, self.header, self.role, self.isQuestion) = (letter, header, role, isQuestion)
        }
    }

    public var request: SurveyRequest
    public var lines: [String]
    public var columns: [Column]
    public var problems: [String]
    public var imported: Section?
    /// One sentence for the status line once imported ("12 keuzes van 5 respondenten …").
    public var summary: String
    /// The file could not be read at all (it does not exist, it is no export); one sentence.
    public var failure: String?

    public init(
        request: SurveyRequest, lines: [String] = [], columns: [Column] = [], problems: [String] = [],
        imported: Section? = nil, summary: String = "", failure: String? = nil
    ) {
        self.request = request
        self.lines = lines
        self.columns = columns
        self.problems = problems
        self.imported = imported
        self.summary = summary
        self.failure = failure
    }
}
