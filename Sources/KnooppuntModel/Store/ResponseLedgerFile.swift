import Foundation

/// The response ledger on disk: `responses.json` in the state directory, written durably with mode
/// 0600 like a section file. A missing file is an empty ledger; a damaged one is refused with a
/// sentence and never overwritten, since it is the only link between a member and their answers.
public struct ResponseLedgerFile: Sendable {
    public static let fileName = "responses.json"
    /// A ledger holds a few hundred bytes per answer; more than this is not a ledger.
    static let sizeLimit = 16_000_000

    public let url: URL

    public init(directory: URL) {
        url = directory.appendingPathComponent(Self.fileName)
    }

    public init(environment: [String: String]) {
        self.init(directory: StateDirectory.resolve(environment: environment))
    }

    public func load() throws -> ResponseLedger {
        guard DurableFile.exists(url) else { return ResponseLedger() }
        let data: Data
        do {
            data = try DurableFile.read(url, limit: Self.sizeLimit)
        } catch {
            if error == .missing { return ResponseLedger() }
            throw StoreError.io(error.sentence)
        }
        do {
            return try JSONDecoder().decode(ResponseLedger.self, from: data)
        } catch {
            throw StoreError.io(
                "\(url.path) is not a readable list of your own answers; move it aside to start a new one (your earlier answers then stay in the section but can no longer be changed from here)."
            )
        }
    }

    public func save(_ ledger: ResponseLedger) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            let data = try encoder.encode(ledger)
            try DurableFile.makeFolder(url.deletingLastPathComponent())
            try DurableFile.write(data, to: url, replacing: true)
        } catch let failure as DurableFile.Failure {
            throw StoreError.io(failure.sentence)
        }
    }
}
