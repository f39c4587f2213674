import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A section file that is a symbolic link. Some users keep a section in a synced folder and link it
/// into the data directory; others are attacked by a link to ~/.ssh. knooppunt follows a link only to a
/// regular file inside the data directory, reads and writes that file (so a save never turns the link
/// into a copy), and names every other link for what it is.
enum SectionLink {
    /// The file to read and write for `url`: `url` itself, or the target of a link that stays inside
    /// `directory`.
    static func resolve(_ url: URL, inside directory: URL) throws -> URL {
        var info = stat()
        guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return url }
        let shown = StoreError.shown(url.lastPathComponent)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard realpath(url.path, &buffer) != nil else {
            let code = errno
            if code == ELOOP {
                throw StoreError.io("\(shown) is a symbolic link that loops back on itself; remove it.")
            }
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? "?"
            throw StoreError.io(
                "\(shown) is a symbolic link to \(StoreError.shown(target)), which does not exist; remove the link or restore the file."
            )
        }
        let target = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let root = directory.resolvingSymlinksInPath().path
        guard target.hasPrefix(root + "/") else {
            throw StoreError.io(
                "\(shown) is a symbolic link to \(StoreError.shown(target)), outside the data directory; knooppunt follows links only inside it."
            )
        }
        return URL(fileURLWithPath: target)
    }

    /// True when `url` itself is a symbolic link (not followed).
    static func isLink(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}
