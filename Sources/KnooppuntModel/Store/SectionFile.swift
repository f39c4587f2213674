import Foundation

/// The bytes of one section file: an envelope around the section with the schema version and revision.
///
/// Pretty-printed with sorted keys and a final newline, so that a file kept in git shows small diffs and
/// merges field by field.
enum SectionFile {
    struct Envelope: Codable {
        var schemaVersion: Int
        var revision: Int
        var section: Section
    }

    /// Reads only the version, so that a file from another version is not judged by today's types, and
    /// whether the file is an envelope at all.
    private struct Header: Decodable {
        var schemaVersion: Int?
        /// A `section` field: an envelope, not a bare version-0 section (which has no such field).
        var holdsSection: Bool

        enum CodingKeys: String, CodingKey { case schemaVersion, section }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            schemaVersion = try container.decodeIfPresent(Int.self, forKey: .schemaVersion)
            holdsSection = container.contains(.section)
        }
    }

    static func encode(_ section: Section, revision: Int) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(
                Envelope(schemaVersion: SchemaMigration.currentVersion, revision: revision, section: section))
            data.append(UInt8(ascii: "\n"))
            return data
        } catch {
            // Only a non-finite Double can get here (a layout position gone NaN); saving it would
            // produce a file we cannot read back, so refuse before touching the disk.
            throw StoreError.io(
                "Section “\(StoreError.shown(section.name))” could not be written as JSON (\(error)); nothing was saved."
            )
        }
    }

    /// Decodes a file's bytes; `file` is the path used in error messages. `clampedSteps` counts step
    /// numbers out of range that were brought to the nearest step (see `DecodingRepairs`).
    static func decode(_ data: Data, file: String) throws -> (
        section: Section, revision: Int, clampedSteps: Int
    ) {
        let decoder = JSONDecoder()
        let repairs = DecodingRepairs()
        decoder.userInfo[.decodingRepairs] = repairs
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            throw corrupt(error, data: data, file: file, locatable: true)
        }
        // An envelope that lost its version line would otherwise be read as a bare section and blamed
        // for a missing section id, which sends the user to the wrong place.
        if header.schemaVersion == nil && header.holdsSection {
            throw StoreError.corrupt(
                file: file, line: nil, column: nil,
                reason:
                    "the field “schemaVersion” is missing beside “section” (this knooppunt writes \(SchemaMigration.currentVersion))"
            )
        }
        let version = header.schemaVersion ?? 0
        if version > SchemaMigration.currentVersion {
            throw StoreError.unsupportedVersion(file: file, version: version)
        }
        let envelope: Envelope
        if version == SchemaMigration.currentVersion {
            do {
                envelope = try decoder.decode(Envelope.self, from: data)
            } catch {
                throw corrupt(error, data: data, file: file, locatable: true)
            }
        } else {
            let upgraded: Data
            do {
                upgraded = try SchemaMigration.upgrade(data)
            } catch let failure as SchemaMigration.Failure {
                throw StoreError.corrupt(
                    file: file, line: nil, column: nil, reason: .described(reason(for: failure)))
            } catch {
                throw corrupt(error, data: data, file: file, locatable: false)
            }
            do {
                envelope = try decoder.decode(Envelope.self, from: upgraded)
            } catch {
                // Paths still name the fields, but byte positions belong to the migrated text, not the file.
                throw corrupt(error, data: upgraded, file: file, locatable: false)
            }
        }
        // The largest Int is refused too: the next save adds one to it.
        guard envelope.revision >= 1, envelope.revision < Int.max else {
            throw StoreError.corrupt(
                file: file, line: nil, column: nil,
                reason: "the revision is \(envelope.revision), but it must be 1 or more and below \(Int.max)")
        }
        return (envelope.section, envelope.revision, repairs.clampedSteps)
    }

    private static func reason(for failure: SchemaMigration.Failure) -> String {
        switch failure {
        case .notAnObject: "the file holds no section: the JSON at the top must be an object ‘{…}’"
        case .versionNotANumber: "the schemaVersion field must be a whole number"
        case .newer(let v): "schema version \(v) is newer than this knooppunt knows"
        case .older(let v): "schema version \(v) does not exist"
        case .stepFailed(let from, let reason): "migrating from schema version \(from) failed: \(reason)"
        }
    }

    /// Turns a decoding failure into one `corrupt` error with the best position we can find.
    static func corrupt(_ error: Error, data: Data, file: String, locatable: Bool) -> StoreError {
        guard let decodingError = error as? DecodingError else {
            return .corrupt(
                file: file, line: nil, column: nil, reason: "the file cannot be read as JSON (\(error))")
        }
        let context: DecodingError.Context
        var reason: String
        switch decodingError {
        case .dataCorrupted(let c) where c.codingPath.isEmpty:
            // A syntax error: Foundation gives no position, so find it ourselves.
            if let fault = JSONFaultLocator.firstFault(in: data) {
                let position = JSONFaultLocator.lineAndColumn(of: fault.offset, in: data)
                return .corrupt(
                    file: file, line: locatable ? position.line : nil,
                    column: locatable ? position.column : nil,
                    reason: .syntax(fault.reason))
            }
            // The syntax is fine, yet Foundation calls it "not valid JSON": on Linux that is what it says
            // when a number does not fit an Int field (`"revision": 1.5`, `1e300`).
            return .corrupt(
                file: file, line: nil, column: nil,
                reason:
                    "the JSON is well-formed but cannot be read, most likely because a whole number (a revision, schemaVersion or meeting number) has a fraction or is too large"
            )
        case .dataCorrupted(let c):
            context = c
            reason = sentencePart(c.debugDescription)
        case .typeMismatch(_, let c):
            context = c
            reason =
                c.codingPath.isEmpty
                ? "the file holds no section: the JSON at the top must be an object ‘{…}’"
                : sentencePart(c.debugDescription)
        case .valueNotFound(let type, let c):
            context = c
            reason = "expected \(typeName(type)) but the value is missing or null"
        case .keyNotFound(let key, let c):
            context = c
            reason = "the field “\(key.stringValue)” is missing"
        @unknown default:
            return .corrupt(file: file, line: nil, column: nil, reason: "the file cannot be read (\(error))")
        }
        let steps = context.codingPath.map { key -> JSONFaultLocator.PathStep in
            if let index = key.intValue { return .index(index) }
            return .key(key.stringValue)
        }
        if !steps.isEmpty { reason = "\(pathText(steps)): \(reason)" }
        if locatable, let offset = JSONFaultLocator.offset(of: steps, in: data) {
            let position = JSONFaultLocator.lineAndColumn(of: offset, in: data)
            return .corrupt(
                file: file, line: position.line, column: position.column, reason: .described(reason))
        }
        return .corrupt(file: file, line: nil, column: nil, reason: .described(reason))
    }

    /// "section.people[2].name", the way the field reads in the file.
    static func pathText(_ steps: [JSONFaultLocator.PathStep]) -> String {
        var text = ""
        for step in steps {
            switch step {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "a value of type \(type)"
        }
    }

    /// Foundation's sentences end in a period and start with a capital; ours go mid-sentence.
    private static func sentencePart(_ text: String) -> String {
        var part = text.trimmingCharacters(in: .whitespaces)
        if part.hasSuffix(".") { part.removeLast() }
        guard let first = part.first else { return part }
        return first.lowercased() + part.dropFirst()
    }
}
