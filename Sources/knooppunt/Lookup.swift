import KnooppuntModel

/// "Open the section, find the thing or fail": the one sentence per thing that a command names and the
/// section does not have (or has more than once), shared by the commands that show, export or change it.
enum Lookup {
    /// The one person `query` names; `changing` adds that nothing was written.
    static func person(_ query: String, in section: Section, slug: String, changing: Bool = false) throws
        -> Person
    {
        let nothing = changing ? say.cliNothingWritten : "."
        switch PersonLookup(section: section).find(query) {
        case .found(let p): return p
        case .notFound:
            throw CommandFailure(
                say.cliNoPerson(section: CommandSupport.shown(slug), query: CommandSupport.shown(query))
                    + nothing)
        case .ambiguous(let hits):
            throw CommandFailure(
                say.cliSeveralPeople(
                    query: CommandSupport.shown(query), count: hits.count,
                    candidates: CommandSupport.candidates(hits))
                    + nothing)
        }
    }

    /// The one initiative `query` names: its id, its title, or a unique part of the title.
    static func initiative(_ query: String, in section: Section, slug: String) throws -> Initiative {
        let hits = TitleMatch.initiatives(in: section, matching: query)
        guard let hit = hits.first else {
            throw CommandFailure(
                say.cliNoInitiative(section: CommandSupport.shown(slug), query: CommandSupport.shown(query)))
        }
        guard hits.count == 1 else {
            throw CommandFailure(
                say.cliSeveralInitiatives(query: CommandSupport.shown(query), count: hits.count))
        }
        return hit
    }

    /// The sociogram's topic named `topic`, or one sentence listing its topics.
    static func topic(_ topic: String, of s: Sociogram) throws -> SociogramTopic {
        guard let found = s.topic(named: topic) else {
            throw CommandFailure(
                say.cliNoTopic(
                    sociogram: CommandSupport.shown(s.name), topic: CommandSupport.shown(topic),
                    topics: s.topics.map(\.name).joined(separator: ", ")))
        }
        return found
    }

    /// The meeting with this number, or one sentence listing the numbers there are.
    static func meeting(_ number: Int, in section: Section, slug: String) throws -> Meeting {
        if let meeting = section.meeting(number: number) { return meeting }
        throw CommandFailure(
            say.noMeeting(
                number, section: CommandSupport.shown(slug),
                numbers: section.meetingsInOrder.map { String($0.number) }))
    }
}
