import KnooppuntWords

/// The sentences that say what a command names is not there, or fits more than one: a meeting, a
/// network, a thermometer group, an initiative. Each names what there is instead.
extension Words {
    func noMeeting(_ number: Int, section: String, numbers: [String]) -> String {
        numbers.isEmpty
            ? cliNoMeetingYet(section: section, number: number)
            : cliNoMeetingAmong(section: section, number: number, numbers: numbers.joined(separator: ", "))
    }
    /// Only a sociogram can also come from a survey, and it has its own screen.
    func noNetworkYet(_ kind: NetworkKind, section: String) -> String {
        kind == .sociogram
            ? cliNoSociogramYet(section: section) : cliNoNetworkYet(section: section, kind: kind.words(self))
    }
    func noNetwork(_ kind: NetworkKind, named: String, section: String, list: String) -> String {
        cliNoNetworkNamed(section: section, kind: kind.words(self), name: named, list: list)
    }
    func severalNetworks(_ kind: NetworkKind, named: String, list: String) -> String {
        cliSeveralNetworks(name: named, kind: kind.words(self), list: list)
    }
    func noThermometerGroup(_ group: String, section: String) -> String {
        cliNoThermometerGroup(section: section, group: group)
    }
    func noThermometerGroup(_ group: String, section: String, groups: [String]) -> String {
        groups.isEmpty
            ? cliNoThermometerGroupBesidesSection(section: section, group: group)
            : cliNoThermometerGroupAmong(
                section: section, group: group, groups: groups.joined(separator: ", "))
    }
    func stepNoInitiative(_ query: String, section: String, titles: [String]) -> String {
        titles.isEmpty
            ? cliNoInitiativeYet(section: section, query: query)
            : cliNoInitiativeAmong(section: section, query: query, titles: titles.joined(separator: ", "))
    }
    func stepSeveralInitiatives(_ query: String, candidates: [String]) -> String {
        cliStepSeveralInitiatives(
            query: query, count: candidates.count, candidates: candidates.joined(separator: ", "))
    }
}
