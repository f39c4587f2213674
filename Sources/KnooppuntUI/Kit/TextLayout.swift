/// Fitting user text into columns: word wrapping and truncation by display width, never by count.
public enum TextLayout {
    /// Cuts `text` to at most `width` columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        let clean = SafeText.clean(text)
        guard width > 0 else { return "" }
        if DisplayWidth.of(clean) <= width { return clean }
        return prefix(of: clean, columns: width - 1) + "…"
    }

    /// Breaks `text` into lines of at most `width` columns at spaces; words longer than a line are broken
    /// with a hyphen.
    /// Line breaks in the text are kept.
    public static func wrap(_ text: String, width: Int, breakLongWords: Bool = true) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in SafeText.clean(String(paragraph)).split(
                separator: " ", omittingEmptySubsequences: true)
            {
                var w = String(word)
                var ww = DisplayWidth.of(w)
                if lineWidth > 0, lineWidth + 1 + ww <= width {
                    line += " " + w
                    lineWidth += 1 + ww
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                if ww > width, !breakLongWords {
                    w = truncate(w, width: width)
                    ww = DisplayWidth.of(w)
                }
                // A word longer than the line breaks after a hyphen it already has ("2026-09-" /
                // "25"), else with a hyphen added, as a reader expects ("Literatuuron-" / "derwijs");
                // below 4 columns there is no room for one. The word is walked once, by index, so a
                // pasted megabyte without spaces takes time in proportion to its length.
                if ww > width {
                    let rest = breakLongWord(Array(w), width: width, into: &lines)
                    w = String(rest.characters)
                    ww = rest.width
                }
                line = w
                lineWidth = ww
            }
            lines.append(line)
        }
        return lines
    }

    /// Appends the full lines of a word wider than `width` to `lines` and returns what is left for the
    /// last line, with its width. Each step looks at no more than one line's characters.
    private static func breakLongWord(_ chars: [Character], width: Int, into lines: inout [String])
        -> (characters: ArraySlice<Character>, width: Int)
    {
        var start = 0
        var remaining = chars.reduce(0) { $0 + DisplayWidth.of($1) }
        // The end index of the longest run from `start` that fits in `columns` columns.
        func fittingEnd(_ columns: Int) -> Int {
            var end = start
            var used = 0
            while end < chars.count {
                let w = DisplayWidth.of(chars[end])
                if used + w > columns { break }
                used += w
                end += 1
            }
            return end
        }
        while remaining > width {
            let end = fittingEnd(width)
            if end == start { break }
            var taken: Int
            var added = ""
            if let cut = chars[start..<end].dropFirst().lastIndex(of: "-") {
                taken = cut + 1
            } else if width >= 4 {
                // Dutch "ij" is one letter: never "Literatuuronderwi-" / "js".
                taken = fittingEnd(width - 1)
                if taken - start > 1, chars[taken - 1] == "i" || chars[taken - 1] == "I",
                    taken < chars.count, chars[taken] == "j" || chars[taken] == "J"
                {
                    taken -= 1
                }
                added = "-"
            } else {
                taken = end
            }
            lines.append(String(chars[start..<taken]) + added)
            remaining -= chars[start..<taken].reduce(0) { $0 + DisplayWidth.of($1) }
            start = taken
        }
        return (chars[start...], remaining)
    }

    /// The longest start of `text` that fits in `columns` columns.
    static func prefix(of text: String, columns: Int) -> String {
        var out = ""
        var used = 0
        for c in text {
            let w = DisplayWidth.of(c)
            if used + w > columns { break }
            out.append(c)
            used += w
        }
        return out
    }

    /// Pads or cuts to exactly `width` columns.
    public static func fit(_ text: String, width: Int) -> String {
        let t = truncate(text, width: width)
        return t + String(repeating: " ", count: max(0, width - DisplayWidth.of(t)))
    }

    /// The first visible index of a list of `count` rows shown `visible` at a time, paging so that
    /// `selected` is on screen; paging (rather than scrolling one by one) keeps rows in place.
    public static func pageStart(selected: Int, visible: Int, count: Int) -> Int {
        guard visible > 0, count > visible else { return 0 }
        let page = max(0, selected) / visible
        return min(page * visible, max(0, count - visible))
    }
}
