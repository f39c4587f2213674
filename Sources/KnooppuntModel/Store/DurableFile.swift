import Foundation
import KnooppuntWords

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file operations the store needs, done with the system calls themselves.
///
/// Foundation's `Data.write(options: .atomic)` renames a temporary file into place but never calls
/// `fsync`, so after a power cut the new name can point at an empty file. Here every write goes:
/// temporary file in the same folder (O_EXCL, 0600) → write everything → fsync → rename (or link, when
/// the target must not exist yet) → fsync the folder, so the rename itself is on disk too.
enum DurableFile {
    enum Failure: Error, Equatable {
        case missing
        case exists
        case tooLarge(bytes: Int)
        case notARegularFile
        case notAFolder(path: String)
        case system(call: String, path: String, message: String)

        /// The `call` of every failure while reading a section file (open, inspect, read).
        static let readCall = "read"

        /// A sentence for `StoreError.io`, in English (worded in `DurableWrite+Wording`).
        var sentence: String { text(.english) }
    }

    /// Temporary files are named `.<target name>.tmp-<random>`: hidden, and tied to one target so that a
    /// writer holding that target's lock may remove leftovers of a writer that was killed.
    static func temporaryPrefix(for fileName: String) -> String { ".\(fileName).tmp-" }

    static func systemFailure(_ call: String, _ path: String, _ code: Int32 = errno) -> Failure {
        .system(call: call, path: path, message: String(cString: strerror(code)))
    }

    // MARK: - Reading

    /// Reads a whole regular file, refusing one larger than `limit` bytes before reading it.
    static func read(_ url: URL, limit: Int) throws(Failure) -> Data {
        let path = url.path
        // O_NONBLOCK: a named pipe called x.json must not hang `list()` until someone writes to it.
        // It changes nothing for the regular files we go on to read.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            if errno == ENOENT || errno == ENOTDIR { throw .missing }
            throw systemFailure(Failure.readCall, path)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw systemFailure(Failure.readCall, path) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile }
        if Int(info.st_size) > limit { throw .tooLarge(bytes: Int(info.st_size)) }
        var data = Data(capacity: Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { readBytes(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw systemFailure(Failure.readCall, path)
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            // The file may grow while we read it; the limit holds for what we actually take in.
            if data.count > limit { throw .tooLarge(bytes: data.count) }
        }
        return data
    }

    /// True when anything (file, folder, even a dangling symbolic link) has this name.
    static func exists(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0
    }

    // MARK: - Writing

    /// Writes `data` durably to `url` (mode 0600). With `replacing: false` an existing target is never
    /// touched and `.exists` is thrown instead.
    static func write(_ data: Data, to url: URL, replacing: Bool) throws(Failure) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            temporaryPrefix(for: url.lastPathComponent) + String(UInt64.random(in: 0...UInt64.max), radix: 16)
        )
        let tempPath = temporary.path
        let fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw systemFailure("create a temporary file in", folder.path) }
        var published = false
        defer { if !published { unlink(tempPath) } }
        do {
            defer { close(fd) }
            // The umask can only take permissions away; fchmod makes 0600 exact either way.
            fchmod(fd, 0o600)
            try writeAll(fd, data, path: tempPath)
            guard fsync(fd) == 0 else { throw systemFailure("flush to disk", tempPath) }
        }
        if replacing {
            guard rename(tempPath, url.path) == 0 else { throw systemFailure("replace", url.path) }
            published = true
        } else {
            // link() fails with EEXIST instead of replacing: "create only if absent" without a race.
            if link(tempPath, url.path) == 0 {
                unlink(tempPath)
                published = true
            } else if errno == EEXIST {
                throw .exists
            } else if errno == EPERM || errno == ENOTSUP || errno == EOPNOTSUPP {
                // Some file systems (FAT on a USB stick) have no hard links; the caller holds the
                // section's lock, so checking first and renaming then is safe among knooppunt processes.
                if exists(url) { throw .exists }
                guard rename(tempPath, url.path) == 0 else { throw systemFailure("create", url.path) }
                published = true
            } else {
                throw systemFailure("create", url.path)
            }
        }
        try syncFolder(folder)
    }

    private static func writeAll(_ fd: Int32, _ data: Data, path: String) throws(Failure) {
        var failure: Failure?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = writeBytes(fd, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = systemFailure("write", path)
                    return
                }
                offset += written
            }
        }
        if let failure { throw failure }
    }

    /// Makes the folder's entries (a rename, a new link, an unlink) durable.
    static func syncFolder(_ folder: URL) throws(Failure) {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw systemFailure("open", folder.path) }
        defer { close(fd) }
        // Some file systems refuse fsync on a folder (EINVAL); their renames are as durable as they get.
        if fsync(fd) != 0 && errno != EINVAL && errno != EROFS {
            throw systemFailure("flush to disk", folder.path)
        }
    }

    /// Removes temporary files a killed writer of `fileName` left behind. Call only under that file's lock.
    static func removeLeftoverTemporaries(of fileName: String, in folder: URL) {
        let prefix = temporaryPrefix(for: fileName)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    // MARK: - Folders

    /// Creates `url` and any missing parents with mode 0700. Folders that exist keep their mode: they
    /// may be the user's own (a synced folder, a shared drive) and changing it could break other uses.
    /// Section files are 0600 regardless, and the folders of kept versions are created by us, so the data stays private.
    static func makeFolder(_ url: URL) throws(Failure) {
        let path = url.path
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw .notAFolder(path: path)
            }
            return
        }
        let parent = url.deletingLastPathComponent()
        if parent.path != path { try makeFolder(parent) }
        if mkdir(path, 0o700) != 0 {
            if errno == EEXIST, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return }
            throw systemFailure("create the folder", path)
        }
        chmod(path, 0o700)
        // The new folder's own name must survive a power cut as much as the files that go in it.
        if parent.path != path { try? syncFolder(parent) }
    }
}

// The enum's own `read` and `write` hide the system calls of the same name; these reach them.
#if canImport(Glibc)
    private let readBytes: @Sendable (Int32, UnsafeMutableRawPointer?, Int) -> Int = Glibc.read
    private let writeBytes: @Sendable (Int32, UnsafeRawPointer?, Int) -> Int = Glibc.write
#else
    private let readBytes: @Sendable (Int32, UnsafeMutableRawPointer?, Int) -> Int = Darwin.read
    private let writeBytes: @Sendable (Int32, UnsafeRawPointer?, Int) -> Int = Darwin.write
#endif
