import ArgumentParser
import Foundation
import KnooppuntExchange
import KnooppuntModel

/// `knooppunt export agenda --section S --meeting N [--format md|html|txt]`.
struct ExportAgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "The agenda of one meeting, to mail to the section.")

    enum Format: String, CaseIterable { case md, html, txt }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var export: ExportOptions

    @Option(help: ArgumentHelp("The meeting number (overleg N).", valueName: "N"))
    var meeting: Int

    @Option(help: ArgumentHelp("md (Markdown), html or txt.", valueName: "md|html|txt"))
    var format = "md"

    func validate() throws {
        try export.check()
        _ = try ExportOptions.format(format, as: Format.self, subject: "agenda")
    }

    func run() throws {
        let chosen = try ExportOptions.format(format, as: Format.self, subject: "agenda")
        let (_, stored) = try global.loadSection(export.section)
        let meeting = try ExportOptions.meeting(self.meeting, in: stored.section, given: export.section)
        let doc = AgendaReport.document(
            stored.section, meeting: meeting, names: export.names(for: stored.section), today: .today)
        switch chosen {
        case .md: try export.deliver(ReportMarkdown.render(doc))
        case .html: try export.deliver(ReportHTML.render(doc))
        case .txt: try export.deliver(ReportPlainText.render(doc))
        }
    }
}
