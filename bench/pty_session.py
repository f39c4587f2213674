"""What the pseudo-terminal benches share: starting a program in a terminal of a given size, reading its
output until it goes quiet, and stopping it. Used by keys_latency.py and render_bytes.py."""

import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time


def terminal_env(data_dir):
    """The environment the benches run knooppunt in: an xterm, a UTF-8 locale, and DATA_DIR as both the
    home and the data directory, so nothing of the user's own setup takes part."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": data_dir,
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "KNOOPPUNT_DATA_DIR": data_dir,
    }


def spawn(argv, cols, rows, env):
    """Starts `argv` in a new pseudo-terminal of cols × rows; returns (pid, fd of the terminal)."""
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        try:
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    return pid, fd


def drain(fd, quiet, limit):
    """Reads until `quiet` seconds pass without output (counted from the start until the first byte), or
    `limit` seconds in all, or the terminal closes. Returns (bytes read, clock time of the last byte or None)."""
    data = bytearray()
    start = time.monotonic()
    last = None
    while True:
        now = time.monotonic()
        since = now - (last or start)
        if since >= quiet or now - start >= limit:
            return bytes(data), last
        ready, _, _ = select.select([fd], [], [], quiet - since)
        if ready:
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:
                return bytes(data), last
            if not chunk:
                return bytes(data), last
            data += chunk
            last = time.monotonic()


def stop(pid, fd):
    """Ends the program (SIGTERM) and closes its terminal; a program that has gone already is fine."""
    try:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass
    try:
        os.close(fd)
    except OSError:
        pass
