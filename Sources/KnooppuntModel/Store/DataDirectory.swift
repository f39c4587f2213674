import Foundation

/// Where the section files live.
///
/// Order: the `--data-dir` option, then `$KNOOPPUNT_DATA_DIR`, then `$XDG_DATA_HOME/knooppunt`, then
/// `~/.local/share/knooppunt`. DESIGN.md lists the environment variable first; we let the flag win
/// because a flag typed on this command line is the more specific wish (as git, ssh and most tools do),
/// and a user who exported KNOOPPUNT_DATA_DIR once can still point one command elsewhere.
public enum DataDirectory {
    public static let environmentVariable = "KNOOPPUNT_DATA_DIR"

    /// - Parameters:
    ///   - option: the value of `--data-dir`, if given.
    ///   - environment: usually `ProcessInfo.processInfo.environment`; a parameter so tests stay pure.
    public static func resolve(option: String?, environment: [String: String]) -> URL {
        if let option = nonEmpty(option) {
            return absolute(expandingTilde(option, environment: environment))
        }
        if let dir = nonEmpty(environment[environmentVariable]) {
            return absolute(expandingTilde(dir, environment: environment))
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let xdg = nonEmpty(environment["XDG_DATA_HOME"]), xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true)
                .appendingPathComponent("knooppunt", isDirectory: true).standardizedFileURL
        }
        return URL(fileURLWithPath: home(environment), isDirectory: true)
            .appendingPathComponent(".local/share/knooppunt", isDirectory: true).standardizedFileURL
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }

    private static func home(_ environment: [String: String]) -> String {
        nonEmpty(environment["HOME"]) ?? NSHomeDirectory()
    }

    /// A shell expands `~` in `--data-dir ~/x` but not in `--data-dir=~/x` or in a quoted value.
    private static func expandingTilde(_ path: String, environment: [String: String]) -> String {
        if path == "~" { return home(environment) }
        if path.hasPrefix("~/") { return home(environment) + path.dropFirst(1) }
        return path
    }

    private static func absolute(_ path: String) -> URL {
        URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }
}
