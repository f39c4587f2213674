import Foundation
import KnooppuntModel
import KnooppuntUI
import Testing

@testable import knooppunt

/// What the interface's `E` writes: the file lands in the documents folder, named after the section
/// and the subject, and a subject that vanished meanwhile writes nothing.
@Suite struct ScreenExportTests {
    @Test func exportsLandInTheDocumentsFolder() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent(
            "knooppunt-e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let meeting = Meeting(number: 1, date: Day("2027-01-12"), place: "lokaal <2>")
        let section = Section(name: "Sectie Engels", meetings: [meeting])
        let export = ScreenExport(environment: ["XDG_DOCUMENTS_DIR": base.path, "HOME": "/nonexistent"])
        let result = export.perform(
            slug: "sectie-engels", section: section, request: .agenda(meeting: 1), language: .nl)
        let path = try result.get()
        #expect(path == base.appendingPathComponent("knooppunt/sectie-engels-agenda-overleg-1.html").path)
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(page.contains("dinsdag 12 januari 2027") && page.contains("lokaal &lt;2&gt;"))

        let gone = export.perform(
            slug: "sectie-engels", section: section, request: .minutes(meeting: 9), language: .en)
        guard case .failure(let failure) = gone else {
            Issue.record("a missing meeting was exported")
            return
        }
        #expect(failure.description.contains("nothing was exported"))
    }

    @Test func withoutXDGDocumentsTheFolderIsDocumentsInHome() {
        let export = ScreenExport(environment: ["HOME": "/home/gemma"])
        #expect(export.folder().path == "/home/gemma/Documents/knooppunt")
    }
}

/// `E` on the instrument screens writes their page with totals only.
@Suite struct InstrumentScreenExportTests {
    @Test func theThermometerPageNamesNobodyAndTheInterventionsPageIsWritten() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent(
            "knooppunt-e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let anna = Person(name: "Anna de Vries")
        var section = Section(name: "Sectie Engels", people: [anna])
        var ledger = ResponseLedger()
        for scores in [[1, 2, 3, 4], [5, 5, 5, 5]] {
            section.recordThermometer(
                try #require(ThermometerAnswer(scores: scores)), group: "", person: UUID(),
                on: Day(year: 2026, month: 10, day: 1), ledger: &ledger)
        }
        let export = ScreenExport(environment: ["XDG_DOCUMENTS_DIR": base.path, "HOME": "/nonexistent"])
        let path = try export.perform(
            slug: "sectie-engels", section: section, request: .thermometer(group: ""), language: .nl
        ).get()
        #expect(path.hasSuffix("knooppunt/sectie-engels-thermometer.html"))
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(page.contains("Minder dan 3 antwoorden"))
        #expect(!page.contains("<td>5</td>") && !page.contains("Anna"))
        let interventions = try export.perform(
            slug: "sectie-engels", section: section, request: .interventies, language: .en
        ).get()
        #expect(
            try String(contentsOfFile: interventions, encoding: .utf8).contains("No interventions agreed yet")
        )
    }
}
