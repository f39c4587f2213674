import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// A section's school and school year are set in the interface (`S`, then `s` in the
/// picker), the year checked as two years in a row; undo takes it back.
@Suite struct UISchoolSettingsTests {
    @Test func aSchoolYearIsTwoYearsInARow() {
        #expect(SchoolYear.normalized("2026-2027") == "2026-2027")
        #expect(SchoolYear.normalized(" 2026 / 2027 ") == "2026-2027")
        #expect(SchoolYear.normalized("2026-2028") == nil)
        #expect(SchoolYear.normalized("2026") == nil)
        #expect(SchoolYear.normalized("26-27") == nil)
        #expect(SchoolYear.normalized("twee-drie") == nil)
        #expect(SchoolYear.containing(Day("2026-11-21")!) == "2026-2027")
        #expect(SchoolYear.containing(Day("2027-03-01")!) == "2026-2027")
        #expect(SchoolYear.containing(Day("2027-08-01")!) == "2027-2028")
    }

    func answer(_ d: inout UIDriver, _ text: String) {
        d.keys(.control("a"), .control("k"))
        d.type(text)
        d.key(.enter)
    }

    @Test func schoolAndYearAreSetFromThePickerAndUndone() throws {
        var section = UIFixture.section()
        section.school = ""
        section.schoolYear = ""
        var d = UIDriver(section: section)
        d.key(.character("S"))
        d.send(.app(.sectionsListed([.readable(SectionSummary(slug: "sectie-engels", section: section))])))
        d.effects = []
        d.key(.character("s"))
        // The section is opened first; the questions follow the opening.
        #expect(d.effects == [.open(slug: "sectie-engels")])
        d.send(.app(.opened(slug: "sectie-engels", section: section, revision: 1)))
        #expect(d.screen.contains("School van \(section.name)"))
        answer(&d, "Het Baken")
        #expect(d.screen.contains("Schooljaar"))
        answer(&d, "2026-2028")
        #expect(d.screen.contains("Geen schooljaar; schrijf twee opeenvolgende jaren, zoals 2026-2027."))
        #expect(d.section.schoolYear == "")
        answer(&d, "2026/2027")
        #expect(d.section.school == "Het Baken" && d.section.schoolYear == "2026-2027")
        #expect(d.saves.last?.section.schoolYear == "2026-2027", "saved like any change")
        let set = d.section
        d.key(.character("u"))
        #expect(d.section.school == "" && d.section.schoolYear == "")
        d.key(.character("S"))
        d.send(.app(.sectionsListed([.readable(SectionSummary(slug: "sectie-engels", section: set))])))
        #expect(d.screen.contains("Het Baken 2026-2027"), "the picker shows them")
    }
}
