import ArgumentParser
import KnooppuntExchange
import KnooppuntModel

/// `knooppunt export jaaragenda --section S [--format md|html|csv]`.
struct ExportJaaragendaCommand: ReportExportCommand {
    static var configuration: CommandConfiguration { .command("jaaragenda", \.helpExportJaaragenda) }

    @OptionGroup var report: ReportOptions<TableFormats>

    func document(_ section: Section, export: ExportOptions, as format: ReportFormat) -> ReportDocument {
        JaaragendaReport.document(section, names: export.names(for: section))
    }

    func csv(_ section: Section, export: ExportOptions) -> String {
        JaaragendaReport.csv(section, names: export.names(for: section))
    }
}
