import Testing

@testable import KnooppuntModel

@Suite struct DayTests {
    @Test func parsesAndPrintsISODays() {
        #expect(Day("2026-11-21")?.description == "2026-11-21")
        #expect(Day("2026-02-30") == nil)
        #expect(Day("2024-02-29") != nil)
        #expect(Day("21-11-2026") == nil)
    }

    @Test func typedDatesMayBeDayFirstAsInDutch() {
        #expect(Day(typed: "28-11-2026") == Day("2026-11-28"))
        #expect(Day(typed: " 1/7/2027 ") == Day("2027-07-01"))
        #expect(Day(typed: "15.3.2027") == Day("2027-03-15"))
        #expect(Day(typed: "2027-03-15") == Day("2027-03-15"))
        #expect(Day(typed: "30-02-2026") == nil)
        #expect(Day(typed: "11-28-2026") == nil)
        #expect(Day(typed: "28-11-26") == nil)
        #expect(Day("28-11-2026") == nil, "files stay strict ISO")
    }

    @Test func ordinalRoundTripsAcrossLeapYears() {
        for o in stride(from: -800_000, to: 800_000, by: 997) {
            #expect(Day(ordinal: o).ordinal == o)
        }
        #expect(Day("1970-01-01")!.ordinal == 0)
        #expect(Day("2026-03-01")!.days(until: Day("2026-02-27")!) == -2)
    }

    @Test func stageCodesRoundTrip() {
        for code in (0...10).map(String.init) + ["afgerond", "losgelaten"] {
            #expect(Stage(code: code)?.code == code)
        }
        #expect(Stage(code: "11") == nil)
    }
}
