/// One kind of repair a load made to a section that parsed but did not hold together, as a short
/// sentence in both languages ("2 verwijzingen naar ontbrekende personen verwijderd"). The repair is
/// made in memory only; the file changes when the section is next saved.
public struct SectionRepair: Hashable, Sendable, CustomStringConvertible {
    public var dutch: String
    public var english: String

    /// "1 verwijzing … verwijderd" or "3 verwijzingen … verwijderd": the count with the right form.
    init(count: Int, dutch: (one: String, many: String), english: (one: String, many: String)) {
        self.dutch = "\(count) " + (count == 1 ? dutch.one : dutch.many)
        self.english = "\(count) " + (count == 1 ? english.one : english.many)
    }

    public var description: String { english }
}
