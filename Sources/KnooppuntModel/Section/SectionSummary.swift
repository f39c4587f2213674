/// One line of `knooppunt sections` and of the section picker.
public struct SectionSummary: Hashable, Sendable, Codable {
    public var slug: String
    public var name: String
    public var people: Int
    public var initiatives: Int
    public var meetings: Int
    public var school: String = ""
    /// "2026-2027", or empty when not set.
    public var schoolYear: String = ""
}

extension SectionSummary {
    public init(slug: String, section: Section) {
        self.init(
            slug: slug, name: section.name, people: section.people.count,
            initiatives: section.initiatives.count, meetings: section.meetings.count, school: section.school,
            schoolYear: section.schoolYear)
    }
}
