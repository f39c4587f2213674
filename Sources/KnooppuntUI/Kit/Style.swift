/// The eight basic terminal colours; every terminal that has colour has these.
public enum Color: UInt8, Hashable, Sendable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell looks. Without colour (NO_COLOR, monochrome) the attributes alone must still carry
/// every distinction, so screens use bold, underline and reverse together with colour, never colour alone.
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(
        foreground: Color? = nil, background: Color? = nil, bold: Bool = false, underline: Bool = false,
        reverse: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let reverse = Style(reverse: true)
    public static let underline = Style(underline: true)
    public static let dim = Style(dim: true)

    /// The same style with colours removed, as drawn when colour is off.
    public var withoutColor: Style {
        var s = self
        s.foreground = nil
        s.background = nil
        return s
    }
}
