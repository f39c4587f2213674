import ArgumentParser
import Foundation
import KnooppuntExchange
import KnooppuntModel

/// `knooppunt export jaaragenda --section S [--format md|html|csv]`.
struct ExportJaaragendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jaaragenda",
        abstract: "The year agenda: every meeting with its four columns.")

    enum Format: String, CaseIterable { case md, html, csv }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var export: ExportOptions

    @Option(help: ArgumentHelp("md (Markdown), html or csv.", valueName: "md|html|csv"))
    var format = "md"

    func validate() throws {
        try export.check()
        _ = try ExportOptions.format(format, as: Format.self, subject: "jaaragenda")
    }

    func run() throws {
        let chosen = try ExportOptions.format(format, as: Format.self, subject: "jaaragenda")
        let (_, stored) = try global.loadSection(export.section)
        let names = export.names(for: stored.section)
        switch chosen {
        case .md:
            try export.deliver(ReportMarkdown.render(JaaragendaReport.document(stored.section, names: names)))
        case .html:
            try export.deliver(ReportHTML.render(JaaragendaReport.document(stored.section, names: names)))
        case .csv: try export.deliver(JaaragendaReport.csv(stored.section, names: names))
        }
    }
}
