/// Content lines of an iCalendar stream (RFC 5545, 3.1): CRLF line ends, and any line longer than 75
/// octets folded into pieces, each continuation starting with one space. Folding counts octets, not
/// characters, and never cuts inside a UTF-8 sequence, so a name such as "Daniëlle" survives whole.
public struct ICalendarLines: Sendable {
    public static let limit = 75
    private var lines: [String] = []

    public init() {}

    /// One property, e.g. `add("SUMMARY", FormatEscaping.icalendar(title))`; `name` may carry parameters
    /// ("DTSTART;TZID=Europe/Amsterdam"). The value must already be escaped for its type.
    public mutating func add(_ name: String, _ value: String) {
        lines.append(contentsOf: Self.fold(name + ":" + value))
    }

    public var text: String { lines.map { $0 + "\r\n" }.joined() }

    static func fold(_ line: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for ch in line {
            let size = String(ch).utf8.count
            let room = pieces.isEmpty ? limit : limit - 1
            if octets + size > room {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(ch)
            octets += size
        }
        pieces.append(current)
        return pieces.enumerated().map { $0.offset == 0 ? $0.element : " " + $0.element }
    }
}
