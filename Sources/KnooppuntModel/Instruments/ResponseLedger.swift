import Foundation

/// This machine's own record of whose answer is whose: for each instrument round a person answered
/// here, the response id their answer carries in the shared section. It lives in the machine's state
/// folder (`ResponseLedgerFile`), never in the data directory, so a member can change their own
/// answer and see it, while nobody reading the shared file can tell who gave which score.
public struct ResponseLedger: Hashable, Sendable, Codable {
    public enum Instrument: String, Hashable, Sendable, Codable {
        case thermometer
        case dimensies
    }

    public struct Entry: Hashable, Sendable, Codable {
        public var sectionID: UUID
        public var personID: UUID
        public var instrument: Instrument
        public var roundID: UUID
        public var responseID: UUID

        public init(sectionID: UUID, personID: UUID, instrument: Instrument, roundID: UUID, responseID: UUID)
        {
            self.sectionID = sectionID
            self.personID = personID
            self.instrument = instrument
            self.roundID = roundID
            self.responseID = responseID
        }
    }

    @Defaulted public var entries: [Entry]

    public init(entries: [Entry] = []) { self.entries = entries }

    public func responseID(section: UUID, person: UUID, instrument: Instrument, round: UUID) -> UUID? {
        entries.first {
            $0.sectionID == section && $0.personID == person && $0.instrument == instrument
                && $0.roundID == round
        }?.responseID
    }

    /// The person's response id for a round: the one kept here, or a new random one, remembered.
    public mutating func responseIDForAnswering(
        section: UUID, person: UUID, instrument: Instrument, round: UUID
    ) -> UUID {
        if let known = responseID(section: section, person: person, instrument: instrument, round: round) {
            return known
        }
        let fresh = UUID()
        entries.append(
            Entry(
                sectionID: section, personID: person, instrument: instrument, roundID: round,
                responseID: fresh))
        return fresh
    }

    /// Without the person's entries for a section: once a person is forgotten, nothing on this
    /// machine links them to an answer any more. The answers stay, as anonymous as they were.
    public func removingPerson(_ person: UUID, section: UUID) -> ResponseLedger {
        ResponseLedger(entries: entries.filter { !($0.personID == person && $0.sectionID == section) })
    }

    public func entries(person: UUID, section: UUID) -> [Entry] {
        entries.filter { $0.personID == person && $0.sectionID == section }
    }
}
