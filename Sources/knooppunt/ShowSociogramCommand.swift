import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show sociogram --section SLUG [--name N] [--topic T] [--measurement K]`: the sociogram as
/// on screen 4, as plain text.
struct ShowSociogramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sociogram",
        abstract: "Print a sociogram: who chooses whom, per topic or all topics together.",
        discussion: "Negative choices and private notes are left out unless --sensitive is given.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var view: SociogramSelection

    func validate() throws { try view.check() }

    func run() throws {
        let (_, stored) = try global.loadSection(view.options.section)
        let section = view.options.naming.presenting(stored.section)
        let screen = try view.screen(section, mode: .picture)
        print(view.options.drawn(screen, section))
        // Below the picture, what the section agreed after the previous measurement and on this one.
        let s = section.networks.sociograms[screen.index]
        guard !s.measurements.isEmpty else { return }
        let agreed = InterventionsView.besideComparison(
            s, measurement: screen.measurement ?? s.measurements.count - 1, section: section,
            context: view.options.context)
        if !agreed.isEmpty { print(agreed.dropFirst().map(\.text).joined(separator: "\n")) }
    }
}

/// Which sociogram, topic and measurement a `show` command means, with the network views' options.
struct SociogramSelection: ParsableArguments {
    @OptionGroup var options: NetworkShowOptions

    @Option(
        help: ArgumentHelp("Only this topic (e.g. zorg); default all topics together.", valueName: "topic"))
    var topic: String?

    @Option(help: ArgumentHelp("Which measurement, 1 = the first; default the latest.", valueName: "number"))
    var measurement: Int?

    func check() throws {
        try options.check()
        if let measurement, measurement < 1 {
            throw CommandFailure("--measurement counts from 1, not \(measurement).")
        }
    }

    func screen(_ section: Section, mode: SociogramScreen.Mode) throws
        -> SociogramScreen
    {
        let index = try NetworkShowOptions.pick(
            section.networks.sociograms.map { [$0.name] }, name: options.name, kind: "sociogram",
            section: section.name)
        let s = section.networks.sociograms[index]
        var topicID: UUID? = nil
        if let topic {
            guard let t = s.topic(named: topic) else {
                throw CommandFailure(
                    "Sociogram “\(CommandSupport.shown(s.name))” has no topic “\(CommandSupport.shown(topic))”; its topics are: \(s.topics.map(\.name).joined(separator: ", "))."
                )
            }
            topicID = t.id
        }
        if let measurement, measurement > s.measurements.count {
            throw CommandFailure(
                "Sociogram “\(CommandSupport.shown(s.name))” has \(s.measurements.count) measurement(s); --measurement \(measurement) does not exist."
            )
        }
        return SociogramScreen(
            index: index, topic: topicID, measurement: measurement.map { $0 - 1 }, mode: mode)
    }
}
