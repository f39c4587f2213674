/// A mistake in a table, worded as a compiler diagnostic (`file:line: error: …`).
struct WordsFault: Error, CustomStringConvertible {
    let path: String
    let line: Int
    let message: String

    var description: String { "\(path):\(line): error: \(message)" }
}
