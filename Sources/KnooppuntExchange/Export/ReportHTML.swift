/// A report as one self-contained HTML5 file: inline CSS (with an A4 print stylesheet) and inline SVG,
/// no scripts and no external resources, so it can be mailed, opened offline and printed as it is.
public enum ReportHTML: ReportFormat {
    public static func render(_ document: ReportDocument) -> String {
        let body = parts(of: document)
        return """
            <!DOCTYPE html>
            <html lang="\(document.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(FormatEscaping.html(document.title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main>
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    static func heading(_ text: String, level: Int) -> String {
        let h = max(1, min(level, 6))
        return "<h\(h)>\(FormatEscaping.html(text))</h\(h)>"
    }

    static func paragraph(_ text: String) -> String { "<p>\(lines(text))</p>" }

    static func remark(_ text: String) -> String { "<p class=\"remark\">\(lines(text))</p>" }

    static func bullets(_ items: [String]) -> String {
        "<ul>\n" + items.map { "<li>\(FormatEscaping.html($0))</li>" }.joined(separator: "\n") + "\n</ul>"
    }

    static func facts(_ facts: [ReportDocument.Fact]) -> String {
        "<dl class=\"facts\">\n"
            + facts.map {
                "<dt>\(FormatEscaping.html($0.label))</dt><dd>\(FormatEscaping.html($0.value))</dd>"
            }
            .joined(separator: "\n") + "\n</dl>"
    }

    /// The SVG comes from this module's own drawing code, which escapes every text it holds.
    static func picture(svg: String, caption: String) -> String? {
        "<figure>\n\(svg)\n<figcaption>\(FormatEscaping.html(caption))</figcaption>\n</figure>"
    }

    static func lines(_ text: String) -> String {
        FormatEscaping.html(text).split(separator: "\n", omittingEmptySubsequences: true).joined(
            separator: "<br>\n")
    }

    static func table(header: [String], rows: [[String]]) -> String {
        var out = "<table>\n<thead><tr>"
        out += header.map { "<th>\(FormatEscaping.html($0))</th>" }.joined()
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out +=
                "<tr>"
                + (0..<header.count).map { i in
                    "<td>\(row.indices.contains(i) ? FormatEscaping.html(row[i]) : "")</td>"
                }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>"
    }

    /// Readable on screen, and on paper one A4 page width with margins; tables and figures are not
    /// split across pages where the printer can avoid it.
    static let style = """
        body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; color: #222; line-height: 1.4; margin: 0; }
        main { max-width: 48em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 1.6em; border-bottom: 2px solid #2b5d8a; padding-bottom: .2em; }
        h2 { font-size: 1.25em; color: #2b5d8a; margin-top: 1.4em; }
        h3 { font-size: 1.05em; }
        table { border-collapse: collapse; width: 100%; margin: .5em 0; }
        th, td { border: 1px solid #bbb; padding: .25em .5em; text-align: left; vertical-align: top; }
        th { background: #e8eef4; }
        dl.facts { display: grid; grid-template-columns: max-content auto; gap: .15em 1em; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        .remark { color: #666; font-style: italic; }
        figure { margin: 1em 0; }
        figure svg { width: 100%; height: auto; }
        figcaption { color: #555; font-size: .9em; }
        @page { size: A4; margin: 18mm 16mm; }
        @media print {
          body { font-size: 10.5pt; }
          main { max-width: none; margin: 0; padding: 0; }
          h2, h3 { break-after: avoid; }
          table, figure, dl { break-inside: avoid; }
          th { background: none; }
        }
        """
}
