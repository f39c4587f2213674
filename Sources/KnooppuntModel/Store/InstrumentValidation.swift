import Foundation

extension SectionValidation {
    /// The instruments made consistent: unique ids, one answer per response id in a round, scores
    /// inside their scale, evaluations and interventions that point at something that exists. A
    /// thermometer score outside 1-5 is clamped (the other three still say something); a
    /// dimensieraamwerk answer with the wrong number of crosses cannot be read and is removed.
    static func repair(
        _ instruments: inout Instruments, meetings: Set<UUID>, sociograms: [Sociogram], people: Set<UUID>,
        tally: inout Tally
    ) {
        tally[.newIDs] += uniqueIDs(&instruments.thermometerGroups, \.id)
        var roundIDs = Set<UUID>()
        for g in instruments.thermometerGroups.indices {
            tally[.newIDs] += uniqueIDs(&instruments.thermometerGroups[g].rounds, \.id, taken: roundIDs)
            for r in instruments.thermometerGroups[g].rounds.indices {
                var round = instruments.thermometerGroups[g].rounds[r]
                roundIDs.insert(round.id)
                tally[.repeated] += dropRepeatedResponses(&round.answers, \.responseID)
                for a in round.answers.indices where round.answers[a].clamped != round.answers[a] {
                    round.answers[a] = round.answers[a].clamped
                    tally[.answers] += 1
                }
                instruments.thermometerGroups[g].rounds[r] = round
            }
        }
        tally[.newIDs] += uniqueIDs(&instruments.dimensionRounds, \.id, taken: roundIDs)
        for r in instruments.dimensionRounds.indices {
            var round = instruments.dimensionRounds[r]
            tally[.repeated] += dropRepeatedResponses(&round.answers, \.responseID)
            let before = round.answers.count
            round.answers.removeAll {
                DimensionAnswer(responseID: $0.responseID, positions: $0.positions) == nil
            }
            tally[.answers] += before - round.answers.count
            instruments.dimensionRounds[r] = round
        }
        let evaluations = instruments.meetingEvaluations.count
        instruments.meetingEvaluations.removeAll { !meetings.contains($0.meetingID) }
        tally[.missingMeetings] += evaluations - instruments.meetingEvaluations.count
        tally[.repeated] += dropRepeatedResponses(&instruments.meetingEvaluations, \.meetingID)

        tally[.newIDs] += uniqueIDs(&instruments.interventions, \.id)
        let interventions = instruments.interventions.count
        instruments.interventions.removeAll { i in
            !sociograms.contains { g in
                g.id == i.sociogramID && g.measurements.contains { $0.id == i.measurementID }
            }
        }
        tally[.interventions] += interventions - instruments.interventions.count
        for i in instruments.interventions.indices {
            if let p = instruments.interventions[i].personID, !people.contains(p) {
                instruments.interventions[i].personID = nil
                tally[.missingPeople] += 1
            }
        }
        repair(&instruments.groslijsten, people: people, tally: &tally)
    }

    /// A groslijst belongs to a person: without them it goes; an entry that names a person who is not
    /// in the section keeps its name and loses the link.
    private static func repair(_ lists: inout [Groslijst], people: Set<UUID>, tally: inout Tally) {
        tally[.newIDs] += uniqueIDs(&lists, \.id)
        let before = lists.count
        lists.removeAll { !people.contains($0.ownerID) }
        tally[.missingPeople] += before - lists.count
        tally[.repeated] += dropRepeatedResponses(&lists, \.ownerID)
        for l in lists.indices {
            tally[.newIDs] += uniqueIDs(&lists[l].entries, \.id)
            for e in lists[l].entries.indices {
                if let p = lists[l].entries[e].personID, !people.contains(p) {
                    lists[l].entries[e].personID = nil
                    tally[.missingPeople] += 1
                }
            }
        }
    }

    /// Keeps the first element per key: two answers with one response id would count one member twice.
    private static func dropRepeatedResponses<T>(_ list: inout [T], _ key: KeyPath<T, UUID>) -> Int {
        var seen = Set<UUID>()
        let before = list.count
        list = list.filter { seen.insert($0[keyPath: key]).inserted }
        return before - list.count
    }
}
