import Foundation
import KnooppuntModel
import KnooppuntWords

/// A survey export held against a section: every name looked up, duplicate answers settled, the
/// sociogram, its measurement and the topics chosen, and everything that stops the import listed. Only
/// `apply` changes a section, and it refuses while `problems` is not empty, so a file with any error
/// imports nothing.
///
/// Names go through the one `PersonLookup` (full name, initials, first name, surname; case, accents and
/// IJ folded), without its parts-of-a-name rule: an unknown "Jan" must not silently become Janneke. A
/// name that matches nobody gets the nearest colleague as a suggestion.
public struct SurveyImport: Hashable, Sendable {
    public enum Match: Hashable, Sendable {
        case person(UUID)
        /// Nobody; with the colleague the name is probably a slip for.
        case unknown(suggestion: UUID?)
        case ambiguous([UUID])
    }

    /// Where a name stands in the file.
    public struct Place: Hashable, Sendable {
        public var line: Int
        public var column: Int
    }

    public var table: SurveyTable
    public var options: SurveyOptions
    /// Every distinct name (folded) and what it matched.
    public var matches: [NameKey: Match]
    /// Each name as first written, and every place it stands, in file order.
    public var spelling: [NameKey: String]
    public var places: [NameKey: [Place]]
    /// The rows that count: one per respondent (the latest), without the rows of skipped respondents.
    public var rows: [SurveyTable.Row]
    /// Everything that stops the import, one sentence each.
    public var problems: [ImportMessage]
    /// What the import tells while going on: duplicate answers, skipped names, self-choices.
    public var notices: [ImportMessage]
    public var target: SurveyTarget

    public init(
        csv data: Data, section: Section, options: SurveyOptions = SurveyOptions(), today: Day = .today
    ) throws(ImportMessage) {
        let sociogram = SurveyTarget.sociogram(named: options.sociogram, in: section)
        let table = try SurveyTable(bytes: data, options: options, topics: sociogram?.topics ?? [])
        self.init(table: table, section: section, options: options, today: today)
    }

    public init(table: SurveyTable, section: Section, options: SurveyOptions, today: Day = .today) {
        self.table = table
        self.options = options
        var problems = table.problems
        var notices: [ImportMessage] = []
        let lookup = PersonLookup(people: section.people, matchesParts: false)
        var matches: [NameKey: Match] = [:]
        var spelling: [NameKey: String] = [:]
        var places: [NameKey: [Place]] = [:]
        let respondentColumn = table.respondentColumn?.index ?? 0
        func note(_ name: String, _ place: Place) {
            let key = NameKey(name)
            // A new person is best named as they wrote themselves, else in the richest spelling seen:
            // "Sanne Öztürk" rather than the "sanne ozturk" a colleague typed.
            if let known = spelling[key],
                places[key]?.contains(where: { $0.column == respondentColumn }) != true,
                place.column == respondentColumn || Self.richness(name) > Self.richness(known)
            {
                spelling[key] = name
            }
            if matches[key] == nil {
                spelling[key] = name
                matches[key] =
                    switch lookup.find(name) {
                    case .found(let person): .person(person.id)
                    case .ambiguous(let people): .ambiguous(people.map(\.id))
                    case .notFound: .unknown(suggestion: lookup.nearest(name)?.id)
                    }
            }
            places[key, default: []].append(place)
        }
        for row in table.rows {
            note(row.respondent, Place(line: row.line, column: respondentColumn))
            for answer in row.answers.joined() {
                note(answer.name, Place(line: row.line, column: answer.column))
            }
        }
        self.matches = matches
        self.spelling = spelling
        self.places = places

        // Names that stop the import, in the order they first appear.
        let names = matches.keys.sorted {
            let a = places[$0]?.first, b = places[$1]?.first
            return (a?.line ?? 0, a?.column ?? 0, $0.value) < (b?.line ?? 0, b?.column ?? 0, $1.value)
        }
        for key in names {
            let written = spelling[key] ?? key.value
            let at = { (w: Words) in Self.where_(places[key] ?? [], table, w) }
            switch matches[key] {
            case .unknown(let suggestion)? where options.unknown == .refuse:
                if let person = suggestion.flatMap(section.person) {
                    problems.append(
                        ImportMessage(line: places[key]?.first?.line) {
                            $0.surveyDidYouMean(written: written, place: at($0), name: person.name)
                        })
                } else {
                    problems.append(
                        ImportMessage(line: places[key]?.first?.line) {
                            $0.surveyNobodyCalled(written: written, place: at($0))
                        })
                }
            case .unknown(let suggestion)? where options.unknown == .skip:
                let close = suggestion.flatMap(section.person)
                notices.append(
                    ImportMessage(line: places[key]?.first?.line) { w in
                        close.map { w.surveySkippedDidYouMean(written: written, place: at(w), name: $0.name) }
                            ?? w.surveySkipped(written: written, place: at(w))
                    })
            case .ambiguous(let ids)?:
                let who = ids.compactMap { section.person($0)?.name }
                problems.append(
                    ImportMessage(line: places[key]?.first?.line) { w in
                        w.surveyAmbiguous(
                            written: written, place: at(w), candidates: who.joined(separator: w.importOr))
                    })
            default: break
            }
        }

        // One row per respondent: the latest completion wins (the later row when times are equal or absent).
        var rows: [SurveyTable.Row] = []
        var byWho: [Who: Int] = [:]
        for row in table.rows {
            let who = Self.who(row.respondent, matches)
            if options.unknown == .skip, case .unknown? = matches[NameKey(row.respondent)] { continue }
            guard let earlier = byWho[who] else {
                byWho[who] = rows.count
                rows.append(row)
                continue
            }
            let old = rows[earlier]
            let later =
                (row.completion ?? SurveyTimestamp(day: Day(ordinal: 0)))
                >= (old.completion ?? SurveyTimestamp(day: Day(ordinal: 0)))
            let kept = later ? row : old, dropped = later ? old : row
            let time = kept.completion.map { ", \($0)" } ?? ""
            let name = Self.displayName(row.respondent, matches, section)
            notices.append(
                ImportMessage(line: dropped.line) {
                    $0.surveyAnsweredTwice(
                        name: name, first: min(old.line, row.line), second: max(old.line, row.line),
                        kept: kept.line,
                        time: time)
                })
            if later { rows[earlier] = row }
        }
        for row in rows {
            let me = Self.who(row.respondent, matches)
            for answer in row.answers.joined() where Self.who(answer.name, matches) == me {
                let column = ImportColumnName(
                    index: answer.column, header: table.columns[answer.column].header)
                notices.append(
                    ImportMessage(line: row.line) {
                        $0.surveyChoosesThemself(name: row.respondent, row: row.line, column: column.text($0))
                    })
            }
        }
        self.rows = rows
        let target = SurveyTarget(table: table, rows: rows, section: section, options: options, today: today)
        problems += target.problems
        self.target = target
        self.problems = problems
        self.notices = notices
    }

    /// Who a name stands for: the person it matches, or else the name itself, so that "Gemma" and
    /// "Gemma de Vries" are one respondent when they match one person.
    enum Who: Hashable {
        case person(UUID)
        case name(NameKey)
    }

    static func who(_ name: String, _ matches: [NameKey: Match]) -> Who {
        let key = NameKey(name)
        if case .person(let id)? = matches[key] { return .person(id) }
        return .name(key)
    }

    /// How much a spelling tells: letters with accents, then capitals.
    static func richness(_ name: String) -> Int {
        name.unicodeScalars.filter { !$0.isASCII }.count * 100 + name.filter(\.isUppercase).count
    }

    /// The section's spelling of a matched name, else the name as written.
    static func displayName(_ name: String, _ matches: [NameKey: Match], _ section: Section) -> String {
        if case .person(let id)? = matches[NameKey(name)], let person = section.person(id) {
            return person.name
        }
        return name
    }

    /// "rij 4, kolom F “Aan wie…”", "rij 3, 5 en 9, kolom F “…”": the rows and columns of a name.
    static func where_(_ places: [Place], _ table: SurveyTable, _ words: Words) -> String {
        var lines: [Int] = []
        for p in places where !lines.contains(p.line) { lines.append(p.line) }
        var columns: [Int] = []
        for p in places where !columns.contains(p.column) { columns.append(p.column) }
        let shown = lines.prefix(5).map(String.init)
        let more = lines.count > 5 ? " …" : ""
        func join(_ parts: [String]) -> String {
            parts.count < 2
                ? parts.joined()
                : parts.dropLast().joined(separator: ", ") + words.importAnd + (parts.last ?? "")
        }
        let names = columns.map { ImportColumnName(index: $0, header: table.columns[$0].header).text(words) }
        return lines.count == 1
            ? words.surveyOneRow(rows: join(shown), more: more, columns: join(names))
            : words.surveyRows(rows: join(shown), more: more, columns: join(names))
    }
}
