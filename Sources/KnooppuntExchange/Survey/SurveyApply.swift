import Foundation
import KnooppuntModel

extension SurveyImport {
    /// What an import did, for the report.
    public struct Outcome: Hashable, Sendable {
        public var section: Section
        public var respondents: Int
        public var choices: Int
        public var newPeople: [String]
        public var sociogramName: String
        public var measurementDate: Day
        public var measurementCreated: Bool
        /// The topics written, with whether each was new.
        public var topics: [String]
        public var newTopics: [String]
    }

    /// Writes the choices into the section. A respondent's earlier choices for a topic in that
    /// measurement are replaced by their answer, so importing the same file twice changes nothing.
    /// Throws the first problem while there are any: nothing is written from a file with an error.
    public func apply(to original: Section) throws(ImportMessage) -> Outcome {
        if let first = problems.first { throw first }
        var section = original
        var ids: [NameKey: UUID] = [:]
        var newPeople: [String] = []
        var order: [UUID] = []
        let names = matches.keys.sorted {
            let a = places[$0]?.first, b = places[$1]?.first
            return (a?.line ?? 0, a?.column ?? 0, $0.value) < (b?.line ?? 0, b?.column ?? 0, $1.value)
        }
        for key in names {
            switch matches[key] {
            case .person(let id)?:
                ids[key] = id
                if !order.contains(id) { order.append(id) }
            case .unknown? where options.unknown == .add:
                let person = Person(name: spelling[key] ?? key.value)
                section.people.append(person)
                ids[key] = person.id
                order.append(person.id)
                newPeople.append(person.name)
            default: break
            }
        }
        let s: Int
        if let index = target.sociogramIndex {
            s = index
        } else {
            section.networks.sociograms.append(
                Sociogram(name: target.sociogramName, personIDs: original.people.map(\.id)))
            s = section.networks.sociograms.count - 1
        }
        var newTopics: [String] = []
        var topicIDs: [UUID] = []
        for question in table.questions {
            if let topic = section.networks.sociograms[s].topic(named: question.topic) {
                topicIDs.append(topic.id)
                if topic.question.isEmpty,
                    let t = section.networks.sociograms[s].topics.firstIndex(where: { $0.id == topic.id })
                {
                    section.networks.sociograms[s].topics[t].question = question.text
                }
            } else {
                let topic = SociogramTopic(name: question.topic, question: question.text)
                section.networks.sociograms[s].topics.append(topic)
                topicIDs.append(topic.id)
                newTopics.append(question.topic)
            }
        }
        let m: Int
        if let index = target.measurementIndex {
            m = index
        } else {
            // Measurements stay ordered by date, so "the previous measurement" is the earlier one.
            let measurements = section.networks.sociograms[s].measurements
            m = measurements.firstIndex { $0.date > target.measurementDate } ?? measurements.count
            section.networks.sociograms[s].measurements.insert(
                SociogramMeasurement(date: target.measurementDate), at: m)
        }
        var count = 0
        for row in rows {
            guard let from = ids[NameKey(row.respondent)] else { continue }
            for (q, answers) in row.answers.enumerated() {
                let topic = topicIDs[q]
                section.networks.sociograms[s].measurements[m].choices.removeAll {
                    $0.topicID == topic && $0.from == from
                }
                for answer in answers {
                    guard let to = ids[NameKey(answer.name)], to != from,
                        !section.networks.sociograms[s].measurements[m].hasChoice(
                            topic: topic, from: from, to: to)
                    else { continue }
                    section.networks.sociograms[s].measurements[m].choices.append(
                        SociogramChoice(topicID: topic, from: from, to: to))
                    count += 1
                }
            }
        }
        // Everyone named takes part in the sociogram.
        for id in order where !section.networks.sociograms[s].memberIDs.contains(id) {
            section.networks.sociograms[s].personIDs.append(id)
        }
        return Outcome(
            section: section, respondents: rows.filter { ids[NameKey($0.respondent)] != nil }.count,
            choices: count, newPeople: newPeople, sociogramName: section.networks.sociograms[s].name,
            measurementDate: target.measurementDate, measurementCreated: target.measurementIndex == nil,
            topics: table.questions.map(\.topic), newTopics: newTopics)
    }
}
