/// Why a section file cannot be read, inside `StoreError.corrupt`: a JSON syntax fault, worded in the
/// user's language, or a sentence the decoder or a check made, which is English only. A reason written as
/// text (`"the revision is 0, …"`) is the second kind.
public enum CorruptReason: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringInterpolation {
    case syntax(JSONSyntaxFault)
    case described(String)

    public init(stringLiteral value: String) { self = .described(value) }

    public var description: String { text(english: true) }

    /// The reason in Dutch, or in English when `english`; it goes mid-sentence, after the place.
    public func text(english: Bool) -> String {
        switch self {
        case .syntax(let fault): fault.text(english: english)
        case .described(let sentence): sentence
        }
    }
}
