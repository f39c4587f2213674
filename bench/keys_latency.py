#!/usr/bin/env python3
"""Key latency of knooppunt's network screens, from the key's byte to the last byte of the frame.

Runs the real binary in a pseudo-terminal (TERM=xterm-256color) with a section that has one sociogram,
and times, each from the moment the key is written to the last byte of the frame it causes:

- start: from spawning the process to the end of its first frame (the board of the section);
- open: `4`, the sociogram screen (its first frame, and the moment output settles, which includes any
  layout or figures computed in the background and the frame that shows them);
- cursor: arrow keys on the picture (right, down, left, up in turn), with the bytes each wrote;
- topic and measurement switches: `t` and `M`;
- quit: `q` until the process has exited.

Beside it, `less` scrolling a text file one line down in the same terminal, the same way.
A frame ends where the output pauses for GAP seconds: ncurses writes one update in a single burst.
Prints one JSON object on stdout (read by Sources/KnooppuntBench/KeysBench.swift).

    python3 bench/keys_latency.py BINARY DATA_DIR --section SLUG [--size 200x60] [--moves 20] [--ready TEXT]
"""

import argparse
import json
import os
import select
import statistics
import sys
import tempfile
import time

from pty_session import drain, spawn, stop, terminal_env

GAP = 0.12  # seconds without output that end a frame
SETTLE = 1.5  # seconds without output that count as "nothing more is coming"

RIGHT, LEFT, UP, DOWN = b"\x1bOC", b"\x1bOD", b"\x1bOA", b"\x1bOB"


def frame(fd, start, gap=GAP, first_limit=120.0):
    """Waits for output after `start`, then reads until a pause of `gap` seconds.
    Returns (seconds from start to the last byte, bytes), or (None, b"") when nothing came."""
    data = bytearray()
    last = None
    while True:
        now = time.monotonic()
        if last is None:
            if now - start >= first_limit:
                return None, bytes(data)
            wait = first_limit - (now - start)
        else:
            if now - last >= gap:
                return last - start, bytes(data)
            wait = gap - (now - last)
        ready, _, _ = select.select([fd], [], [], wait)
        if ready:
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:
                return (last - start if last else None), bytes(data)
            if not chunk:
                return (last - start if last else None), bytes(data)
            data += chunk
            last = time.monotonic()


def first_frame(fd, start, ready, gap=0.25, limit=300.0):
    """The first frame drawn by the program: output that shows `ready` (the section's name), up to a pause
    of `gap` seconds. The terminal's set-up bytes come before the section is read, and a pause while a
    large section is read would otherwise end the "frame" there, so that the next key would be pressed
    while the program is still starting. Without `ready`, the first output up to a pause."""
    if not ready:
        return frame(fd, start, gap=gap, first_limit=limit)
    data = bytearray()
    marker = ready.encode()
    while time.monotonic() - start < limit:
        ready_fds, _, _ = select.select([fd], [], [], 0.5)
        if not ready_fds:
            continue
        try:
            chunk = os.read(fd, 1 << 16)
        except OSError:
            return None, bytes(data)
        if not chunk:
            return None, bytes(data)
        data += chunk
        if marker in data:
            seen = time.monotonic()
            more, rest = frame(fd, seen, gap=gap, first_limit=gap)
            return seen + (more or 0) - start, bytes(data + rest)
    return None, bytes(data)


def press(fd, key, gap=GAP, first_limit=120.0):
    start = time.monotonic()
    os.write(fd, key)
    return frame(fd, start, gap=gap, first_limit=first_limit)


def quiet_after(fd, quiet=SETTLE, limit=300.0):
    """Drains output until `quiet` seconds pass without any; returns the clock time of the last byte."""
    return drain(fd, quiet, limit)[1]


def settle(fd):
    quiet_after(fd)


def quit_time(pid, fd, key=b"q", limit=120.0):
    start = time.monotonic()
    os.write(fd, key)
    while time.monotonic() - start < limit:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return time.monotonic() - start
        ready, _, _ = select.select([fd], [], [], 0.002)
        if ready:
            try:
                os.read(fd, 1 << 16)
            except OSError:
                pass
    return None


def ms(values):
    return [round(v * 1000, 2) for v in values if v is not None]


def median(values):
    return round(statistics.median(values), 2) if values else None


def knooppunt(a, cols, rows, env):
    argv = [a.binary, "--section", a.section]
    result = {}
    started = time.monotonic()
    pid, fd = spawn(argv, cols, rows, env)
    first, _ = first_frame(fd, started, a.ready)
    result["start_ms"] = round(first * 1000, 2) if first is not None else None
    settle(fd)
    opened_at = time.monotonic()
    os.write(fd, b"4")
    if os.environ.get("KNOOPPUNT_BENCH_CHUNKS"):
        # Diagnosis: when each chunk after the key arrived, and how big it was.
        chunks = []
        while True:
            ready, _, _ = select.select([fd], [], [], 2.0)
            if not ready:
                break
            chunk = os.read(fd, 1 << 16)
            chunks.append((round((time.monotonic() - opened_at) * 1000, 1), len(chunk)))
            if len(chunks) > 40:
                break
        result["open_chunks"] = chunks
    first, data = frame(fd, opened_at)
    result["open_ms"] = round(first * 1000, 2) if first is not None else None
    # Whatever follows (a progress line, the picture once computed in the background) until it settles.
    last = quiet_after(fd, quiet=3.0)
    end = last if last is not None else opened_at + (first or 0)
    result["open_settled_ms"] = round((end - opened_at) * 1000, 2)
    cursor, cursor_bytes = [], []
    keys = [RIGHT, DOWN, LEFT, UP]
    for i in range(a.moves):
        t, data = press(fd, keys[i % 4], first_limit=30)
        cursor.append(t)
        cursor_bytes.append(len(data))
    result["cursor_ms"] = ms(cursor)
    result["cursor_bytes"] = cursor_bytes
    for name, key in (("topic", b"t"), ("measurement", b"M")):
        times = []
        for _ in range(a.switches):
            t, _ = press(fd, key, first_limit=60)
            times.append(t)
            settle(fd)
        result[f"{name}_ms"] = ms(times)
    settle(fd)
    result["quit_ms"] = (lambda q: round(q * 1000, 2) if q is not None else None)(quit_time(pid, fd))
    stop(pid, fd)
    for k in ("cursor", "topic", "measurement"):
        result[f"{k}_median_ms"] = median(result[f"{k}_ms"])
    result["cursor_bytes_median"] = median(cursor_bytes)
    return result


def start_only(a, cols, rows, env):
    """Spawn to the end of the first frame, `--start-only N` times, each quit with q; then less alike."""
    def starts(argv, environment):
        times = []
        for _ in range(a.start_only):
            started = time.monotonic()
            pid, fd = spawn(argv, cols, rows, environment)
            first, _ = frame(fd, started, gap=0.25)
            times.append(first)
            settle(fd)
            quit_time(pid, fd)
            stop(pid, fd)
        return ms(times)

    ours = starts([a.binary, "--section", a.section], env)
    result = {"start_ms": ours, "start_median_ms": median(ours)}
    if os.path.exists("/usr/bin/less"):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
            for i in range(5000):
                f.write(f"{i:5d}  Zoë de Vries bespreekt initiatief {i % 60}\n")
            path = f.name
        try:
            theirs = starts(["/usr/bin/less", path], dict(env, LESS="", LESSHISTFILE="-"))
        finally:
            os.unlink(path)
        result.update({"less_start_ms": theirs, "less_start_median_ms": median(theirs)})
    return result


def less_reference(a, cols, rows, env):
    less = "/usr/bin/less"
    if not os.path.exists(less):
        return {}
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        for i in range(5000):
            f.write(f"{i:5d}  Zoë de Vries, Anaïs Jansen en Noël Smit bespreken initiatief {i % 60}\n")
        path = f.name
    try:
        lenv = dict(env, LESS="", LESSHISTFILE="-")
        pid, fd = spawn([less, path], cols, rows, lenv)
        frame(fd, time.monotonic(), gap=0.25)
        settle(fd)
        times, sizes = [], []
        for _ in range(a.moves):
            t, data = press(fd, b"j", first_limit=10)
            times.append(t)
            sizes.append(len(data))
        quit_time(pid, fd)
        stop(pid, fd)
    finally:
        os.unlink(path)
    t = ms(times)
    return {"less_line_ms": t, "less_line_median_ms": median(t), "less_line_bytes_median": median(sizes)}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("binary")
    p.add_argument("data_dir")
    p.add_argument("--section", required=True)
    p.add_argument("--size", default="200x60")
    p.add_argument("--moves", type=int, default=20)
    p.add_argument("--switches", type=int, default=4)
    p.add_argument("--start-only", type=int, default=0, help="only time N starts to the first frame")
    p.add_argument("--ready", default="", help="text the first real frame shows (the section's name)")
    a = p.parse_args()
    cols, rows = (int(x) for x in a.size.lower().split("x"))
    env = dict(terminal_env(a.data_dir), KNOOPPUNT_AUTO_SYNC="0")
    # KNOOPPUNT_TRACE=FILE: the binary writes the time of each phase of its loop there.
    if os.environ.get("KNOOPPUNT_TRACE"):
        env["KNOOPPUNT_TRACE"] = os.environ["KNOOPPUNT_TRACE"]
    result = {"size": f"{cols}x{rows}"}
    if a.start_only:
        result.update(start_only(a, cols, rows, env))
        json.dump(result, sys.stdout)
        print()
        return
    result.update(knooppunt(a, cols, rows, env))
    result.update(less_reference(a, cols, rows, env))
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
