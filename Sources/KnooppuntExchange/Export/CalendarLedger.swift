import Foundation

/// What the previous calendar export on this machine sent out: per meeting or task id, a fingerprint
/// of the event and its SEQUENCE. A calendar program replaces an event only when SEQUENCE rises, so a
/// changed date must raise it, and an unchanged one must not (or every export would look like news).
/// The executable keeps this in the machine's state folder, never in the shared data folder: two
/// colleagues exporting from their own machines each keep their own count for their own calendar.
public struct CalendarLedger: Hashable, Sendable, Codable {
    public struct Entry: Hashable, Sendable, Codable {
        public var fingerprint: String
        public var sequence: Int
    }

    public var entries: [String: Entry]

    public init(entries: [String: Entry] = [:]) { self.entries = entries }

    /// The SEQUENCE for an event with this content: 0 when first seen, the same as before when nothing
    /// changed, one more when it did.
    public mutating func sequence(for id: UUID, fingerprint: String) -> Int {
        let key = id.uuidString.lowercased()
        guard let previous = entries[key] else {
            entries[key] = Entry(fingerprint: fingerprint, sequence: 0)
            return 0
        }
        if previous.fingerprint == fingerprint { return previous.sequence }
        let next = previous.sequence + 1
        entries[key] = Entry(fingerprint: fingerprint, sequence: next)
        return next
    }

    /// A short stable digest (FNV-1a, 64 bits, hex) of the fields a calendar shows.
    public static func fingerprint(_ fields: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in fields.joined(separator: "\u{1F}").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
