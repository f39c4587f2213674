import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on one section, held while its file is read, compared and written.
///
/// `flock` on a hidden `.<slug>.lock` file beside the section: the kernel drops it when the holder
/// exits or is killed, so a crashed writer never leaves the section locked. Each acquisition opens its
/// own file description, which makes two `SectionStore` values in one process exclude each other too.
/// Lock files stay in place; deleting one while another process waits on it would let two writers in.
enum SectionLock {
    static func fileName(for slug: String) -> String { ".\(slug).lock" }

    /// Runs `body` while holding the lock of `slug`; throws `StoreError.locked` after `timeout`.
    static func holding<T>(
        _ slug: String, in folder: URL, timeout: Duration, _ body: () throws -> T
    ) throws -> T {
        let path = folder.appendingPathComponent(fileName(for: slug)).path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            throw StoreError.io(DurableFile.systemFailure("open the lock file", path).sentence)
        }
        defer { close(fd) }  // closing the last descriptor releases the lock
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                throw StoreError.io(DurableFile.systemFailure("lock", path, code).sentence)
            }
            guard clock.now < deadline else { throw StoreError.locked(slug: slug) }
            // Polling rather than a blocking flock: a blocking call cannot time out without signals.
            usleep(5_000)
        }
        return try body()
    }

    /// Holds the locks of several sections, taken in sorted order so two renames cannot deadlock.
    static func holding<T>(
        _ slugs: [String], in folder: URL, timeout: Duration, _ body: () throws -> T
    ) throws -> T {
        let ordered = Array(Set(slugs)).sorted()
        guard let first = ordered.first else { return try body() }
        return try holding(first, in: folder, timeout: timeout) {
            try holding(Array(ordered.dropFirst()), in: folder, timeout: timeout, body)
        }
    }
}
