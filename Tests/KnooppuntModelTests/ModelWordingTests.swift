import Foundation
import KnooppuntWords
import Testing

@testable import KnooppuntModel

/// The model's texts come from the word tables; these pin sentences as they read before the move (the
/// method's statements are our own Dutch wording and must not drift) and check that the two languages
/// are not swapped.
@Suite struct ModelWordingTests {
    @Test func stepNamesAndTasksReadAsTheMethodWritesThem() {
        #expect(StepNames.dutch(.step(3)) == "Informeren van de sectie over initiatief")
        #expect(StepNames.english(.step(3)) == "Informing the section about the initiative")
        #expect(
            StepNames.dutchTask(.step(8))
                == "maak afspraken over wat, hoe lang en waarop je let, en probeer uit")
        #expect(StepNames.englishTask(.closed) == "nothing: the initiative is closed")
        #expect(StepNames.dutch(.step(42)) == "Onbekende stap")
        #expect(StepNames.dutchTask(.step(42)).isEmpty)
    }

    @Test func theInstrumentsStatementsAreMovedVerbatim() {
        #expect(
            ThermometerStatement.vertrouwen.dutchStatement
                == "In deze groep durf ik te laten zien wat ik nog niet kan en stel ik elke vakvraag die ik heb."
        )
        #expect(ThermometerStatement.normen.englishAnchors.low == "hindering rather than helping")
        #expect(ThermometerStatement.werkafspraken.dutchName == "Werkafspraken")
        #expect(ThermometerBand.average.englishAdvice == "a middle position: time for a plan to grow")
        #expect(DimensionIndicator.i3b.dutchPoles == ("sterke banden", "zwakke banden"))
        #expect(LearningDimension.domein.englishName == "Domain and value creation")
        #expect(MetricExplanation.eiIndex.dutchTerm == "E-I-index")
        #expect(RoleWording.member.englishTerm == "member")
    }

    @Test func eachTextDiffersBetweenTheLanguagesWhereTheWordsDo() {
        for refusal in StepRefusal.allCases { #expect(refusal.dutch != refusal.english) }
        for record in MissingRecord.allCases { #expect(record.dutch != record.english) }
        for figure in MetricExplanation.allCases { #expect(figure.dutch != figure.english) }
        for column in AgendaColumn.allCases { #expect(column.dutchName != column.englishName) }
        #expect(Words.dutch.refusalAlreadyThere == StepRefusal.alreadyThere.text(.dutch))
    }

    /// One name per area and per position, whichever screen or export says it: the editor once called a
    /// schakel a "connector" in English while the initiative's page and screen 3 said "link".
    @Test func areasAndPositionsHaveOneNameEach() {
        #expect(
            Area.allCases.map { $0.name(.dutch) } == ["eigen sectie", "elders in school", "buiten school"])
        #expect(
            Area.allCases.map { $0.name(.english) } == [
                "own section", "elsewhere in school", "outside school",
            ])
        #expect(
            InvolvementPosition.allCases.map { $0.name(.dutch) }
                == ["initiatiefnemer", "partner", "schakel", "leverancier", "gebruiker"])
        #expect(
            InvolvementPosition.allCases.map { $0.name(.english) } == [
                "initiator", "partner", "link", "supplier", "user",
            ])
    }

    @Test func anAgendaItemOfARemovedInitiativeSaysSoInEitherLanguage() {
        var section = Section(name: "Engels")
        let meeting = Meeting(number: 1, date: Day(year: 2026, month: 9, day: 8))
        section.meetings = [meeting]
        let item = AgendaItem(meetingID: meeting.id, column: .plannenBespreken, subject: .initiative(UUID()))
        #expect(section.title(of: item) == "(verwijderd initiatief)")
        #expect(section.title(of: item, words: .english) == "(removed initiative)")
    }

    @Test func repairsCountInTheRightForm() {
        let kind = SectionValidation.RepairKind.missingPeople
        #expect(kind.sentence(count: 1, .dutch) == "1 verwijzing naar een ontbrekende persoon verwijderd")
        #expect(kind.sentence(count: 3, .english) == "3 references to missing people removed")
    }

    @Test func aSyntaxFaultIsWordedInBothLanguages() {
        let fault = JSONSyntaxFault.expectedColon(field: "naam", .end)
        #expect(
            fault.text(english: false)
                == "na de veldnaam \"naam\" hoort ‘:’, maar er staat het einde van het bestand")
        #expect(
            fault.description == "expected ‘:’ after the field name \"naam\" but found the end of the file")
        #expect(
            JSONSyntaxFault.endsInside(.object).text(english: false)
                == "het bestand houdt op midden in een object ‘{’")
        #expect(
            JSONSyntaxFault.wrongSecondHalf(0xdc00, after: 0xd800).description
                == "the escape \\udc00 cannot follow \\ud800")
    }

    @Test func aFailedWriteNamesTheStepInDutch() {
        let failure = DurableFile.Failure.system(call: "flush to disk", path: "/x", message: "I/O error")
        #expect(
            failure.sentence
                == "Could not flush to disk /x: I/O error; check the folder's permissions and free space.")
        #expect(failure.text(.dutch).hasPrefix("/x naar de schijf wegschrijven lukte niet: I/O error;"))
        let unknown = DurableFile.Failure.system(call: "lock", path: "/y", message: "busy")
        #expect(unknown.text(.dutch).hasPrefix("/y (lock) lukte niet"))
    }
}
