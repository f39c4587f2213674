import ArgumentParser
import Foundation
import KnooppuntExchange
import KnooppuntGraph
import KnooppuntModel
import KnooppuntUI

/// `knooppunt export network --section S (--sociogram NAME [--topic T] [--measurement DATE] | --ecogram
/// NAME | --analysis NAME) --format gexf|graphml|dot|svg|csv`.
struct ExportNetworkCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("network", \.helpExportNetwork, discussion: \.helpExportNetworkDiscussion)
    }

    enum Format: String, CaseIterable { case gexf, graphml, dot, svg, csv }

    @OptionGroup var export: ExportOptions

    @Option(help: ArgumentHelp(\.helpExportNetworkSociogram, valueName: "name")) var sociogram: String?

    @Option(help: ArgumentHelp(\.helpExportNetworkEcogram, valueName: "name")) var ecogram: String?

    @Option(help: ArgumentHelp(\.helpExportNetworkAnalysis, valueName: "name")) var analysis: String?

    @Option(help: ArgumentHelp(\.helpExportNetworkTopic, valueName: "topic")) var topic: String?

    @Option(help: ArgumentHelp(\.helpExportNetworkMeasurement, valueName: "date")) var measurement: String?

    @Option(help: ArgumentHelp(\.helpExportNetworkFormat, valueName: "format")) var format: String

    @Option(help: ArgumentHelp(\.helpExportNetworkGexf, valueName: "1.3|1.2")) var gexf = "1.3"

    @Flag(help: ArgumentHelp(\.helpExportNetworkTies)) var ties = false

    @Flag(help: ArgumentHelp(\.helpExportNetworkMatrix)) var matrix = false

    @Flag(help: ArgumentHelp(\.helpExportNetworkSensitive)) var sensitive = false

    @Flag(name: .customLong("private"), help: ArgumentHelp(\.helpExportNetworkPrivateNotes))
    var privateNotes = false

    func validate() throws {
        let chosen = try ExportOptions.format(format, among: Format.allCases)
        let subjects = [sociogram, ecogram, analysis].compactMap { $0 }.count
        guard subjects == 1 else {
            throw CommandFailure(say.cliNameOneNetwork)
        }
        if sociogram == nil && (topic != nil || measurement != nil) {
            throw CommandFailure(say.cliSociogramOptionsAlone)
        }
        guard GEXFExport.Version(rawValue: gexf) != nil else {
            throw CommandFailure(say.cliGexfRefused(given: CommandSupport.shown(gexf)))
        }
        if (ties || matrix) && chosen != .csv {
            throw CommandFailure(say.cliTablesNeedCSV)
        }
        if ties && matrix { throw CommandFailure(say.cliOneTable) }
    }

    func run() throws {
        let chosen = try ExportOptions.format(format, among: Format.allCases)
        let (_, stored) = try export.target.load()
        let section = stored.section
        let options = NetworkExportOptions(
            names: export.names(for: section), sensitive: sensitive, privateNotes: privateNotes)
        let doc = try document(section, options: options)
        let text: String
        switch chosen {
        case .gexf:
            let day = Day.today.description
            text = GEXFExport.render(doc, version: GEXFExport.Version(rawValue: gexf) ?? .v1_3, modified: day)
        case .graphml: text = GraphMLExport.render(doc)
        case .dot: text = DOTExport.render(doc)
        case .svg:
            let footer = "knooppunt · " + ProseDate.long(.today, export.language)
            text = NetworkSVG.render(doc, footer: footer)
        case .csv:
            text =
                matrix
                ? NetworkCSVExport.matrix(doc)
                : ties ? NetworkCSVExport.ties(doc) : NetworkCSVExport.nodes(doc)
        }
        try export.deliver(text)
    }

    func document(_ section: Section, options: NetworkExportOptions) throws -> NetworkDocument {
        let given = export.section
        if let ecogram {
            let i = try NetworkShowOptions.pick(
                section.networks.ecograms.map { [$0.name] }, name: ecogram, kind: .ecogram, section: given)
            let e = section.networks.ecograms[i]
            return EcogramNetwork.document(
                section, ecogram: e, positions: PicturePositions.ecogram(e), options: options)
        }
        if let analysis {
            let i = try NetworkShowOptions.pick(
                NetworkNames.analyses(section), name: analysis, kind: .analysis, section: given)
            let a = section.networks.analyses[i]
            return AnalysisNetwork.document(
                section, analysis: a, positions: PicturePositions.analysis(a), options: options)
        }
        let i = try NetworkShowOptions.pick(
            section.networks.sociograms.map { [$0.name] }, name: sociogram, kind: .sociogram, section: given)
        let s = section.networks.sociograms[i]
        let chosenTopic = try topic.map { try Lookup.topic($0, of: s) }
        guard let latest = s.latestMeasurementIndex else {
            throw CommandFailure(say.cliNoMeasurementToExport(sociogram: CommandSupport.shown(s.name)))
        }
        var index = latest
        if let measurement {
            if let day = Day(typed: measurement),
                let found = s.measurements.firstIndex(where: { $0.date == day })
            {
                index = found
            } else if let number = Int(measurement), (1...s.measurements.count).contains(number) {
                index = number - 1
            } else {
                let dates = s.measurements.map(\.date.description).joined(separator: ", ")
                throw CommandFailure(
                    say.cliNoMeasurementOn(
                        sociogram: CommandSupport.shown(s.name), given: CommandSupport.shown(measurement),
                        dates: dates))
            }
        }
        return SociogramNetwork.document(
            section, sociogram: s, topic: chosenTopic, measurement: index,
            positions: PicturePositions.sociogram(s),
            options: options)
    }
}
