import Foundation
import KnooppuntModel

/// The section's meetings as an iCalendar file (RFC 5545) that colleagues subscribe to or import:
/// one VEVENT per dated meeting, held at the school's own clock (Europe/Amsterdam), with the agenda as
/// its description; with tasks, each routine task as a VTODO with its due date.
///
/// A meeting keeps its UID (derived from its id) for ever, and its SEQUENCE rises whenever what the
/// calendar shows changed since the previous export, so a calendar updates the event instead of adding
/// a second one.
public enum CalendarExport {
    public static let timeZone = "Europe/Amsterdam"

    public struct Result: Sendable {
        public var text: String
        public var ledger: CalendarLedger
    }

    public static func render(
        _ section: Section, names: ExportNames, withTasks: Bool, now: Date, ledger previous: CalendarLedger
    ) -> Result {
        var ledger = previous
        var ics = ICalendarLines()
        let w = ReportWording(language: names.language)
        ics.add("BEGIN", "VCALENDAR")
        ics.add("VERSION", "2.0")
        ics.add("PRODID", "-//knooppunt//knooppunt export//" + names.language.rawValue.uppercased())
        ics.add("CALSCALE", "GREGORIAN")
        ics.add("METHOD", "PUBLISH")
        ics.add("X-WR-CALNAME", FormatEscaping.icalendar(section.name))
        ics.add("X-WR-TIMEZONE", timeZone)
        addTimeZone(&ics)
        let stamp = utcStamp(now)
        for meeting in section.meetingsInOrder {
            guard let day = meeting.date else { continue }
            let summary = w.meeting(meeting) + " – " + section.name
            let times = section.times(of: meeting)
            var agenda = AgendaReport.document(section, meeting: meeting, names: names, today: day)
            agenda.blocks.removeFirst(2)  // the title and the date lines repeat what the event shows
            let description = ReportPlainText.render(agenda).trimmingCharacters(in: .whitespacesAndNewlines)
            let sequence = ledger.sequence(
                for: meeting.id,
                fingerprint: CalendarLedger.fingerprint([
                    day.description, times.start.description, times.end.description,
                    meeting.place,
                    summary, description,
                ]))
            ics.add("BEGIN", "VEVENT")
            ics.add("UID", uid(meeting.id))
            ics.add("DTSTAMP", stamp)
            ics.add("DTSTART;TZID=\(timeZone)", local(day, times.start))
            ics.add("DTEND;TZID=\(timeZone)", local(day, times.end))
            ics.add("SEQUENCE", String(sequence))
            ics.add("SUMMARY", FormatEscaping.icalendar(summary))
            if !meeting.place.isEmpty { ics.add("LOCATION", FormatEscaping.icalendar(meeting.place)) }
            ics.add("DESCRIPTION", FormatEscaping.icalendar(description))
            ics.add("STATUS", "CONFIRMED")
            ics.add("END", "VEVENT")
        }
        if withTasks {
            for task in section.routineTasks {
                let owner = names.person(task.ownerID)
                let sequence = ledger.sequence(
                    for: task.id,
                    fingerprint: CalendarLedger.fingerprint([
                        task.text, owner, task.due?.description ?? "", String(task.done),
                    ]))
                ics.add("BEGIN", "VTODO")
                ics.add("UID", uid(task.id))
                ics.add("DTSTAMP", stamp)
                ics.add("SEQUENCE", String(sequence))
                ics.add("SUMMARY", FormatEscaping.icalendar(task.text))
                if !owner.isEmpty {
                    ics.add("DESCRIPTION", FormatEscaping.icalendar(w.words.ownerExport + owner))
                }
                if let due = task.due { ics.add("DUE;VALUE=DATE", compact(due)) }
                ics.add("STATUS", task.done ? "COMPLETED" : "NEEDS-ACTION")
                ics.add("END", "VTODO")
            }
        }
        ics.add("END", "VCALENDAR")
        return Result(text: ics.text, ledger: ledger)
    }

    /// The id as the UID, with a domain part as RFC 5545 recommends, so it cannot clash with another
    /// program's events.
    public static func uid(_ id: UUID) -> String { id.uuidString.lowercased() + "@knooppunt" }

    static func compact(_ day: Day) -> String { String(format: "%04d%02d%02d", day.year, day.month, day.day) }

    static func local(_ day: Day, _ time: ClockTime) -> String {
        compact(day) + String(format: "T%02d%02d00", time.hour, time.minute)
    }

    static func utcStamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", c.year ?? 1970, c.month ?? 1, c.day ?? 1, c.hour ?? 0,
            c.minute ?? 0,
            c.second ?? 0)
    }

    /// The Dutch zone's rules since 1996 (EU summer time: last Sunday of March to last Sunday of
    /// October), written out so that no calendar has to know the zone by name.
    static func addTimeZone(_ ics: inout ICalendarLines) {
        ics.add("BEGIN", "VTIMEZONE")
        ics.add("TZID", timeZone)
        ics.add("BEGIN", "DAYLIGHT")
        ics.add("TZOFFSETFROM", "+0100")
        ics.add("TZOFFSETTO", "+0200")
        ics.add("TZNAME", "CEST")
        ics.add("DTSTART", "19810329T020000")
        ics.add("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        ics.add("END", "DAYLIGHT")
        ics.add("BEGIN", "STANDARD")
        ics.add("TZOFFSETFROM", "+0200")
        ics.add("TZOFFSETTO", "+0100")
        ics.add("TZNAME", "CET")
        ics.add("DTSTART", "19961027T030000")
        ics.add("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        ics.add("END", "STANDARD")
        ics.add("END", "VTIMEZONE")
    }
}
