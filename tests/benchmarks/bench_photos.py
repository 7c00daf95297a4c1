"""Benchmark photos (a script, not a test).

    .venv/bin/python tests/benchmarks/bench_photos.py [--entries 10000] [--photos 2000]

Prints: adding one 12 MP photo (prepare in memory + save), median and p99, for a noisy
worst case and a smooth everyday picture; then, in one journal and one run, the core
operations BEFORE and AFTER `--photos` photos are added (open without key derivation,
first timeline page, page at the oldest date, search, a row's thumbnail); and the
database growth per photo. Targets (issue 18): adding a 12 MP photo at most 300 ms; with
2,000 photos, every non-KDF operation at most 20 ms median (bench_journal's budget).
The key derivation uses the test parameters here: unlock is timed without it.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PIL import Image, ImageFilter  # noqa: E402

from journal import Vault  # noqa: E402
from journal.records import photos  # noqa: E402
from journal.records.models import Cursor  # noqa: E402
from journal.vault.kdf import TEST_PARAMS  # noqa: E402
from tests.benchmarks.bench_journal import (  # noqa: E402
    START,
    fill,
    summary,
    timed,
)
from tests.photo_samples import big_jpeg  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def smooth_jpeg(megapixels: float = 12.0) -> bytes:
    """A camera-sized picture with soft shapes and light grain, like an everyday photo."""
    width = int((megapixels * 1_000_000 * 4 / 3) ** 0.5)
    height = int(width * 3 / 4)
    small = Image.radial_gradient("L").resize((width // 16, height // 16))
    rgb = Image.merge("RGB", (small, small.rotate(90), small.rotate(180)))
    picture = rgb.resize((width, height), Image.Resampling.BICUBIC)
    grain = Image.effect_noise((width, height), 8).convert("RGB")
    picture = Image.blend(picture, grain, 0.08).filter(ImageFilter.SMOOTH)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=92)
    return out.getvalue()


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def opened(vault: Vault) -> float:
    t0 = time.perf_counter()
    journal = vault.open(PASSPHRASE, verify=False)
    took = (time.perf_counter() - t0 - vault.last_kdf_seconds) * 1000
    journal.close()
    return took


def core_times(plain: Vault, with_photos: Vault, cursor: Cursor, entry_id: int,
               rounds: int = 10) -> dict[str, tuple[list[float], list[float]]]:
    """Each operation on both journals, interleaved round by round, so the machine's
    load falls on both alike and the ratio holds."""
    out: dict[str, tuple[list[float], list[float]]] = {}
    out["open (no KDF, quick check)"] = ([], [])
    for _ in range(5):
        out["open (no KDF, quick check)"][0].append(opened(plain))
        out["open (no KDF, quick check)"][1].append(opened(with_photos))
    a, b = plain.open(PASSPHRASE, verify=False), with_photos.open(PASSPHRASE, verify=False)
    operations = {
        "timeline first page": lambda j: j.list_entries(limit=50),
        "timeline page at oldest": lambda j: j.list_entries(after=cursor, limit=50),
        "search common word": lambda j: j.search("bath"),
        "search prefix": lambda j: j.search("gig"),
        "a row's thumbnail": lambda j: j.photos.first_thumbs([entry_id]),
    }
    for name, operation in operations.items():
        out[name] = ([], [])
        for _ in range(rounds):
            out[name][0].extend(timed(lambda op=operation: op(a), 10))
            out[name][1].extend(timed(lambda op=operation: op(b), 10))
    a.close()
    b.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--photos", type=int, default=2_000)
    args = parser.parse_args()
    print(f"load average: {os.getloadavg()}")
    folder = Path(tempfile.mkdtemp(prefix="small-moments-bench-photos-"))
    vault = Vault(folder, kdf_params=TEST_PARAMS)
    journal, _ = vault.create(PASSPHRASE)
    from journal import Person

    people = [journal.add_person(Person("child", "Leo", "2025-01")).id]
    strengths = [s.id for s in journal.strengths()]
    fill(journal, random.Random(7), args.entries, args.entries, people, strengths, 0)
    ids = [e.id for e in journal.list_entries(limit=500).entries]

    for label, data in (("noisy 12 MP (worst case)", big_jpeg(12)),
                        ("smooth 12 MP (everyday)", smooth_jpeg(12))):
        target = iter(ids[:12])
        kept = []
        samples = timed(lambda d=data, t=target, k=kept: k.append(
            journal.photos.add(next(t), d)), 12)
        print(f"add a {label}, {len(data) / 1e6:.1f} MB in: {summary(samples)}"
              f"   kept {statistics.median(p.size for p in kept) / 1024:.0f} KB,"
              f" {kept[0].width}x{kept[0].height}")
        for photo in kept:
            journal.photos.remove(photo.id)
    journal.close()

    cursor = Cursor((START.replace(day=3)).isoformat(), 0)
    other = folder.with_name(folder.name + "-photos")
    shutil.copytree(folder, other)  # the same journal, to which the photos are added
    before_size = size_of(other)
    with_photos = Vault(other, kdf_params=TEST_PARAMS)
    journal = with_photos.open(PASSPHRASE, verify=False)
    prepared = [photos.prepare(smooth_jpeg(m)) for m in (12, 8, 3)] + \
        [photos.prepare(big_jpeg(12))]
    all_ids = [e.id for e in journal.list_entries(limit=500).entries]
    rng = random.Random(3)
    page = journal.list_entries(limit=500)
    while page.next is not None and len(all_ids) < args.photos:
        page = journal.list_entries(after=page.next, limit=500)
        all_ids += [e.id for e in page.entries]
    t0 = time.perf_counter()
    added = 0
    for entry_id in rng.sample(all_ids, min(args.photos, len(all_ids))):
        journal.photos.add_prepared(int(entry_id), prepared[added % len(prepared)])
        added += 1
    journal.photos.add_prepared(int(ids[0]), prepared[0])
    added += 1
    built = time.perf_counter() - t0
    journal.close()
    after_size = size_of(other)
    both = core_times(vault, with_photos, cursor, ids[0])
    print(f"added {added:,} prepared photos to {args.entries:,} entries in {built:.1f} s")
    print(f"{'':30} {'without photos':>34}   {'with photos':>34}")
    for name, (plain, pictured) in both.items():
        print(f"{name:30} {summary(plain):>34}   {summary(pictured):>34}   ratio "
              f"{statistics.median(pictured) / max(statistics.median(plain), 1e-6):.2f}x")
    mean_photo = statistics.mean(len(p.image) + len(p.thumb) for p in prepared)
    print(f"database: {before_size / 1e6:.1f} MB -> {after_size / 1e6:.1f} MB;"
          f" growth per photo {(after_size - before_size) / added / 1024:.0f} KB"
          f" (picture + thumbnail {mean_photo / 1024:.0f} KB on average)")
    print(f"load average: {os.getloadavg()}")
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(other, ignore_errors=True)


if __name__ == "__main__":
    main()
