/// A fault in a file read through `CSVReader` (an edge list, a survey), or in what it asks of the section,
/// told as one sentence with the physical line it is on: the line a text editor shows, so a quoted field
/// that runs over three lines moves every later line number on by two. `line` is nil when the fault
/// concerns the whole file ("the file is empty").
///
/// One type for every format built on the reader, so the commands report all of them the same way.
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int?
    public var problem: String

    public init(line: Int?, problem: String) {
        self.line = line
        self.problem = problem
    }

    /// One line, e.g. "line 4: the target is empty".
    public var description: String {
        if let line { return "line \(line): \(problem)" }
        return problem
    }
}
