/// A problem in an edge-list file, with the row it is in (nil when it concerns the whole file).
public struct EdgeListError: Error, Hashable, Sendable, CustomStringConvertible {
    public var row: Int?
    public var problem: String

    public init(row: Int?, problem: String) {
        self.row = row
        self.problem = problem
    }

    /// One line, e.g. "row 4: the target is empty".
    public var description: String {
        if let row { return "row \(row): \(problem)" }
        return problem
    }
}
