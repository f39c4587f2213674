import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

/// `knooppunt show sociogram --section SLUG [--name N] [--topic T] [--measurement K]`: the sociogram as
/// on screen 4, as plain text.
struct ShowSociogramCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("sociogram", \.helpShowSociogram, discussion: \.helpShowSociogramDiscussion)
    }

    @OptionGroup var view: SociogramSelection

    func run() throws {
        let (section, screen) = try view.load(mode: .picture)
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

    @Option(help: ArgumentHelp(\.helpSociogramSelectionTopic, valueName: "topic")) var topic: String?

    @OptionGroup var measurement: MeasurementChoice

    /// The section as the view names people, and the sociogram screen the options ask for.
    func load(mode: SociogramScreen.Mode) throws -> (Section, SociogramScreen) {
        let section = try options.view.load().shown
        return (section, try screen(section, mode: mode))
    }

    func screen(_ section: Section, mode: SociogramScreen.Mode) throws
        -> SociogramScreen
    {
        let index = try NetworkShowOptions.pick(
            section.networks.sociograms.map { [$0.name] }, name: options.name, kind: .sociogram,
            section: section.name)
        let s = section.networks.sociograms[index]
        let topicID = try topic.map { try Lookup.topic($0, of: s).id }
        return SociogramScreen(
            index: index, topic: topicID, measurement: try measurement.index(in: s), mode: mode)
    }
}
