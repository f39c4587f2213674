/// One kind of repair a load made to a section that parsed but did not hold together, as a short
/// sentence in both languages ("2 verwijzingen naar ontbrekende personen verwijderd"). The repair is
/// made in memory only; the file changes when the section is next saved.
public struct SectionRepair: Hashable, Sendable, CustomStringConvertible {
    public var dutch: String
    public var english: String

    public var description: String { english }
}
