#!/usr/bin/env python3
"""First frame of terminal programs, timed at the arrival of its bytes.

    python3 tools/pty_first_frame.py MARKER RUNS "CMD A" "CMD B" ...

Spawns each command in turn (RUNS rounds, alternating, 120x40 pty) and stops
the clock when the output read so far puts MARKER on a VT100 screen (pyte).
The clock is read when a chunk arrives, before pyte parses it: the figure is
the program's, not the emulator's (ttff.py's figure also holds pyte's parse,
some 10 ms for a full screen here). Needs: pip install pyte ptyprocess
"""
import os
import select
import statistics
import sys
import time

import pyte
from ptyprocess import PtyProcess


def one(cmd, marker):
    screen = pyte.Screen(120, 40)
    stream = pyte.Stream(screen)
    t0 = time.perf_counter()
    p = PtyProcess.spawn(cmd, dimensions=(40, 120), env=dict(os.environ, TERM="xterm-256color"))
    got = None
    while True:
        ready, _, _ = select.select([p.fd], [], [], 1.0)
        if not ready:
            break
        try:
            data = os.read(p.fd, 1 << 16)
        except OSError:
            break
        t = time.perf_counter() - t0
        stream.feed(data.decode("utf-8", "replace"))
        if marker in "\n".join(screen.display):
            got = t
            break
    p.write(b"q")
    time.sleep(0.05)
    if p.isalive():
        p.terminate(force=True)
    return None if got is None else got * 1000


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    marker, runs, cmds = sys.argv[1], int(sys.argv[2]), [c.split() for c in sys.argv[3:]]
    res = {i: [] for i in range(len(cmds))}
    for _ in range(runs):
        for i, c in enumerate(cmds):
            t = one(c, marker)
            if t is None:
                sys.exit(f"{marker!r} never appeared: {' '.join(c)}")
            res[i].append(t)
    for i, c in enumerate(cmds):
        xs = res[i]
        print(f"{' '.join(c)}: min {min(xs):.1f} median {statistics.median(xs):.1f} max {max(xs):.1f} ms (n={len(xs)})")


if __name__ == "__main__":
    main()
