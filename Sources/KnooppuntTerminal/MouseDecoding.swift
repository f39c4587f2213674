import CNcurses
import KnooppuntUI

/// The button bits of an ncurses mouse report that knooppunt listens to. The numbers depend on how
/// ncurses was built (mouse version 1 or 2), so they come from the header at run time.
public struct MouseMasks: Hashable, Sendable {
    public var pressed: UInt
    public var released: UInt
    public var clicked: UInt
    public var doubleClicked: UInt
    public var scrollUp: UInt
    public var scrollDown: UInt

    public init(
        pressed: UInt, released: UInt, clicked: UInt, doubleClicked: UInt, scrollUp: UInt, scrollDown: UInt
    ) {
        self.pressed = pressed
        self.released = released
        self.clicked = clicked
        self.doubleClicked = doubleClicked
        self.scrollUp = scrollUp
        self.scrollDown = scrollDown
    }

    /// The masks of the linked ncurses.
    public static let curses = MouseMasks(
        pressed: UInt(kp_button1_pressed()), released: UInt(kp_button1_released()),
        clicked: UInt(kp_button1_clicked()), doubleClicked: UInt(kp_button1_double_clicked()),
        scrollUp: UInt(kp_button4_pressed()), scrollDown: UInt(kp_button5_pressed()))
}

/// Turns one ncurses mouse report into an `Event`; reports of other buttons are not events.
public enum MouseDecoding {
    public static func event(x: Int, y: Int, state: UInt, masks: MouseMasks = .curses) -> Event? {
        let action: MouseAction
        // Scroll first: some terminals set a press bit together with the wheel bit.
        if masks.scrollUp != 0, state & masks.scrollUp != 0 {
            action = .scrollUp
        } else if masks.scrollDown != 0, state & masks.scrollDown != 0 {
            action = .scrollDown
        } else if state & (masks.pressed | masks.clicked | masks.doubleClicked) != 0 {
            // A click (press and release folded together by ncurses) selects like a press.
            action = .press
        } else if state & masks.released != 0 {
            action = .release
        } else {
            return nil
        }
        guard x >= 0, y >= 0 else { return nil }
        return .mouse(MouseEvent(x: x, y: y, action: action))
    }
}
