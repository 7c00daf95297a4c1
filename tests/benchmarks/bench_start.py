"""Start: from launch to the unlock window painted (a script, not a test).

    .venv/bin/python tests/benchmarks/bench_start.py [--runs 7] [--compare OTHER_TREE]
                                                   [--frozen dist/small-moments/small-moments]

Source tree (offscreen): each run is a new process started like `python main.py
--data-dir DIR`, with an existing journal so the unlock window is what shows; the time
is taken when that window has painted. With --compare, another source tree (for example
the tree before a change, from `git archive`) is run interleaved with this one.

Frozen bundle: if `dist/` holds one (python3 dev.py bundle), or --frozen names one, it is
timed with packaging/measure_start.py on an X display of its own (Xvfb and xdotool).
Prints the median and the spread. Asserts nothing about time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
tree, data = sys.argv[1:3]
sys.path.insert(0, tree)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([sys.argv[0]])  # the app's make_qapp takes this one


class Painted(QObject):
    def eventFilter(self, obj, event):
        if (event.type() == QEvent.Type.Paint and hasattr(obj, "window")
                and isinstance(obj.window(), QMainWindow)):
            print("shown", flush=True)
            app.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False


watch = Painted()
app.installEventFilter(watch)
import main
sys.exit(main.main(["--data-dir", data, "--lang", "en"]))
"""


def make_journal(folder: Path) -> None:
    sys.path.insert(0, str(HERE))
    from journal import Vault
    from journal.vault.kdf import TEST_PARAMS

    Vault(folder, kdf_params=TEST_PARAMS).create("a quiet morning walk")[0].close()


def one_run(tree: Path, data: Path, home: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"))
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", CHILD, str(tree), str(data)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        shown = time.perf_counter() - start
        if line.strip() != "shown":
            raise SystemExit(f"no unlock window: {process.stderr.read()[-2000:]}")
        return shown
    finally:
        process.wait(timeout=60)


def frozen(app: Path, runs: int) -> None:
    read, write = os.pipe()  # Xvfb writes its display number here once it is ready
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise SystemExit("Xvfb did not start")
        display = ":" + number
        subprocess.run([sys.executable, str(HERE / "packaging" / "measure_start.py"),
                        "--app", str(app), "--runs", str(runs), "--display", display],
                       check=True)
    finally:
        xvfb.terminate()
        xvfb.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--compare", type=Path, help="another source tree, run interleaved")
    parser.add_argument("--frozen", type=Path, help="a frozen bundle's program")
    args = parser.parse_args()
    trees = {"this": HERE}
    if args.compare:
        trees = {"other": args.compare.resolve(), "this": HERE}
    scratch = Path(tempfile.mkdtemp(prefix="small-moments-start-"))
    try:
        make_journal(scratch / "journal")
        times: dict[str, list[float]] = {tag: [] for tag in trees}
        for _ in range(args.runs):
            for tag, tree in trees.items():  # interleaved
                times[tag].append(one_run(tree, scratch / "journal", scratch / "home"))
        for tag, values in times.items():
            print(f"start to the unlock window painted, source tree ({tag}): median "
                  f"{statistics.median(values):.3f} s   fastest {min(values):.3f} s   "
                  f"slowest {max(values):.3f} s   ({len(values)} runs)")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    bundle = args.frozen or HERE / "dist" / "small-moments" / "small-moments"
    if bundle.exists():
        frozen(bundle, args.runs)
    else:
        print(f"no frozen bundle at {bundle} (python3 dev.py bundle makes one)")


if __name__ == "__main__":
    main()
