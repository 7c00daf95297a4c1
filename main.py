#!/usr/bin/env python3
"""Small Moments: start the app.

    python main.py                  the journal in the usual per-user folder
    python main.py --data-dir DIR   a journal in another folder
    python main.py --lang es        start in Spanish (English: en)
    python main.py --version        print the version and exit
    python main.py --self-test      headless check: create, write, search, lock, unlock
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journal import APP_NAME, __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="small-moments", description=f"{APP_NAME}: "
                                     "an offline, encrypted family-strengths journal.")
    parser.add_argument("--data-dir", type=Path, help="the folder that holds the journal")
    parser.add_argument("--lang", choices=("en", "es"), help="language: en or es")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="run headless through create, write, search, lock, unlock, close")
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
    from ui.plumbing.paths import default_data_dir
    from ui.shell.app import run

    return run(args.data_dir or default_data_dir(), args.lang)


if __name__ == "__main__":
    sys.exit(main())
