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
    public init(x: Int, y: Int, action: MouseAction) { (self.x, self.y, self.action) = (x, y, action) }
}

/// Everything that can happen to the interface: input, a new size, a timer tick.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// Text pasted in one piece (bracketed paste), UTF-8 decoded.
    case paste(String)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// About once a second, with seconds since the epoch (meeting-mode timer, "days in step").
    case tick(Double)
    /// SIGINT, SIGTERM or SIGHUP: finish any edit in progress, save, and return `.quit`.
    case interrupt
    /// Ctrl-Z: the program is about to stop. What is being typed is saved first, because a stopped
    /// program may be killed before it is continued.
    case suspend
    /// The outcome of an `Effect`, fed back by whoever carried it out (see AppMessage).
    case app(AppMessage)
}
