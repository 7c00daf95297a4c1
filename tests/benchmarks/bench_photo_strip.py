"""Benchmark: how long the UI thread is held while a 12 MP photo is added (a script).

    .venv/bin/python tests/benchmarks/bench_photo_strip.py [--rounds 5] [--before TREE]

Adds one 12 MP photo (then 4 at once, as a drop does) through the real `PhotoStrip`
(offscreen Qt, the dialogs seam answering the words question) and prints the longest
gap between ticks of a 1 ms timer on the UI thread while it does (the longest the
window could not repaint), and the time until the photos' tiles are there. Issue 24's
rule: nothing over 50 ms on the UI thread.

`--before TREE`: a copy of the app as it was (say `git archive <commit> ui journal
prompts | tar -x -C TREE`) runs the same steps; each round runs before and after, one
after the other in fresh processes, so the machine's load falls on both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]


def one(tree: Path, kind: str, count: int = 1) -> dict:
    """In this process: add `count` photos at once (as a drop of several files does)
    through the PhotoStrip of `tree`; the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(HERE))  # the samples (tests/) come from here
    from tests.benchmarks.bench_photos import smooth_jpeg
    from tests.photo_samples import big_jpeg

    data = big_jpeg(12) if kind == "noisy" else smooth_jpeg(12)
    sys.path.insert(0, str(tree))  # the app (ui/, journal/) comes from `tree`
    for name in [m for m in sys.modules if m.split(".")[0] in ("ui", "journal")]:
        del sys.modules[name]
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from journal.records import photos
    from ui.moments.photos import PhotoStrip
    from ui.plumbing.dialogs import Dialogs

    assert Path(photos.__file__).is_relative_to(tree), photos.__file__
    app = QApplication.instance() or QApplication([])
    photos.prepare(big_jpeg(1))  # Pillow's first import is not what is measured
    dialogs = Dialogs(headless=True)
    strip = PhotoStrip(dialogs)
    strip.resize(600, 200)
    strip.show()
    app.processEvents()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    for _ in range(count):
        dialogs.set_next_answer("words")
    started = [0.0]

    def add() -> None:  # one event, as one drop: the photos are taken one after another
        started[0] = time.perf_counter()
        for _ in range(count):
            strip.add_bytes(data)

    loop = QEventLoop()  # a real event loop, idle between ticks as a window's is
    strip.changed.connect(lambda: len(strip.items) >= count and loop.quit())
    QTimer.singleShot(60_000, loop.quit)  # (a safety: a run that hangs still ends)
    timer.start()
    QTimer.singleShot(20, add)
    loop.exec()
    done = time.perf_counter()
    assert len(strip.items) == count, "the photos never came in"
    app.processEvents()
    timer.stop()
    return {"blocked_ms": max(gaps), "tile_ms": (done - started[0]) * 1000,
            "mb": len(data) / 1e6, "kind": kind, "count": count}


def run(tree: Path, kind: str, count: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--one", str(tree), "--kind", kind,
                          "--count", str(count)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--before", type=Path, default=None)
    parser.add_argument("--one", type=Path, default=None)
    parser.add_argument("--kind", default="noisy", choices=("noisy", "smooth"))
    parser.add_argument("--count", type=int, default=1)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(one(args.one, args.kind, args.count)))
        return
    trees = {"after": HERE}
    if args.before is not None:
        trees = {"before": args.before.resolve(), **trees}
    print(f"load average: {os.getloadavg()}")
    for kind, count in (("noisy", 1), ("smooth", 1), ("noisy", 4)):
        results: dict[str, list[dict]] = {name: [] for name in trees}
        for _ in range(args.rounds):
            for name, tree in trees.items():
                results[name].append(run(tree, kind, count))
        for name, rows in results.items():
            blocked = [r["blocked_ms"] for r in rows]
            tile = [r["tile_ms"] for r in rows]
            print(f"{count} x {kind} 12 MP ({rows[0]['mb']:.1f} MB), {name:6}: UI thread held"
                  f" at most median {statistics.median(blocked):7.1f} ms, worst "
                  f"{max(blocked):7.1f} ms   all tiles shown after median "
                  f"{statistics.median(tile):7.1f} ms")
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
