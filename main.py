#!/usr/bin/env python3
"""Small Moments: start the app.

    python main.py                  the journal in the usual per-user folder
    python main.py --data-dir DIR   the journals in another folder (DIR holds the first
                                    journal's files, the others are in DIR/journals/; a
                                    folder with one journal from before works as it is)
    python main.py --lang es        start in Spanish (English: en)
    python main.py --version        print the version and exit
    python main.py --self-test      headless check: create, write, search, lock, unlock
    python main.py --tray           start quietly in the tray (how it starts at login)
"""

from __future__ import annotations

import argparse
import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from journal import APP_NAME, __version__

# The X11 libraries Qt's xcb plugin loads, and the packages that hold them.
XCB_LIBS = {"libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
            "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
            "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms")}


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def display_problem(env: Mapping[str, str] = os.environ, platform: str = sys.platform,
                    loads: Callable[[str], bool] = _loads) -> str | None:
    """One plain line on what stops the window from showing, before Qt starts (Qt's own
    message names only xcb-cursor0, whatever is really missing); None if all is there."""
    if not platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return None  # offscreen, wayland, ...: Qt was told what to use
    if not env.get("DISPLAY"):
        if env.get("WAYLAND_DISPLAY") and not chosen:
            return None  # Qt can draw on Wayland itself
        return ("There is no screen to show the window on (DISPLAY is not set). Start "
                "Small Moments from your desktop, or try: xvfb-run python3 main.py")
    if (env.get("WAYLAND_DISPLAY") and not chosen) or getattr(sys, "frozen", False):
        return None  # Wayland; or a packaged build, which finds its libraries its own way
    missing = [packages for name, packages in XCB_LIBS.items() if not loads(name)]
    if not missing:
        return None
    apt = " ".join(debian for debian, _fedora in missing)
    dnf = " ".join(fedora for _debian, fedora in missing)
    return (f"Qt needs screen libraries that are missing ({apt}). Install them with: "
            f"sudo apt install {apt}   (Fedora: sudo dnf install {dnf})")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="small-moments", description=f"{APP_NAME}: "
                                     "an offline, encrypted family-strengths journal.")
    parser.add_argument("--data-dir", type=Path,
                        help="the folder that holds the journals: the first journal's "
                             "files, the others in DIR/journals/ (a folder of one journal "
                             "from before works as it is)")
    parser.add_argument("--lang", choices=("en", "es"), help="language: en or es")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="run headless through create, write, search, lock, unlock, close")
    parser.add_argument("--tray", action="store_true",
                        help="start quietly in the tray, locked (used when starting at login)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    from journal.fsutil import private_umask

    private_umask()  # every file and folder the app makes is for this person only
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if argv is None:  # the real app process (tests call main() with their own argv)
        from journal.hardening import harden_process

        harden_process()
    if args.version:
        print(f"{APP_NAME} {__version__}")
        return 0
    if args.self_test:
        from ui.selftest import run_self_test

        return run_self_test()
    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    from ui.plumbing.paths import default_data_dir
    from ui.shell.app import run

    return run(args.data_dir or default_data_dir(), args.lang, tray=args.tray)


if __name__ == "__main__":
    sys.exit(main())
