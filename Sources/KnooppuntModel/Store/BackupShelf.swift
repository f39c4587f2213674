import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Earlier versions of each section: `<state>/data-<hash>/backup/<slug>/<UTC time>-r<revision>.json`,
/// in this machine's state folder (`MachineState`), never in the data directory: a data directory may
/// be a synced folder or a git repository, and a kept version is this machine's history, not the
/// section's. Earlier releases kept them in `<data>/.backup/`; those are moved over on opening.
///
/// A version is kept by hard-linking the file that is about to be replaced: the store never changes a
/// file in place (it renames a new one over it), so the linked inode keeps the old bytes for free.
/// Across file systems (the state folder on another disk than the data) the bytes are copied.
struct BackupShelf: Sendable {
    /// The folder of earlier releases, inside the data directory.
    static let folderName = ".backup"
    static let kept = 20

    let root: URL

    init(root: URL) {
        self.root = root
    }

    /// The shelf of the sections in `dataDirectory` on this machine. When the state folder cannot be
    /// made (no writable home), the versions stay beside the data as before, rather than a save
    /// failing for want of a place to keep the previous version.
    static func of(dataDirectory: URL, environment: [String: String]) -> BackupShelf {
        let state = MachineState(dataDirectory: dataDirectory, environment: environment).folder
        let root = state.appendingPathComponent("backup", isDirectory: true)
        do {
            try DurableFile.makeFolder(state)
            return BackupShelf(root: root)
        } catch {
            return BackupShelf(root: dataDirectory.appendingPathComponent(folderName, isDirectory: true))
        }
    }

    /// Moves the versions an earlier release kept in `<data>/.backup/` onto this shelf, then removes
    /// that folder. Best effort: what cannot be moved stays where it was, and is tried again next time.
    func adoptLegacy(from dataDirectory: URL) {
        let legacy = dataDirectory.appendingPathComponent(Self.folderName, isDirectory: true)
        let files = FileManager.default
        guard legacy.standardizedFileURL != root.standardizedFileURL, !SectionLink.isLink(legacy),
            let slugs = try? files.contentsOfDirectory(atPath: legacy.path)
        else { return }
        for slug in slugs
        where SectionSlug.isValid(slug) && !SectionLink.isLink(legacy.appendingPathComponent(slug)) {
            let from = legacy.appendingPathComponent(slug, isDirectory: true)
            let to = folder(for: slug)
            guard (try? DurableFile.makeFolder(root)) != nil, (try? DurableFile.makeFolder(to)) != nil,
                let names = try? files.contentsOfDirectory(atPath: from.path)
            else { continue }
            for name in names where name.hasSuffix(".json") {
                let source = from.appendingPathComponent(name), target = to.appendingPathComponent(name)
                if rename(source.path, target.path) != 0 {
                    guard let bytes = try? DurableFile.read(source, limit: SectionStore.maximumFileSize),
                        (try? DurableFile.write(bytes, to: target, replacing: false)) != nil
                    else { continue }
                    unlink(source.path)
                }
            }
            try? DurableFile.syncFolder(to)
            rmdir(from.path)
        }
        rmdir(legacy.path)
    }

    func folder(for slug: String) -> URL {
        root.appendingPathComponent(slug, isDirectory: true)
    }

    /// Keeps `file` (the current version, at `revision`) and prunes the oldest beyond `kept`.
    func keep(_ file: URL, slug: String, revision: Int) throws {
        let folder = folder(for: slug)
        // Versions kept through a link would land wherever the link points, outside anyone's view.
        for place in [root, folder] where SectionLink.isLink(place) {
            throw StoreError.io(
                "\(StoreError.shown(place.path)) is a symbolic link; knooppunt keeps earlier versions only in a real folder. Replace the link by a folder."
            )
        }
        do {
            try DurableFile.makeFolder(root)
            try DurableFile.makeFolder(folder)
        } catch {
            throw StoreError.io(error.sentence)
        }
        // A writer killed after keeping this version but before replacing the file leaves a link to
        // the very same inode; keeping it again would crowd older versions off the shelf.
        var current = stat()
        if stat(file.path, &current) == 0 {
            for kept in versions(of: slug) where kept.lastPathComponent.hasSuffix("-r\(revision).json") {
                var other = stat()
                if stat(kept.path, &other) == 0 && other.st_ino == current.st_ino
                    && other.st_dev == current.st_dev
                {
                    prune(slug)
                    return
                }
            }
        }
        var attempt = 0
        while true {
            let target = folder.appendingPathComponent("\(Self.timestamp())-r\(revision).json")
            if link(file.path, target.path) == 0 { break }
            let code = errno
            if code == EEXIST && attempt < 5 {
                attempt += 1
                continue  // same microsecond: the next timestamp differs
            }
            if code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EXDEV || code == EMLINK {
                do {
                    let bytes = try DurableFile.read(file, limit: SectionStore.maximumFileSize)
                    try DurableFile.write(bytes, to: target, replacing: false)
                } catch {
                    throw StoreError.io(error.sentence)
                }
                break
            }
            throw StoreError.io(DurableFile.systemFailure("keep a backup in", folder.path, code).sentence)
        }
        // The link must be on disk before the file it preserves is replaced.
        do { try DurableFile.syncFolder(folder) } catch { throw StoreError.io(error.sentence) }
        prune(slug)
    }

    /// The kept versions of `slug`, oldest first.
    func versions(of slug: String) -> [URL] {
        let folder = folder(for: slug)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        let entries = names.compactMap { name -> (stamp: String, revision: Int, name: String)? in
            guard !name.hasPrefix("."), name.hasSuffix(".json"),
                let marker = name.range(of: "-r", options: .backwards),
                let revision = Int(name[marker.upperBound...].dropLast(5))
            else { return nil }
            return (String(name[..<marker.lowerBound]), revision, name)
        }
        // Fixed-width UTC stamps sort as text; the revision breaks ties within one microsecond.
        return entries.sorted { ($0.stamp, $0.revision) < ($1.stamp, $1.revision) }
            .map { folder.appendingPathComponent($0.name) }
    }

    private func prune(_ slug: String) {
        let all = versions(of: slug)
        for old in Self.expendable(all.map(\.lastPathComponent), now: Date()) {
            unlink(folder(for: slug).appendingPathComponent(old).path)
        }
    }

    /// Which kept versions can go, so that the history spans time rather than the last keystrokes:
    /// every version of the last 15 minutes, then the newest of each hour for two days, the newest of
    /// each day for 60 days; and always the newest `kept`, whatever their age. Names are
    /// "<UTC stamp>-r<revision>.json", oldest first.
    static func expendable(_ names: [String], now: Date) -> [String] {
        var keep = Set(names.suffix(kept))
        var hours = Set<String>(), days = Set<String>()
        for name in names.reversed() {
            guard let when = date(of: name) else {
                keep.insert(name)
                continue
            }
            let age = now.timeIntervalSince(when)
            let stamp = String(name.prefix(15))  // "20261121T121843"
            if age <= 15 * 60 {
                keep.insert(name)
            } else if age <= 48 * 3600 {
                if hours.insert(String(stamp.prefix(11))).inserted { keep.insert(name) }
            } else if age <= 60 * 86400 {
                if days.insert(String(stamp.prefix(8))).inserted { keep.insert(name) }
            }
        }
        return names.filter { !keep.contains($0) }
    }

    /// The UTC time in a kept version's name.
    static func date(of name: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss"
        return formatter.date(from: String(name.prefix(15)))
    }

    /// A renamed section takes its history along, unless the new slug already has one.
    func moveHistory(from oldSlug: String, to newSlug: String) {
        let old = folder(for: oldSlug)
        let new = folder(for: newSlug)
        guard DurableFile.exists(old), !DurableFile.exists(new) else { return }
        if rename(old.path, new.path) == 0 {
            try? DurableFile.syncFolder(root)
        }
    }

    /// "20261121T121843.123456Z": UTC, so the order does not jump at the change to summer time.
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d%02d%02dT%02d%02d%02d.%06dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec),
            Int(now.tv_nsec / 1000))
    }
}

/// The time a kept version was saved, read from its name (for `knooppunt restore`).
public enum BackupTime {
    public static func date(of name: String) -> Date? { BackupShelf.date(of: name) }
}
