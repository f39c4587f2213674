import CNcurses
import Foundation
import KnooppuntUI

/// Why the terminal could not be started.
public struct TerminalError: Error, CustomStringConvertible {
    public var description: String
}

/// The only type that talks to ncurses: starts and restores the terminal, reads input as `Event`s and
/// copies grids to the screen. Everything it decides is in pure types beside it (InputDecoder,
/// MouseDecoding, GridDiff, CellAppearance, ColorPairTable), which are tested without a terminal.
public final class TerminalScreen: InterfaceDevice {
    /// True when colours are drawn: the terminal has them and NO_COLOR is not set.
    public let colorEnabled: Bool
    private var isOpen = false
    private var previous: Grid?
    private var decoder = InputDecoder()
    private var pairs: ColorPairTable
    /// use_default_colors worked: nil colours are the terminal's own, not white on black.
    private let defaultColors: Bool
    private var quickFailures = 0
    /// The loop's `KNOOPPUNT_TRACE` writer: drawing is timed in its parts (diff, cells, output).
    var trace: ((String, Double) -> Void)?
    private let attributeBits: [(CellAppearance.Attributes, attr_t)] = [
        (.bold, kp_a_bold()), (.underline, kp_a_underline()), (.reverse, kp_a_reverse()), (.dim, kp_a_dim()),
    ]

    /// How long ncurses waits after ESC for the rest of a key sequence. Short, so Escape feels
    /// immediate; local terminals and SSH deliver a sequence's bytes together.
    public static let escapeDelayMilliseconds: Int32 = 25

    /// Sets the terminal up for the interface. `environment` decides colour (NO_COLOR, see no-color.org:
    /// set and not empty means no colour).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError(description: "knooppunt needs a terminal; use `knooppunt show …` for text.")
        }
        _ = kp_setlocale_utf8()
        // Before curses changes anything: the settings a crash handler restores, and our signal
        // handlers (ncurses then leaves SIGTSTP to us).
        SignalWatch.armCrashRestore()
        SignalWatch.install()
        // newterm, unlike initscr, returns nil instead of exiting when TERM is unknown.
        guard let screen = newterm(nil, kp_stdout(), kp_stdin()) else {
            SignalWatch.uninstall()
            SignalWatch.disarmCrashRestore()
            let term = environment["TERM"] ?? ""
            throw TerminalError(
                description:
                    "knooppunt cannot drive this terminal (TERM=\(SafeText.clean(term))); try TERM=xterm-256color."
            )
        }
        _ = set_term(screen)
        isOpen = true
        kp_set_escdelay(Self.escapeDelayMilliseconds)
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(kp_stdscr(), true)
        _ = meta(kp_stdscr(), true)
        _ = intrflush(kp_stdscr(), false)
        kp_disable_flow_control()
        _ = def_prog_mode()
        _ = curs_set(0)

        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if !noColor, has_colors() {
            _ = start_color()
            defaultColors = use_default_colors() == kp_ok()
            colorEnabled = true
            pairs = ColorPairTable(capacity: Int(min(kp_color_pairs(), 256)))
        } else {
            defaultColors = false
            colorEnabled = false
            pairs = ColorPairTable(capacity: 0)
        }

        // A terminal that cannot place the cursor (TERM=dumb, an editor's shell buffer) would show a
        // scrambled stream of text; say so instead.
        let cursorAddress = tigetstr("cup")
        if cursorAddress == nil || Int(bitPattern: cursorAddress) == -1 {
            close()
            let term = environment["TERM"] ?? ""
            throw TerminalError(
                description: "This terminal (TERM=\(SafeText.clean(term))) cannot place the cursor; "
                    + "use a full terminal, or `knooppunt show …` for text.")
        }
        enableReporting()
        _ = wclear(kp_stdscr())
    }

    /// Mouse and bracketed-paste reporting, on at start and again after a suspend.
    private func enableReporting() {
        _ = mousemask(kp_all_mouse_events(), nil)
        // Press and release as they happen: no 166 ms wait to fold them into a click.
        _ = mouseinterval(0)
        // Bracketed paste: pasted text arrives between ESC [200~ and ESC [201~ (InputDecoder).
        kp_write_tty("\u{1B}[?2004h")
    }

    /// Ctrl-Z: give the shell a clean terminal, stop, and on `fg` take the screen back and redraw it all.
    public func suspend() -> [Event] {
        leaveScreen()
        SignalWatch.suspendNow()
        // Continued: refresh re-enters curses mode (program modes, alternate screen).
        repaintAll()
        _ = wrefresh(kp_stdscr())
        enableReporting()
        let size = self.size
        return [.resize(width: size.width, height: size.height)]
    }

    deinit { close() }

    /// Restores the terminal as the shell had it: mouse and paste reporting off, cursor back, normal
    /// screen. Safe to call more than once; every way out of the interface ends here.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        leaveScreen()
        SignalWatch.uninstall()
        SignalWatch.disarmCrashRestore()
        fflush(kp_stdout())
    }

    /// Mouse and paste reporting off and curses mode left, as both quitting and Ctrl-Z need; the
    /// reporting goes off first so that no report arrives at the shell.
    private func leaveScreen() {
        _ = mousemask(0, nil)
        _ = doupdate()
        kp_write_tty("\u{1B}[?2004l")
        _ = endwin()
    }

    public var size: (width: Int, height: Int) {
        var rows: Int32 = 0
        var columns: Int32 = 0
        kp_getmaxyx(kp_stdscr(), &rows, &columns)
        return (Int(columns), Int(rows))
    }

    public var inputLost: Bool { quickFailures >= 20 }

    public func takeSignal() -> Int32? { SignalWatch.take() }

    // MARK: drawing

    public func draw(_ grid: Grid) {
        guard isOpen else { return }
        let window = kp_stdscr()
        let started = trace == nil ? 0 : DispatchTime.now().uptimeNanoseconds
        let changed = GridDiff.changedCells(from: previous, to: grid)
        // Nothing changed (a clock tick, a frame drawn while background work runs): nothing to send.
        if changed.isEmpty, previous != nil { return }
        let compared = trace == nil ? 0 : DispatchTime.now().uptimeNanoseconds
        for (x, y) in changed {
            put(grid[x, y], x: x, y: y, in: window)
        }
        previous = grid
        let copied = trace == nil ? 0 : DispatchTime.now().uptimeNanoseconds
        _ = wnoutrefresh(window)
        _ = doupdate()
        if let trace {
            let now = DispatchTime.now().uptimeNanoseconds
            trace("  diff", Double(compared - started) / 1e6)
            trace("  cells \(changed.count)", Double(copied - compared) / 1e6)
            trace("  doupdate", Double(now - copied) / 1e6)
        }
    }

    private func put(_ cell: Cell, x: Int, y: Int, in window: UnsafeMutablePointer<WINDOW>?) {
        let appearance = CellAppearance.of(cell.style, color: colorEnabled)
        var attributes = kp_a_normal()
        for (flag, bits) in attributeBits where appearance.attributes.contains(flag) { attributes |= bits }
        var pair: Int16 = 0
        if colorEnabled {
            let (number, isNew) = pairs.number(
                foreground: appearance.foreground, background: appearance.background)
            if isNew {
                let fallbackForeground: Int16 = defaultColors ? -1 : Int16(Color.white.rawValue)
                let fallbackBackground: Int16 = defaultColors ? -1 : Int16(Color.black.rawValue)
                _ = init_pair(
                    Int16(number), appearance.foreground.map { Int16($0.rawValue) } ?? fallbackForeground,
                    appearance.background.map { Int16($0.rawValue) } ?? fallbackBackground)
            }
            pair = Int16(number)
        }
        var text: [wchar_t] = []
        text.reserveCapacity(4)
        for scalar in cell.text.unicodeScalars.prefix(Int(kp_ccharw_max()) - 1) {
            // The grid is already cleaned (SafeText); this guards the terminal against any slip.
            let v = scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) ? 0xFFFD : scalar.value
            text.append(wchar_t(bitPattern: v))
        }
        if text.isEmpty { text.append(wchar_t(32)) }
        text.append(0)
        _ = kp_put_cell(window, Int32(y), Int32(x), text, attributes, pair)
    }

    // MARK: input

    /// A burst longer than this is handed on in parts, so a huge paste cannot stall drawing.
    private static let burstLimit = 65_536

    public func readEvents(timeoutMilliseconds: Int) -> [Event] {
        guard isOpen else { return [] }
        if SignalWatch.takeSuspendRequest() { return [.suspend] }
        let window = kp_stdscr()
        var events: [Event] = []
        let started = Date()
        wtimeout(window, Int32(clamping: max(0, timeoutMilliseconds)))
        var value: UInt32 = 0
        var result = kp_get_wch(window, &value)
        if result == kp_err() {
            if SignalWatch.takeSuspendRequest() { return [.suspend] }
            // A read that fails at once, again and again, with no signal pending: the terminal is gone.
            if timeoutMilliseconds >= 100,
                Date().timeIntervalSince(started) * 1000 < Double(timeoutMilliseconds) / 4
            {
                quickFailures += 1
            } else {
                quickFailures = 0
            }
            return decoder.endOfBurst()
        }
        quickFailures = 0
        wtimeout(window, 0)
        var count = 0
        while result != kp_err() {
            events += decode(result: result, value: value)
            count += 1
            if count >= Self.burstLimit { break }
            result = kp_get_wch(window, &value)
        }
        if result == kp_err() { events += decoder.endOfBurst() }
        return events.filter { event in
            // Ctrl-L repaints the whole screen, as in less, htop and vi (after a write from another
            // program messed it up); it is the terminal's business, not the interface's.
            guard event == .key(.control("l")) else { return true }
            repaintAll()
            return false
        }
    }

    /// The next draw sends every cell again, after clearing the terminal.
    private func repaintAll() {
        previous = nil
        _ = clearok(kp_curscr(), true)
    }

    private func decode(result: Int32, value: UInt32) -> [Event] {
        guard result == kp_key_code_yes() else {
            guard let scalar = Unicode.Scalar(value) else { return [] }
            return decoder.feed(.character(scalar))
        }
        let code = Int32(bitPattern: value)
        if code == kp_key_resize() {
            // The whole screen is repainted: the terminal may have reflowed what was on it.
            repaintAll()
            let size = self.size
            return [.resize(width: size.width, height: size.height)]
        }
        if code == kp_key_mouse() {
            var x: Int32 = 0
            var y: Int32 = 0
            var state: mmask_t = 0
            guard kp_getmouse(&x, &y, &state) == kp_ok() else { return [] }
            return MouseDecoding.event(x: Int(x), y: Int(y), state: UInt(state)).map { [$0] } ?? []
        }
        let name = keyname(code).map { String(cString: $0) } ?? ""
        return decoder.feed(.keyCode(code, name: name))
    }
}
