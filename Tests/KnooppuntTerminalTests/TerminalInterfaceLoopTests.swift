import KnooppuntUI
import Testing

@testable import KnooppuntTerminal

/// A device that plays back bursts of events and records what was drawn.
private final class ScriptedDevice: InterfaceDevice {
    var bursts: [[Event]]
    var signalBeforeBurst: [Int: Int32] = [:]
    var loseInputAfter: Int?
    var size: (width: Int, height: Int) = (30, 10)
    private(set) var drawn: [Grid] = []
    private(set) var reads = 0
    private var pendingSignal: Int32?
    var clock: Double = 1000

    init(_ bursts: [[Event]]) { self.bursts = bursts }

    func draw(_ grid: Grid) { drawn.append(grid) }

    private(set) var timeouts: [Int] = []

    func readEvents(timeoutMilliseconds: Int) -> [Event] {
        defer { reads += 1 }
        timeouts.append(timeoutMilliseconds)
        if let s = signalBeforeBurst[reads] { pendingSignal = s }
        guard !bursts.isEmpty else {
            clock += Double(timeoutMilliseconds) / 1000  // nothing came: the timeout ran out
            return []
        }
        clock += 0.01
        return bursts.removeFirst()
    }

    var inputLost: Bool { loseInputAfter.map { reads >= $0 } ?? false }

    func takeSignal() -> Int32? {
        defer { pendingSignal = nil }
        return pendingSignal
    }

    /// Stops recorded with the number of effects carried out by then (a save must come first).
    var suspendedAfterEffects: [Int] = []
    var effectsSoFar: () -> Int = { 0 }
    func suspend() -> [Event] {
        suspendedAfterEffects.append(effectsSoFar())
        return [.resize(width: size.width, height: size.height)]
    }
}

/// A tiny interface: records events; `q` quits, `s` asks for a store effect, `.interrupt` saves and quits.
private struct Toy: Hashable {
    var seen: [Event] = []
    var messages = 0

    static func update(_ state: inout Toy, _ event: Event) -> [Effect] {
        state.seen.append(event)
        switch event {
        case .key(.character("q")): return [.quit]
        case .key(.character("s")): return [.listSections]
        case .key(.character("Q")): return [.quit, .reload(slug: "x")]
        case .interrupt: return [.reload(slug: "last"), .quit]
        case .suspend: return [.reload(slug: "before-stop")]
        case .app: state.messages += 1; return []
        default: return []
        }
    }

    static func render(_ state: Toy, width: Int, height: Int) -> Grid {
        var g = Grid(width: width, height: height)
        g.put("events \(state.seen.count)", x: 0, y: 0)
        return g
    }
}

private func makeLoop(performed: Box) -> InterfaceLoop<Toy> {
    InterfaceLoop(
        state: Toy(), update: Toy.update, render: Toy.render,
        perform: { effect in
            performed.effects.append(effect)
            return [.app(.none)]
        })
}

private final class Box { var effects: [Effect] = [] }

@Suite struct TerminalInterfaceLoopTests {
    @Test func runsUntilQuitAndFeedsEffectResultsBack() throws {
        let performed = Box()
        var loop = makeLoop(performed: performed)
        let device = ScriptedDevice([
            [.key(.character("s"))], [.key(.down), .key(.character("q")), .key(.up)],
        ])
        let end = try loop.run(on: device, startEffects: [.listSections], clock: { device.clock })
        #expect(end == .quit)
        #expect(performed.effects == [.listSections, .listSections])
        // start effect's result, the initial size, s, its result, down, q; `up` after q is not handled.
        #expect(
            loop.state.seen == [
                .app(.none), .resize(width: 30, height: 10), .key(.character("s")), .app(.none), .key(.down),
                .key(.character("q")),
            ])
        #expect(loop.state.messages == 2)
    }

    @Test func drawsAtTheDeviceSizeBeforeEachWait() throws {
        let performed = Box()
        var loop = makeLoop(performed: performed)
        let device = ScriptedDevice([[.key(.down)], [.key(.character("q"))]])
        device.size = (61, 19)
        _ = try loop.run(on: device, clock: { device.clock })
        #expect(device.drawn.count == 2)
        #expect(device.drawn.allSatisfy { $0.width == 61 && $0.height == 19 })
        #expect(device.drawn[1].line(0).hasPrefix("events 2"))
    }

    @Test func ctrlZSavesBeforeTheProgramStops() throws {
        let performed = Box()
        var loop = makeLoop(performed: performed)
        let device = ScriptedDevice([[.suspend], [.key(.character("q"))]])
        device.effectsSoFar = { performed.effects.count }
        #expect(try loop.run(on: device, clock: { device.clock }) == .quit)
        #expect(performed.effects == [.reload(slug: "before-stop")])
        #expect(device.suspendedAfterEffects == [1])
        #expect(loop.state.seen.contains(.resize(width: 30, height: 10)))
    }

    @Test func effectsListedWithQuitStillHappen() throws {
        let performed = Box()
        var loop = makeLoop(performed: performed)
        let device = ScriptedDevice([[.key(.character("Q"))]])
        #expect(try loop.run(on: device, clock: { device.clock }) == .quit)
        #expect(performed.effects == [.reload(slug: "x")])
    }

    @Test func signalInterruptsSavesAndEnds() throws {
        let performed = Box()
        var loop = makeLoop(performed: performed)
        let device = ScriptedDevice([[.key(.down)], [.key(.character("e"))], [.key(.character("q"))]])
        device.signalBeforeBurst[1] = 15  // SIGTERM arrives while the second burst is read
        let end = try loop.run(on: device, clock: { device.clock })
        #expect(end == .signal(15))
        #expect(loop.state.seen.contains(.interrupt))
        #expect(!loop.state.seen.contains(.key(.character("e"))))
        #expect(performed.effects == [.reload(slug: "last")])
    }

    @Test func lostTerminalIsTreatedLikeAHangUp() throws {
        let performed = Box()
        var loop = makeLoop(performed: performed)
        let device = ScriptedDevice([])
        device.loseInputAfter = 2
        #expect(try loop.run(on: device, clock: { device.clock }) == .inputLost)
        #expect(loop.state.seen.suffix(2) == [.interrupt, .app(.none)])
        #expect(performed.effects == [.reload(slug: "last")])
    }

    @Test func ticksComeAboutOnceASecondWhenIdle() throws {
        let performed = Box()
        var loop = makeLoop(performed: performed)
        let device = ScriptedDevice([])
        device.loseInputAfter = 3
        _ = try loop.run(on: device, clock: { device.clock })
        let ticks = loop.state.seen.filter { if case .tick = $0 { return true } else { return false } }
        #expect(ticks.count == 3)
        #expect(ticks.first == .tick(1001))
    }

    @Test func anErrorFromAnEffectEndsTheLoop() {
        struct Failure: Error {}
        var loop = InterfaceLoop(
            state: Toy(), update: Toy.update, render: Toy.render, perform: { _ in throw Failure() })
        let device = ScriptedDevice([[.key(.character("s"))]])
        #expect(throws: Failure.self) { try loop.run(on: device, clock: { device.clock }) }
    }

    @Test func backgroundWorkIsLookedForOftenAndTakenInWithATick() throws {
        let performed = Box()
        var loop = makeLoop(performed: performed)
        let device = ScriptedDevice([])
        device.loseInputAfter = 6
        // A job runs during the first three reads and ends during the third.
        loop.background = { (device.reads < 3, device.reads < 3 ? 0 : 1) }
        _ = try loop.run(on: device, clock: { device.clock })
        #expect(
            device.timeouts.prefix(3).allSatisfy { $0 <= 40 }, "while busy: every 40 ms, \(device.timeouts)")
        #expect(device.timeouts.last == 1000, "idle again: once a second")
        let ticks = loop.state.seen.compactMap { event -> Double? in
            if case .tick(let t) = event { return t }
            return nil
        }
        // The job's end is taken in at once (0.12 s after start), not at the next second.
        #expect(ticks.first.map { $0 < 1000.2 } == true, "\(ticks)")
        #expect(device.drawn.count >= 4)
    }
}
