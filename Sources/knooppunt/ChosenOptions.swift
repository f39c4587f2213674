import ArgumentParser
import KnooppuntModel

/// `--initiative`: the initiative a command shows or exports, by its id, its title or a unique part of
/// the title; declared once so every command takes and explains it alike.
struct InitiativeChoice: ParsableArguments {
    @Option(help: ArgumentHelp(.showInitiativeInitiative, valueName: "title-or-id"))
    var initiative: String

    func find(in section: Section, slug: String) throws -> Initiative {
        try Lookup.initiative(initiative, in: section, slug: slug)
    }
}

/// `--meeting N`: the meeting an agenda or the minutes are made of.
struct MeetingChoice: ParsableArguments {
    @Option(help: ArgumentHelp(.exportAgendaMeeting, valueName: "N"))
    var meeting: Int

    func find(in section: Section, slug: String) throws -> Meeting {
        try Lookup.meeting(meeting, in: section, slug: slug)
    }
}
