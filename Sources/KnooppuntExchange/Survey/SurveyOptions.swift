import Foundation
import KnooppuntModel

/// What the user told the survey import besides the file: the command's options, and later the
/// interface's preview, fill in the same value.
public struct SurveyOptions: Hashable, Sendable {
    /// What happens to a name that matches nobody of the section.
    public enum Unknown: Hashable, Sendable {
        /// Stop and list every such name (the default: nothing is added silently).
        case refuse
        /// Add each as a new person of the section.
        case add
        /// Leave the name out (and a respondent's whole row), and list what was left out.
        case skip
    }

    /// Which measurement receives the choices.
    public enum Measurement: Hashable, Sendable {
        /// The measurement whose date lies within the file's completion times, else a new one dated the
        /// latest completion time (today when the file has no times).
        case automatic
        /// The existing measurement of this date.
        case existing(Day)
        /// A new measurement of this date (the one of that date when it is already there, so that
        /// importing the same file twice changes nothing).
        case new(Day)
    }

    /// The topic of the file's only question.
    public var topic: String?
    /// The header of the respondent's name column.
    public var nameColumn: String?
    /// Topics given per question, by header (`--column HEADER=TOPIC`).
    public var columnTopics: [String: String]
    public var measurement: Measurement
    public var unknown: Unknown
    /// The sociogram by name; nil for the first (one is made when the section has none).
    public var sociogram: String?

    public init(
        topic: String? = nil, nameColumn: String? = nil, columnTopics: [String: String] = [:],
        measurement: Measurement = .automatic, unknown: Unknown = .refuse, sociogram: String? = nil
    ) {
        self.topic = topic
        self.nameColumn = nameColumn
        self.columnTopics = columnTopics
        self.measurement = measurement
        self.unknown = unknown
        self.sociogram = sociogram
    }
}
