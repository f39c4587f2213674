import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntExchange

/// The initiative's one-page report carries the step records once they are filled in.
@Suite struct InitiativeReportRecordsTests {
    @Test func stepRecordsAppearInTheReport() {
        let anna = Person(name: "Anna Bos")
        var initiative = Initiative(title: "Rekenen", stage: .step(9), created: Day("2026-09-01")!)
        initiative.details = StepDetails(
            sectionInput: "Denk aan de toetsweek", reactions: "Iedereen deelt het doel",
            trialParticipants: [anna.id],
            trialLog: [TrialLogEntry(date: Day("2026-10-05")!, people: [anna.id], text: "Eerste les")],
            evidence: [.survey], successes: "Meer vragen van leerlingen", results: "Een nieuwe lessenreeks",
            sharing: "Op de studiedag")
        let section = Section(name: "Wiskunde", people: [anna], initiatives: [initiative])
        let names = ExportNames(section: section, pseudonyms: false, language: .nl)
        let text = ReportMarkdown.render(
            InitiativeReport.document(section, initiative: initiative, names: names))
        for expected in [
            "Inbreng van de sectie", "Denk aan de toetsweek", "Reacties van betrokkenen", "Doen mee",
            "Logboek van het uitproberen", "Anna Bos", "Eerste les", "leerlingenquête", "Successen",
            "Bereikte resultaten", "Zo wordt het gedeeld", "Op de studiedag",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
        // Empty records add nothing: an initiative without them reads as before.
        let bare = Initiative(title: "Kaal", created: Day("2026-09-01")!)
        let plain = ReportMarkdown.render(
            InitiativeReport.document(section, initiative: bare, names: names))
        #expect(!plain.contains("Logboek") && !plain.contains("Successen"))
    }
}
