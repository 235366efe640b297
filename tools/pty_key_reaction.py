#!/usr/bin/env python3
"""Key or resize reaction of a terminal program, timed at the arrival of the redraw's bytes.

    python3 tools/pty_key_reaction.py MARKER KEYS|ROWSxCOLS AFTER RUNS -- CMD...

Spawns CMD in a 120x40 pty, waits until MARKER is on a VT100 screen (pyte),
lets it settle, clears the emulated screen, sends KEYS (or resizes the pty)
and stops the clock when the output read since puts AFTER on the screen. The
clock is read when a chunk arrives, before pyte parses it (ttff.py's figure
also holds pyte's parse of the redraw). Use `warta --from-start`, or the
reader resumes where the last run stopped. Needs: pip install pyte ptyprocess
"""
import os
import select
import statistics
import sys
import time

import pyte
from ptyprocess import PtyProcess


def read_until(p, stream, screen, text, t0, limit=5.0):
    """Seconds after t0 at which the chunk putting `text` on screen arrived, or None."""
    while True:
        ready, _, _ = select.select([p.fd], [], [], 0.5)
        if not ready:
            if time.perf_counter() - t0 > limit:
                return None
            continue
        data = os.read(p.fd, 1 << 16)
        t = time.perf_counter() - t0
        stream.feed(data.decode("utf-8", "replace"))
        if text in "\n".join(screen.display):
            return t


def one(cmd, marker, keys, after):
    screen = pyte.Screen(120, 40)
    stream = pyte.Stream(screen)
    p = PtyProcess.spawn(cmd, dimensions=(40, 120), env=dict(os.environ, TERM="xterm-256color"))
    try:
        if read_until(p, stream, screen, marker, time.perf_counter()) is None:
            return None
        time.sleep(0.4)
        while select.select([p.fd], [], [], 0.05)[0]:
            stream.feed(os.read(p.fd, 1 << 16).decode("utf-8", "replace"))
        screen.reset()
        t0 = time.perf_counter()
        rows, _, cols = keys.partition("x")
        if rows.isdigit() and cols.isdigit():
            screen.resize(int(rows), int(cols))
            p.setwinsize(int(rows), int(cols))
        else:
            p.write(keys.encode())
        t = read_until(p, stream, screen, after, t0)
        return None if t is None else t * 1000
    finally:
        p.write(b"q")
        time.sleep(0.1)
        if p.isalive():
            p.terminate(force=True)


def main():
    args = sys.argv[1:]
    if len(args) < 6 or args[4] != "--":
        sys.exit(__doc__)
    marker, keys, after, runs, cmd = args[0], args[1], args[2], int(args[3]), args[5:]
    res = []
    for _ in range(runs):
        t = one(cmd, marker, keys, after)
        if t is None:
            sys.exit(f"{after!r} never appeared after {keys!r}")
        res.append(t)
    print(f"{keys!r}: min {min(res):.1f} median {statistics.median(res):.1f} max {max(res):.1f} ms (n={len(res)})")


if __name__ == "__main__":
    main()
