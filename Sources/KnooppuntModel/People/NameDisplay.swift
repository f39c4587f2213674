import Foundation

/// How people are named on a screen that others can see: in full, by initials, or by a stable
/// pseudonym. Applied to a copy of the section that is only drawn (or printed), never saved, so no view
/// needs to know about it and none can forget it.
public enum NameDisplay: String, Hashable, Sendable, CaseIterable {
    case fullNames, initials, pseudonyms

    /// The next mode of the one key that switches them.
    public var next: NameDisplay {
        let all = NameDisplay.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    /// The section as it is drawn in this mode: people, outside contacts and schakels renamed, and
    /// their names (in full, or a first name only one person has) replaced in every free text.
    public func presenting(_ section: Section) -> Section {
        guard self != .fullNames else { return section }
        let mentions = NameMentions(people: section.people) {
            shown(for: $0.id, name: $0.name, initials: $0.initials)
        }
        var s = mentions.applyEverywhere(section)
        let names = Dictionary(
            section.people.map { ($0.id, shown(for: $0.id, name: $0.name, initials: $0.initials)) },
            uniquingKeysWith: { first, _ in first })
        for i in s.people.indices {
            s.people[i].name = names[s.people[i].id] ?? s.people[i].name
            if self == .pseudonyms { s.people[i].initials = Self.pseudonymInitials(s.people[i].name) }
        }
        for e in s.networks.ecograms.indices {
            let centre = s.networks.ecograms[e].centre
            s.networks.ecograms[e].centre.name =
                centre.personID.flatMap { names[$0] }
                ?? shown(for: centre.id, name: centre.name, initials: nil)
            for c in s.networks.ecograms[e].contacts.indices {
                let contact = s.networks.ecograms[e].contacts[c]
                s.networks.ecograms[e].contacts[c].name =
                    contact.personID.flatMap { names[$0] }
                    ?? shown(for: contact.id, name: contact.name, initials: nil)
            }
        }
        for a in s.networks.analyses.indices {
            for k in s.networks.analyses[a].schakels.indices {
                let schakel = s.networks.analyses[a].schakels[k]
                s.networks.analyses[a].schakels[k].name =
                    schakel.personID.flatMap { names[$0] }
                    ?? shown(for: schakel.id, name: schakel.name, initials: nil)
            }
        }
        return s
    }

    /// One person's (or contact's) name in this mode.
    func shown(for id: UUID, name: String, initials: String?) -> String {
        switch self {
        case .fullNames: return name
        case .initials: return initials ?? Person.defaultInitials(for: name)
        case .pseudonyms: return Self.pseudonym(for: id)
        }
    }

    /// Trees, so that a pseudonym reads as a name and never as a judgement; a number from the id keeps
    /// two people apart. The same id gives the same pseudonym on every machine and in every export.
    static let trees = [
        "Berk", "Eik", "Els", "Es", "Beuk", "Linde", "Wilg", "Iep", "Hazelaar", "Lijsterbes", "Esdoorn",
        "Kastanje", "Den", "Spar", "Lariks", "Taxus", "Populier", "Meidoorn", "Vlier", "Kers", "Appel",
        "Peer",
        "Walnoot", "Ceder", "Olijf", "Magnolia",
    ]

    public static func pseudonym(for id: UUID) -> String {
        // FNV-1a over the id's bytes: stable across runs and platforms (Hasher is seeded per process).
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.uuidString.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let tree = trees[Int(hash % UInt64(trees.count))]
        return "\(tree) \(Int((hash / UInt64(trees.count)) % 90) + 10)"
    }

    static func pseudonymInitials(_ pseudonym: String) -> String {
        let parts = pseudonym.split(separator: " ")
        return (parts.first.map { String($0.prefix(2)) } ?? "?")
            + (parts.dropFirst().first.map(String.init) ?? "")
    }
}
