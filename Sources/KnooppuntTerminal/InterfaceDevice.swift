import KnooppuntUI

/// What the interface loop needs from a screen: the real one is `TerminalScreen`; tests use a script.
public protocol InterfaceDevice: AnyObject {
    /// Columns and rows available now.
    var size: (width: Int, height: Int) { get }
    /// Shows `grid` (which has the size `size` had when it was rendered).
    func draw(_ grid: Grid)
    /// Waits at most `timeoutMilliseconds` for input and returns everything that arrived in one burst;
    /// empty when the time ran out (or a signal cut the wait short).
    func readEvents(timeoutMilliseconds: Int) -> [Event]
    /// True when input is gone for good (the terminal was closed without a SIGHUP reaching us).
    var inputLost: Bool { get }
    /// The number of a terminating signal (SIGINT, SIGTERM, SIGHUP) received since the last call.
    func takeSignal() -> Int32?
    /// Stops the program (Ctrl-Z, after `readEvents` returned `.suspend` and the interface saved) and,
    /// once continued, returns what the interface must hear (the size, which may have changed).
    func suspend() -> [Event]
}

extension InterfaceDevice {
    public func suspend() -> [Event] { [] }
}
