import Foundation

/// Upgrades section files written by earlier versions of knooppunt, one version at a time.
///
/// A file's `schemaVersion` says which shape it has. Each step turns the JSON tree of version n into
/// version n + 1 and knows nothing of the Swift types, because the types only ever describe the newest
/// shape. Loading migrates in memory; the file itself changes only on the next save, after its old
/// version went to the backup folder. A version newer than `currentVersion` is refused untouched.
///
/// History:
/// - 0: a bare `Section` object, as early drafts and hand-made files hold it (no envelope, no revision).
/// - 1: `{"schemaVersion": 1, "revision": n, "section": {…}}`.
public enum SchemaMigration {
    public static let currentVersion = 1

    public enum Failure: Error, Equatable {
        case notAnObject
        case versionNotANumber
        case newer(Int)
        case older(Int)
        case stepFailed(from: Int, reason: String)
    }

    /// The version a top-level object declares; files from before the envelope have no field and are 0.
    static func version(of object: [String: Any]) throws(Failure) -> Int {
        guard let raw = object["schemaVersion"] else { return 0 }
        guard let number = raw as? NSNumber, !isBoolean(raw), let version = Int(exactly: number.doubleValue)
        else {
            throw .versionNotANumber
        }
        return version
    }

    /// JSONSerialization hands `true`/`false` over as NSNumber too, so they must be told apart from
    /// numbers. `raw is Bool` cannot do it: on Linux the NSNumbers 0 and 1 also pass that cast, which
    /// made `"schemaVersion": 0` "not a whole number". JSON booleans carry the `char` type code.
    private static func isBoolean(_ raw: Any) -> Bool {
        if type(of: raw) is NSNumber.Type, let number = raw as? NSNumber {
            return String(cString: number.objCType) == "c"
        }
        return raw is Bool
    }

    /// Brings a parsed JSON document up to `currentVersion`.
    public static func upgrade(_ object: [String: Any]) throws(Failure) -> [String: Any] {
        var version = try version(of: object)
        guard version <= currentVersion else { throw .newer(version) }
        guard version >= 0 else { throw .older(version) }
        var document = object
        while version < currentVersion {
            document = try step(from: version, document)
            version += 1
        }
        return document
    }

    /// Brings raw file bytes up to `currentVersion` and returns them as JSON data again.
    public static func upgrade(_ data: Data) throws -> Data {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure.notAnObject
        }
        return try JSONSerialization.data(withJSONObject: try upgrade(object), options: [.sortedKeys])
    }

    /// One step: the document at `version` becomes `version + 1`.
    private static func step(from version: Int, _ document: [String: Any]) throws(Failure) -> [String: Any] {
        switch version {
        case 0:
            // The bare section becomes the payload of the envelope; it starts its revision count at 1,
            // which is what the next save will expect.
            return ["schemaVersion": 1, "revision": 1, "section": document]
        default:
            throw .stepFailed(from: version, reason: "no migration is known from schema version \(version)")
        }
    }
}
