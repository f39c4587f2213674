#!/usr/bin/env python3
"""Bytes knooppunt writes to the terminal for one cursor move on the stappenplan board.

Runs the real binary in a pseudo-terminal of the given size (TERM=xterm-256color), waits until the first
screen is drawn and the output is quiet, then presses a key and counts the bytes that come back until the
output is quiet again. Prints one JSON object on stdout, so `make bench` (RenderBench.swift) can print
the figures beside the full-screen redraw and beside `less` scrolling one line (a reference tool).

    python3 bench/render_bytes.py BINARY DATA_DIR [--size 200x60] [--key l] [--section SLUG]
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time

from pty_session import drain, spawn, stop, terminal_env

QUIET = 0.35  # seconds without output that count as "drawn"


def read_until_quiet(fd, quiet=QUIET, limit=15.0):
    """All output until `quiet` seconds pass without any (or `limit` seconds in all)."""
    return drain(fd, quiet, limit)[0]


def finish(pid, fd, quit_key):
    if quit_key is not None:
        os.write(fd, quit_key)
        read_until_quiet(fd, quiet=0.3, limit=3)
    stop(pid, fd)


def measure(argv, cols, rows, env, keys, quit_key):
    pid, fd = spawn(argv, cols, rows, env)
    first = read_until_quiet(fd, quiet=0.6)
    moves = []
    for key in keys:
        moves.append(len(read_after(fd, key)))
    finish(pid, fd, quit_key)
    return first, moves


def read_after(fd, key):
    os.write(fd, key)
    return read_until_quiet(fd)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("binary")
    p.add_argument("data_dir")
    p.add_argument("--size", default="200x60")
    p.add_argument("--key", default="l")
    p.add_argument("--moves", type=int, default=5)
    p.add_argument("--section")
    a = p.parse_args()
    cols, rows = (int(x) for x in a.size.lower().split("x"))
    env = terminal_env(a.data_dir)
    argv = [a.binary] + (["--section", a.section] if a.section else [])
    key = a.key.encode()
    # Alternate right and left so the selection stays on the board and every press moves it.
    keys = [key if i % 2 == 0 else b"h" for i in range(a.moves)]
    first, moves = measure(argv, cols, rows, env, keys, b"q")
    result = {
        "size": f"{cols}x{rows}",
        "first_screen_bytes": len(first),
        "cursor_move_bytes": moves,
        "cursor_move_median": statistics.median(moves) if moves else None,
    }

    # Reference: less scrolling a text file one line down (j) at the same size.
    less = "/usr/bin/less" if os.path.exists("/usr/bin/less") else None
    if less:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
            for i in range(2000):
                f.write(f"{i:5d}  Zoë de Vries, Anaïs Jansen en Noël Smit bespreken initiatief {i % 60}\n")
            path = f.name
        try:
            lenv = dict(env, LESS="", LESSHISTFILE="-")
            lfirst, lmoves = measure([less, path], cols, rows, lenv, [b"j"] * a.moves, b"q")
            result["less_first_screen_bytes"] = len(lfirst)
            result["less_line_down_bytes"] = lmoves
            result["less_line_down_median"] = statistics.median(lmoves) if lmoves else None
        finally:
            os.unlink(path)
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
