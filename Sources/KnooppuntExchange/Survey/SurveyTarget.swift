import Foundation
import KnooppuntModel

/// Where a survey's choices go: the sociogram, the measurement (by date, existing or new) and per
/// question whether its topic exists. Worked out before anything is written, so the dry run can say it
/// and a missing sociogram or measurement stops the import with the rest of the problems.
public struct SurveyTarget: Hashable, Sendable {
    /// Index into the section's sociograms; nil when the import makes the first one.
    public var sociogramIndex: Int?
    public var sociogramName: String
    public var measurementDate: Day
    /// Index into the sociogram's measurements; nil when the import makes a new one.
    public var measurementIndex: Int?
    /// Per question: the name of its topic and whether the sociogram already has it.
    public var topics: [(name: String, exists: Bool)]
    /// Why there is no target (a sociogram or measurement that does not exist).
    public var problems: [ImportMessage]

    public static func == (a: Self, b: Self) -> Bool {
        a.sociogramIndex == b.sociogramIndex && a.sociogramName == b.sociogramName
            && a.measurementDate == b.measurementDate && a.measurementIndex == b.measurementIndex
            && a.topics.map(\.name) == b.topics.map(\.name)
            && a.topics.map(\.exists) == b.topics.map(\.exists)
            && a.problems == b.problems
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sociogramName)
        hasher.combine(measurementDate)
    }

    static func sociogram(named name: String?, in section: Section) -> Sociogram? {
        guard let name else { return section.networks.sociograms.first }
        return section.networks.sociograms.first { NameKey($0.name) == NameKey(name) }
    }

    init(table: SurveyTable, rows: [SurveyTable.Row], section: Section, options: SurveyOptions, today: Day) {
        problems = []
        let sociograms = section.networks.sociograms
        if let name = options.sociogram {
            sociogramIndex = sociograms.firstIndex { NameKey($0.name) == NameKey(name) }
            if sociogramIndex == nil {
                let list = sociograms.map { "“\($0.name)”" }.joined(separator: ", ")
                problems.append(
                    ImportMessage {
                        list.isEmpty
                            ? $0.surveyNoSociogram(name: name)
                            : $0.surveyNoSociogramOthers(name: name, list: list)
                    })
            }
        } else {
            sociogramIndex = sociograms.isEmpty ? nil : 0
        }
        let sociogram = sociogramIndex.map { sociograms[$0] }
        sociogramName = sociogram?.name ?? options.sociogram ?? "Sociogram"
        let measurements = sociogram?.measurements ?? []
        let times = rows.compactMap(\.completion).map(\.day)
        switch options.measurement {
        case .existing(let day):
            measurementDate = day
            measurementIndex = measurements.lastIndex { $0.date == day }
            if measurementIndex == nil && sociogram != nil || sociogram == nil && options.sociogram == nil {
                let list = measurements.map(\.date.description).joined(separator: ", ")
                let named = sociogramName
                problems.append(
                    ImportMessage {
                        list.isEmpty
                            ? $0.surveyNoMeasurement(sociogram: named, day: day)
                            : $0.surveyNoMeasurementOthers(sociogram: named, day: day, list: list)
                    })
            }
        case .new(let day):
            measurementDate = day
            measurementIndex = measurements.lastIndex { $0.date == day }
        case .automatic:
            if let first = times.min(), let last = times.max() {
                // A survey open for a week is one measurement: the one dated within those days.
                measurementIndex = measurements.lastIndex { first <= $0.date && $0.date <= last }
                measurementDate = measurementIndex.map { measurements[$0].date } ?? last
            } else if let latest = measurements.indices.max(by: {
                measurements[$0].date < measurements[$1].date
            }) {
                // Without times the file says nothing about its date; the latest measurement is the one
                // a second import of the same file finds again.
                measurementIndex = latest
                measurementDate = measurements[latest].date
            } else {
                measurementIndex = nil
                measurementDate = today
            }
        }
        topics = table.questions.map { q in (q.topic, sociogram?.topic(named: q.topic) != nil) }
    }
}
