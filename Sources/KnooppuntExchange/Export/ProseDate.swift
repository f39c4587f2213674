import KnooppuntModel

/// Dates as readers write them in a sentence: "dinsdag 12 januari 2027", "Tuesday 12 January 2027".
/// Computed from the day number rather than through a `DateFormatter`, so the words never depend on
/// the locales a machine happens to have installed.
public enum ProseDate {
    static let dutchWeekdays = [
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    ]
    static let englishWeekdays = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]
    static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// 0 for Monday … 6 for Sunday. Day 0 of `Day.ordinal` (1970-01-01) was a Thursday.
    public static func weekday(_ day: Day) -> Int {
        ((day.ordinal % 7) + 7 + 3) % 7
    }

    /// "dinsdag 12 januari 2027" or "Tuesday 12 January 2027".
    public static func long(_ day: Day, _ language: ExportLanguage) -> String {
        let weekdays = language == .nl ? dutchWeekdays : englishWeekdays
        return "\(weekdays[weekday(day)]) \(short(day, language))"
    }

    /// "12 januari 2027" or "12 January 2027", without the weekday (tables, due dates).
    public static func short(_ day: Day, _ language: ExportLanguage) -> String {
        let months = language == .nl ? dutchMonths : englishMonths
        let month = months.indices.contains(day.month - 1) ? months[day.month - 1] : String(day.month)
        return "\(day.day) \(month) \(day.year)"
    }
}
