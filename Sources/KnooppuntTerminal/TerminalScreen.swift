import CNcurses
import KnooppuntUI

/// Placeholder until the front-end issue: the only type that talks to ncurses.
public enum TerminalScreen {
    public static var isAvailable: Bool { true }
}
