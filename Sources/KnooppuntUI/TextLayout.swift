/// Fitting user text into columns: word wrapping and truncation by display width, never by count.
public enum TextLayout {
    /// Cuts `text` to at most `width` columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        let clean = SafeText.clean(text)
        guard width > 0 else { return "" }
        if DisplayWidth.of(clean) <= width { return clean }
        var out = ""
        var used = 0
        for ch in clean {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
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
                // A word longer than the line is broken with a hyphen, as a reader expects of a
                // broken word ("Literatuuron-" / "derwijs"); below 4 columns there is no room for one.
                let hyphen = width >= 4 ? 1 : 0
                while ww > width {
                    var head = ""
                    var hw = 0
                    var rest = Substring(w)
                    while let c = rest.first, hw + DisplayWidth.of(c) <= width - hyphen {
                        head.append(c)
                        hw += DisplayWidth.of(c)
                        rest = rest.dropFirst()
                    }
                    if head.isEmpty { break }
                    lines.append(hyphen == 1 ? head + "-" : head)
                    w = String(rest)
                    ww = DisplayWidth.of(w)
                }
                line = w
                lineWidth = ww
            }
            lines.append(line)
        }
        return lines
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
