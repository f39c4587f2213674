import KnooppuntUI

/// How a `Style` is shown on a terminal: video attributes, and a colour pair when colour is on.
public struct CellAppearance: Hashable, Sendable {
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Attributes(rawValue: 1)
        public static let underline = Attributes(rawValue: 2)
        public static let reverse = Attributes(rawValue: 4)
        public static let dim = Attributes(rawValue: 8)
    }

    public var attributes: Attributes
    /// Foreground and background; nil is the terminal's default. Both nil without colour.
    public var foreground: Color?
    public var background: Color?

    public init(attributes: Attributes, foreground: Color? = nil, background: Color? = nil) {
        (self.attributes, self.foreground, self.background) = (attributes, foreground, background)
    }

    /// The appearance of `style` on a terminal with (`color` true) or without colour.
    ///
    /// Without colour a background colour would vanish, and with it a selection bar drawn only by
    /// colour; such a cell is shown in reverse video instead, so nothing the screen distinguishes is
    /// lost (DESIGN.md, "Terminal rules"). Screens are asked to use attributes as well, this is the net.
    public static func of(_ style: Style, color: Bool) -> CellAppearance {
        var attributes: Attributes = []
        if style.bold { attributes.insert(.bold) }
        if style.underline { attributes.insert(.underline) }
        if style.reverse { attributes.insert(.reverse) }
        if style.dim { attributes.insert(.dim) }
        if color {
            return CellAppearance(
                attributes: attributes, foreground: style.foreground, background: style.background)
        }
        if style.background != nil, !style.reverse { attributes.insert(.reverse) }
        return CellAppearance(attributes: attributes)
    }
}

/// Colour pairs handed out as they are first needed. Pair 0 is the terminal's default colours; a
/// terminal offers a limited number of pairs (64 on an 8-colour xterm), and the 81 combinations of
/// eight colours plus default rarely all appear, so pairs are allocated on first use. When they run out,
/// the background is dropped (the foreground alone, or default colours).
public struct ColorPairTable: Sendable {
    public let capacity: Int
    private var numbers: [Pair: Int] = [:]

    public struct Pair: Hashable, Sendable {
        public var foreground: Color?
        public var background: Color?
        public init(foreground: Color?, background: Color?) {
            (self.foreground, self.background) = (foreground, background)
        }
    }

    /// `capacity` is COLOR_PAIRS: pair numbers 1 ..< capacity can be defined.
    public init(capacity: Int) { self.capacity = capacity }

    /// The pair number for these colours, and whether it is new (then the caller must `init_pair` it).
    public mutating func number(foreground: Color?, background: Color?) -> (number: Int, isNew: Bool) {
        if foreground == nil, background == nil { return (0, false) }
        let pair = Pair(foreground: foreground, background: background)
        if let n = numbers[pair] { return (n, false) }
        if numbers.count + 1 < capacity {
            let n = numbers.count + 1
            numbers[pair] = n
            return (n, true)
        }
        if background != nil { return number(foreground: foreground, background: nil) }
        return (0, false)
    }

    public var allocated: Int { numbers.count }
}
