import Foundation

extension Section {
    /// The initiatives as the stappenplan board lists them: by stage (0…10, afgerond, losgelaten), then by
    /// title ignoring case and diacritics, then by id so that equal titles keep a stable order.
    public var initiativesInBoardOrder: [Initiative] {
        initiatives.sorted { a, b in
            if a.stage != b.stage { return a.stage < b.stage }
            let ka = TitleMatch.key(a.title), kb = TitleMatch.key(b.title)
            if ka != kb { return ka < kb }
            return a.id.uuidString < b.id.uuidString
        }
    }
}

/// Finding an initiative by what a user types: its id, or its title ignoring case and diacritics.
public enum TitleMatch {
    /// "Literatuuronderwijs", "LITERATUURONDERWIJS" and " literatuuronderwijs " share one key; so do "Zoë"
    /// and "zoe". Surrounding white space is ignored.
    public static func key(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespacesAndNewlines)
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The initiatives `query` names: the one with that id, else every one whose title has the same key,
    /// else every one whose title starts with it, else every one whose title contains it ("literatuur"
    /// finds Literatuuronderwijs: people type the word they remember). More than one result means the
    /// query is ambiguous; callers list the candidates rather than guess.
    public static func initiatives(in section: Section, matching query: String) -> [Initiative] {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if let id = UUID(uuidString: trimmed), let hit = section.initiative(id) { return [hit] }
        let k = key(trimmed)
        guard !k.isEmpty else { return [] }
        let all = section.initiativesInBoardOrder
        // Parts of titles count from three letters on: "e" would pick whichever title starts with it.
        let rules: [(String) -> Bool] =
            k.count < 3 ? [{ $0 == k }] : [{ $0 == k }, { $0.hasPrefix(k) }, { $0.contains(k) }]
        for rule in rules {
            let hits = all.filter { rule(key($0.title)) }
            if !hits.isEmpty { return hits }
        }
        return []
    }
}
