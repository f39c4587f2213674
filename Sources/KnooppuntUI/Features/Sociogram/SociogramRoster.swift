import Foundation
import KnooppuntModel

/// Who is in a sociogram, as the drawing and the sociomatrix name them: full names, the short label
/// (the first name unless another member shares it), initials, and each member's row. Built in one pass
/// over the section's people, where looking each member up on its own made a 2,000-person school
/// cost millions of comparisons per frame.
struct SociogramRoster: Hashable, Sendable {
    var ids: [UUID]
    var names: [String]
    var labels: [String]
    var initials: [String]
    var row: [UUID: Int]

    init(_ s: Sociogram, people: [Person]) {
        var byID: [UUID: Person] = [:]
        for p in people where byID[p.id] == nil { byID[p.id] = p }
        var outsiders: [UUID: SociogramOutsider] = [:]
        for o in s.outsiders where outsiders[o.id] == nil { outsiders[o.id] = o }
        ids = s.memberIDs
        names = ids.map { byID[$0]?.name ?? outsiders[$0]?.name ?? "?" }
        labels = PersonLabel.short(names)
        initials = zip(ids, names).map { id, name in byID[id]?.initials ?? Person.defaultInitials(for: name) }
        var row: [UUID: Int] = [:]
        for (i, id) in ids.enumerated() where row[id] == nil { row[id] = i }
        self.row = row
    }
}
