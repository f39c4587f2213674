import Foundation
import KnooppuntModel

/// A sociogram survey read from a form export: one row per respondent, a column with the respondent's
/// name, then columns with the names they chose (a cell may hold several names separated by commas or
/// semicolons, as checkbox questions export them). The file is read by `CSVReader` (any delimiter and
/// encoding a spreadsheet writes). Names are matched to the section's people by `PersonLookup` (full
/// name, initials, first name or surname, ignoring case, accents and IJ), without its parts-of-a-name
/// rule: an unknown "Jan" must not silently become Janneke.
///
/// Checking and applying are separate so that nothing is changed when anything is wrong: `problems`
/// lists every unknown or ambiguous name with its rows, and `apply` refuses while any remain (unknown
/// names may instead become new people with `addUnknown`).
public struct SurveyImport: Hashable, Sendable {
    /// A name as written in the file and what it refers to.
    public enum Match: Hashable, Sendable {
        case person(UUID)
        case unknown
        case ambiguous([UUID])
    }

    public struct Response: Hashable, Sendable {
        public var line: Int
        public var respondent: String
        public var chosen: [String]
    }

    public var responses: [Response]
    /// Every distinct name (by NameKey) and its match.
    public var matches: [NameKey: Match]
    /// The spelling of each name as first seen, and the rows it appears in.
    public var spelling: [NameKey: String]
    public var rows: [NameKey: [Int]]
    /// The header of the column read as the respondent's name, and whether its header said so (else the
    /// first column was taken); shown in messages so a wrongly guessed column is noticed.
    public var respondentHeader: String
    public var respondentColumnNamed: Bool

    /// Header words of columns that hold no names: form timestamps and e-mail addresses.
    static let ignoredColumns = [
        "tijdstempel", "timestamp", "e-mailadres", "emailadres", "e-mail", "email", "email address",
    ]
    /// Header words that mark the respondent's column when it is not the first one.
    static let respondentColumns = [
        "naam", "name", "respondent", "je naam", "jouw naam", "uw naam", "your name", "wie ben je",
    ]

    public init(csv data: Data, section: Section) throws(CSVError) {
        try self.init(CSVReader(bytes: data), section: section)
    }

    public init(_ reader: CSVReader, section: Section) throws(CSVError) {
        let table = reader.records
        guard let header = table.first else {
            throw CSVError(
                line: nil, problem: "the file is empty; it needs a header row and one row per respondent")
        }
        let headerKeys = header.fields.map { NameKey($0).value }
        let usable = headerKeys.indices.filter { !SurveyImport.ignoredColumns.contains(headerKeys[$0]) }
        let respondentColumn =
            usable.first { SurveyImport.respondentColumns.contains(headerKeys[$0]) } ?? usable.first
        guard let respondentColumn else {
            throw CSVError(
                line: header.line, problem: "the header has no column for the respondent's name")
        }
        let choiceColumns = usable.filter { $0 != respondentColumn }
        respondentHeader = header.fields[respondentColumn].trimmingCharacters(in: .whitespaces)
        respondentColumnNamed = SurveyImport.respondentColumns.contains(headerKeys[respondentColumn])
        guard !choiceColumns.isEmpty else {
            throw CSVError(
                line: header.line,
                problem:
                    "the header has only the respondent's column; add at least one column with the names they chose"
            )
        }
        var responses: [Response] = []
        for row in table.dropFirst() {
            let respondent = row.fields.indices.contains(respondentColumn) ? row.fields[respondentColumn] : ""
            let cells = choiceColumns.compactMap { row.fields.indices.contains($0) ? row.fields[$0] : nil }
            let chosen = cells.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }) }
                .map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if NameKey(respondent).isEmpty {
                if chosen.isEmpty { continue }  // an empty line a spreadsheet left behind
                throw CSVError(line: row.line, problem: "the respondent's name is empty")
            }
            responses.append(
                Response(
                    line: row.line, respondent: respondent.trimmingCharacters(in: .whitespaces),
                    chosen: chosen))
        }
        guard !responses.isEmpty else {
            throw CSVError(line: nil, problem: "the file has a header but no respondents")
        }
        self.responses = responses
        var matches: [NameKey: Match] = [:]
        var spelling: [NameKey: String] = [:]
        var rows: [NameKey: [Int]] = [:]
        let lookup = PersonLookup(people: section.people, matchesParts: false)
        for r in responses {
            for name in [r.respondent] + r.chosen {
                let key = NameKey(name)
                if matches[key] == nil {
                    matches[key] = SurveyImport.match(name, in: lookup)
                    spelling[key] = name
                }
                if rows[key]?.last != r.line { rows[key, default: []].append(r.line) }
            }
        }
        self.matches = matches
        self.spelling = spelling
        self.rows = rows
    }

    static func match(_ name: String, in lookup: PersonLookup) -> Match {
        switch lookup.find(name) {
        case .found(let person): .person(person.id)
        case .ambiguous(let people): .ambiguous(people.map(\.id))
        case .notFound: .unknown
        }
    }

    public var unknownNames: [NameKey] {
        matches.filter { $0.value == .unknown }.map(\.key).sorted {
            (rows[$0]?.first ?? 0, $0.value) < (rows[$1]?.first ?? 0, $1.value)
        }
    }

    public var ambiguousNames: [NameKey] {
        matches.filter { if case .ambiguous = $0.value { return true } else { return false } }.map(\.key)
            .sorted { (rows[$0]?.first ?? 0, $0.value) < (rows[$1]?.first ?? 0, $1.value) }
    }

    /// Who a name stands for: the person it matches, or else the name itself (so "Gemma" and "Gemma de
    /// Vries" are one respondent when they match one person).
    enum Who: Hashable {
        case person(UUID)
        case name(NameKey)
    }

    func who(_ name: String) -> Who {
        let key = NameKey(name)
        if case .person(let id)? = matches[key] { return .person(id) }
        return .name(key)
    }

    /// One line per problem, naming the rows: "unknown name “Henk” (rows 3, 5)".
    ///
    /// Besides unknown and ambiguous names, two faults that would otherwise lose answers silently: a
    /// respondent answering in more than one row (the later row would replace the earlier; often the
    /// sign that the file has no respondent column and a column of choices was read as one), and a
    /// respondent choosing themself (a typo for someone else, or a misread row).
    public func problems(in section: Section, addUnknown: Bool) -> [String] {
        var out: [String] = []
        func lines(_ r: [Int]) -> String {
            (r.count == 1 ? "row " : "rows ") + r.map(String.init).joined(separator: ", ")
        }
        func rowList(_ key: NameKey) -> String { lines(rows[key] ?? []) }
        var later: [String] = []
        var answers: [Who: [Response]] = [:]
        var whoOrder: [Who] = []
        for r in responses {
            let w = who(r.respondent)
            if answers[w] == nil { whoOrder.append(w) }
            answers[w, default: []].append(r)
        }
        for w in whoOrder {
            guard let list = answers[w], list.count > 1 else { continue }
            let column =
                respondentColumnNamed
                ? ""
                : "; the first column, “\(respondentHeader)”, was read as the respondent's name (name the right column Naam)"
            later.append(
                "respondent “\(list[0].respondent)” answers in more than one row (\(lines(list.map(\.line))))\(column)"
            )
        }
        for r in responses {
            let me = who(r.respondent)
            for name in r.chosen where who(name) == me {
                later.append(
                    "“\(r.respondent)” chooses themself (\(lines([r.line]))): remove that name or correct it")
            }
        }
        if !addUnknown {
            for key in unknownNames {
                out.append(
                    "unknown name “\(spelling[key] ?? key.value)” (\(rowList(key))): no person of the section has that name"
                )
            }
        }
        for key in ambiguousNames {
            guard case .ambiguous(let ids)? = matches[key] else { continue }
            let names = ids.compactMap { section.person($0)?.name }.joined(separator: ", ")
            out.append(
                "ambiguous name “\(spelling[key] ?? key.value)” (\(rowList(key))): it could be \(names); write the full name"
            )
        }
        return out + later
    }

    /// What an import did, for the one-line report.
    public struct Outcome: Hashable, Sendable {
        public var section: Section
        public var respondents: Int
        public var choices: Int
        public var newPeople: [String]
        public var sociogramName: String
        public var measurementDate: Day
        public var topicName: String
        public var topicCreated: Bool
    }

    /// Writes the choices into the section: the topic (created when new) of the sociogram `sociogramName`
    /// (or the first; one is created with the section's people when there is none), in the latest
    /// measurement or a new one dated `newMeasurement`. A respondent's earlier choices for this topic in
    /// that measurement are replaced, so importing the same file twice changes nothing.
    public func apply(
        to original: Section, topic topicName: String, question: String?, addUnknown: Bool,
        sociogramName: String? = nil, newMeasurement: Day? = nil, today: Day = .today
    ) throws(CSVError) -> Outcome {
        let faults = problems(in: original, addUnknown: addUnknown)
        if !faults.isEmpty {
            throw CSVError(line: nil, problem: faults.joined(separator: "; "))
        }
        var section = original
        var ids: [NameKey: UUID] = [:]
        var newPeople: [String] = []
        var order: [UUID] = []
        for (key, match) in matches.sorted(by: {
            (rows[$0.key]?.first ?? 0, $0.key.value) < (rows[$1.key]?.first ?? 0, $1.key.value)
        }) {
            switch match {
            case .person(let id):
                ids[key] = id
                if !order.contains(id) { order.append(id) }
            case .unknown:
                let person = Person(name: spelling[key] ?? key.value)
                section.people.append(person)
                ids[key] = person.id
                order.append(person.id)
                newPeople.append(person.name)
            case .ambiguous: break
            }
        }
        // The sociogram: by name, else the first, else a new one with everyone.
        var s: Int
        if let sociogramName {
            guard
                let found = section.networks.sociograms.firstIndex(where: {
                    NameKey($0.name) == NameKey(sociogramName)
                })
            else {
                throw CSVError(
                    line: nil, problem: "the section has no sociogram named “\(sociogramName)”")
            }
            s = found
        } else if section.networks.sociograms.isEmpty {
            section.networks.sociograms.append(
                Sociogram(name: "Sociogram", personIDs: original.people.map(\.id)))
            s = 0
        } else {
            s = 0
        }
        var topicCreated = false
        let topicID: UUID
        if let t = section.networks.sociograms[s].topic(named: topicName) {
            topicID = t.id
            if let question, !question.isEmpty,
                let ti = section.networks.sociograms[s].topics.firstIndex(where: { $0.id == t.id })
            {
                section.networks.sociograms[s].topics[ti].question = question
            }
        } else {
            let t = SociogramTopic(name: topicName, question: question ?? "")
            section.networks.sociograms[s].topics.append(t)
            topicID = t.id
            topicCreated = true
        }
        // A new measurement on the day of the latest one is that measurement: importing the same file
        // twice (or a second topic of the same survey) must not make a second measurement of that day.
        if let newMeasurement, section.networks.sociograms[s].measurements.last?.date != newMeasurement {
            section.networks.sociograms[s].measurements.append(SociogramMeasurement(date: newMeasurement))
        } else if section.networks.sociograms[s].measurements.isEmpty {
            section.networks.sociograms[s].measurements.append(SociogramMeasurement(date: today))
        }
        let m = section.networks.sociograms[s].measurements.count - 1
        var count = 0
        for r in responses {
            guard let from = ids[NameKey(r.respondent)] else { continue }
            section.networks.sociograms[s].measurements[m].choices.removeAll {
                $0.topicID == topicID && $0.from == from
            }
            for name in r.chosen {
                guard let to = ids[NameKey(name)], to != from,
                    !section.networks.sociograms[s].measurements[m].hasChoice(
                        topic: topicID, from: from, to: to)
                else { continue }
                section.networks.sociograms[s].measurements[m].choices.append(
                    SociogramChoice(topicID: topicID, from: from, to: to))
                count += 1
            }
        }
        // Everyone named takes part in the sociogram.
        for id in order where !section.networks.sociograms[s].memberIDs.contains(id) {
            section.networks.sociograms[s].personIDs.append(id)
        }
        let sociogram = section.networks.sociograms[s]
        return Outcome(
            section: section, respondents: responses.count, choices: count, newPeople: newPeople,
            sociogramName: sociogram.name, measurementDate: sociogram.measurements[m].date,
            topicName: topicName,
            topicCreated: topicCreated)
    }
}
