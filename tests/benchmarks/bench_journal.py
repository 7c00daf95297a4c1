"""Benchmark the core journal at 1,000 and 100,000 entries (a script, not a test).

    .venv/bin/python tests/benchmarks/bench_journal.py [--entries 100000]

Prints: unlock time split into key derivation (strong, calibrated parameters) and the
rest (with the quick checks the app runs, and with the full page check); add-entry
median and p99 at 1,000 and at the full size; search median and p99 for each kind of
query (a common word, a rare word, a prefix, two words, the first letter typed, a common
long word); the first timeline page at the newest and at the oldest date; 12-month
counts; database size; peak RSS. Targets: every operation except key derivation at most
20 ms median at 100,000 entries (search also at most 50 ms p99); adding an entry within
1.5x at 1,000 and at 100,000 entries; the 100,000-entry file at most 62 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journal import Entry, Person, StrengthMark, Vault  # noqa: E402
from journal.records.models import Cursor, Filters  # noqa: E402

PASSPHRASE = "benchmark passphrase"
COMMON = ["bath", "smile", "song", "walk", "milk", "nap", "giggle", "hug", "book", "car",
          "morning", "evening", "blanket", "window", "peekaboo", "rocking", "story", "spoon"]
FILLER = ["the", "and", "we", "she", "he", "looked", "laughed", "then", "again", "together",
          "slowly", "quiet", "little", "hand", "face", "warm", "soft", "back", "turn", "time"]
RARE = "zanzibar"
START = datetime(2021, 1, 1, 7, 0)


def text(rng: random.Random, words: int) -> str:
    picks = [rng.choice(COMMON) if rng.random() < 0.3 else rng.choice(FILLER)
             for _ in range(words)]
    return " ".join(picks).capitalize() + "."


def synthetic(rng: random.Random, i: int, total: int, people: list[int],
              strengths: list[int]) -> Entry:
    when = START + timedelta(minutes=int(i * (5 * 365 * 24 * 60) / total))
    kind = ("connection", "repair", "reflection")[i % 3]
    fields = {"reflection": {"body": text(rng, 40)},
              "connection": {"child_did": text(rng, 12), "i_did": text(rng, 12),
                             "how_it_ended": text(rng, 8)},
              "repair": {"pulled_apart": text(rng, 10), "reconnected": text(rng, 12),
                         "remember": text(rng, 8)}}[kind]
    if i % 10_000 == 7:
        first = next(iter(fields))
        fields[first] += f" {RARE}"
    return Entry(kind, when, fields, people=[rng.choice(people)],
                 strengths=[StrengthMark(rng.choice(strengths))],
                 routine=rng.choice(["bath", "feeding", "walk", None]),
                 back_and_forths="a_few" if kind == "connection" else None)


def timed(fn, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def cpu_median(fn, repeat: int) -> float:
    """Median processor time of `fn` in ms: what this process spent, whatever else runs on
    the machine (wall-clock figures grow with the load; this one hardly does)."""
    samples = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        samples.append((time.process_time() - start) * 1000)
    return statistics.median(samples)


def summary(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"median {statistics.median(ordered):7.2f} ms   p99 {p99:7.2f} ms"


def fill(journal, rng, upto: int, total: int, people, strengths, done: int) -> int:
    batch = 2000
    while done < upto:
        n = min(batch, upto - done)
        journal.add_entries(synthetic(rng, done + k, total, people, strengths)
                            for k in range(n))
        done += n
    return done


def add_samples(journal, rng, people, strengths, n=200) -> list[float]:
    when = [START + timedelta(days=5 * 365 + 1, minutes=k) for k in range(n)]
    it = iter(when)
    return timed(lambda: journal.add_entry(Entry(
        "connection", next(it), {"child_did": text(rng, 12), "i_did": text(rng, 12)},
        people=[people[0]], strengths=[StrengthMark(strengths[0])])), n)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(7)
    folder = Path(tempfile.mkdtemp(prefix="small-moments-bench-"))
    vault = Vault(folder)  # strong, calibrated key derivation, as the app uses
    t0 = time.perf_counter()
    journal, _ = vault.create(PASSPHRASE)
    print(f"create (calibration + two key slots): {time.perf_counter() - t0:.2f} s;"
          f" Argon2id {vault.kdf_params()}")
    people = [journal.add_person(Person("child", "Leo", "2025-01")).id,
              journal.add_person(Person("caregiver", "Mama")).id,
              journal.add_person(Person("village", "Abuela")).id]
    strengths = [s.id for s in journal.strengths()]

    t0 = time.perf_counter()
    done = fill(journal, rng, 1000, args.entries, people, strengths, 0)
    small = add_samples(journal, rng, people, strengths)
    print(f"add entry at {journal.count_entries():>7,} entries: {summary(small)}")
    done = fill(journal, rng, args.entries, args.entries, people, strengths, done)
    print(f"built {journal.count_entries():,} entries in {time.perf_counter() - t0:.1f} s")
    big = add_samples(journal, rng, people, strengths)
    print(f"add entry at {journal.count_entries():>7,} entries: {summary(big)}"
          f"   ratio {statistics.median(big) / statistics.median(small):.2f}x")

    for label, query in (("common word", "bath"), ("rare word", RARE), ("prefix", "gig"),
                         ("two words", "warm song"), ("one letter", "b"),
                         ("long word", "morning")):
        hits = len(journal.search(query))
        print(f"search {label:<12} ({query!r}, {hits} shown): "
              f"{summary(timed(lambda q=query: journal.search(q), 100))}"
              f"   cpu {cpu_median(lambda q=query: journal.search(q), 30):6.2f} ms")
    print(f"timeline first page, newest:   "
          f"{summary(timed(lambda: journal.list_entries(limit=50), 100))}")
    oldest = Cursor((START + timedelta(days=3)).isoformat(), 0)
    print(f"timeline page at oldest date: "
          f"{summary(timed(lambda: journal.list_entries(after=oldest, limit=50), 100))}")
    end = date(2025, 12, 31)
    year = Filters(start=end - timedelta(days=365), end=end)
    print(f"12-month counts:              "
          f"{summary(timed(lambda: journal.counts(year.start, year.end), 50))}")
    print(f"filtered page (person+kind):  "
          f"{summary(timed(lambda: journal.list_entries(Filters(kinds=('repair',), person_id=people[2]), limit=50), 50))}")  # noqa: E501
    journal.close()

    kdf_times, rest_full, rest_quick = [], [], []
    for _ in range(3):
        t0 = time.perf_counter()
        j = vault.open(PASSPHRASE, verify=True)
        total = time.perf_counter() - t0
        kdf_times.append(vault.last_kdf_seconds * 1000)
        rest_full.append(total * 1000 - vault.last_kdf_seconds * 1000)
        j.close()
        t0 = time.perf_counter()
        j = vault.open(PASSPHRASE, defer=True)  # as the app: the rest in the background
        rest_quick.append((time.perf_counter() - t0 - vault.last_kdf_seconds) * 1000)
        j.close()
    print(f"unlock key derivation:        median {statistics.median(kdf_times):7.1f} ms")
    print(f"unlock rest, quick checks:    median {statistics.median(rest_quick):7.1f} ms")
    print(f"unlock rest, full page check: median {statistics.median(rest_full):7.1f} ms"
          "   (before: at every unlock; now in the background: bench_process.py)")
    size = sum(p.stat().st_size for p in folder.iterdir())
    print(f"database size: {size / 1e6:.1f} MB (every file of the journal)")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    shutil.rmtree(folder, ignore_errors=True)  # the journals it builds are large


if __name__ == "__main__":
    main()
