"""What export_check.py leans on: the result tally and the skip rule, the knooppunt runner with a private
data, state and home folder, a PNG decoder (zlib only, so no imaging package is needed) and the
iCalendar line checks."""

import json
import os
import shutil
import struct
import subprocess
import sys
import zlib

RESULTS = {"passed": [], "skipped": [], "failed": []}


def check(name):
    def wrap(fn):
        def run(*args):
            try:
                fn(*args)
            except Skip as why:
                RESULTS["skipped"].append(name)
                print(f"SKIPPED {name}: {why}", file=sys.stderr)
            except Exception as e:  # noqa: BLE001 (every failure is reported, the run goes on)
                RESULTS["failed"].append(name)
                print(f"FAILED  {name}: {type(e).__name__}: {e}", file=sys.stderr)
            else:
                RESULTS["passed"].append(name)
                print(f"ok      {name}")

        return run

    return wrap


class Skip(Exception):
    pass


def need_module(name, package):
    try:
        return __import__(name)
    except ImportError:
        raise Skip(f"the Python package {package} is not installed (scripts/prepare.sh installs it)")


def need_tool(tool, package):
    if shutil.which(tool) is None:
        raise Skip(f"`{tool}` is not installed (Debian package {package}; scripts/prepare.sh installs it)")


class Knooppunt:
    def __init__(self, binary, base):
        self.binary = binary
        self.data = os.path.join(base, "data")
        self.env = dict(os.environ)
        self.env["XDG_STATE_HOME"] = os.path.join(base, "state")
        self.env["HOME"] = base
        self.env["LANG"] = "C.UTF-8"
        self.env.pop("LC_ALL", None)
        self.env.pop("LC_MESSAGES", None)
        self.env.pop("KNOOPPUNT_DATA_DIR", None)

    def run(self, *args, ok=True):
        p = subprocess.run(
            [self.binary, *args, "--data-dir", self.data], env=self.env, capture_output=True, text=True
        )
        if ok and p.returncode != 0:
            raise AssertionError(f"knooppunt {' '.join(args)} failed ({p.returncode}): {p.stderr.strip()}")
        return p

    def export(self, *args):
        return self.run("export", *args).stdout

    def export_bytes(self, *args):
        """Standard output untouched: text mode would turn the calendar's CRLF into LF."""
        p = subprocess.run(
            [self.binary, "export", *args, "--data-dir", self.data], env=self.env, capture_output=True
        )
        if p.returncode != 0:
            raise AssertionError(f"knooppunt export {' '.join(args)} failed: {p.stderr.decode(errors='replace')}")
        return p.stdout

    def section_file(self, slug="sectie-engels"):
        return os.path.join(self.data, slug + ".json")

    def load(self, slug="sectie-engels"):
        with open(self.section_file(slug), encoding="utf-8") as f:
            return json.load(f)

    def save(self, document, slug="sectie-engels"):
        with open(self.section_file(slug), "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False, indent=2, sort_keys=True)


def png_is_blank(data):
    """True when every pixel of an 8-bit PNG has the same colour (decoded with zlib only)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height, channels = 8, b"", 0, 0, 4
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8, "only 8-bit PNGs are checked"
            channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    colours = set()
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upleft = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - upleft
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upleft)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else upleft)) & 255
        for x in range(0, stride, channels * 7):
            colours.add(bytes(line[x : x + channels]))
        previous = line
    return len(colours) < 3


def ics_lines(raw):
    assert raw.endswith(b"\r\n"), "the calendar does not end in CRLF"
    lines = raw.split(b"\r\n")[:-1]
    for line in lines:
        assert b"\n" not in line and b"\r" not in line, "a bare line end inside the calendar"
        assert len(line) <= 75, f"a line of {len(line)} octets: {line[:40]!r}…"
        line.decode("utf-8")  # a fold inside a UTF-8 sequence would fail here
    return lines


def events(raw):
    icalendar = need_module("icalendar", "icalendar")
    cal = icalendar.Calendar.from_ical(raw)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}, cal
