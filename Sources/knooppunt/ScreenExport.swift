import Foundation
import KnooppuntExchange
import KnooppuntModel
import KnooppuntUI

/// Carries out the interface's `E`: writes what the screen shows into the user's documents folder,
/// `$XDG_DOCUMENTS_DIR/knooppunt`, else `~/Documents/knooppunt`. Reports and pages become HTML (they
/// open in any browser and print on A4), networks an SVG picture. Nothing sensitive goes out: the
/// interface may be on a shared screen, so the export is what a shared screen shows.
struct ScreenExport {
    let environment: [String: String]

    func folder() -> URL {
        if let documents = environment["XDG_DOCUMENTS_DIR"], documents.hasPrefix("/") {
            return URL(fileURLWithPath: documents, isDirectory: true).appendingPathComponent(
                "knooppunt", isDirectory: true)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(
            "Documents/knooppunt", isDirectory: true)
    }

    /// The path written, or one sentence saying why nothing was.
    func perform(slug: String, section: Section, request: ExportRequest, language: Language) -> Result<
        String, CommandFailure
    > {
        let exportLanguage: ExportLanguage = language == .en ? .en : .nl
        let names = ExportNames(section: section, pseudonyms: false, language: exportLanguage)
        let words = exportLanguage
        let (name, text): (String, String?) = {
            switch request {
            case .agenda(let number):
                let doc = section.meeting(number: number).map {
                    AgendaReport.document(section, meeting: $0, names: names, today: .today)
                }
                return (
                    "\(slug)-agenda-\(words.text("overleg", "meeting"))-\(number).html",
                    doc.map(ReportHTML.render)
                )
            case .minutes(let number):
                let doc = section.meeting(number: number).map {
                    MinutesReport.document(section, meeting: $0, names: names)
                }
                return (
                    "\(slug)-\(words.text("notulen-overleg", "minutes-meeting"))-\(number).html",
                    doc.map(ReportHTML.render)
                )
            case .initiative(let id):
                guard let initiative = section.initiative(id) else { return ("", nil) }
                let picture = Self.analysisPicture(section, initiative: id, names: names)
                let page = ReportHTML.render(
                    InitiativeReport.document(section, initiative: initiative, names: names, picture: picture)
                )
                return ("\(slug)-\(SectionStore.slug(for: initiative.title)).html", page)
            case .thermometer(let group):
                let doc = InstrumentReport.thermometer(section, group: group, language: exportLanguage)
                let part = group.isEmpty ? "" : "-" + SectionStore.slug(for: group)
                return ("\(slug)-thermometer\(part).html", ReportHTML.render(doc))
            case .dimensies:
                return (
                    "\(slug)-dimensies.html",
                    ReportHTML.render(InstrumentReport.dimensies(section, language: exportLanguage))
                )
            case .review:
                return (
                    "\(slug)-\(words.text("terugblik", "review")).html",
                    ReportHTML.render(ReviewReport.document(section, names: names, today: .today))
                )
            case .interventies:
                return (
                    "\(slug)-\(words.text("interventies", "interventions")).html",
                    ReportHTML.render(InterventionReport.document(section, names: names))
                )
            case .sociogram, .ecogram, .analysis:
                guard let doc = network(section, request, NetworkExportOptions(names: names)) else {
                    return ("", nil)
                }
                let footer = "knooppunt · " + ProseDate.long(.today, exportLanguage)
                return (
                    "\(slug)-\(SectionStore.slug(for: doc.title)).svg", NetworkSVG.render(doc, footer: footer)
                )
            }
        }()
        guard let text else {
            return .failure(
                CommandFailure(CommandText.words(for: language).cliScreenGone))
        }
        let url = folder().appendingPathComponent(name)
        do {
            try DurableWrite.replace(Data(text.utf8), at: url, makingFolders: true)
            return .success(url.path)
        } catch {
            return .failure(CommandFailure(error.text(english: language == .en)))
        }
    }

    /// The initiative's network analysis as an inline SVG, as screen 3 lays it out; nil without one.
    static func analysisPicture(_ section: Section, initiative: UUID, names: ExportNames) -> String? {
        guard let a = section.networks.analyses.first(where: { $0.initiativeID == initiative }) else {
            return nil
        }
        let doc = AnalysisNetwork.document(
            section, analysis: a, positions: PicturePositions.analysis(a),
            options: NetworkExportOptions(names: names))
        return NetworkSVG.render(doc, footer: "", inline: true)
    }

    func network(_ section: Section, _ request: ExportRequest, _ options: NetworkExportOptions)
        -> NetworkDocument?
    {
        let networks = section.networks
        switch request {
        case .sociogram(let index, let topic, let measurement):
            guard networks.sociograms.indices.contains(index) else { return nil }
            let s = networks.sociograms[index]
            return SociogramNetwork.document(
                section, sociogram: s, topic: topic.flatMap { id in s.topics.first { $0.id == id } },
                measurement: measurement, positions: PicturePositions.sociogram(s), options: options)
        case .ecogram(let index):
            guard networks.ecograms.indices.contains(index) else { return nil }
            let e = networks.ecograms[index]
            return EcogramNetwork.document(
                section, ecogram: e, positions: PicturePositions.ecogram(e), options: options)
        case .analysis(let index):
            guard networks.analyses.indices.contains(index) else { return nil }
            let a = networks.analyses[index]
            return AnalysisNetwork.document(
                section, analysis: a, positions: PicturePositions.analysis(a), options: options)
        default:
            return nil
        }
    }
}
