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
                // below 4 columns there is no room for one.
                while ww > width {
                    let fitting = prefix(of: w, columns: width)
                    if fitting.isEmpty { break }
                    let taken: String
                    var added = ""
                    if let cut = fitting.dropFirst().lastIndex(of: "-") {
                        taken = String(fitting[...cut])
                    } else if width >= 4 {
                        // Dutch "ij" is one letter: never "Literatuuronderwi-" / "js".
                        var head = prefix(of: w, columns: width - 1)
                        if head.count > 1, head.last == "i" || head.last == "I",
                            let next = w.dropFirst(head.count).first, next == "j" || next == "J"
                        {
                            head.removeLast()
                        }
                        taken = head
                        added = "-"
                    } else {
                        taken = fitting
                    }
                    lines.append(taken + added)
                    w = String(w.dropFirst(taken.count))
                    ww = DisplayWidth.of(w)
                }
                line = w
                lineWidth = ww
            }
            lines.append(line)
        }
        return lines
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
