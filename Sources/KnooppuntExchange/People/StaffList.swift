import Foundation
import KnooppuntModel

/// A staff list as a school's administration exports it, held against a section: one row per colleague
/// with Naam (or Voornaam, Tussenvoegsel, Achternaam), Afkorting or Initialen, Vak, and any other column
/// (bouw, team, gender, …) as an attribute. Each row either matches a person of the section through the
/// one `PersonLookup` and updates them, or adds a new person; nobody is ever removed, and names are never
/// changed (a list that writes "Fred van Dijk" for the section's "Fred" would otherwise rename people
/// behind the section's back).
///
/// A row whose name fits several people, or two rows for one person, stop the import: `apply` refuses
/// while `problems` is not empty, so a list with an error changes nothing.
public struct StaffList: Hashable, Sendable {
    public enum Role: Hashable, Sendable {
        case name, firstName, infix, surname, initials, subject
        /// Any other column: an attribute with this key.
        case attribute(String)
        /// No header and nothing in it.
        case empty
    }

    public struct Column: Hashable, Sendable {
        public var index: Int
        public var header: String
        public var role: Role
    }

    /// What the list does to one person.
    public enum Change: Hashable, Sendable {
        case add(Person)
        /// The person, and the fields the list changes ("vak", "bouw").
        case update(Person, fields: [String])
        case unchanged(Person)
    }

    public struct Row: Hashable, Sendable {
        public var line: Int
        public var change: Change
    }

    public var encoding: CSVEncoding
    public var delimiter: Unicode.Scalar
    public var columns: [Column]
    public var rows: [Row]
    public var problems: [ImportMessage]

    static let roles: [String: Role] = [
        "naam": .name, "name": .name, "volledige naam": .name, "full name": .name, "medewerker": .name,
        "docent": .name, "voornaam": .firstName, "roepnaam": .firstName, "first name": .firstName,
        "given name": .firstName, "tussenvoegsel": .infix, "tussenvoegsels": .infix, "voorvoegsel": .infix,
        "infix": .infix, "prefix": .infix, "achternaam": .surname, "surname": .surname, "last name": .surname,
        "family name": .surname, "afkorting": .initials, "initialen": .initials, "docentcode": .initials,
        "code": .initials, "initials": .initials, "abbreviation": .initials, "vak": .subject,
        "vakken": .subject, "subject": .subject, "functie": .subject, "rol": .subject, "role": .subject,
    ]

    public init(csv data: Data, section: Section) throws(ImportMessage) {
        let sheet = try ImportSheet(
            data, file: \.importAStaffList, rowPer: \.importColleague)
        encoding = sheet.encoding
        delimiter = sheet.delimiter
        let header = sheet.header
        let cell = ImportSheet.cell
        columns = (0..<sheet.width).map { i in
            let text = cell(header, i)
            let role: Role =
                text.isEmpty ? .empty : Self.roles[SurveyHeaders.key(text)] ?? .attribute(text.lowercased())
            return Column(index: i, header: text, role: role)
        }
        let has = Set(columns.map(\.role))
        guard has.contains(.name) || has.contains(.surname) else {
            throw ImportMessage(line: header.line) { $0.staffNoNameColumn }
        }
        let lookup = PersonLookup(people: section.people, matchesParts: false)
        var rows: [Row] = []
        var problems: [ImportMessage] = []
        var seen: [UUID: Int] = [:]
        for record in sheet.body {
            var name = ""
            var parts: [Role: String] = [:]
            var attributes: [String: String] = [:]
            for column in columns {
                let text = cell(record, column.index)
                guard !text.isEmpty else { continue }
                switch column.role {
                case .attribute(let key): attributes[key] = text
                case .empty: break
                case .name: name = Self.surnameLast(text)
                default: parts[column.role] = text
                }
            }
            if name.isEmpty {
                name = [parts[.firstName], parts[.infix], parts[.surname]].compactMap { $0 }.joined(
                    separator: " ")
            }
            let nameColumn = columns.first { $0.role == .name || $0.role == .surname }
            let at = ImportColumnName(index: nameColumn?.index ?? 0, header: nameColumn?.header ?? "")
            guard !NameKey(name).isEmpty else {
                problems.append(
                    ImportMessage(line: record.line) {
                        $0.staffNameEmpty(row: record.line, column: at.text($0))
                    })
                continue
            }
            var person: Person
            switch lookup.find(name) {
            case .ambiguous(let people):
                let who = people.map(\.name)
                problems.append(
                    ImportMessage(line: record.line) { w in
                        w.staffNameAmbiguous(
                            row: record.line, column: at.text(w), name: name,
                            candidates: who.joined(separator: w.importOr))
                    })
                continue
            case .found(let existing):
                if let earlier = seen[existing.id] {
                    problems.append(
                        ImportMessage(line: record.line) { w in
                            w.staffSamePerson(
                                row: record.line, column: at.text(w), name: name, earlier: earlier,
                                existing: existing.name)
                        })
                    continue
                }
                seen[existing.id] = record.line
                person = existing
            case .notFound:
                person = Person(name: name)
            }
            let isNew = section.person(person.id) == nil
            var fields: [String] = []
            if let initials = parts[.initials], initials != person.initials {
                person.initials = initials
                fields.append("initialen")
            }
            if let subject = parts[.subject], subject != person.role {
                person.role = subject
                fields.append("vak")
            }
            for (key, value) in attributes.sorted(by: { $0.key < $1.key })
            where person.attributes[key] != value {
                person.attributes[key] = value
                fields.append(key)
            }
            let change: Change =
                isNew ? .add(person) : fields.isEmpty ? .unchanged(person) : .update(person, fields: fields)
            rows.append(Row(line: record.line, change: change))
        }
        if rows.isEmpty && problems.isEmpty {
            throw ImportMessage { $0.staffNoColleagues }
        }
        self.rows = rows
        self.problems = problems
    }

    /// "Dijk, Fred van" → "Fred van Dijk", as administrations write names; text without one comma stays.
    static func surnameLast(_ text: String) -> String {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return text }
        return
            (parts[1].trimmingCharacters(in: .whitespaces) + " "
            + parts[0].trimmingCharacters(in: .whitespaces))
            .trimmingCharacters(in: .whitespaces)
    }

    /// The section with every addition and update; throws the first problem while there are any.
    public func apply(to original: Section) throws(ImportMessage) -> Section {
        if let first = problems.first { throw first }
        var section = original
        for row in rows {
            switch row.change {
            case .add(let person): section.people.append(person)
            case .update(let person, _):
                if let i = section.people.firstIndex(where: { $0.id == person.id }) {
                    section.people[i] = person
                }
            case .unchanged: break
            }
        }
        return section
    }
}
