"""Benchmark the shared summary: build and PDF render for 90 days and for 12 months with
2,000 moments (a script, not a test). Budget: at most 1.5 s for 12 months, build+render.

    .venv/bin/python tests/benchmarks/bench_summary.py [--png OUTDIR] [--code TREE]
        [--only-everything] [--no-accel]

Prints the median of several runs for: English, Spanish, two languages (when this
version has them) and one page. With --png, writes page 1 of the English, Spanish and
two-language 90-day summaries at 60 dpi (pdftoppm -r 60).

Then "everything ticked" for 12 months (issue 17): the build, the PDF, the page-count
estimate the wizard shows, and the preview's first page two ways: every page drawn
before any is shown (how the preview worked before) and only the pages in view (now).
--code TREE measures another copy of the source (say, an older commit unpacked with
`git archive`), to compare before and after in one sitting.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

_code = sys.argv[sys.argv.index("--code") + 1] if "--code" in sys.argv else None
if "--no-accel" in sys.argv:  # reportlab's pure-Python fallbacks, as before rl_accel
    sys.modules["_rl_accel"] = None
sys.path.insert(0, _code or str(Path(__file__).resolve().parents[2]))

from journal import Entry, Person, StrengthMark, Vault  # noqa: E402
from journal.records.models import KINDS  # noqa: E402
from journal.summary.build import (  # noqa: E402
    CHART_KEY,
    REPAIR_COUNT_KEY,
    Selection,
    build_summary,
    candidates,
)
from journal.summary.pdf import render_pdf  # noqa: E402
from journal.vault.kdf import TEST_PARAMS  # noqa: E402

END = date(2026, 11, 30)
WORDS = {
    "child_did": ["reached for my face and laughed", "babbled back when I sang",
                  "pointed at the dog and looked at me", "put her head on my shoulder"],
    "i_did": ["I named it: a bird! and waited for her turn", "I sang our song again",
              "I smiled and copied the sound", "I held her close and rocked"],
    "how_it_ended": ["We both laughed.", "She fell asleep on me.", "We read it twice."],
    "pulled_apart": ["Things got loud at dinner", "I was tired and snapped"],
    "noticed_first": ["Her lip started to shake", "My shoulders were tight"],
    "reconnected": ["I knelt down and said sorry", "We hugged on the sofa"],
    "what_helped": ["A deep breath", "Abuela took the pot off the stove"],
    "remember": ["We can start again", "Slow is fine"],
    "body": ["Today felt lighter. We sang in the car.", "Long day, small wins."],
    "they_noticed": ["You wait for him to answer", "She looks at you when you sing"],
    "want_to_try": ["Naming feelings at bath time", "A song before sleep"],
}


def fill(journal, days: int, total: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    leo = journal.add_person(Person("child", "Leo", "2025-06"))
    journal.add_person(Person("caregiver", "Maria"))
    ana = journal.add_person(Person("village", "Ana", how_they_help="Home visitor"))
    strengths = journal.strengths("en")
    first = END - timedelta(days=days - 1)
    batch = []
    for i in range(total):
        day = first + timedelta(days=i * days // total)
        kind = rng.choices(("connection", "repair", "reflection"), (60, 25, 15))[0]
        fields = {"connection": ("child_did", "i_did", "how_it_ended"),
                  "repair": ("pulled_apart", "noticed_first", "reconnected", "what_helped",
                             "remember"), "reflection": ("body",)}[kind]
        batch.append(Entry(
            kind, datetime(day.year, day.month, day.day, 7 + i % 12, 5),
            {f: rng.choice(WORDS[f]) for f in fields}, people=[leo.id],
            strengths=[StrengthMark(s.id) for s in rng.sample(strengths[:20], rng.randint(0, 3))],
            feeling=rng.choice((None, "close", "calm", "tired")),
            back_and_forths="a_few" if kind == "connection" else None,
            ok_to_share=rng.random() < 0.1))
    if "visit" in KINDS:  # a visit every four weeks
        day = first + timedelta(days=3)
        while day <= END:
            batch.append(Entry("visit", datetime(day.year, day.month, day.day, 10, 0),
                               {f: rng.choice(WORDS[f]) for f in ("they_noticed",
                                                                  "want_to_try")},
                               people=[ana.id], ok_to_share=True,
                               next_visit=min(day + timedelta(days=28), END)))
            day += timedelta(days=28)
    journal.add_entries(batch)


def selection(journal, start: date, lang: str, **extra) -> Selection:
    sections = {s.key: s for s in candidates(journal, start, END, lang)}
    ticked = {CHART_KEY, REPAIR_COUNT_KEY}
    limits = {"connection": 6, "repair": 3, "words": 2, "visit": 1}
    for key, section in sections.items():
        entries = [c.key for c in section.items if c.key.startswith("entry:") and c.ok_to_share]
        ticked |= set(entries[-limits.get(key, 0):] if limits.get(key) else [])
        ticked |= {c.key for c in section.items if not c.key.startswith("entry:")}
    fields = {f.name for f in dataclasses.fields(Selection)}
    extra = {k: v for k, v in extra.items() if k in fields}
    return Selection(start, END, frozenset(ticked), name="Maria and Leo", shared_by="Maria",
                     know="Sleep has been hard since the move. We are finding our rhythm.",
                     questions=("When do teeth usually come?", "Is biting normal?"),
                     lang=lang, shared_on=END, **extra)


def timed(fn, repeat: int) -> tuple[float, object]:
    runs, out = [], None
    for _ in range(repeat):
        begin = time.perf_counter()
        out = fn()
        runs.append(time.perf_counter() - begin)
    return statistics.median(runs), out


def preview_first_page(pdf: bytes, every_page: bool) -> tuple[float, int]:
    """Seconds until the first page's picture is ready, as the preview makes it."""
    import pypdfium2

    begin = time.perf_counter()
    doc = pypdfium2.PdfDocument(pdf)
    try:
        numbers = range(len(doc)) if every_page else range(min(len(doc), 3))  # + 2 ahead
        for number in numbers:
            page = doc[number]
            page.render(scale=1.25).to_pil().convert("RGB").tobytes()
            page.close()
        return time.perf_counter() - begin, len(numbers)
    finally:
        doc.close()


def everything(journal, start: date, lang: str = "en") -> None:
    """Every moment of 12 months ticked: the long summary of issue 17."""
    keys = frozenset(c.key for s in candidates(journal, start, END, lang) for c in s.items)
    chosen = Selection(start, END, keys, lang=lang, shared_on=END)
    build, summary = timed(lambda: build_summary(journal, chosen), 3)
    render, pdf = timed(lambda: render_pdf(summary, paper="letter"), 3)
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    try:
        from journal.summary.estimate import estimate_pages
    except ImportError:
        said = "estimate: not in this version"
    else:
        took, guess = timed(lambda: estimate_pages(summary, "letter"), 3)
        said = f"estimate {took * 1000:5.0f} ms ({guess} pages)"
    print(f"everything ticked, 12 months ({len(keys)} items, {lang}): build "
          f"{build * 1000:5.0f} ms  PDF {render * 1000:5.0f} ms  pages {pages}  {said}")
    for every_page, how in ((True, "every page drawn first (before)"),
                            (False, "pages in view only (now)")):
        runs = [preview_first_page(pdf, every_page) for _ in range(3)]
        first = statistics.median(r[0] for r in runs)
        print(f"  preview first page, {how:<33} {first * 1000:6.0f} ms ({runs[0][1]} drawn);"
              f" from Next: {(build + render + first) * 1000:6.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--png", type=Path)
    parser.add_argument("--code", type=Path, help="measure this source tree instead")
    parser.add_argument("--only-everything", action="store_true")
    parser.add_argument("--no-accel", action="store_true",
                        help="without reportlab's C speed-ups (rl_accel), as before 0.2.1")
    args = parser.parse_args()
    if args.code:
        print(f"source: {args.code}")
    fields = {f.name for f in dataclasses.fields(Selection)}
    sizes = (("90 days", 90, 500), ("12 months", 365, 2000))
    for label, days, total in sizes[1:] if args.only_everything else sizes:
        with tempfile.TemporaryDirectory() as folder:
            journal, _ = Vault(Path(folder), kdf_params=TEST_PARAMS).create("bench passphrase x")
            fill(journal, days, total)
            start = END - timedelta(days=days - 1)
            if days == 365:
                everything(journal, start)
            if args.only_everything:
                journal.close()
                continue
            cases = [("en", {}), ("es", {})]
            if "second_lang" in fields:
                cases += [("en+es", {"second_lang": "es"}), ("en one page", {"one_page": True})]
            for name, extra in cases:
                lang = name[:2]
                chosen = selection(journal, start, lang, **extra)
                build, summary = timed(lambda c=chosen, j=journal: build_summary(j, c), 5)
                render, pdf = timed(lambda s=summary: render_pdf(s, paper="letter"), 3)
                pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
                print(f"{label:>9} ({journal.count_entries():>5} entries) {name:<12} "
                      f"build {build * 1000:6.0f} ms  render {render * 1000:6.0f} ms  "
                      f"total {(build + render) * 1000:6.0f} ms  pages {pages}")
                if args.png and days == 90 and name in ("en", "es", "en+es"):
                    args.png.mkdir(parents=True, exist_ok=True)
                    target = args.png / f"summary-{name.replace('+', '-')}.pdf"
                    target.write_bytes(pdf)
                    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1",
                                    str(target), str(target.with_suffix(""))], check=True)
            journal.close()


if __name__ == "__main__":
    main()
