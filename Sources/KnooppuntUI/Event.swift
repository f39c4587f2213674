/// A key as the user means it, decoded by the terminal layer from ncurses codes.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, lowercase: `.control("r")` is Ctrl-R.
    case control(Character)
    case up, down, left, right
    case wordLeft, wordRight
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)
}

public enum MouseAction: Hashable, Sendable {
    case press, release, scrollUp, scrollDown
}

public struct MouseEvent: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var action: MouseAction
    public init(x: Int, y: Int, action: MouseAction) {
        self.x = x
        self.y = y
        self.action = action
    }
}

/// Everything that can happen to the interface: input, a new size, a timer tick.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// Text pasted in one piece (bracketed paste), UTF-8 decoded.
    case paste(String)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Once a second while a timer runs (meeting mode), with seconds since the epoch.
    case tick(Double)
}
