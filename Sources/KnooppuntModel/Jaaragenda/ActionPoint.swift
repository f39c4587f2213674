import Foundation
import KnooppuntWords

/// An action point written in a meeting note, which becomes a routine task: a line such as
/// "Actie: Fred, 15-1-2027: PTA aanpassen" (who, by when, what), "Actie: Fred: PTA aanpassen" or
/// "Actie: PTA aanpassen". "Actiepunt:" and "Action:" work too. The meeting decides the work; the
/// owner is found with the one person lookup every command uses.
public struct ActionPoint: Hashable, Sendable {
    public var text: String
    public var ownerID: UUID?
    public var due: Day?

    public enum Reading: Hashable, Sendable {
        /// The line is no action point.
        case none
        case point(ActionPoint)
        /// It is one, but cannot be read; the sentence says why, in Dutch and English.
        case problem(dutch: String, english: String)

        /// A problem whose sentence the word tables give in both languages.
        static func problem(_ sentence: (Words) -> String) -> Self {
            let (dutch, english) = Words.both(sentence)
            return .problem(dutch: dutch, english: english)
        }
    }

    static let prefixes = ["actiepunt:", "actie:", "action:"]

    public static func read(_ line: String, lookup: PersonLookup) -> Reading {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let prefix = prefixes.first(where: { trimmed.lowercased().hasPrefix($0) }) else { return .none }
        let rest = trimmed.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        guard let colon = rest.firstIndex(of: ":") else {
            return rest.isEmpty ? empty : .point(ActionPoint(text: rest))
        }
        let head = rest[..<colon].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let what = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !what.isEmpty else { return empty }
        guard let who = head.first, !who.isEmpty, head.count <= 2 else {
            return .point(ActionPoint(text: rest))
        }
        var due: Day?
        if head.count == 2 {
            guard let day = Day(typed: head[1]) else {
                return .problem { $0.actionNotADate(date: head[1]) }
            }
            due = day
        }
        switch lookup.find(who) {
        case .found(let person):
            return .point(ActionPoint(text: what, ownerID: person.id, due: due))
        case .ambiguous(let people):
            let names = people.map(\.name).joined(separator: ", ")
            return .problem { $0.actionAmbiguous(who: who, names: names) }
        case .notFound:
            return .problem { $0.actionNobody(who: who) }
        }
    }

    static let empty = Reading.problem { $0.actionEmpty }

    /// Every action point in a note, or the first problem.
    public static func readAll(_ note: String, lookup: PersonLookup) -> Result<
        [ActionPoint], ActionPointProblem
    > {
        var points: [ActionPoint] = []
        for line in note.split(separator: "\n") {
            switch read(String(line), lookup: lookup) {
            case .none: continue
            case .point(let p): points.append(p)
            case .problem(let dutch, let english):
                return .failure(ActionPointProblem(dutch: dutch, english: english))
            }
        }
        return .success(points)
    }
}

/// Why an action point in a note could not be read, in both languages.
public struct ActionPointProblem: Error, Hashable, Sendable {
    public var dutch: String
    public var english: String
}
