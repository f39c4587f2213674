import ArgumentParser
import Foundation
import KnooppuntExchange
import KnooppuntModel

/// `knooppunt export minutes --section S --meeting N [--format md|html]`.
struct ExportMinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "The minutes (notulen) of one meeting: who was there, notes, decisions, action points.")

    enum Format: String, CaseIterable { case md, html }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var export: ExportOptions

    @Option(help: ArgumentHelp("The meeting number (overleg N).", valueName: "N"))
    var meeting: Int

    @Option(help: ArgumentHelp("md (Markdown) or html.", valueName: "md|html"))
    var format = "md"

    func validate() throws {
        try export.check()
        _ = try ExportOptions.format(format, as: Format.self, subject: "minutes")
    }

    func run() throws {
        let chosen = try ExportOptions.format(format, as: Format.self, subject: "minutes")
        let (_, stored) = try global.loadSection(export.section)
        let meeting = try ExportOptions.meeting(self.meeting, in: stored.section, given: export.section)
        let doc = MinutesReport.document(
            stored.section, meeting: meeting, names: export.names(for: stored.section))
        try export.deliver(chosen == .md ? ReportMarkdown.render(doc) : ReportHTML.render(doc))
    }
}
