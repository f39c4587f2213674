import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntExchange

/// The pieces the survey import reads a file with: times, topics from question texts, cells, headers.
@Suite("Reading survey exports")
struct SurveyReadingTests {
    func time(_ text: String, dayFirst: Bool = true) -> String? {
        SurveyTimestamp(text, dayFirst: dayFirst)?.description
    }

    @Test("Times as Forms, Excel, Google and LimeSurvey write them, in Dutch and English")
    func timestamps() {
        #expect(time("15-1-2027 09:02:11") == "2027-01-15 09:02")
        #expect(time("15-1-2027 9:02") == "2027-01-15 09:02")
        #expect(time("1/15/2027 9:02:11 PM", dayFirst: false) == "2027-01-15 21:02")
        #expect(time("1/15/27 12:05 AM", dayFirst: false) == "2027-01-15 00:05")
        #expect(time("2027/01/15 9:02:11 a.m. CET") == "2027-01-15 09:02")
        #expect(time("2027/01/15 1:07:03 PM GMT+1") == "2027-01-15 13:07")
        #expect(time("2027-01-15 09:02:11") == "2027-01-15 09:02")
        #expect(time("2027-01-15T09:02:11Z") == "2027-01-15 09:02")
        #expect(time("15.01.2027") == "2027-01-15 00:00")
        #expect(time("31-2-2027 9:00") == nil)
        #expect(time("15-1-2027 25:00") == nil)
        #expect(time("gisteren") == nil)
    }

    @Test("Day or month first is decided per column")
    func dayOrMonthFirst() {
        #expect(SurveyTimestamp.dayFirst(["3/4/2027 9:00", "15/4/2027 9:00"], englishHeader: true))
        #expect(!SurveyTimestamp.dayFirst(["3/4/2027 9:00", "4/15/2027 9:00"], englishHeader: false))
        #expect(!SurveyTimestamp.dayFirst(["3/4/2027 9:00"], englishHeader: true))
        #expect(SurveyTimestamp.dayFirst(["3/4/2027 9:00"], englishHeader: false))
        #expect(SurveyTimestamp.dayFirst(["3-4-2027 9:00"], englishHeader: true))
    }

    @Test("The topic is read from the question's text")
    func topicGuess() {
        #expect(
            SurveyTopicGuess.topic(of: "Aan wie vraag je advies over didactiek? (kies maximaal 3)")
                == "didactiek")
        #expect(
            SurveyTopicGuess.topic(of: "Bij wie haal je hulp bij het maken van toetsen?")
                == "maken van toetsen")
        #expect(
            SurveyTopicGuess.topic(of: "Who do you ask for help with lesson planning?") == "lesson planning")
        #expect(SurveyTopicGuess.topic(of: "Met wie overleg je over zorg? Kies er maximaal drie.") == "zorg")
        #expect(SurveyTopicGuess.topic(of: "Met wie werk je graag samen?") == nil)
        #expect(
            SurveyTopicGuess.topic(
                of: "Over wie ben je het meest te spreken als het om de sfeer in de sectie en het team gaat?")
                == nil)
    }

    @Test("Cells split on Forms' ; with its trailing ;, on Google's ', ', and on line breaks")
    func cells() {
        #expect(SurveyTable.names(in: "Caroline Noël;Fred van Dijk;") == ["Caroline Noël", "Fred van Dijk"])
        #expect(SurveyTable.names(in: "Caroline Noël, Fred van Dijk") == ["Caroline Noël", "Fred van Dijk"])
        #expect(SurveyTable.names(in: "Gemma\nFred") == ["Gemma", "Fred"])
        #expect(SurveyTable.names(in: " ; ") == [])
    }

    @Test("Known headers in Dutch and English")
    func headers() {
        #expect(SurveyHeaders.kind(of: "Tijd van voltooien") == .completionTime)
        #expect(SurveyHeaders.kind(of: "Completion time") == .completionTime)
        #expect(SurveyHeaders.kind(of: "Tijdstempel") == .completionTime)
        #expect(SurveyHeaders.kind(of: "Datum verstuurd") == .completionTime)
        #expect(SurveyHeaders.kind(of: "Begintijd") == .startTime)
        #expect(SurveyHeaders.kind(of: "E-mailadres") == .other)
        #expect(SurveyHeaders.kind(of: "Tijdstip van laatste wijziging") == .other)
        #expect(SurveyHeaders.kind(of: "Groep tijd: Deel 1") == .other)
        #expect(SurveyHeaders.kind(of: "Wat is je naam? *") == .respondent)
        #expect(SurveyHeaders.kind(of: "Aan wie vraag je advies?") == nil)
        #expect(SurveyHeaders.option(of: "Aan wie [Sanne Öztürk]")?.option == "Sanne Öztürk")
        #expect(SurveyHeaders.numberedBase(of: "Keuze 12") == "Keuze")
        #expect(SurveyHeaders.numberedBase(of: "Keuze12") == nil)
        #expect(ImportColumnName(index: 27, header: "x").letter == "AB")
    }
}
