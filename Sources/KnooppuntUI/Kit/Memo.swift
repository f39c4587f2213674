import Foundation

/// The last few results of a pure function, by its inputs: metrics and layouts depend only on a
/// network's content, so a cursor move, a redraw or a clock tick finds them here instead of running
/// Louvain or a stress layout again. Shared by every copy of the app state (values stay values: what is
/// cached is what the function would return anyway).
final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    // @unchecked: every access to `entries` holds `lock`.
    private let lock = NSLock()
    private var entries: [(key: Key, value: Value)] = []
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func value(for key: Key, compute: () -> Value) -> Value {
        lock.lock()
        if let i = entries.firstIndex(where: { $0.key == key }) {
            let hit = entries.remove(at: i)
            // Kept under the asker's equal key, whose arrays the next lookups share (identity compare).
            entries.append((key, hit.value))
            lock.unlock()
            return hit.value
        }
        lock.unlock()
        // Computed outside the lock: a slow layout never blocks another screen's lookup.
        let value = compute()
        lock.lock()
        entries.append((key, value))
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        lock.unlock()
        return value
    }
}
