"""Unlock time with several caregivers: the picker (one slot) against trying every slot.

    .venv/bin/python tests/benchmarks/bench_caregivers.py [--caregivers 8] [--rounds 3]

Strong, calibrated key derivation (as the app uses). For 1, 2, 4 and 8 caregivers it
times, interleaved round by round so a busy machine weighs on both alike: opening as
the last caregiver chosen on the unlock screen (one Argon2id run), the same passphrase
with every slot tried in turn, and a mistyped passphrase with every slot tried (the
worst case). Prints the median of each in seconds.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journal import Vault, WrongPassphrase, kdf  # noqa: E402
from journal.vault.caregivers import add_caregiver  # noqa: E402

FIRST = "benchmark first caregiver"


def timed(vault: Vault, passphrase: str, caregiver: str | None = None) -> float:
    start = time.perf_counter()
    with contextlib.suppress(WrongPassphrase):
        vault.open(passphrase, caregiver=caregiver).close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--caregivers", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    params = kdf.calibrate()
    print(f"argon2: time_cost={params.time_cost} memory={params.memory_kib} KiB;"
          f" load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault(Path(tmp) / "journal", kdf_params=params)
        vault.create(FIRST)[0].close()
        count, last, last_pass = 1, "passphrase", FIRST
        print("caregivers  picker (s)  try all (s)  mistyped, try all (s)")
        for target in (1, 2, 4, 8):
            if target > args.caregivers:
                break
            while count < target:
                last_pass = f"benchmark caregiver {count}"
                last = add_caregiver(vault, "passphrase", FIRST, f"Helper {count}", last_pass)
                count += 1
            picker, every, wrong = [], [], []
            for _ in range(args.rounds):
                picker.append(timed(vault, last_pass, last))
                every.append(timed(vault, last_pass))
                wrong.append(timed(vault, "a mistyped passphrase"))
            print(f"{count:>10}  {statistics.median(picker):>10.2f}  "
                  f"{statistics.median(every):>11.2f}  {statistics.median(wrong):>21.2f}")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
