import Foundation
import KnooppuntModel

/// A completion or start time as form tools and spreadsheets write it, read to the second:
///
/// - Microsoft Forms through Dutch Excel: "15-1-2027 09:02:11", "15-1-2027 9:02";
/// - through English (US) Excel: "1/15/2027 9:02:11 AM", "1/15/27 9:02";
/// - Google Forms' own download: "2027/01/15 9:02:11 AM CET", "2027/01/15 9:02:11 a.m. GMT+1";
/// - LimeSurvey and ISO: "2027-01-15 09:02:11", "2027-01-15T09:02:11Z".
///
/// A zone after the time is ignored: the date of a measurement is the day as the school saw it. Whether
/// "3/4/2027" is the 3rd of April or the 4th of March is decided per column (`dayFirst`), never per cell.
public struct SurveyTimestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var day: Day
    /// Seconds since midnight.
    public var second: Int

    public init(day: Day, second: Int = 0) { (self.day, self.second) = (day, second) }

    public static func < (a: Self, b: Self) -> Bool { (a.day, a.second) < (b.day, b.second) }

    public var description: String {
        String(format: "%@ %02d:%02d", day.description, second / 3600, second / 60 % 60)
    }

    /// The parts of a date before the order of day and month is known.
    struct Parts {
        var first: Int, second: Int, year: Int
        var yearFirst: Bool
        var separator: Character
        var seconds: Int
    }

    static func parts(_ text: String) -> Parts? {
        var tokens = text.trimmingCharacters(in: .whitespaces)
            .split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
        // ISO's "2027-01-15T09:02:11Z" is one token.
        if tokens.count == 1, let t = tokens[0].firstIndex(of: "T") {
            tokens = [String(tokens[0][..<t]), String(tokens[0][tokens[0].index(after: t)...])]
        }
        guard let date = tokens.first else { return nil }
        guard let separator = date.first(where: { "-/.".contains($0) }) else { return nil }
        let numbers = date.split(separator: separator, omittingEmptySubsequences: false)
        guard numbers.count == 3, numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
            let a = Int(numbers[0]), let b = Int(numbers[1]), let c = Int(numbers[2])
        else { return nil }
        var seconds = 0
        if tokens.count > 1 {
            guard let time = clock(tokens[1], meridiem: tokens.count > 2 ? tokens[2] : "") else { return nil }
            seconds = time
        }
        if numbers[0].count == 4 {
            return Parts(
                first: b, second: c, year: a, yearFirst: true, separator: separator, seconds: seconds)
        }
        guard numbers[2].count == 4 || numbers[2].count == 2 else { return nil }
        let year = numbers[2].count == 2 ? 2000 + c : c
        return Parts(
            first: a, second: b, year: year, yearFirst: false, separator: separator, seconds: seconds)
    }

    /// "9:02", "09:02:11", "9:02:11.5", with "AM"/"PM" (also "a.m.", "p.m.") as the next word.
    static func clock(_ text: String, meridiem: String) -> Int? {
        var core = text
        if let z = core.firstIndex(where: { $0 == "Z" || $0 == "+" }) { core = String(core[..<z]) }
        let parts = core.split(separator: ":").map { $0.split(separator: ".").first.map(String.init) ?? "" }
        guard (2...3).contains(parts.count), let h = Int(parts[0]), let m = Int(parts[1]),
            (0...59).contains(m)
        else { return nil }
        let s = parts.count == 3 ? Int(parts[2]) : 0
        guard let s, (0...60).contains(s) else { return nil }
        var hour = h
        switch meridiem.lowercased().filter({ $0 != "." }) {
        case "am", "vm":
            guard (1...12).contains(h) else { return nil }
            hour = h % 12
        case "pm", "nm":
            guard (1...12).contains(h) else { return nil }
            hour = h % 12 + 12
        default:
            guard (0...23).contains(h) else { return nil }
        }
        return hour * 3600 + m * 60 + min(s, 59)
    }

    /// Whether the cells of one time column put the day before the month. A cell with a first number
    /// above 12 decides for day first, a second number above 12 for month first; otherwise the Dutch
    /// separators `-` and `.` mean day first, and `/` means month first under an English header (US
    /// Excel) and day first under a Dutch one. Year-first cells say nothing: they are always y-m-d.
    public static func dayFirst(_ cells: [String], englishHeader: Bool) -> Bool {
        let all = cells.compactMap(parts).filter { !$0.yearFirst }
        if all.contains(where: { $0.first > 12 }) { return true }
        if all.contains(where: { $0.second > 12 }) { return false }
        if let slash = all.first?.separator, slash == "/" { return !englishHeader }
        return true
    }

    /// The time in `text`, nil when it is not a date (with or without a time) written as above.
    public init?(_ text: String, dayFirst: Bool) {
        guard let p = Self.parts(text) else { return nil }
        let d: Int, m: Int
        if p.yearFirst {
            (d, m) = (p.second, p.first)
        } else if dayFirst {
            (d, m) = (p.first, p.second)
        } else {
            (d, m) = (p.second, p.first)
        }
        guard let day = Day(String(format: "%04d-%02d-%02d", p.year, m, d)) else { return nil }
        self.init(day: day, second: p.seconds)
    }
}
