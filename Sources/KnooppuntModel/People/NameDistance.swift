/// How far apart two names are as typed: the number of letters to insert, delete or replace to turn one
/// into the other (Levenshtein), with a swap of two neighbouring letters counted as one edit, since that
/// is the commonest slip when typing a colleague's name ("Oztruk" for "Ozturk").
///
/// Callers compare folded names (`PersonLookup.fold`), so case, accents and IJ never count as edits.
public enum NameDistance {
    public static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        // Three rows of the table are enough: the swap looks two rows back.
        var before = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let replace = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                var best = min(previous[j] + 1, current[j - 1] + 1, replace)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    best = min(best, before[j - 2] + 1)
                }
                current[j] = best
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[y.count]
    }

    /// The most edits a name of `length` letters may be away from a real one and still be offered as "did
    /// you mean": one for short names (a first name of four letters), two up to ten letters, three beyond.
    /// Wider would offer strangers: "Anna" is two edits from "Anne" and from "Hanna".
    public static func tolerance(forLength length: Int) -> Int {
        length <= 5 ? 1 : length <= 10 ? 2 : 3
    }
}
