import Foundation

/// Where what belongs to this machine alone is kept (the response ledger): `$XDG_STATE_HOME/knooppunt`,
/// else `~/.local/state/knooppunt`. Never the data directory, which may be shared with colleagues.
public enum StateDirectory {
    /// - Parameter environment: usually `ProcessInfo.processInfo.environment`; a parameter so tests
    ///   stay pure.
    public static func resolve(environment: [String: String]) -> URL {
        // The XDG spec says a relative XDG_STATE_HOME is invalid and must be ignored.
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true)
                .appendingPathComponent("knooppunt", isDirectory: true).standardizedFileURL
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/state/knooppunt", isDirectory: true).standardizedFileURL
    }
}
