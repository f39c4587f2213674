import Foundation

extension Section {
    /// Records one member's thermometer scores for `groupName` (empty: the whole section) in the round
    /// of `day`, creating the group and the round when they are new. The answer gets the response id
    /// `ledger` keeps for this person and round (a new random one the first time), so answering again
    /// changes the member's answer. Returns the answer as recorded.
    @discardableResult
    public mutating func recordThermometer(
        _ scores: ThermometerAnswer, group groupName: String, person: UUID, on day: Day,
        ledger: inout ResponseLedger
    ) -> ThermometerAnswer {
        let name = groupName.trimmingCharacters(in: .whitespaces)
        let g: Int
        if let found = instruments.thermometerGroups.firstIndex(where: { $0.isNamed(name) }) {
            g = found
        } else {
            instruments.thermometerGroups.append(ThermometerGroup(name: name))
            g = instruments.thermometerGroups.count - 1
        }
        let r: Int
        if let found = instruments.thermometerGroups[g].rounds.firstIndex(where: { $0.date == day }) {
            r = found
        } else {
            instruments.thermometerGroups[g].rounds.append(ThermometerRound(date: day))
            r = instruments.thermometerGroups[g].rounds.count - 1
        }
        var answer = scores
        answer.responseID = ledger.responseIDForAnswering(
            section: id, person: person, instrument: .thermometer,
            round: instruments.thermometerGroups[g].rounds[r].id)
        instruments.thermometerGroups[g].rounds[r].record(answer)
        return answer
    }

    /// Records one member's eleven crosses in the dimensieraamwerk round of `day`, as
    /// `recordThermometer` does for the thermometer.
    @discardableResult
    public mutating func recordDimensions(
        _ crosses: DimensionAnswer, person: UUID, on day: Day, ledger: inout ResponseLedger
    ) -> DimensionAnswer {
        let r: Int
        if let found = instruments.dimensionRounds.firstIndex(where: { $0.date == day }) {
            r = found
        } else {
            instruments.dimensionRounds.append(DimensionRound(date: day))
            r = instruments.dimensionRounds.count - 1
        }
        var answer = crosses
        answer.responseID = ledger.responseIDForAnswering(
            section: id, person: person, instrument: .dimensies, round: instruments.dimensionRounds[r].id)
        instruments.dimensionRounds[r].record(answer)
        return answer
    }
}
