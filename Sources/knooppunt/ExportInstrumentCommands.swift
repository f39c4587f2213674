import ArgumentParser
import KnooppuntExchange
import KnooppuntModel

/// `knooppunt export thermometer|dimensies|review|interventies`: the monitoring instruments for
/// colleagues without a terminal. Thermometer, dimensieraamwerk and review carry totals only.
struct ExportThermometerCommand: ReportExportCommand {
    static var configuration: CommandConfiguration { .command("thermometer", \.helpExportThermometer) }

    @OptionGroup var report: ReportOptions<TableFormats>

    @Option(help: ArgumentHelp(\.helpExportThermometerGroup, valueName: "name")) var group: String?

    func document(_ section: Section, export: ExportOptions, as format: ReportFormat) -> ReportDocument {
        InstrumentReport.thermometer(section, group: group, language: export.language)
    }

    func csv(_ section: Section, export: ExportOptions) -> String {
        InstrumentReport.thermometerCSV(section, group: group, language: export.language)
    }

    func check(_ section: Section, export: ExportOptions) throws {
        if let group, section.instruments.thermometerGroup(named: group) == nil {
            throw CommandFailure(
                say.noThermometerGroup(
                    CommandSupport.shown(group), section: CommandSupport.shown(export.section)))
        }
    }
}

struct ExportDimensiesCommand: ReportExportCommand {
    static var configuration: CommandConfiguration { .command("dimensies", \.helpExportDimensies) }

    @OptionGroup var report: ReportOptions<TableFormats>

    func document(_ section: Section, export: ExportOptions, as format: ReportFormat) -> ReportDocument {
        InstrumentReport.dimensies(section, language: export.language)
    }

    func csv(_ section: Section, export: ExportOptions) -> String {
        InstrumentReport.dimensiesCSV(section, language: export.language)
    }
}

struct ExportReviewCommand: ReportExportCommand {
    static var configuration: CommandConfiguration { .command("review", \.helpExportReview) }

    @OptionGroup var report: ReportOptions<PageFormats>

    func document(_ section: Section, export: ExportOptions, as format: ReportFormat) -> ReportDocument {
        ReviewReport.document(section, names: export.names(for: section), today: .today)
    }
}

struct ExportInterventiesCommand: ReportExportCommand {
    static var configuration: CommandConfiguration { .command("interventies", \.helpExportInterventies) }

    @OptionGroup var report: ReportOptions<TableFormats>

    func document(_ section: Section, export: ExportOptions, as format: ReportFormat) -> ReportDocument {
        InterventionReport.document(section, names: export.names(for: section))
    }

    func csv(_ section: Section, export: ExportOptions) -> String {
        InterventionReport.csv(section, names: export.names(for: section))
    }
}
