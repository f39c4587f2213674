import Foundation
import Testing

@testable import KnooppuntModel

/// 6 Mijn's "ik ben …" is remembered per machine, apart per data directory, never in the data directory.
@Suite struct ChosenPersonTests {
    @Test func theChoiceIsKeptPerDataDirectoryOutsideIt() throws {
        let scratch = StoreScratch()
        let state = scratch.root.appendingPathComponent("state").path
        let other = scratch.root.appendingPathComponent("other-data")
        let here = MachineState(dataDirectory: scratch.directory, environment: ["XDG_STATE_HOME": state])
        let there = MachineState(dataDirectory: other, environment: ["XDG_STATE_HOME": state])
        let fred = UUID()
        let gemma = UUID()
        #expect(here.chosenPeople().isEmpty)
        here.rememberChosen(fred, slug: "sectie-engels")
        there.rememberChosen(gemma, slug: "sectie-engels")
        here.rememberChosen(gemma, slug: "sectie-nederlands")
        #expect(here.chosenPeople() == ["sectie-engels": fred, "sectie-nederlands": gemma])
        #expect(there.chosenPeople() == ["sectie-engels": gemma])
        // Read again as a new start of the program reads it.
        let again = MachineState(dataDirectory: scratch.directory, environment: ["XDG_STATE_HOME": state])
        #expect(again.chosenPeople()["sectie-engels"] == fred)
        #expect(scratch.entries().isEmpty, "nothing lands in the shared data directory")
        #expect(here.folder.path.hasPrefix(state))
        here.rememberChosen(nil, slug: "sectie-engels")
        #expect(here.chosenPeople() == ["sectie-nederlands": gemma])
    }

    @Test func aDamagedFileIsAnEmptyChoiceAndAnInvalidSlugIsIgnored() throws {
        let scratch = StoreScratch()
        let state = scratch.root.appendingPathComponent("state").path
        let machine = MachineState(dataDirectory: scratch.directory, environment: ["XDG_STATE_HOME": state])
        try FileManager.default.createDirectory(at: machine.folder, withIntermediateDirectories: true)
        try Data("{niet".utf8).write(to: machine.chosenPeopleFile)
        #expect(machine.chosenPeople().isEmpty)
        machine.rememberChosen(UUID(), slug: "../weg")
        #expect(machine.chosenPeople().isEmpty)
    }
}
