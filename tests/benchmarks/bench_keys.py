"""Benchmark the key changes at 100,000 entries (a script, not a test).

    .venv/bin/python tests/benchmarks/bench_keys.py [--entries 100000] [--backups 7]

Builds a journal with strong, calibrated key derivation and `--backups` backups, then
times: a passphrase change (every kept key file re-wrapped), a new recovery code, and
"lock out the old code and passphrase for good" (data key rotation, one fresh verified
backup in place of the old ones), each step of it separately. Target: the lock-out in
seconds, not minutes, at 100,000 entries.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_journal import synthetic  # noqa: E402

from journal import FixedClock, Person, Vault, kdf  # noqa: E402
from journal.backups.lockout import lock_out_old_secrets  # noqa: E402
from journal.backups.manager import BackupManager  # noqa: E402
from journal.vault.kept import kept_key_files  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--backups", type=int, default=7)
    args = parser.parse_args()
    params = kdf.calibrate()
    print(f"argon2: time_cost={params.time_cost} memory={params.memory_kib} KiB")
    with tempfile.TemporaryDirectory() as tmp:
        clock = FixedClock(datetime(2026, 11, 20, 9))
        vault = Vault(Path(tmp) / "journal", kdf_params=params, clock=clock)
        journal, _code = vault.create(PASSPHRASE)
        rng = random.Random(1)
        people = [journal.add_person(Person("child", f"Kid {n}")).id for n in range(3)]
        strengths = [s.id for s in journal.strengths()[:12]]
        start = time.perf_counter()
        for low in range(0, args.entries, 5000):
            journal.add_entries(synthetic(rng, i, args.entries, people, strengths)
                                for i in range(low, min(args.entries, low + 5000)))
        print(f"filled {args.entries} entries in {time.perf_counter() - start:.1f} s; "
              f"database {vault.db_path.stat().st_size / 1e6:.1f} MB")
        manager = BackupManager.for_vault(vault, keep=args.backups)
        start = time.perf_counter()
        for _ in range(args.backups):
            manager.make_backup(journal)
            clock.advance(days=1)
        print(f"{args.backups} backups in {time.perf_counter() - start:.1f} s "
              f"({len(kept_key_files(vault.folder))} kept key files)")

        start = time.perf_counter()
        vault.change_passphrase(PASSPHRASE, PASSPHRASE + " two")
        vault.change_passphrase(PASSPHRASE + " two", PASSPHRASE)
        print(f"passphrase change, every kept key file: "
              f"{(time.perf_counter() - start) / 2:.2f} s")
        start = time.perf_counter()
        vault.new_recovery_code(PASSPHRASE)
        print(f"new recovery code, every kept key file: {time.perf_counter() - start:.2f} s")

        marks = [time.perf_counter()]
        lock_out_old_secrets(vault, journal, PASSPHRASE, manager=manager,
                             progress=lambda _n, _t: marks.append(time.perf_counter()))
        steps = ", ".join(f"{b - a:.1f}" for a, b in zip(marks, marks[1:], strict=False))
        print(f"lock out for good at {args.entries} entries: {marks[-1] - marks[0]:.1f} s "
              f"(rotate, fresh backup, remove old, re-wrap copies: {steps} s)")
        journal.close()


if __name__ == "__main__":
    main()
