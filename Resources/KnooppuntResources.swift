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

    /// The resource bundle beside the binary (build folder or install prefix), then the source tree,
    /// so that a binary copied without its bundle still works from a checkout.
    private static var candidates: [URL] {
        var urls: [URL] = [Bundle.module.bundleURL]
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let dir = exe.deletingLastPathComponent()
        urls.append(dir.appendingPathComponent("knooppunt_KnooppuntResources.resources"))
        urls.append(dir.deletingLastPathComponent().appendingPathComponent("share/knooppunt"))
        urls.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        return urls
    }
}
