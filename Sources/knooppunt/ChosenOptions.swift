import ArgumentParser
import KnooppuntModel

/// `--initiative`: the initiative a command shows or exports, by its id, its title or a unique part of
/// the title; declared once so every command takes and explains it alike.
struct InitiativeChoice: ParsableArguments {
    @Option(help: ArgumentHelp(\.helpChosenInitiative, valueName: "title-or-id")) var initiative: String

    func find(in section: Section, slug: String) throws -> Initiative {
        try Lookup.initiative(initiative, in: section, slug: slug)
    }
}

/// `--meeting N`: the meeting an agenda or the minutes are made of.
struct MeetingChoice: ParsableArguments {
    @Option(help: ArgumentHelp(\.helpMeetingNumber, valueName: "N")) var meeting: Int

    func find(in section: Section, slug: String) throws -> Meeting {
        try Lookup.meeting(meeting, in: section, slug: slug)
    }
}

/// `--measurement K`: one measurement of a sociogram, counted from 1; without it, the latest.
struct MeasurementChoice: ParsableArguments {
    @Option(help: ArgumentHelp(\.helpMeasurementNumber, valueName: "number")) var measurement: Int?

    func validate() throws {
        if let measurement, measurement < 1 {
            throw CommandFailure(say.cliMeasurementRefused(given: measurement))
        }
    }

    /// The measurement's index in `g`, or nil when none was named; one sentence when `g` has fewer.
    func index(in g: Sociogram) throws -> Int? {
        guard let measurement else { return nil }
        guard measurement <= g.measurements.count else {
            throw CommandFailure(
                say.cliNoSuchMeasurement(
                    sociogram: CommandSupport.shown(g.name), count: g.measurements.count, given: measurement))
        }
        return measurement - 1
    }
}

/// `--sociogram NAME --measurement K`: the measurement whose interventions a command means (default:
/// the first sociogram and its latest measurement).
struct InterventionMeasurement: ParsableArguments {
    @Option(help: ArgumentHelp(\.helpInterventionSociogram, valueName: "name")) var sociogram: String?

    @OptionGroup var measurement: MeasurementChoice

    /// The sociogram's index and the measurement's index, or one sentence saying what is missing.
    func resolve(_ s: Section) throws -> (Int, Int) {
        let index = try NetworkShowOptions.pick(
            s.networks.sociograms.map { [$0.name] }, name: sociogram, kind: .sociogram, section: s.name)
        let g = s.networks.sociograms[index]
        guard !g.measurements.isEmpty else {
            throw CommandFailure(say.cliNoMeasurementYet(sociogram: CommandSupport.shown(g.name)))
        }
        return (index, try measurement.index(in: g) ?? g.measurements.count - 1)
    }
}
