import Testing

@testable import KnooppuntUI

@Suite struct UITextLayoutTests {
    @Test func aWordLongerThanTheLineIsBrokenWithAHyphen() {
        #expect(TextLayout.wrap("Literatuuronderwijs (8)", width: 14) == ["Literatuurond-", "erwijs (8)"])
        #expect(
            TextLayout.wrap("Zoë Geërtsstraatvoorbeeld", width: 8) == [
                "Zoë", "Geërtss-", "traatvo-", "orbeeld",
            ])
    }

    @Test func aWordWithAHyphenBreaksAfterItsOwnHyphen() {
        #expect(TextLayout.wrap("2026-09-25", width: 8) == ["2026-09-", "25"])
        #expect(TextLayout.wrap("Noord-Holland-Zuid", width: 10) == ["Noord-", "Holland-", "Zuid"])
    }

    @Test func theDutchIJStaysTogether() {
        #expect(TextLayout.wrap("Literatuuronderwijs", width: 18) == ["Literatuuronderw-", "ijs"])
        #expect(TextLayout.wrap("IJsselmeergebied", width: 3) == ["IJs", "sel", "mee", "rge", "bie", "d"])
    }

    @Test func narrowColumnsGetNoHyphen() {
        #expect(TextLayout.wrap("abcdefg", width: 3) == ["abc", "def", "g"])
    }

    @Test func guidanceKeepsItsOwnLinesWhenTheyFit() {
        let own = ["Eerste zin.", "Tweede zin."]
        #expect(StappenplanView.twoLines(own, width: 40) == own)
    }

    @Test func guidanceTooWideIsWrappedIntoTwoRowsAndShortened() {
        let own = [
            "Hoe is het ontstaan: een eigen idee, iets op de jaaragenda of een verzoek van de schoolleiding?",
            "Leg het beginpunt vast; de volgende stappen gelden voor elk beginpunt.",
        ]
        let rows = StappenplanView.twoLines(own, width: 78)
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 78 })
        #expect(rows[0].hasPrefix("Hoe is het ontstaan"))
        #expect(rows[1].hasSuffix("…"))
        #expect(!rows[0].hasSuffix(" "))
    }

    @Test func upAndDownStepWithinTheListAndOtherKeysKeepTheRow() {
        #expect(ListPlacement.stepped(2, by: .up, count: 5) == 1)
        #expect(ListPlacement.stepped(2, by: .character("j"), count: 5) == 3)
        #expect(ListPlacement.stepped(0, by: .character("k"), count: 5) == 0)
        #expect(ListPlacement.stepped(4, by: .down, count: 5) == 4)
        #expect(ListPlacement.stepped(0, by: .down, count: 0) == 0)
        #expect(ListPlacement.stepped(3, by: .character("x"), count: 5) == 3)
    }
}
