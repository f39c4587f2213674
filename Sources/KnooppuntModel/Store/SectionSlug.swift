/// File names for sections. A slug is the only user-derived part of any path the store builds, so its
/// alphabet is tiny: lowercase ASCII letters, digits and single inner hyphens, at most 60 characters.
/// That alphabet cannot spell `.`, `..`, `/`, NUL, a hidden file or anything else with a meaning to the
/// file system, and it never collides with the store's own entries (which all start with a dot).
enum SectionSlug {
    static let maximumLength = 60
    /// For names that fold to nothing (emoji, CJK, punctuation): the prefix of the hashed fallback.
    static let fallbackPrefix = "sectie"

    /// "Sectie Économie" → "sectie-economie"; "🎉" → "sectie-" + 8 hex digits of a stable hash.
    static func make(from name: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in folded(name) {
            let isWordCharacter = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isWordCharacter {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
                // Long names: stop once we have enough; the cut below picks a word boundary.
                if slug.utf8.count > maximumLength { break }
            } else {
                pendingHyphen = true
            }
        }
        if slug.utf8.count > maximumLength {
            let head = String(slug.prefix(maximumLength + 1))
            // The character just past the limit being a hyphen means the first 60 end on a whole word.
            // A hyphen in the first half only would throw away most of the name; cut mid-word then.
            if let cut = head.lastIndex(of: "-"),
                head.distance(from: head.startIndex, to: cut) >= maximumLength / 2
            {
                slug = String(head[..<cut])
            } else {
                slug = String(head.prefix(maximumLength))
            }
        }
        if slug.isEmpty {
            slug = fallbackPrefix + "-" + stableHash(name)
        }
        return slug
    }

    /// True for exactly the strings `make(from:)` can return (and hand-made files that look the same).
    static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= maximumLength, bytes.first != UInt8(ascii: "-"),
            bytes.last != UInt8(ascii: "-")
        else { return false }
        var previous: UInt8 = 0
        for b in bytes {
            let word =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
            if !word && b != UInt8(ascii: "-") { return false }
            if b == UInt8(ascii: "-") && previous == UInt8(ascii: "-") { return false }
            previous = b
        }
        return true
    }

    /// Lowercased Unicode scalars with diacritics removed. Compatibility decomposition (NFKD) splits
    /// "ë" into "e" + diaeresis and the Dutch "ĳ" ligature into "ij"; the combining marks are dropped.
    /// A few Latin letters have no decomposition and get their usual ASCII spelling.
    private static func folded(_ name: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for scalar in name.decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            if let spelled = asciiSpelling[scalar] {
                out.append(contentsOf: spelled.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return out
    }

    private static let asciiSpelling: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]

    /// FNV-1a over the UTF-8 bytes: the same name gives the same fallback slug on every machine and every
    /// run (Swift's `hashValue` is seeded per process, so it will not do).
    static func stableHash(_ name: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let hex = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
