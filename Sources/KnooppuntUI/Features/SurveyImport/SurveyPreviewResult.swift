import KnooppuntModel

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
