extension CaseIterable where Self: Equatable {
    /// The case after this one, and the first after the last: how one key steps a contact through the
    /// rings, areas and kinds, round and round.
    var next: Self {
        let all = Array(Self.allCases)
        let i = all.firstIndex(of: self) ?? all.startIndex
        return all[(i + 1) % all.count]
    }
}
