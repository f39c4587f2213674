import Foundation
import Testing

@testable import KnooppuntModel

/// Kept versions span time: every version of the last 15 minutes, one an hour for two days, one a day
/// for 60 days, and the newest 20 whatever their age.
@Suite struct BackupSpacingTests {
    static func name(_ date: Date, _ revision: Int) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss"
        return "\(f.string(from: date)).000000Z-r\(revision).json"
    }

    @Test func aYearOfSavesEveryTenMinutesThinsToTheSchedule() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        // One save every 10 minutes for 90 days, oldest first.
        let count = 90 * 24 * 6
        let names = (0..<count).map { i in Self.name(now.addingTimeInterval(-Double(count - i) * 600), i + 1)
        }
        let gone = Set(BackupShelf.expendable(names, now: now))
        let kept = names.filter { !gone.contains($0) }
        // Last 15 minutes: 1 (600 s) plus the floor of 20 newest; then 48 hours, 60 days.
        #expect(kept.count <= 20 + 2 + 48 + 60)
        #expect(kept.count >= 48 + 58)
        #expect(kept.suffix(20) == names.suffix(20))
        // Nothing older than 60 days (apart from the newest 20, which are recent here).
        #expect(kept.allSatisfy { now.timeIntervalSince(BackupShelf.date(of: $0)!) <= 60 * 86400 + 600 })
    }

    @Test func everyVersionOfTheLastQuarterHourStays() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let names = (0..<100).map { i in Self.name(now.addingTimeInterval(-Double(100 - i) * 5), i + 1) }
        #expect(BackupShelf.expendable(names, now: now).isEmpty)
    }
}
