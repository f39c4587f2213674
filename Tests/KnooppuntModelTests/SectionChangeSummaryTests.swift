import Foundation
import Testing

@testable import KnooppuntModel

/// The phrases for what changed between two versions of a section, in the order a reader gets them:
/// initiatives (new and changed in their new order, then removed), meetings likewise, then the rest.
@Suite struct SectionChangeSummaryTests {
    @Test func initiativesAndMeetingsAreMatchedByID() {
        let kept = Initiative(
            title: "Toetsmodel", stage: .step(5), created: Day(year: 2026, month: 9, day: 1))
        let gone = Initiative(title: "Leesplan", created: Day(year: 2026, month: 9, day: 1))
        let moved = Meeting(number: 4, date: Day(year: 2026, month: 12, day: 1))
        let dropped = Meeting(number: 5)
        let old = Section(name: "S", initiatives: [gone, kept], meetings: [moved, dropped])
        var new = old
        new.initiatives = [
            Initiative(title: "Nieuw", created: Day(year: 2026, month: 9, day: 2)),
            {
                var k = kept; k.stage = .step(6); return k
            }(),
        ]
        new.meetings = [
            Meeting(number: 6),
            {
                var m = moved; m.date = Day(year: 2027, month: 1, day: 19); return m
            }(),
        ]
        #expect(
            SectionChangeSummary.describe(from: old, to: new) == [
                "nieuw initiatief Nieuw", "Toetsmodel naar stap 6", "initiatief Leesplan verwijderd",
                "overleg 6 toegevoegd", "overleg 4 verplaatst naar 19-01-2027", "overleg 5 verwijderd",
            ])
        #expect(
            SectionChangeSummary.line(from: old, to: new, words: .english)
                == "new initiative Nieuw; Toetsmodel to step 6; initiative Leesplan removed and 3 more")
    }

    @Test func anEditBesidesStageAndTitleIsOneUpdate() {
        let initiative = Initiative(title: "T", created: Day(year: 2026, month: 9, day: 1))
        let old = Section(name: "S", initiatives: [initiative])
        var new = old
        new.initiatives[0].goal = "doel"
        #expect(SectionChangeSummary.describe(from: old, to: new) == ["T bijgewerkt"])
        #expect(SectionChangeSummary.line(from: old, to: old) == "geen inhoudelijke wijziging")
    }
}
