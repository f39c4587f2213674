import Foundation
import Testing

@testable import KnooppuntModel

/// A private, empty folder for one test, removed when the test is done.
final class StoreScratch {
    let root: URL
    /// The data directory inside `root`, so tests can check that nothing lands beside it.
    let directory: URL

    init(_ label: String = #function) {
        let safe = label.filter { $0.isLetter || $0.isNumber }
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("knooppunt-store-\(safe)-\(UUID().uuidString)", isDirectory: true)
        directory = root.appendingPathComponent("data", isDirectory: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// The machine's state folder of this test, beside (never inside) the data directory.
    var stateHome: URL { root.appendingPathComponent("state", isDirectory: true) }

    var privateFile: PrivateFile {
        PrivateFile(dataDirectory: directory, environment: ["XDG_STATE_HOME": stateHome.path])
    }

    func store(lockTimeout: Duration = .seconds(2)) throws -> SectionStore {
        try SectionStore(directory: directory, lockTimeout: lockTimeout, privateFile: privateFile)
    }

    func file(_ slug: String) -> URL { directory.appendingPathComponent("\(slug).json") }

    func bytes(_ slug: String) throws -> Data { try Data(contentsOf: file(slug)) }

    func write(_ text: String, as slug: String) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file(slug))
    }

    /// Names in the data directory, hidden ones included.
    func entries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    /// Mode bits (permissions only) of a path.
    func mode(_ url: URL) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        return ((attributes?[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o777
    }
}

/// A section with Dutch names, a meeting and a person, so round trips cover more than a name.
func storeSampleSection(_ name: String = "Sectie Engels", note: String = "") -> Section {
    let gemma = Person(name: "Gemma de Vries", role: "Engels", attributes: ["bouw": "onderbouw"])
    let zoe = Person(name: "Zoë Ëlçin", role: "teamleider", area: .school, privateNote: "niet delen")
    return Section(
        name: name, school: "Het Baken", schoolYear: "2026-2027", people: [gemma, zoe],
        meetings: [Meeting(number: 1, date: Day("2026-09-14"), place: "lokaal 12", note: note)])
}

/// The StoreError a throwing call threw, or nil (and a recorded issue) when it threw something else.
func storeError(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> StoreError? {
    do {
        try body()
        Issue.record("expected a StoreError, but the call succeeded", sourceLocation: sourceLocation)
        return nil
    } catch let error as StoreError {
        return error
    } catch {
        Issue.record("expected a StoreError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
