import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntTerminal
import KnooppuntUI

/// `knooppunt` with no arguments: the full-screen interface (stappenplan board, jaaragenda, meeting mode).
struct InterfaceCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("interface", \.helpInterface, discussion: \.helpInterfaceDiscussion)
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("section"), help: ArgumentHelp(\.helpInterfaceSection, valueName: "slug"))
    var section: String?

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw InterfaceFailure(say.cliNeedsTerminal)
        }
        let environment = ProcessInfo.processInfo.environment
        let language = global.language
        let directory = DataDirectory.resolve(option: global.dataDir, environment: environment)
        // Everything that can fail with a plain message fails here, before the screen is taken over.
        let store = try SectionStore(directory: directory)
        let listings = store.list()
        if let section, !listings.contains(where: { $0.slug == section }) {
            throw InterfaceFailure(
                say.cliNoSectionToOpen(slug: SafeText.clean(section), folder: SafeText.clean(directory.path)))
        }
        let summaries = listings.compactMap { listing -> SectionSummary? in
            if case .readable(let summary) = listing { return summary }
            return nil
        }
        let performer = EffectPerformer(store: store, language: language)

        let screen = try TerminalScreen(environment: environment)
        // Runs on a normal end and on a thrown error alike; signals end the loop, so they pass here too.
        defer { screen.close() }
        var state = AppState(
            options: AppOptions(language: language, color: screen.colorEnabled, today: .today),
            sections: summaries)
        // An unreadable ledger is kept as it is: answers can then not be entered here until it is moved.
        state.responses = try? ResponseLedgerFile(environment: environment).load()
        state.chosenPeople = MachineState(dataDirectory: store.directory, environment: environment)
            .chosenPeople()
        let end = try InterfaceLoop.run(
            state: &state, device: screen, firstEffects: section.map { [.open(slug: $0)] } ?? [],
            perform: { effect in performer.perform(effect) })
        screen.close()
        if state.droppedWork {
            // The user chose this in the interface; the status tells scripts and supervisors.
            TerminalOutput.standardError(
                "knooppunt: quit without saving the last changes (chosen at the quit).\n")
            throw ExitCode(3)
        }
        switch end {
        case .quit: return
        // The shell convention for "ended by signal N", so scripts and supervisors can tell.
        case .signal(let number): throw ExitCode(128 + number)
        case .inputLost: throw ExitCode(128 + SIGHUP)
        }
    }
}

/// One sentence for the user, printed by ArgumentParser as "Error: …" with status 1.
private struct InterfaceFailure: Error, CustomStringConvertible {
    let description: String
    init(_ sentence: String) { description = sentence }
}
