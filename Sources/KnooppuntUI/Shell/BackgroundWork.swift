import Foundation

/// Results of pure functions too slow for the input loop (a stress layout or Louvain on thousands of
/// people), computed on one background queue and kept by their inputs like `Memo`.
///
/// `render` asks with `value(for:compute:)`: a result that is ready comes back at once; otherwise the
/// work is started (once) and nil comes back, so the screen draws a progress line and every key keeps
/// working. When a job ends, `BackgroundActivity.generation` moves on; the terminal loop watches it and
/// draws again, which finds the result. A job whose inputs are no longer what the screen last asked
/// for (none in the last half second: the screen asks on every frame while it waits) is skipped before
/// it starts: the network changed, so its result would only be thrown away.
/// Small inputs are computed inline (`inline: true`): their result is in the first frame, as before.
final class BackgroundWork<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    // @unchecked: every access to the mutable state below holds `lock`.
    private let lock = NSCondition()
    private var done: [(key: Key, value: Value)] = []
    private var running: Set<Key> = []
    /// When the screen last asked for each key still waiting for its result.
    private var asked: [Key: Date] = [:]
    private static var patience: Double { 0.5 }
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// The result for `key` if it is ready. Otherwise: with `inline`, computes it here (or waits for the
    /// background job already computing it); without, starts the job and returns nil.
    func value(for key: Key, inline wantsInline: Bool, compute: @escaping @Sendable () -> Value) -> Value? {
        let inline = wantsInline || !BackgroundActivity.enabled
        lock.lock()
        if let hit = hitLocked(key) {
            lock.unlock()
            return hit
        }
        if inline {
            while running.contains(key) { lock.wait() }
            if let hit = hitLocked(key) {
                lock.unlock()
                return hit
            }
            lock.unlock()
            let value = compute()
            lock.lock()
            storeLocked(key, value)
            lock.unlock()
            return value
        }
        asked[key] = Date()
        startLocked(key, compute)
        lock.unlock()
        return nil
    }

    /// Starts the work for `key` in the background unless it is done or running (opening a section
    /// prepares its sociogram, so screen 4 opens on a finished picture).
    func prepare(_ key: Key, compute: @escaping @Sendable () -> Value) {
        guard BackgroundActivity.enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        guard hitLocked(key) == nil else { return }
        startLocked(key, compute, evenIfUnwanted: true)
    }

    /// The result for `key` if it is done; never starts anything.
    func ready(_ key: Key) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return hitLocked(key)
    }

    /// True while the work for `key` is running in the background.
    func isRunning(_ key: Key) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return running.contains(key)
    }

    private func hitLocked(_ key: Key) -> Value? {
        guard let i = done.firstIndex(where: { $0.key == key }) else { return nil }
        let hit = done.remove(at: i)
        // Kept under the asker's key, equal to the old one: while the section stays as it is, the
        // next frame's key shares its arrays and compares by identity instead of choice by choice.
        done.append((key, hit.value))
        return hit.value
    }

    private func storeLocked(_ key: Key, _ value: Value) {
        done.removeAll { $0.key == key }
        done.append((key, value))
        if done.count > capacity { done.removeFirst(done.count - capacity) }
    }

    private func startLocked(
        _ key: Key, _ compute: @escaping @Sendable () -> Value, evenIfUnwanted: Bool = false
    ) {
        guard !running.contains(key) else { return }
        running.insert(key)
        BackgroundActivity.started()
        BackgroundActivity.queue.async { [self] in
            lock.lock()
            // Asked for by an older picture of the network and not prepared on purpose: skip it.
            let skip = !evenIfUnwanted && Date().timeIntervalSince(asked[key] ?? .distantPast) > Self.patience
            asked[key] = nil
            lock.unlock()
            let value = skip ? nil : compute()
            lock.lock()
            if let value { storeLocked(key, value) }
            running.remove(key)
            asked[key] = nil
            lock.broadcast()
            lock.unlock()
            BackgroundActivity.finished()
        }
    }
}

/// What the terminal loop needs to know about background work: whether any runs (then it looks for
/// results often instead of once a second) and a number that changes whenever a job ends.
public enum BackgroundActivity {
    /// One queue: two layouts at once would only share the same cores and both finish later.
    static let queue = DispatchQueue(label: "knooppunt.background", qos: .userInitiated)
    private static let lock = NSLock()
    /// Off (the default) everything is computed when asked, as `knooppunt show` and the tests need:
    /// their one frame must be complete. The interface loop runs with it on (task-local, so a test
    /// that switches it on for itself leaves the tests running beside it alone).
    @TaskLocal public static var enabled = false
    nonisolated(unsafe) private static var runningCount = 0
    nonisolated(unsafe) private static var finishedCount = 0
    nonisolated(unsafe) private static var since: Date?

    /// True while any job is queued or running.
    public static var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return runningCount > 0
    }

    /// Changes each time a job ends.
    public static var generation: Int {
        lock.lock()
        defer { lock.unlock() }
        return finishedCount
    }

    /// Seconds since the oldest running job began, for the progress line (nil when idle).
    static var busySeconds: Double? {
        lock.lock()
        defer { lock.unlock() }
        return since.map { Date().timeIntervalSince($0) }
    }

    static func started() {
        lock.lock()
        if runningCount == 0 { since = Date() }
        runningCount += 1
        lock.unlock()
    }

    static func finished() {
        lock.lock()
        runningCount -= 1
        finishedCount += 1
        if runningCount == 0 { since = nil }
        lock.unlock()
    }

    /// Runs `job` on the background queue after the jobs already queued (for work that fills a memo
    /// from results those jobs leave).
    static func run(_ job: @escaping @Sendable () -> Void) {
        guard enabled else { return }
        started()
        queue.async {
            job()
            finished()
        }
    }

    /// Waits until no job runs (tests, and the bench's timing of a finished picture).
    public static func waitUntilIdle(timeout: Double = 120) {
        let end = Date().addingTimeInterval(timeout)
        while isBusy, Date() < end { usleep(2_000) }
    }
}
