import ArgumentParser
import KnooppuntExchange
import KnooppuntModel

/// The forms a report can be exported in: one `ReportDocument` rendered as Markdown, HTML or plain text,
/// or the report's table as CSV.
enum ReportFormat: String, CaseIterable {
    case md, html, txt, csv

    /// "md (Markdown), html or csv.": the `--format` help of a command offering `formats`, in the
    /// command line's language.
    static func help(_ formats: [ReportFormat]) -> ArgumentHelp {
        let names = formats.map { $0 == .md ? "md (Markdown)" : $0.rawValue }
        let list = say.list(names, joinedBy: say.cliOr)
        return ArgumentHelp(list + ".", valueName: formats.map(\.rawValue).joined(separator: "|"))
    }
}

/// Which forms one kind of report offers.
protocol ReportFormats {
    static var formats: [ReportFormat] { get }
}

/// A page: Markdown or HTML.
enum PageFormats: ReportFormats { static var formats: [ReportFormat] { [.md, .html] } }
/// A page with a table: Markdown, HTML, or the table as CSV.
enum TableFormats: ReportFormats { static var formats: [ReportFormat] { [.md, .html, .csv] } }
/// A page to mail: Markdown, HTML or plain text.
enum MailFormats: ReportFormats { static var formats: [ReportFormat] { [.md, .html, .txt] } }

/// The export options and the `--format` of a report command.
struct ReportOptions<Formats: ReportFormats>: ParsableArguments {
    @OptionGroup var export: ExportOptions

    @Option(help: ReportFormat.help(Formats.formats)) var format = "md"

    /// Checked before the section is read, so a wrong format never touches a file.
    func validate() throws { _ = try chosen }

    var chosen: ReportFormat {
        get throws { try ExportOptions.format(format, among: Formats.formats) }
    }
}

/// One export pipeline for every report: check the format before anything is read, load the section,
/// build only the form asked for, deliver it to standard output or `-o`.
protocol ReportExportCommand: ParsableCommand {
    associatedtype Formats: ReportFormats
    var report: ReportOptions<Formats> { get }
    func document(_ section: Section, export: ExportOptions, as format: ReportFormat) throws -> ReportDocument
    /// The report's table, for `--format csv`.
    func csv(_ section: Section, export: ExportOptions) -> String
    /// Refuses what the section lacks before any form is built (nothing by default).
    func check(_ section: Section, export: ExportOptions) throws
}

extension ReportExportCommand {
    func csv(_ section: Section, export: ExportOptions) -> String { "" }

    func check(_ section: Section, export: ExportOptions) throws {}

    func run() throws {
        let chosen = try report.chosen
        let export = report.export
        let section = try export.target.load().1.section
        try check(section, export: export)
        if chosen == .csv { return try export.deliver(csv(section, export: export)) }
        let document = try document(section, export: export, as: chosen)
        switch chosen {
        case .html: try export.deliver(ReportHTML.render(document))
        case .txt: try export.deliver(ReportPlainText.render(document))
        default: try export.deliver(ReportMarkdown.render(document))
        }
    }
}
