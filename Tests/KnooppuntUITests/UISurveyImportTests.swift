import Foundation
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// `I` on the sociogram: the path prompt asks the executable for a preview (an effect: the interface
/// reads no files), the preview's choices ask again, and Enter imports as one undoable change.
@Suite struct UISurveyImportTests {
    func requests(_ d: UIDriver) -> [SurveyRequest] {
        d.effects.compactMap { if case .previewSurvey(let r) = $0 { return r } else { return nil } }
    }

    func preview(for request: SurveyRequest, imported: Section?, problems: [String] = [])
        -> SurveyPreviewResult
    {
        SurveyPreviewResult(
            request: request,
            lines: [
                "Codering: UTF-8 met BOM", "Kolommen:", "  A  Naam: respondent",
                "  B  Met wie werk je samen?: vraag → onderwerp ? (geef het met --column)", "Namen:",
                "  Gemma de Vries ✓",
            ],
            columns: [
                .init(letter: "A", header: "Naam", role: "respondent", isQuestion: false),
                .init(letter: "B", header: "Met wie werk je samen?", role: "vraag", isQuestion: true),
            ],
            problems: problems, imported: imported, summary: "Geïmporteerd: 1 keuze van 1 respondent.")
    }

    @Test func thePathPromptAsksForAPreviewAndEnterImportsUndoably() throws {
        let original = try NetworksFixture.section()
        var d = UIDriver(section: original)
        d.key(.character("4"))
        d.key(.character("I"))
        #expect(d.screen.contains("Enquêtebestand"))
        d.type("~/antwoorden.csv")
        d.key(.enter)
        let request = try #require(requests(d).last)
        #expect(request.path == "~/antwoorden.csv" && request.section == original)
        #expect(request.sociogram == original.networks.sociograms.first?.name)
        // The preview with a problem: Enter imports nothing.
        d.send(.app(.surveyPreviewed(preview(for: request, imported: nil, problems: ["Rij 1: …"]))))
        #expect(d.state.screen == .surveyImport)
        #expect(d.screen.contains("B  Met wie werk je samen?"))
        d.key(.enter)
        #expect(d.section == original)
        // t on the question column gives it a topic and asks again.
        d.key(.down)
        d.key(.character("t"))
        d.type("samenwerken")
        d.key(.enter)
        let withTopic = try #require(requests(d).last)
        #expect(withTopic.columnTopics == ["B": "samenwerken"])
        // o switches what happens to unknown names, and asks again.
        var imported = original
        imported.people.append(Person(name: "Henk"))
        d.send(.app(.surveyPreviewed(preview(for: withTopic, imported: imported))))
        d.key(.character("o"))
        #expect(requests(d).last?.unknown == .add)
        d.send(.app(.surveyPreviewed(preview(for: withTopic, imported: imported))))
        d.key(.enter)
        #expect(d.section == imported)
        #expect(d.state.screen == .sociogram)
        #expect(d.screen.contains("Geïmporteerd: 1 keuze van 1 respondent."))
        d.key(.character("u"))
        #expect(d.section == original)
    }

    @Test func aFileThatCannotBeReadIsSaidAndTheScreenStays() throws {
        var d = UIDriver(section: try NetworksFixture.section())
        d.key(.character("4"))
        d.key(.character("I"))
        d.type("weg.csv")
        d.key(.enter)
        let request = try #require(requests(d).last)
        d.send(
            .app(
                .surveyPreviewed(
                    SurveyPreviewResult(request: request, failure: "weg.csv kan niet gelezen worden."))))
        #expect(d.state.screen == .sociogram)
        #expect(d.screen.contains("weg.csv kan niet gelezen worden."))
    }

    @Test func aPreviewOfASectionThatChangedMeanwhileIsMadeAgain() throws {
        let original = try NetworksFixture.section()
        var d = UIDriver(section: original)
        d.key(.character("4"))
        d.key(.character("I"))
        d.type("a.csv")
        d.key(.enter)
        let request = try #require(requests(d).last)
        var stale = request
        stale.section.name = "Anders"
        d.send(.app(.surveyPreviewed(preview(for: stale, imported: original))))
        d.key(.enter)
        #expect(requests(d).last?.section == original)
        #expect(d.section == original)
    }
}
