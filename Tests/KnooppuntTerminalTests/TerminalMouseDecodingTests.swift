import KnooppuntUI
import Testing

@testable import KnooppuntTerminal

@Suite struct TerminalMouseDecodingTests {
    // Made-up bits: the decoding logic is tested, not ncurses' numbering.
    let masks = MouseMasks(
        pressed: 2, released: 1, clicked: 4, doubleClicked: 8, scrollUp: 0x100, scrollDown: 0x200)

    @Test func pressReleaseAndClick() {
        #expect(
            MouseDecoding.event(x: 3, y: 4, state: 2, masks: masks)
                == .mouse(MouseEvent(x: 3, y: 4, action: .press)))
        #expect(
            MouseDecoding.event(x: 3, y: 4, state: 1, masks: masks)
                == .mouse(MouseEvent(x: 3, y: 4, action: .release)))
        #expect(
            MouseDecoding.event(x: 0, y: 0, state: 4, masks: masks)
                == .mouse(MouseEvent(x: 0, y: 0, action: .press)))
    }

    @Test func wheel() {
        #expect(
            MouseDecoding.event(x: 1, y: 1, state: 0x100, masks: masks)
                == .mouse(MouseEvent(x: 1, y: 1, action: .scrollUp)))
        #expect(
            MouseDecoding.event(x: 1, y: 1, state: 0x200 | 2, masks: masks)
                == .mouse(MouseEvent(x: 1, y: 1, action: .scrollDown)))
    }

    @Test func otherButtonsAndBadPositionsAreIgnored() {
        #expect(MouseDecoding.event(x: 1, y: 1, state: 0x4000, masks: masks) == nil)
        #expect(MouseDecoding.event(x: -1, y: 1, state: 2, masks: masks) == nil)
    }

    @Test func linkedNcursesHasDistinctMasks() {
        let m = MouseMasks.curses
        let all = [m.pressed, m.released, m.clicked, m.scrollUp, m.scrollDown]
        #expect(Set(all).count == all.count)
        #expect(!all.contains(0))
    }
}
