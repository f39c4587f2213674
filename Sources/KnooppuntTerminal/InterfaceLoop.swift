import Foundation
import KnooppuntUI

/// Why the loop ended.
public enum LoopEnd: Hashable, Sendable {
    /// The interface asked to quit.
    case quit
    /// A SIGINT, SIGTERM or SIGHUP; the interface got `.interrupt` first and its effects were carried out.
    case signal(Int32)
    /// The terminal went away without a signal; treated like a hang-up.
    case inputLost
}

/// The Elm-style loop (as Bubble Tea runs it): render → draw → wait for input or the next tick →
/// update → carry out effects, feeding their outcome back into update → … until `.quit`.
///
/// Generic over the state and its functions so the loop itself is tested with a small fake interface;
/// `InterfaceLoop.run(state:device:perform:)` below wires it to `App`.
public struct InterfaceLoop<State> {
    public private(set) var state: State
    public private(set) var quitRequested = false
    private let update: (inout State, Event) -> [Effect]
    private let render: (State, Int, Int) -> Grid
    private let perform: (Effect) throws -> [Event]
    /// Seconds between `.tick` events.
    public var tickInterval: Double = 1
    /// Background work of the interface (layouts, figures): whether any runs, and a number that
    /// changes when a job ends. While work runs the loop looks every `backgroundPoll` seconds instead
    /// of once a tick, and a finished job is taken in (a `.tick`) and drawn at once.
    public var background: () -> (busy: Bool, generation: Int) = { (false, 0) }
    public var backgroundPoll: Double = 0.04
    /// Timing around the loop's phases (update of an event, render, draw), for finding where a slow key
    /// spends its time without a profiler: `KNOOPPUNT_TRACE=FILE knooppunt` writes one line per phase.
    public var trace: ((String, Double) -> Void)?

    public init(
        state: State,
        update: @escaping (inout State, Event) -> [Effect],
        render: @escaping (State, Int, Int) -> Grid,
        perform: @escaping (Effect) throws -> [Event]
    ) {
        self.state = state
        self.update = update
        self.render = render
        self.perform = perform
    }

    /// Feeds one event to `update` and carries out the effects, feeding each effect's resulting events
    /// back in order. `.quit` is remembered, not acted on, so effects listed with it (a last save) still
    /// happen.
    public mutating func dispatch(_ event: Event) throws {
        var queue = [event]
        var index = 0
        while index < queue.count {
            let started = trace == nil ? 0 : DispatchTime.now().uptimeNanoseconds
            let effects = update(&state, queue[index])
            if let trace { trace("update " + Self.label(queue[index]), Self.since(started)) }
            index += 1
            let performed = trace == nil ? 0 : DispatchTime.now().uptimeNanoseconds
            try carryOut(effects, into: &queue)
            if let trace, !effects.isEmpty { trace("effects \(effects.count)", Self.since(performed)) }
        }
    }

    /// Carries out effects that did not come from an event (those of `App.start`).
    public mutating func carryOut(_ effects: [Effect]) throws {
        var queue: [Event] = []
        try carryOut(effects, into: &queue)
        for event in queue { try dispatch(event) }
    }

    private mutating func carryOut(_ effects: [Effect], into queue: inout [Event]) throws {
        for effect in effects {
            if effect == .quit {
                quitRequested = true
            } else {
                queue += try perform(effect)
            }
        }
    }

    /// Runs until the interface quits, a signal arrives, or the terminal goes away.
    public mutating func run(
        on device: InterfaceDevice, startEffects: [Effect] = [],
        clock: () -> Double = { Date().timeIntervalSince1970 }
    ) throws -> LoopEnd {
        try carryOut(startEffects)
        var size = device.size
        try dispatch(.resize(width: size.width, height: size.height))
        var lastTick = clock()
        var lastGeneration = background().generation
        // When the last input arrived, for the trace's "input to frame": the part of a key's latency
        // spent in this process (update, render, draw), apart from the terminal and the scheduler.
        var inputAt: UInt64?
        while !quitRequested {
            if let signal = device.takeSignal() {
                try dispatch(.interrupt)
                return .signal(signal)
            }
            if device.inputLost {
                try dispatch(.interrupt)
                return .inputLost
            }
            size = device.size
            let started = trace == nil ? 0 : DispatchTime.now().uptimeNanoseconds
            let grid = render(state, size.width, size.height)
            let rendered = trace == nil ? 0 : DispatchTime.now().uptimeNanoseconds
            device.draw(grid)
            if let trace {
                trace("render", Self.since(started))
                trace("draw", Self.since(rendered))
                if let inputAt { trace("input to frame", Self.since(inputAt)) }
                inputAt = nil
            }
            var untilTick = max(0, tickInterval - (clock() - lastTick))
            let work = background()
            if work.busy || work.generation != lastGeneration { untilTick = min(untilTick, backgroundPoll) }
            let timeout = Int((untilTick * 1000).rounded(.up))
            let waited = trace == nil ? 0 : DispatchTime.now().uptimeNanoseconds
            let events = device.readEvents(timeoutMilliseconds: timeout)
            if let trace, !events.isEmpty {
                inputAt = DispatchTime.now().uptimeNanoseconds
                trace("waited for input (timeout \(timeout) ms)", Self.since(waited))
            }
            var pendingSignal: Int32?
            for event in events {
                // A signal that arrived while reading wins over the keys read with it.
                if let signal = device.takeSignal() {
                    pendingSignal = signal
                    break
                }
                if event == .suspend {
                    // Save first, then stop; on `fg` the device reports the size again.
                    try dispatch(.suspend)
                    for after in device.suspend() { try dispatch(after) }
                    continue
                }
                try dispatch(event)
                if quitRequested { break }
            }
            if let signal = pendingSignal {
                try dispatch(.interrupt)
                return .signal(signal)
            }
            let now = clock()
            let generation = background().generation
            if !quitRequested, now - lastTick >= tickInterval || generation != lastGeneration {
                if now - lastTick >= tickInterval { lastTick = now }
                lastGeneration = generation
                try dispatch(.tick(now))
            }
        }
        return .quit
    }
}

extension InterfaceLoop {
    /// An event in a few words: describing an opened section whole would cost more than the update.
    static func label(_ event: Event) -> String {
        switch event {
        case .key(let key): return "key \(key)"
        case .tick: return "tick"
        case .resize: return "resize"
        case .mouse: return "mouse"
        case .paste: return "paste"
        case .app: return "app message"
        default: return "signal"
        }
    }

    static func since(_ start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    /// A trace writer for `KNOOPPUNT_TRACE` (one line per phase: when it ended, in milliseconds since
    /// the trace began, and how long it took), or nil.
    static func traceFile(_ environment: [String: String]) -> ((String, Double) -> Void)? {
        guard let path = environment["KNOOPPUNT_TRACE"], !path.isEmpty,
            FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { return nil }
        let began = DispatchTime.now().uptimeNanoseconds
        return { phase, ms in
            let at = since(began)
            handle.write(Data(String(format: "%10.3f %9.3f ms  %@\n", at, ms, phase).utf8))
        }
    }
}

extension InterfaceLoop where State == AppState {
    /// The knooppunt interface on `device`: the effects of `App.start` and then `firstEffects` (such as
    /// opening the section named on the command line), then the loop.
    public static func run(
        state: inout AppState, device: InterfaceDevice, firstEffects: [Effect] = [],
        perform: @escaping (Effect) throws -> [Event]
    ) throws -> LoopEnd {
        var initial = state
        let startEffects = App.start(&initial) + firstEffects
        var loop = InterfaceLoop(state: initial, update: App.update, render: App.render, perform: perform)
        loop.background = { (BackgroundActivity.isBusy, BackgroundActivity.generation) }
        loop.trace = traceFile(ProcessInfo.processInfo.environment)
        (device as? TerminalScreen)?.trace = loop.trace
        defer { state = loop.state }
        return try BackgroundActivity.$enabled.withValue(true) {
            try loop.run(on: device, startEffects: startEffects)
        }
    }
}
