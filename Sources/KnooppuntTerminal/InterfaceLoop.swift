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
            let effects = update(&state, queue[index])
            index += 1
            try carryOut(effects, into: &queue)
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
            device.draw(render(state, size.width, size.height))
            let untilTick = max(0, tickInterval - (clock() - lastTick))
            let events = device.readEvents(timeoutMilliseconds: Int((untilTick * 1000).rounded(.up)))
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
            if !quitRequested, now - lastTick >= tickInterval {
                lastTick = now
                try dispatch(.tick(now))
            }
        }
        return .quit
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
        defer { state = loop.state }
        return try loop.run(on: device, startEffects: startEffects)
    }
}
