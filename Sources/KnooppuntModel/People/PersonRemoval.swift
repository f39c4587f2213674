import Foundation

extension Section {
    /// The section with every trace of a person removed (docs/METHOD.md, privacy: "a person can be removed
    /// from all data at once"): the person, their initiator roles, their involvement (and their place in a
    /// trial and its log), their ownership of
    /// routine tasks (the task stays, without owner), everything in the networks, their groslijst and
    /// the entries naming them, and their link to interventions.
    public func removingPerson(_ id: UUID) -> Section {
        var copy = self
        copy.people.removeAll { $0.id == id }
        for i in copy.initiatives.indices {
            copy.initiatives[i].initiators.removeAll { $0 == id }
            copy.initiatives[i].involved.removeAll { $0.personID == id }
            copy.initiatives[i].details.trialParticipants.removeAll { $0 == id }
            for e in copy.initiatives[i].details.trialLog.indices {
                copy.initiatives[i].details.trialLog[e].people.removeAll { $0 == id }
            }
        }
        for t in copy.routineTasks.indices where copy.routineTasks[t].ownerID == id {
            copy.routineTasks[t].ownerID = nil
        }
        copy.networks = copy.networks.removingPerson(id)
        copy.instruments = copy.instruments.removingPerson(id)
        return copy
    }
}
