import Foundation

/// A school year as the section file keeps it: "2026-2027", two years in a row. Typed also as
/// "2026/2027" or "2026 - 2027"; empty means not set.
public enum SchoolYear {
    /// The year in its one written form, nil when `text` is no school year (a single year, two years
    /// that do not follow each other, letters).
    public static func normalized(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "–" }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isASCII) }),
            let first = Int(parts[0]), let second = Int(parts[1]), second == first + 1,
            (1900...9998).contains(first)
        else { return nil }
        return "\(first)-\(second)"
    }

    /// The school year `day` falls in: a new one starts on 1 August (the summer holiday).
    public static func containing(_ day: Day) -> String {
        let first = day.month >= 8 ? day.year : day.year - 1
        return "\(first)-\(first + 1)"
    }
}
