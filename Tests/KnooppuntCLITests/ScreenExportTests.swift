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
