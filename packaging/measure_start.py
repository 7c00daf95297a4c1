"""How long the packaged app takes from launch to its unlock window, on an X display.

    Xvfb :16 -screen 0 1366x768x24 &
    python3 packaging/measure_start.py [--app /usr/bin/small-moments] [--runs 7] [--display :16]

Makes a journal in a temporary folder (so the app opens at its unlock window), starts the
app, and waits until a visible window named "Small Moments" is mapped (asked of the X
server with xdotool every 10 ms), then closes it. Prints every run and the median.
A measuring tool for people, not a test: it asserts nothing about time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_journal(folder: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from journal import Vault

    journal, _code = Vault(folder).create("a quiet morning walk to the park")
    journal.close()


def window_shown(display: str) -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Small Moments$"],
                           env=dict(os.environ, DISPLAY=display), capture_output=True)
    return found.returncode == 0


def one_run(app: str, data: Path, home: Path, display: str, timeout: float) -> float:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"))
    start = time.perf_counter()
    process = subprocess.Popen([app, "--data-dir", str(data), "--lang", "en"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not window_shown(display):
            if process.poll() is not None:
                raise SystemExit(f"the app stopped: {process.stderr.read().decode()[-2000:]}")
            if time.perf_counter() - start > timeout:
                raise SystemExit("no unlock window within the time limit")
            time.sleep(0.01)
        return time.perf_counter() - start
    finally:
        process.terminate()
        process.wait(timeout=30)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--app", default="/usr/bin/small-moments")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--display", default=":16")
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args(argv)
    if window_shown(args.display):
        raise SystemExit(f"a Small Moments window is already open on {args.display}")
    with tempfile.TemporaryDirectory() as scratch:
        data, home = Path(scratch) / "journal", Path(scratch) / "home"
        make_journal(data)
        times = []
        for run in range(args.runs):
            times.append(one_run(args.app, data, home, args.display, args.timeout))
            print(f"run {run + 1}: {times[-1]:.2f} s", flush=True)
    print(f"median {statistics.median(times):.2f} s, fastest {min(times):.2f} s, "
          f"slowest {max(times):.2f} s over {len(times)} runs of {args.app}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
