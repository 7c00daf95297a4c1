"""Whole-process timings, as a person (or a script) meets them (a script, not a test).

    .venv/bin/python tests/benchmarks/bench_process.py [--sizes 10000,100000] [--runs 5]
                                                     [--compare OTHER_SOURCE_TREE]

Each run is a new Python process that imports the core, opens the journal with the
default (strong, calibrated) key derivation, does one thing, closes it and exits:
"unlock + read newest 10", "unlock + search", "unlock + add". Prints the median wall time
over the runs, the key derivation inside it, and what is left beyond it. With --compare,
the same runs with another source tree (for example the tree before a change, from
`git archive`) are interleaved with this one, each on its own copy of the journal, so
machine load falls on both alike.

Then, in this process, unlock split into its parts: key derivation, the quick checks at
unlock (sample of pages), the background check (every page's tag), and SQLCipher's own
full page check that unlock ran before (for comparison).

The journals (built once with bench_journal's generator, then given the default key
derivation) are kept in /tmp/small-moments-bench-process.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_journal import PASSPHRASE, fill  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "small-moments-bench-process"
OPS = {"read": "unlock + read newest 10", "search": "unlock + search",
       "add": "unlock + add"}

CHILD = r"""
import sys, time, json
start = time.perf_counter()
tree, folder, op, passphrase = sys.argv[1:5]
sys.path.insert(0, tree)
from datetime import datetime
from pathlib import Path
from journal import Entry, Vault
vault = Vault(Path(folder))
imported = time.perf_counter()
try:
    journal = vault.open(passphrase, defer=True)
except TypeError:  # a tree from before the quick checks
    journal = vault.open(passphrase)
opened = time.perf_counter()
if op == "read":
    assert len(journal.list_entries(limit=10).entries) == 10
elif op == "search":
    journal.search("warm song")
else:
    journal.add_entry(Entry("connection", datetime(2026, 1, 2, 9),
                            {"child_did": "she reached for the spoon", "i_did": "I smiled"}))
journal.close()
print(json.dumps({"kdf": vault.last_kdf_seconds, "import": imported - start,
                  "open": opened - imported}))
"""


def journal_folder(n: int) -> Path:
    """A journal of `n` entries with the default key derivation (built once)."""
    from journal import Person, Vault
    from journal.vault.kdf import TEST_PARAMS

    folder = CACHE / f"j{n}"
    if (folder / "ready").exists():
        return folder
    building = CACHE / f"j{n}.building"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    print(f"building a journal of {n:,} entries in {folder} (once) ...", flush=True)
    ui_cache = Path(tempfile.gettempdir()) / "small-moments-bench-ui" / f"j{n}"
    if (ui_cache / "ready").exists():  # bench_ui.py built one with the same generator
        for name in ("journal.db", "journal.key"):
            shutil.copy2(ui_cache / name, building / name)
        Vault(building, kdf_params=TEST_PARAMS).open(PASSPHRASE).close()  # migrated once
    else:
        journal, _ = Vault(building, kdf_params=TEST_PARAMS).create(PASSPHRASE)
        people = [journal.add_person(Person("child", "Leo", "2025-01")).id,
                  journal.add_person(Person("caregiver", "Mama")).id]
        strengths = [s.id for s in journal.strengths()]
        fill(journal, random.Random(7), n, n, people, strengths, 0)
        journal.close()
    Vault(building).change_passphrase(PASSPHRASE, PASSPHRASE)  # calibrated, as the app
    (building / "ready").write_text("ok")
    shutil.rmtree(folder, ignore_errors=True)
    building.rename(folder)
    return folder


def copy_for(folder: Path, tag: str) -> Path:
    target = folder.with_name(f"{folder.name}-{tag}")
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    for name in ("journal.db", "journal.key"):
        shutil.copy2(folder / name, target / name)
    return target


def one_run(tree: Path, folder: Path, op: str) -> tuple[float, dict[str, float]]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, str(tree), str(folder), op,
                           PASSPHRASE], capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    return wall, json.loads(done.stdout.strip().splitlines()[-1])


def whole_process(sizes: list[int], runs: int, trees: dict[str, Path]) -> None:
    print(f"\n== whole process, median of {runs} runs (default key derivation) ==")
    for n in sizes:
        base = journal_folder(n)
        copies = {tag: copy_for(base, tag) for tag in trees}
        for op, label in OPS.items():
            walls: dict[str, list[float]] = {tag: [] for tag in trees}
            parts: dict[str, list[dict[str, float]]] = {tag: [] for tag in trees}
            for _ in range(runs):
                for tag, tree in trees.items():  # interleaved
                    wall, inside = one_run(tree, copies[tag], op)
                    walls[tag].append(wall)
                    parts[tag].append(inside)
            for tag in trees:
                wall = statistics.median(walls[tag])

                def med(name: str, runs=parts[tag]) -> float:
                    return statistics.median(p[name] for p in runs)
                kdf = med("kdf")
                print(f"{n:>7,} entries  {label:<24} {tag:<6} {wall:6.3f} s   key derivation"
                      f" {kdf:5.3f} s   beyond it {wall - kdf:6.3f} s   (of which imports"
                      f" {med('import'):5.3f} s, open beyond key derivation"
                      f" {med('open') - kdf:5.3f} s)", flush=True)


def unlock_split(sizes: list[int], runs: int) -> None:
    from journal import Vault
    from journal.vault import db, integrity

    print(f"\n== unlock split, median of {runs} runs, in one process ==")
    for n in sizes:
        folder = copy_for(journal_folder(n), "split")
        vault = Vault(folder)
        parts: dict[str, list[float]] = {}

        def add(name: str, seconds: float, parts=parts) -> None:
            parts.setdefault(name, []).append(seconds * 1000)

        for _ in range(runs):
            start = time.perf_counter()
            journal = vault.open(PASSPHRASE, defer=True)
            add("unlock, all of it (quick checks)", time.perf_counter() - start)
            add("  key derivation", vault.last_kdf_seconds)
            add("  the rest", time.perf_counter() - start - vault.last_kdf_seconds)
            key = journal.data_key()
            start = time.perf_counter()
            integrity.quick_check(journal.conn, journal.path, key)
            add("  of which quick checks (sample of pages)", time.perf_counter() - start)
            start = time.perf_counter()
            assert integrity.full_check(journal.path, key)
            add("background check, every page (thread)", time.perf_counter() - start)
            start = time.perf_counter()
            db.verify(journal.conn)
            add("cipher_integrity_check (unlock ran it before)", time.perf_counter() - start)
            journal.close()
        size = (folder / "journal.db").stat().st_size / 1e6
        print(f"-- {n:,} entries, {size:.0f} MB")
        for name, values in parts.items():
            print(f"{name:<48} median {statistics.median(values):8.1f} ms")
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", type=Path, help="another source tree, run interleaved")
    parser.add_argument("--skip-split", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    trees = {"this": HERE}
    if args.compare:
        trees = {"other": args.compare.resolve(), "this": HERE}
    whole_process(sizes, args.runs, trees)
    if not args.skip_split:
        unlock_split(sizes, args.runs)


if __name__ == "__main__":
    main()
