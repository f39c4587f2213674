/// Where an initiative stands in the stappenplan: one of the steps 0-10, closed (afgerond) or dropped
/// (losgelaten). Stored as "0"..."10", "afgerond", "losgelaten" so files read like the method.
public enum Stage: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    case step(Int)
    case closed
    case dropped

    public static let firstStep = 0
    public static let lastStep = 10
    public static let allSteps: [Stage] = (firstStep...lastStep).map { .step($0) }

    /// The stage written as in files and in `--format tsv`: "0"..."10", "afgerond", "losgelaten".
    public var code: String {
        switch self {
        case .step(let n): return String(n)
        case .closed: return "afgerond"
        case .dropped: return "losgelaten"
        }
    }

    public init?(code: String) {
        switch code {
        case "afgerond": self = .closed
        case "losgelaten": self = .dropped
        default:
            guard let n = Int(code), (Stage.firstStep...Stage.lastStep).contains(n) else { return nil }
            self = .step(n)
        }
    }

    public var stepNumber: Int? {
        if case .step(let n) = self { return n }
        return nil
    }

    public var isFinished: Bool { self == .closed || self == .dropped }

    public var description: String { code }

    /// Board order: steps, then closed, then dropped.
    var rank: Int {
        switch self {
        case .step(let n): return n
        case .closed: return Stage.lastStep + 1
        case .dropped: return Stage.lastStep + 2
        }
    }

    public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rank < rhs.rank }

}

extension Stage: WrittenAsText {
    /// A step number out of range (a hand edit, "12") is brought to the nearest step when the store
    /// reads a file, which reports it; any other text stays an error naming the field.
    public init?(fileText text: String, decoder: Decoder) {
        if let stage = Stage(code: text) {
            self = stage
        } else if let n = Int(text), let repairs = decoder.userInfo[.decodingRepairs] as? DecodingRepairs {
            repairs.noteClampedStep()
            self = .step(min(max(n, Stage.firstStep), Stage.lastStep))
        } else {
            return nil
        }
    }

    public static var expectedInFile: String { "a step" }
}
