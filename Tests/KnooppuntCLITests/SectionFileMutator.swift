import Foundation

/// Makes damaged but mostly well-formed section files from a sound one, reproducibly from a seed: the
/// kinds of damage a hand edit, a bad merge or a hostile file brings (extreme numbers, repeated array
/// elements and so repeated ids, missing keys, control characters and very long texts, values of the
/// wrong type). It works on its own small JSON tree: Foundation's `Any` trees made each file cost
/// twenty milliseconds to copy and write, most of the round's time.
struct SectionFileMutator {
    /// SplitMix64: small, fast and the same on every platform, so a seed names one file for ever.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    static let numbers: [String] = [
        "\(Int.max)", "\(Int.min)", "0", "-1", "1", "11", "10000", "\(Int32.max)", "1e300", "-1e300", "0.5",
        "9223372036854775808",
    ]
    static let texts: [String] = [
        "\u{1b}]0;PWNED\u{07}\u{1b}[2J", "\u{9b}31m", "\u{202e}txt.exe", "\u{0}", "\u{7f}\u{85}", "",
        "2026-02-30", "10", "afgerond", "nope", "\u{2067}\u{200f}", "ij\u{301}\u{1F469}\u{200D}\u{1F52C}",
    ]

    var random: Random

    init(seed: UInt64) { random = Random(state: seed) }

    /// The sound file's JSON with one or two kinds of damage.
    mutating func mutate(_ document: JSONTree) -> JSONTree {
        var tree = document
        for _ in 0...random.below(2) { tree = damage(tree, depth: 0) }
        return tree
    }

    /// Goes down to a random place and damages it. Deeper places are chosen more often, since that is
    /// where the ids, dates and enums are.
    private mutating func damage(_ value: JSONTree, depth: Int) -> JSONTree {
        switch value {
        case .object(var members) where !members.isEmpty:
            if depth > 1, random.chance(15) { return damageObject(members) }
            let i = random.below(members.count)
            members[i].value = damage(members[i].value, depth: depth + 1)
            return .object(members)
        case .array(var elements) where !elements.isEmpty:
            if random.chance(35) { return damageArray(elements) }
            let i = random.below(elements.count)
            elements[i] = damage(elements[i], depth: depth + 1)
            return .array(elements)
        default:
            return replacement(for: value)
        }
    }

    private mutating func damageObject(_ members: [(key: String, value: JSONTree)]) -> JSONTree {
        var copy = members
        let i = random.below(copy.count)
        switch random.below(3) {
        case 0: copy.remove(at: i)
        case 1: copy[i].value = .null
        default: copy[i].value = otherType()
        }
        return .object(copy)
    }

    private mutating func damageArray(_ elements: [JSONTree]) -> JSONTree {
        var copy = elements
        switch random.below(4) {
        case 0, 1:
            // Repeats make repeated ids, the most common damage of a merge done by hand.
            let element = copy[random.below(copy.count)]
            for _ in 0...random.below(3) { copy.insert(element, at: random.below(copy.count + 1)) }
        case 2: copy.remove(at: random.below(copy.count))
        default: copy.reverse()
        }
        return .array(copy)
    }

    /// A value of the same type pushed to an extreme, now and then one of another type.
    private mutating func replacement(for value: JSONTree) -> JSONTree {
        if random.chance(10) { return otherType() }
        switch value {
        case .string(let old):
            switch random.below(3) {
            case 0: return .string(Self.texts[random.below(Self.texts.count)])
            case 1:
                let unit = Self.texts[random.below(Self.texts.count)] + "Literatuuronderwijs"
                return .string(String(repeating: unit, count: 200 + random.below(3_000)))
            default: return .string(old + Self.texts[random.below(Self.texts.count)])
            }
        case .number: return .number(Self.numbers[random.below(Self.numbers.count)])
        case .bool(let b): return .bool(!b)
        default: return otherType()
        }
    }

    private mutating func otherType() -> JSONTree {
        switch random.below(6) {
        case 0: return .number(Self.numbers[random.below(Self.numbers.count)])
        case 1: return .string(Self.texts[random.below(Self.texts.count)])
        case 2: return .null
        case 3: return .array([])
        case 4: return .object([])
        default: return .bool(true)
        }
    }
}
