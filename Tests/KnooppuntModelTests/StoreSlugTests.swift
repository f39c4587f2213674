import Foundation
import Testing

@testable import KnooppuntModel

@Suite struct StoreSlugTests {
    @Test func dutchNamesFoldToPlainLowercaseWords() {
        #expect(SectionStore.slug(for: "Sectie Engels") == "sectie-engels")
        #expect(SectionStore.slug(for: "Sectie Économie") == "sectie-economie")
        #expect(SectionStore.slug(for: "Zoë's ĳsbaan") == "zoe-s-ijsbaan")
        #expect(SectionStore.slug(for: "  --Wiskunde   B-- ") == "wiskunde-b")
        #expect(SectionStore.slug(for: "Straße & Cœur, Ørsted") == "strasse-coeur-orsted")
        #expect(SectionStore.slug(for: "Ｆｕｌｌ ｗｉｄｔｈ ２０２６") == "full-width-2026")
        #expect(SectionStore.slug(for: "Havo 4/5") == "havo-4-5")
    }

    @Test func hostileNamesStayInsideTheDirectory() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        let names = [
            "../x", "/etc/passwd", "..", ".", "a\u{0}b", "\u{0}", String(repeating: "a", count: 10_000),
            "🎉🎉", "🏳️‍🌈", "..\\..\\windows", "~/.ssh/id_rsa", "%2e%2e%2f", "sectie/../../../tmp/x", "\n\r\t",
            ".backup", ".sectie-engels.lock", "CON", "-", "---",
        ]
        for name in names {
            let slug = SectionStore.slug(for: name)
            #expect(SectionStore.isValidSlug(slug), "slug \(slug) of \(name.debugDescription)")
            #expect(slug != "." && slug != ".." && !slug.hasPrefix(".") && !slug.contains("/"))
            #expect(slug.utf8.count <= 60)
            let url = try store.fileURL(for: slug)
            #expect(url.deletingLastPathComponent().path == scratch.directory.path)
        }
        #expect(SectionStore.slug(for: "../x") == "x")
        #expect(SectionStore.slug(for: "/etc/passwd") == "etc-passwd")
        #expect(SectionStore.slug(for: "a\u{0}b") == "a-b")
    }

    @Test func namesWithoutLettersGetAStableHashedFallback() {
        let party = SectionStore.slug(for: "🎉🎉")
        #expect(party.hasPrefix("sectie-"))
        #expect(party.count == "sectie-".count + 8)
        #expect(SectionStore.slug(for: "🎉🎉") == party, "same name, same slug: it is a file name")
        #expect(SectionStore.slug(for: "🎊") != party)
        #expect(SectionStore.slug(for: "").hasPrefix("sectie-"))
        #expect(SectionStore.slug(for: "..").hasPrefix("sectie-"))
        // FNV-1a of the empty input is the offset basis 0xcbf29ce484222325; folded: cbf29ce4 ^ 84222325.
        #expect(SectionSlug.stableHash("") == String(UInt32(0xcbf2_9ce4) ^ UInt32(0x8422_2325), radix: 16))
    }

    @Test func longNamesAreCutAtAWordBoundary() {
        #expect(
            SectionStore.slug(for: String(repeating: "a", count: 10_000)) == String(repeating: "a", count: 60)
        )
        // Ten words of five letters and nine hyphens make 59 characters; an eleventh would make 65.
        let words = Array(repeating: "woord", count: 2_000).joined(separator: " ")
        #expect(SectionStore.slug(for: words) == Array(repeating: "woord", count: 10).joined(separator: "-"))
        // Exactly 60 characters that end on a word stay whole.
        let sixty = String(repeating: "b", count: 29) + " " + String(repeating: "c", count: 30)
        #expect(
            SectionStore.slug(for: sixty) == String(repeating: "b", count: 29) + "-"
                + String(repeating: "c", count: 30))
        // One long word after a short one: cutting at the hyphen would keep only "a", so cut mid-word.
        let lopsided = "a " + String(repeating: "x", count: 100)
        #expect(SectionStore.slug(for: lopsided) == "a-" + String(repeating: "x", count: 58))
    }

    @Test func validSlugAlphabetIsExactlyWhatSlugsProduce() {
        for good in ["a", "sectie-engels", "v4", String(repeating: "z", count: 60)] {
            #expect(SectionStore.isValidSlug(good), "\(good)")
        }
        for bad in [
            "", "-a", "a-", "a--b", "A", "ë", "a b", "a/b", "../a", ".a", "a.json", "a\u{0}",
            String(repeating: "z", count: 61),
        ] {
            #expect(!SectionStore.isValidSlug(bad), "\(bad.debugDescription)")
        }
    }

    @Test func randomNamesAlwaysGiveValidSlugs() {
        var rng = StoreRandom(seed: 2026)
        for _ in 0..<3_000 {
            var name = ""
            for _ in 0..<Int.random(in: 0...40, using: &rng) {
                // Mostly ASCII and Latin-1 punctuation and letters, some anything-goes scalars.
                let value =
                    rng.next() % 4 == 0
                    ? UInt32.random(in: 0...0x10FFFF, using: &rng) : UInt32.random(in: 0...0x17F, using: &rng)
                if let scalar = Unicode.Scalar(value) { name.unicodeScalars.append(scalar) }
            }
            let slug = SectionStore.slug(for: name)
            #expect(SectionStore.isValidSlug(slug), "\(name.debugDescription) → \(slug)")
            #expect(SectionStore.slug(for: name) == slug)
        }
    }
}

/// A small seeded generator (StoreRandom) so that random tests repeat exactly.
struct StoreRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
