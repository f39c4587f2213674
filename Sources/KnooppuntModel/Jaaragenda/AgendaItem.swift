import Foundation
import KnooppuntWords

/// The four columns of the jaaragenda (docs/METHOD.md).
public enum AgendaColumn: String, Hashable, Sendable, Codable, CaseIterable, NameInBothLanguages {
    case plannenBespreken = "plannen"
    case tussentijdsInformeren = "informeren"
    case ervaringenUitwisselen = "ervaringen"
    case regelwerkTussendoor = "regelwerk"

    /// The short code used in files and in `--format tsv`.
    public var code: String { rawValue }

    /// The column's name as the method gives it: the one place for it, used by the jaaragenda screen,
    /// the exports and the command line.
    public func name(_ words: Words) -> String {
        switch self {
        case .plannenBespreken: words.columnPlannenBespreken
        case .tussentijdsInformeren: words.columnTussentijdsInformeren
        case .ervaringenUitwisselen: words.columnErvaringenUitwisselen
        case .regelwerkTussendoor: words.columnRegelwerkTussendoor
        }
    }

    /// The letter the jaaragenda screen puts before the name: P, T, E or R.
    public var letter: String { String(dutchName.prefix(1)) }
}

/// What an agenda item is about: an initiative of the section, or free text ("PTA aanpassen").
public enum AgendaSubject: Hashable, Sendable, Codable {
    case initiative(UUID)
    case text(String)
}

/// One entry on the jaaragenda: a meeting row and a column.
public struct AgendaItem: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var meetingID: UUID
    public var column: AgendaColumn
    public var subject: AgendaSubject
    public var note: String
    /// True when a person put it here by hand; the default placement ("plan") never moves these.
    public var placedByHand: Bool

    public init(
        id: UUID = UUID(), meetingID: UUID, column: AgendaColumn, subject: AgendaSubject,
        note: String = "", placedByHand: Bool = true
    ) {
        self.id = id
        self.meetingID = meetingID
        self.column = column
        self.subject = subject
        self.note = note
        self.placedByHand = placedByHand
    }
}
