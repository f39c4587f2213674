#!/usr/bin/env python3
"""Reads every export of `knooppunt export` back with a real consumer of its format.

NetworkX reads the GraphML and the GEXF (1.2 and 1.3) and must find the section's own people, ties and
attributes; Graphviz renders the DOT; rsvg-convert renders the SVG to a PNG that is not blank; the
`icalendar` package parses the calendar, no line is longer than 75 octets, and after a meeting moves its
UID stays and its SEQUENCE rises; markdown-it-py reads the Markdown and html5lib (strict) the HTML.
A section with hostile names checks the escaping of every format, and --pseudonyms that no real name
leaks and the same person gets the same pseudonym everywhere.

A reader that is not installed is reported as SKIPPED with the reason, never counted as a pass; with
--require-all a skip fails the run.

Usage: export_check.py path/to/knooppunt [--require-all]
"""
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile

from export_support import (
    RESULTS,
    Knooppunt,
    check,
    events,
    ics_lines,
    need_module,
    need_tool,
    png_is_blank,
)


def expected_sociogram(section):
    """Members, names and positive ties of the first sociogram's latest measurement."""
    s = section["networks"]["sociograms"][0]
    people = {p["id"]: p for p in section["people"]}
    members = [i for i in s["personIDs"]] + [o["id"] for o in s.get("outsiders", [])]
    names = {i: people[i]["name"] if i in people else next(o["name"] for o in s["outsiders"] if o["id"] == i) for i in members}
    negative_topics = {t["id"] for t in s["topics"] if t.get("isNegative")}
    m = s["measurements"][-1]
    ties = {
        (c["from"].lower(), c["to"].lower())
        for c in m["choices"]
        if not c.get("negative") and c["topicID"] not in negative_topics
    }
    return s, {i.lower() for i in members}, {i.lower(): n for i, n in names.items()}, ties


def check_graph(g, section):
    s, members, names, ties = expected_sociogram(section)
    assert set(g.nodes) == members, f"nodes differ: {set(g.nodes) ^ members}"
    assert set(g.edges) == ties, f"ties differ: {set(g.edges) ^ ties}"
    for node, data in g.nodes(data=True):
        assert data.get("label") == names[node], f"label of {node}: {data.get('label')!r} != {names[node]!r}"
    people = {p["id"].lower(): p for p in section["people"]}
    for node, data in g.nodes(data=True):
        if node in people:
            for key, value in people[node]["attributes"].items():
                assert data.get(key) == value, f"attribute {key} of {node}: {data.get(key)!r} != {value!r}"
            indegree = sum(1 for a, b in ties if b == node)
            assert int(data.get("indegree")) == indegree, f"indegree of {node}"


@check("GraphML read by NetworkX: nodes, ties and attributes equal the section's")
def graphml(k, section):
    nx = need_module("networkx", "networkx")
    text = k.export("network", "--section", "sectie-engels", "--sociogram", "Sociogram", "--format", "graphml")
    g = nx.read_graphml(io.BytesIO(text.encode("utf-8")))
    assert g.is_directed()
    check_graph(g, section)
    some = next(iter(g.nodes(data=True)))[1]
    assert isinstance(some["x"], float) and isinstance(some["indegree"], int), "typed keys were not typed"


@check("GEXF 1.2 read by NetworkX: nodes, ties, attributes and positions")
def gexf12(k, section):
    nx = need_module("networkx", "networkx")
    text = k.export(
        "network", "--section", "sectie-engels", "--sociogram", "Sociogram", "--format", "gexf", "--gexf", "1.2"
    )
    g = nx.read_gexf(io.BytesIO(text.encode("utf-8")), version="1.2draft")
    check_graph(g, section)
    for _, data in g.nodes(data=True):
        assert "position" in data.get("viz", {}) and "color" in data["viz"], "viz position or colour missing"


@check("GEXF 1.3 read by NetworkX")
def gexf13(k, section):
    nx = need_module("networkx", "networkx")
    text = k.export("network", "--section", "sectie-engels", "--sociogram", "Sociogram", "--format", "gexf")
    assert 'version="1.3"' in text
    g = nx.read_gexf(io.BytesIO(text.encode("utf-8")), version="1.3")
    check_graph(g, section)
    text = k.export("network", "--section", "sectie-engels", "--ecogram", "Gemma", "--format", "gexf")
    nx.read_gexf(io.BytesIO(text.encode("utf-8")), version="1.3")


@check("DOT rendered by Graphviz (dot and neato -n with the saved positions)")
def dot(k, section):
    need_tool("dot", "graphviz")
    for subject in (["--sociogram", "Sociogram"], ["--ecogram", "Gemma"], ["--analysis", "Literatuur"]):
        text = k.export("network", "--section", "sectie-engels", *subject, "--format", "dot")
        for engine in (["dot", "-Tsvg"], ["neato", "-n", "-Tsvg"]):
            p = subprocess.run(engine, input=text, capture_output=True, text=True)
            assert p.returncode == 0 and "<svg" in p.stdout, f"{' '.join(engine)}: {p.stderr.strip()}"
            assert "Warning" not in p.stderr and "Error" not in p.stderr, p.stderr.strip()


@check("SVG rendered by rsvg-convert to a PNG that is not blank")
def svg(k, section):
    need_tool("rsvg-convert", "librsvg2-bin")
    with tempfile.TemporaryDirectory() as tmp:
        for subject in (["--sociogram", "Sociogram"], ["--ecogram", "Gemma"], ["--analysis", "Literatuur"]):
            path = os.path.join(tmp, "picture.svg")
            k.run("export", "network", "--section", "sectie-engels", *subject, "--format", "svg", "-o", path)
            png = os.path.join(tmp, "picture.png")
            p = subprocess.run(["rsvg-convert", "-w", "600", path, "-o", png], capture_output=True, text=True)
            assert p.returncode == 0, p.stderr.strip()
            with open(png, "rb") as f:
                assert not png_is_blank(f.read()), f"the PNG of {subject} is blank"
            with open(path, encoding="utf-8") as f:
                text = f.read()
            assert 'width="297mm"' in text and "marker-end" in text, "not sized for A4 or no arrowheads"


@check("iCalendar parsed by icalendar: lines ≤ 75 octets, UID kept and SEQUENCE rising after a date change")
def calendar(k, section):
    need_module("icalendar", "icalendar")
    raw = k.export_bytes("calendar", "--section", "sectie-engels", "--with-tasks")
    ics_lines(raw)
    first, cal = events(raw)
    dated = [m for m in section["meetings"] if m.get("date")]
    assert len(first) == len(dated), f"{len(first)} events for {len(dated)} dated meetings"
    assert cal.walk("VTIMEZONE") and str(cal.walk("VTIMEZONE")[0]["TZID"]) == "Europe/Amsterdam"
    assert len(cal.walk("VTODO")) == len(section["routineTasks"]), "not every routine task became a VTODO"
    for e in first.values():
        assert e["DTSTART"].dt.tzinfo is not None and "Amsterdam" in str(e["DTSTART"].dt.tzinfo)
        assert int(e["SEQUENCE"]) == 0
    again, _ = events(k.export_bytes("calendar", "--section", "sectie-engels"))
    assert all(int(e["SEQUENCE"]) == 0 for e in again.values()), "SEQUENCE rose without a change"

    document = k.load()
    moved = document["section"]["meetings"][2]
    moved["date"] = "2026-12-08"
    k.save(document)
    after, _ = events(k.export_bytes("calendar", "--section", "sectie-engels"))
    uid = moved["id"].lower() + "@knooppunt"
    assert set(after) == set(first), "UIDs changed after a date change"
    assert int(after[uid]["SEQUENCE"]) == 1, f"SEQUENCE of the moved meeting is {after[uid]['SEQUENCE']}"
    assert after[uid]["DTSTART"].dt.day == 8
    others = [u for u in after if u != uid]
    assert all(int(after[u]["SEQUENCE"]) == 0 for u in others), "unchanged meetings got a new SEQUENCE"


REPORTS = [
    ["agenda", "--meeting", "3"],
    ["minutes", "--meeting", "2"],
    ["jaaragenda"],
    ["initiative", "--initiative", "Literatuuronderwijs"],
]


@check("Markdown read by markdown-it-py (CommonMark, tables as GFM pipe tables)")
def markdown(k, section):
    markdown_it = need_module("markdown_it", "markdown-it-py")
    md = markdown_it.MarkdownIt("commonmark").enable("table")
    for report in REPORTS:
        for lang in ("nl", "en"):
            text = k.export(*report, "--section", "sectie-engels", "--format", "md", "--lang", lang)
            tokens = md.parse(text)
            kinds = {t.type for t in tokens}
            assert "heading_open" in kinds, f"{report[0]}: no heading"
            assert "html_inline" not in kinds and "html_block" not in kinds, f"{report[0]}: raw HTML"
            if report[0] in ("agenda", "jaaragenda"):
                assert "table_open" in kinds, f"{report[0]}: the table did not parse as a table"


@check("HTML read by html5lib in strict mode, self-contained, with an A4 print stylesheet")
def html(k, section):
    html5lib = need_module("html5lib", "html5lib")
    for report in REPORTS:
        text = k.export(*report, "--section", "sectie-engels", "--format", "html")
        html5lib.HTMLParser(strict=True).parse(text)
        if report[0] == "initiative":
            assert "<svg" in text, "the initiative page lacks its network analysis picture"
        assert "@page" in text and "A4" in text, f"{report[0]}: no A4 print stylesheet"
        for external in ("src=", "href=", "<script", "<link", "@import"):
            assert external not in text, f"{report[0]}: external resource or script ({external})"
        # url(#arrow0) points inside the page (an inline SVG's arrowhead); anything else would load.
        assert not re.search(r"url\((?!#)", text), f"{report[0]}: a url() outside the page"


HOSTILE = '<b>"Evil" & Co</b>; =1+1, back\\slash'


@check("Escaping: hostile names survive HTML, XML, DOT, iCalendar, Markdown and CSV as text")
def escaping(k, section):
    document = k.load()
    s = document["section"]
    s["people"][0]["name"] = HOSTILE
    s["initiatives"][0]["title"] = "=HYPERLINK(\"x\") <script>alert(1)</script>"
    s["meetings"][0]["place"] = "Room 1; wing B, \\ north"
    k.save(document)
    title = s["initiatives"][0]["title"]
    done = []
    try:
        html5lib = __import__("html5lib")
        page = k.export("initiative", "--section", "sectie-engels", "--initiative", s["initiatives"][0]["id"], "--format", "html")
        tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)
        assert tree.find(".//h1").text == title and "<script" not in page
        done.append("html")
    except ImportError:
        pass
    try:
        nx = __import__("networkx")
        g = nx.read_graphml(io.BytesIO(k.export("network", "--section", "sectie-engels", "--sociogram", "S", "--format", "graphml").encode()))
        assert HOSTILE in {d["label"] for _, d in g.nodes(data=True)}
        done.append("graphml")
    except ImportError:
        pass
    if shutil.which("dot"):
        text = k.export("network", "--section", "sectie-engels", "--sociogram", "S", "--format", "dot")
        p = subprocess.run(["dot", "-Tsvg"], input=text, capture_output=True, text=True)
        assert p.returncode == 0, p.stderr
        done.append("dot")
    try:
        icalendar = __import__("icalendar")
        raw = k.export_bytes("calendar", "--section", "sectie-engels")
        ics_lines(raw)
        cal = icalendar.Calendar.from_ical(raw)
        places = {str(e.get("LOCATION")) for e in cal.walk("VEVENT")}
        assert "Room 1; wing B, \\ north" in places, places
        done.append("icalendar")
    except ImportError:
        pass
    try:
        markdown_it = __import__("markdown_it")
        page = k.export("initiative", "--section", "sectie-engels", "--initiative", s["initiatives"][0]["id"])
        tokens = markdown_it.MarkdownIt("commonmark").enable("table").parse(page)
        assert not any(t.type.startswith("html") for t in tokens), "user text became raw HTML"
        heading = next(t for i, t in enumerate(tokens) if i > 0 and tokens[i - 1].type == "heading_open")
        assert heading.content.replace("\\", "") == title.replace("\\", ""), heading.content
        rendered = markdown_it.MarkdownIt("commonmark").render(page)
        assert "<script>" not in rendered
        done.append("markdown")
    except ImportError:
        pass
    text = k.export("jaaragenda", "--section", "sectie-engels", "--format", "csv")
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert not any(c[:1] in "=+-@" and c for c in cells), "a CSV cell starts a formula"
    assert "'" + title in cells
    text = k.export("network", "--section", "sectie-engels", "--sociogram", "S", "--format", "csv")
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert not any(c[:1] in "=+@" and c for c in cells), "a CSV cell starts a formula"
    done.append("csv")
    print(f"        (escaping checked for {', '.join(done)})")


@check("--pseudonyms: no real name in any format, the same pseudonym everywhere")
def pseudonyms(k, section):
    names = [p["name"] for p in section["people"]]
    outputs = {
        "md": k.export("agenda", "--section", "sectie-engels", "--meeting", "3", "--pseudonyms"),
        "graphml": k.export("network", "--section", "sectie-engels", "--sociogram", "S", "--format", "graphml", "--pseudonyms"),
        "svg": k.export("network", "--section", "sectie-engels", "--ecogram", "Gemma", "--format", "svg", "--pseudonyms"),
        "ics": k.export("calendar", "--section", "sectie-engels", "--with-tasks", "--pseudonyms"),
        "csv": k.export("network", "--section", "sectie-engels", "--sociogram", "S", "--format", "csv", "--pseudonyms"),
    }
    for kind, text in outputs.items():
        unfolded = text.replace("\r\n ", "").replace("\n ", "")
        for name in names:
            assert name not in unfolded, f"{name} appears in the {kind} export"
    owner = next(t["ownerID"] for t in section["routineTasks"] if t.get("ownerID"))
    rows = list(csv.DictReader(io.StringIO(outputs["csv"])))
    pseudonym = next((r["label"] for r in rows if r["id"] == owner.lower()), None)
    if pseudonym:
        assert pseudonym in outputs["graphml"] and pseudonym in outputs["ics"].replace("\r\n ", "").replace("\n ", "")


@check("Sensitive data: negative ties only with --sensitive, private notes only with --private")
def sensitive(k, section):
    document = k.load()
    s = document["section"]
    eco = s["networks"]["ecograms"][0]
    eco["ties"][0]["relations"] = ["R"]
    s["people"][1]["privateNote"] = "PRIVATE-MARKER"
    k.save(document)
    plain = k.export("network", "--section", "sectie-engels", "--ecogram", "Gemma", "--format", "graphml")
    assert ">R<" not in plain and "PRIVATE-MARKER" not in plain
    shown = k.export("network", "--section", "sectie-engels", "--ecogram", "Gemma", "--format", "graphml", "--sensitive")
    assert ">R<" in shown
    private = k.export("network", "--section", "sectie-engels", "--sociogram", "S", "--format", "csv", "--private")
    assert "PRIVATE-MARKER" in private
    for report in REPORTS:
        assert "PRIVATE-MARKER" not in k.export(*report, "--section", "sectie-engels")


@check("A bad request writes no file and says one sentence")
def bad_requests(k, section):
    with tempfile.TemporaryDirectory() as tmp:
        target = os.path.join(tmp, "out.txt")
        for args in (
            ["agenda", "--meeting", "99"],
            ["minutes", "--meeting", "1", "--format", "txt"],
            ["initiative", "--initiative", "no such thing"],
            ["network", "--sociogram", "nope", "--format", "svg"],
            ["network", "--ecogram", "Gemma", "--format", "pdf"],
        ):
            # The command line speaks Dutch by default and English with --lang en: one sentence in each.
            for lang, start in ((None, "Fout: "), ("en", "Error: ")):
                extra = ["--lang", lang] if lang else []
                p = k.run("export", *args, "--section", "sectie-engels", "-o", target, *extra, ok=False)
                assert p.returncode != 0, f"{args} succeeded"
                assert not os.path.exists(target), f"{args} wrote a file"
                lines = [l for l in p.stderr.splitlines() if l.strip()]
                assert len(lines) == 1 and lines[0].startswith(start), f"{args} {extra}: {p.stderr!r}"


INSTRUMENT_REPORTS = [["thermometer"], ["dimensies"], ["review"], ["interventies"]]


@check("Instrument exports: Markdown and HTML parse, CSV holds aggregates only and nothing below three answers")
def instruments(k, section):
    names = [p["name"] for p in section["people"]]
    people = names[:3]
    k.run("thermometer", "--section", "sectie-engels", "--person", people[0], "--scores", "1,2,3,4", "--date", "2026-10-01")
    k.run("thermometer", "--section", "sectie-engels", "--person", people[1], "--scores", "5,5,5,5", "--date", "2026-10-01")
    rows = list(csv.DictReader(io.StringIO(k.export("thermometer", "--section", "sectie-engels", "--format", "csv", "--lang", "en"))))
    assert rows and all(r["answers"] == "2" for r in rows), rows[:2]
    assert all(r["mean"] == "" and all(r[str(n)] == "" for n in range(1, 6)) for r in rows), "two answers gave a spread or a mean"
    k.run("thermometer", "--section", "sectie-engels", "--person", people[2], "--scores", "3,3,3,3", "--date", "2026-10-01")
    rows = list(csv.DictReader(io.StringIO(k.export("thermometer", "--section", "sectie-engels", "--format", "csv", "--lang", "en"))))
    trust = next(r for r in rows if r["statement"] == "vertrouwen")
    assert trust["answers"] == "3" and [trust[str(n)] for n in range(1, 6)] == ["1", "0", "1", "0", "1"], trust
    assert trust["mean"] == "3.00", trust
    k.run("interventie", "add", "--section", "sectie-engels", "--what", "=cmd|' /C calc'!A0 maatjes", "--who", people[0], "--by", "2027-01-15")
    cells = [c for row in csv.reader(io.StringIO(k.export("interventies", "--section", "sectie-engels", "--format", "csv"))) for c in row]
    assert any("maatjes" in c for c in cells), cells
    assert not any(c[:1] in "=+@" and c for c in cells), "a CSV cell starts a formula"
    k.export("dimensies", "--section", "sectie-engels", "--format", "csv")
    markdown_it = need_module("markdown_it", "markdown-it-py")
    md = markdown_it.MarkdownIt("commonmark").enable("table")
    for report in INSTRUMENT_REPORTS:
        for lang in ("nl", "en"):
            tokens = md.parse(k.export(*report, "--section", "sectie-engels", "--format", "md", "--lang", lang))
            kinds = {t.type for t in tokens}
            assert "heading_open" in kinds, f"{report[0]}: no heading"
            assert "html_inline" not in kinds and "html_block" not in kinds, f"{report[0]}: raw HTML"
    tokens = md.parse(k.export("thermometer", "--section", "sectie-engels", "--format", "md"))
    assert "table_open" in {t.type for t in tokens}, "the thermometer table did not parse as a table"
    html5lib = need_module("html5lib", "html5lib")
    for report in INSTRUMENT_REPORTS:
        page = k.export(*report, "--section", "sectie-engels", "--format", "html")
        html5lib.HTMLParser(strict=True).parse(page)
        assert "@page" in page and "<script" not in page
    # The thermometer page names nobody: answers carry no person.
    for lang in ("nl", "en"):
        page = k.export("thermometer", "--section", "sectie-engels", "--format", "md", "--lang", lang)
        for name in names:
            assert name not in page, f"{name} appears in the thermometer export"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    binary = os.path.abspath(args[0])
    with tempfile.TemporaryDirectory(prefix="knooppunt-export-check-") as base:
        k = Knooppunt(binary, base)
        k.run("demo")
        pristine = k.load()
        for test in (graphml, gexf12, gexf13, dot, svg, calendar, markdown, html, escaping, pseudonyms, sensitive, bad_requests, instruments):
            k.save(pristine)
            test(k, pristine["section"])
    print(
        f"\nexport check: {len(RESULTS['passed'])} passed, {len(RESULTS['skipped'])} skipped, {len(RESULTS['failed'])} failed"
    )
    if RESULTS["skipped"]:
        print("SKIPPED (not checked!): " + "; ".join(RESULTS["skipped"]), file=sys.stderr)
    if RESULTS["failed"] or ("--require-all" in sys.argv and RESULTS["skipped"]):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
