import Foundation
import Testing

@testable import KnooppuntModel

/// "Actie: wie, datum: wat" in a meeting note becomes a routine task.
@Suite struct ActionPointTests {
    let fred = Person(name: "Fred van Dijk")
    let frank = Person(name: "Frank de Boer")
    var lookup: PersonLookup { PersonLookup(people: [fred, frank]) }

    @Test func ownerDateAndTextAreRead() {
        #expect(
            ActionPoint.read("Actie: Fred, 15-1-2027: PTA aanpassen", lookup: lookup)
                == .point(ActionPoint(text: "PTA aanpassen", ownerID: fred.id, due: Day("2027-01-15"))))
        #expect(
            ActionPoint.read("action: van Dijk: toets maken", lookup: lookup)
                == .point(ActionPoint(text: "toets maken", ownerID: fred.id)))
        #expect(
            ActionPoint.read("Actiepunt: leeslijst delen", lookup: lookup)
                == .point(ActionPoint(text: "leeslijst delen")))
        #expect(ActionPoint.read("Besluit: door met de pilot", lookup: lookup) == .none)
    }

    @Test func whatCannotBeReadIsSaidRatherThanGuessed() {
        guard case .problem = ActionPoint.read("Actie: Fr: iets", lookup: lookup) else {
            Issue.record("Fr fits Fred and Frank")
            return
        }
        guard case .problem = ActionPoint.read("Actie: Fred, morgen: iets", lookup: lookup) else {
            Issue.record("'morgen' is no date")
            return
        }
        guard case .problem = ActionPoint.read("Actie: Piet: iets", lookup: lookup) else {
            Issue.record("nobody is called Piet")
            return
        }
        #expect(
            (try? ActionPoint.readAll("Besluit.\nActie: Fred: a\nActie: b", lookup: lookup).get())?.count == 2
        )
    }

    @Test func tasksFromOlderFilesHaveNoDecidingMeeting() throws {
        let json = #"{"done":false,"id":"00000000-0000-4000-8000-000000000401","text":"Toetsen"}"#
        let task = try JSONDecoder().decode(RoutineTask.self, from: Data(json.utf8))
        #expect(task.decidedAt == nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(String(decoding: try encoder.encode(task), as: UTF8.self) == json)
    }
}
