/// A three-way merge of texts line by line (diff3): lines changed on one side only are taken from
/// that side; where both sides changed the same lines differently the merge fails and the caller
/// keeps both versions as a conflict. Texts in a section are short (a note is at most 2,000
/// characters), so a plain longest-common-subsequence table is fast enough.
enum LineMerge {
    /// The merged text, or nil when the two sides changed overlapping lines differently.
    static func merge(base: String, ours: String, theirs: String) -> String? {
        if ours == theirs { return ours }
        if ours == base { return theirs }
        if theirs == base { return ours }
        let b = lines(base), o = lines(ours), t = lines(theirs)
        let mo = matches(b, o), mt = matches(b, t)
        var result: [Substring] = []
        var (ib, io, it) = (0, 0, 0)
        while true {
            // The next base line that both sides kept unchanged is a stable anchor.
            var anchor: (Int, Int, Int)? = nil
            var k = ib
            while k < b.count {
                if let x = mo[k], let y = mt[k], x >= io, y >= it {
                    anchor = (k, x, y)
                    break
                }
                k += 1
            }
            let (eb, eo, et) = anchor ?? (b.count, o.count, t.count)
            let chunkB = Array(b[ib..<eb]), chunkO = Array(o[io..<eo]), chunkT = Array(t[it..<et])
            if chunkO == chunkB {
                result += chunkT
            } else if chunkT == chunkB || chunkO == chunkT {
                result += chunkO
            } else {
                return nil
            }
            guard let (ab, ao, at) = anchor else { break }
            result.append(b[ab])
            (ib, io, it) = (ab + 1, ao + 1, at + 1)
        }
        return result.joined(separator: "\n")
    }

    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// For each base line, the index of the line it matches on the other side (longest common
    /// subsequence), or nil.
    static func matches(_ a: [Substring], _ b: [Substring]) -> [Int?] {
        let n = a.count, m = b.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] =
                        a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var result = [Int?](repeating: nil, count: n)
        var (i, j) = (0, 0)
        while i < n && j < m {
            if a[i] == b[j] {
                result[i] = j
                i += 1
                j += 1
            } else if table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }
}
