import Foundation

/// A section written as a file of its own, outside the data directory (a copy kept when a save fails at
/// quit). It has the store's format, so putting it in the data directory opens it again.
public enum SectionCopy {
    public static func data(_ section: Section) throws -> Data {
        try SectionFile.encode(section, revision: 1)
    }

    /// Writes the copy into `folder` (created if needed) under a name that does not overwrite anything,
    /// and returns its path.
    public static func write(_ section: Section, slug: String, into folder: URL, now: Date = Date()) throws
        -> URL
    {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let stamp = ISO8601DateFormatter().string(from: now).replacingOccurrences(of: ":", with: "")
        let data = try data(section)
        for n in 0..<1000 {
            let name = "\(slug)-niet-opgeslagen-\(stamp)\(n == 0 ? "" : "-\(n)").json"
            let url = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) { continue }
            try data.write(to: url, options: [.atomic, .withoutOverwriting])
            return url
        }
        throw CocoaError(.fileWriteFileExists)
    }
}
