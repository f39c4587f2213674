import ArgumentParser
import Foundation
import KnooppuntExchange
import KnooppuntModel

/// `knooppunt export calendar --section S [--with-tasks]`: the meetings as an iCalendar file.
struct ExportCalendarCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("calendar", \.helpExportCalendar, discussion: \.helpExportCalendarDiscussion)
    }

    @OptionGroup var export: ExportOptions

    @Flag(name: .customLong("with-tasks"), help: ArgumentHelp(\.helpExportCalendarWithTasks))
    var withTasks = false

    func run() throws {
        let (_, stored) = try export.target.load()
        let ledgerURL = StateDirectory.resolve(environment: ProcessInfo.processInfo.environment)
            .appendingPathComponent("calendar-\(stored.section.id.uuidString.lowercased()).json")
        let previous =
            DurableWrite.readIfPresent(ledgerURL).flatMap {
                try? JSONDecoder().decode(CalendarLedger.self, from: $0)
            }
            ?? CalendarLedger()
        let result = CalendarExport.render(
            stored.section, names: export.names(for: stored.section), withTasks: withTasks, now: Date(),
            ledger: previous)
        try export.deliver(result.text)
        // Remembered only after the calendar went out: a failed write must not raise SEQUENCE for
        // events nobody received.
        if result.ledger != previous {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            do {
                try DurableWrite.replace(
                    try encoder.encode(result.ledger), at: ledgerURL, makingFolders: true)
            } catch {
                let reason = (error as? DurableWrite.Failure)?.text(english: say.isEnglish)
                CommandSupport.warn(say.cliCalendarNotRemembered(error: reason ?? "\(error)"))
            }
        }
    }
}
