import ArgumentParser
import Foundation
import KnooppuntExchange
import KnooppuntModel

/// `knooppunt export thermometer|dimensies|review|interventies`: the monitoring instruments for
/// colleagues without a terminal. Thermometer, dimensieraamwerk and review carry totals only.
enum InstrumentExportFormat: String, CaseIterable { case md, html, csv }
enum PageExportFormat: String, CaseIterable { case md, html }

struct ExportThermometerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thermometer",
        abstract: "The relatie-thermometer: per group and round the counts per score and the means.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var export: ExportOptions

    @Option(help: ArgumentHelp("md (Markdown), html or csv.", valueName: "md|html|csv"))
    var format = "md"

    @Option(help: ArgumentHelp("Only this group (default: every group).", valueName: "name"))
    var group: String?

    func validate() throws {
        try export.check()
        _ = try ExportOptions.format(format, as: InstrumentExportFormat.self, subject: "thermometer")
    }

    func run() throws {
        let chosen = try ExportOptions.format(format, as: InstrumentExportFormat.self, subject: "thermometer")
        let (_, stored) = try global.loadSection(export.section)
        let section = stored.section
        if let group, section.instruments.thermometerGroup(named: group) == nil {
            throw CommandFailure(
                "Section “\(CommandSupport.shown(export.section))” has no thermometer group “\(CommandSupport.shown(group))”."
            )
        }
        let language = export.language
        try export.deliver(
            InstrumentReport.thermometer(section, group: group, language: language), as: chosen,
            csv: InstrumentReport.thermometerCSV(section, group: group, language: language))
    }
}

struct ExportDimensiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dimensies",
        abstract: "The dimensieraamwerk: per round and indicator the crosses per place and the mean.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var export: ExportOptions

    @Option(help: ArgumentHelp("md (Markdown), html or csv.", valueName: "md|html|csv"))
    var format = "md"

    func validate() throws {
        try export.check()
        _ = try ExportOptions.format(format, as: InstrumentExportFormat.self, subject: "dimensieraamwerk")
    }

    func run() throws {
        let chosen = try ExportOptions.format(
            format, as: InstrumentExportFormat.self, subject: "dimensieraamwerk")
        let (_, stored) = try global.loadSection(export.section)
        let language = export.language
        try export.deliver(
            InstrumentReport.dimensies(stored.section, language: language), as: chosen,
            csv: InstrumentReport.dimensiesCSV(stored.section, language: language))
    }
}

struct ExportReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "The half-year review as one page.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var export: ExportOptions

    @Option(help: ArgumentHelp("md (Markdown) or html.", valueName: "md|html"))
    var format = "md"

    func validate() throws {
        try export.check()
        _ = try ExportOptions.format(format, as: PageExportFormat.self, subject: "review")
    }

    func run() throws {
        let chosen = try ExportOptions.format(format, as: PageExportFormat.self, subject: "review")
        let (_, stored) = try global.loadSection(export.section)
        let doc = ReviewReport.document(
            stored.section, names: export.names(for: stored.section), today: .today)
        switch chosen {
        case .md: try export.deliver(ReportMarkdown.render(doc))
        case .html: try export.deliver(ReportHTML.render(doc))
        }
    }
}

struct ExportInterventiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interventies", abstract: "The interventions agreed on each sociogram measurement.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var export: ExportOptions

    @Option(help: ArgumentHelp("md (Markdown), html or csv.", valueName: "md|html|csv"))
    var format = "md"

    func validate() throws {
        try export.check()
        _ = try ExportOptions.format(format, as: InstrumentExportFormat.self, subject: "interventions")
    }

    func run() throws {
        let chosen = try ExportOptions.format(
            format, as: InstrumentExportFormat.self, subject: "interventions")
        let (_, stored) = try global.loadSection(export.section)
        let names = export.names(for: stored.section)
        try export.deliver(
            InterventionReport.document(stored.section, names: names), as: chosen,
            csv: InterventionReport.csv(stored.section, names: names))
    }
}

extension ExportOptions {
    /// One instrument page in the chosen format: the document as Markdown or HTML, or its table as CSV.
    /// Only the form asked for is built.
    func deliver(
        _ document: @autoclosure () -> ReportDocument, as format: InstrumentExportFormat,
        csv: @autoclosure () -> String
    ) throws {
        switch format {
        case .md: try deliver(ReportMarkdown.render(document()))
        case .html: try deliver(ReportHTML.render(document()))
        case .csv: try deliver(csv())
        }
    }
}
