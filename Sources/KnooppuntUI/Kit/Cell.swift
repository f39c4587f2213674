/// One terminal cell: a grapheme cluster, how many columns it takes, and its style.
/// A wide character (width 2) is followed by a continuation cell with empty text.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int
    public var style: Style

    public init(_ text: String = " ", width: Int = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}
