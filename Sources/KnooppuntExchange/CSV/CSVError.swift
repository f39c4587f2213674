import KnooppuntWords

/// A fault in a file read through `CSVReader` (an edge list, a survey), or in what it asks of the section,
/// told as one sentence with the physical line it is on: the line a text editor shows, so a quoted field
/// that runs over three lines moves every later line number on by two. `line` is nil when the fault
/// concerns the whole file ("the file is empty").
///
/// One type for every format built on the reader, so the commands report all of them the same way.
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int?
    public var fault: CSVFault

    public init(line: Int?, fault: CSVFault) { (self.line, self.fault) = (line, fault) }

    /// One line in the reader's language, e.g. "regel 4: het doel is leeg".
    public func text(_ words: Words) -> String {
        line.map { words.csvLine(line: $0, problem: fault.text(words)) } ?? fault.text(words)
    }

    /// The fault alone, in English (what tests and logs compare).
    public var problem: String { fault.text(.english) }

    /// One line in English, e.g. "line 4: the target is empty".
    public var description: String { text(.english) }
}
