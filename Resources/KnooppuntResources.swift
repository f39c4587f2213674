import Foundation

/// The data files shipped with knooppunt: the demo section, the step guidance texts (nl, en).
/// They live in the top-level Resources/ folder and are copied into the build as a resource bundle.
public enum KnooppuntResources {
    /// The contents of a file below Resources/, e.g. `data("demo/sectie-engels.json")`.
    public static func data(_ relativePath: String) throws -> Data {
        for base in candidates {
            let url = base.appendingPathComponent(relativePath)
            if let data = try? Data(contentsOf: url) { return data }
        }
        throw CocoaError(
            .fileReadNoSuchFile,
            userInfo: [
                NSLocalizedDescriptionKey: "resource \(relativePath) is missing from this installation"
            ])
    }

    public static func text(_ relativePath: String) throws -> String {
        String(decoding: try data(relativePath), as: UTF8.self)
    }

    /// The resource bundle beside the binary (build folder), the install prefix's share/knooppunt, then
    /// the source tree, so that an installed binary and a binary run from a checkout both find the data.
    /// `Bundle.module` is not used: it stops the program when the build folder it remembers is gone,
    /// which is exactly the case after `make install` and `make clean`.
    private static var candidates: [URL] {
        let executable =
            Bundle.main.executableURL
            ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        let dir = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        return [
            dir.appendingPathComponent("knooppunt_KnooppuntResources.resources"),
            dir.deletingLastPathComponent().appendingPathComponent("share/knooppunt"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent(),
        ]
    }
}
