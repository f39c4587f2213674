import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntUI

enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
    case text, tsv, json
}

/// Options every `show` view of the front end takes.
struct ShowViewOptions: ParsableArguments {
    @OptionGroup var target: SectionOptions

    @Option(help: ArgumentHelp(\.helpShowViewWidth)) var width: Int = 100

    @Option(name: .customLong("today"), help: .hidden) var today: String?

    @Flag(help: ArgumentHelp(\.helpShowViewPseudonyms)) var pseudonyms = false

    @Flag(help: ArgumentHelp(\.helpShowViewInitials)) var initials = false

    func validate() throws {
        guard (40...1000).contains(width) else {
            throw CommandFailure(say.cliWidthRefused(width: width))
        }
        if let today, Day(typed: today) == nil {
            throw CommandFailure(say.cliTodayRefused)
        }
    }

    /// The section as typed after `--section`, for messages.
    var section: String { target.section }

    /// How the printed view names people; the section on disk keeps the names.
    var naming: NameDisplay { pseudonyms ? .pseudonyms : (initials ? .initials : .fullNames) }

    /// The section as stored (for finding people by their real names) and as the view names people.
    func load() throws -> (stored: Section, shown: Section) {
        let (_, stored) = try target.load()
        return (stored.section, naming.presenting(stored.section))
    }

    var context: ScreenContext {
        // Printed output is a shared medium: private notes stay out unless a command says otherwise.
        ScreenContext(
            language: target.global.language, color: false, sharedScreen: true, showSensitive: false,
            today: today.flatMap { Day(typed: $0) } ?? .today)
    }

    /// Prints the section's view as text (`printed`), or the lines or objects scripts read.
    func print(
        _ format: ShowFormat, printed: (Section) -> Grid, tsv: (Section) -> String, json: (Section) -> String
    ) throws {
        let section = try load().shown
        switch format {
        case .text: Self.print(printed(section))
        case .tsv: CommandSupport.emit(tsv(section))
        case .json: CommandSupport.emit(json(section))
        }
    }

    /// Loads the section and prints the view `view` makes of it (as the chosen naming shows it) in this
    /// command's context, at `--width`.
    func show(_ view: (Section, ScreenContext) throws -> any PrintedView) throws {
        let section = try load().shown
        Self.print(try view(section, context).printed(width: width))
    }

    /// Prints an instrument's rounds: the JSON when `--json` made it, else the view printed at `--width`.
    func printRounds(json: String?, view: (ScreenContext) -> any PrintedView) {
        if let json { return Swift.print(json) }
        Self.print(view(context).printed(width: width))
    }

    /// Prints a grid as plain text: no escape codes, trailing blank lines dropped.
    static func print(_ grid: Grid) {
        var text = grid.plainText()
        while text.hasSuffix("\n") { text.removeLast() }
        CommandSupport.emit(text + "\n")
    }
}

/// A view of the interface that `knooppunt show` prints as plain text.
protocol PrintedView {
    func printed(width: Int) -> Grid
}

extension InitiativeView: PrintedView {}
extension MeetingView: PrintedView {}
extension ReviewView: PrintedView {}
extension DimensiesView: PrintedView {}
extension ThermometerView: PrintedView {}
