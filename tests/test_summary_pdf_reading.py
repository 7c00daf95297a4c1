"""The summary PDF as a reader gets it: text in reading order (pypdf and poppler), the chart
said in words with its labels out of the text layer, counts kept on one line, and no last
page holding only "About this journal"."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date, datetime

import pypdf
import pypdfium2
import pytest
from test_summary_data import make_typical, typical_selection

from journal import Entry
from journal.summary import pdf as summary_pdf
from journal.summary.build import Selection, build_summary
from journal.summary.pdf import render_pdf


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def other_readers(data: bytes, tmp_path) -> list[str]:
    """The text as pdfium (Chrome's PDF engine) reads it, and poppler's pdftotext (what
    most Linux viewers and many screen-reader tools use) where it is installed."""
    document = pypdfium2.PdfDocument(data)
    texts = ["\n".join(page.get_textpage().get_text_range() for page in document)]
    if shutil.which("pdftotext"):
        path = tmp_path / "summary.pdf"
        path.write_bytes(data)
        texts.append(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                                    check=True, capture_output=True, text=True).stdout)
    return texts


def chart_strays(text: str, labels: tuple[str, ...]) -> list[str]:
    """What a chart leaks into the text: its week labels, and lines of bare numbers."""
    found = [label for label in labels if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text)]
    found += [line for line in text.splitlines() if re.fullmatch(r"[\d\s]+", line.strip())
              and line.strip()]
    return found


def test_the_stray_check_finds_an_old_style_chart():  # control for chart_strays
    old = "We wrote down 9 moments.\n7\n6 6\n4\nNov 1 Nov 8 Nov 15\nMoments each week"
    assert chart_strays(old, ("Nov 1", "Nov 8", "Nov 15")) == ["Nov 1", "Nov 8", "Nov 15",
                                                                 "7", "6 6", "4"]
    assert chart_strays("Tuesday, November 15 and 12 moments", ("Nov 15",)) == []


@pytest.fixture
def typical(journal):
    make_typical(journal)
    return journal


@pytest.mark.parametrize("lang", ["en", "es"])
def test_chart_reads_as_its_sentence_in_reading_order(typical, tmp_path, lang):
    summary = build_summary(typical, typical_selection(typical, lang))
    connection = next(s for s in summary.sections if s.key == "connection")
    line, chart = connection.blocks[0].text, connection.blocks[1]
    data = render_pdf(summary, paper="a4")
    for text in ("\n".join(pages_text(data)), *other_readers(data, tmp_path)):
        flat = " ".join(text.split())
        start = flat.index(line)
        after = flat[start + len(line):]
        expected = " ".join(f"{chart.caption} {chart.description} {chart.note}".split())
        assert after.startswith(" " + expected), after[:200]  # nothing between
        assert chart_strays(text, chart.labels) == []


@pytest.mark.parametrize("lang, count", [("en", r"in \d+ moments?"),
                                         ("es", r"en \d+ momentos?")])
def test_strength_counts_stay_on_one_line(typical, lang, count):
    for paper in ("a4", "letter"):
        summary = build_summary(typical, typical_selection(typical, lang))
        blocks = next(s for s in summary.sections if s.key == "strengths").blocks
        counts = [line for b in blocks for line in getattr(b, "items", ())]
        counts += [b.count for b in blocks if hasattr(b, "count")]  # each group's
        text = "\n".join(pages_text(render_pdf(summary, paper=paper))[:3])  # agenda first
        section = {s.key: s.heading for s in summary.sections}
        text = text[text.index(section["strengths"]):text.index(section["connection"])]
        whole = re.findall(count, text)
        assert len(whole) >= len(counts) > 10  # every count whole on its line, none split
        word, unit = count.split(" ")[0], count.split(" ")[-1]
        assert not re.search(rf"\b{word}[ \xa0]*\n\s*\d|\d[ \xa0]*\n\s*{unit}", text)


def test_two_columns_of_strengths_flow_on_their_own():
    from reportlab.platypus import Table

    from journal.summary.model import Bullets
    items = tuple(f"Strength number {n} with a long label that wraps: in {n} moments"
                  for n in range(9))
    [table] = summary_pdf._bullets(Bullets(items), 400, columns=2)
    assert isinstance(table, Table)
    assert len(table._cellvalues) == 1  # one row: a wrapped label can't open a gap beside it
    left, right = table._cellvalues[0]
    assert len(left) == 5 and len(right) == 4


def _about_alone(data: bytes) -> bool:
    last = pages_text(data)[-1].strip()
    return last.startswith(("About this journal", "Sobre este diario"))


def _summaries(journal):
    """The same short summary with a note that grows line by line, so that sooner or
    later "About this journal" no longer fits on the page before."""
    entry = journal.add_entry(Entry("reflection", datetime(2026, 11, 3, 9),
                                    {"body": "We sang in the bath."}, ok_to_share=True))
    for lines in range(30, 62, 2):
        yield build_summary(journal, Selection(
            date(2026, 11, 1), date(2026, 11, 30), frozenset({f"entry:{entry.id}"}),
            know="\n".join(["Mornings are slow and sweet with Leo."] * lines)))


def test_about_this_journal_joins_the_page_before_when_it_fits(journal, monkeypatch):
    monkeypatch.setattr(summary_pdf, "PULL_UP_ABOUT", False)
    alone = {n: s for n, s in enumerate(_summaries(journal)) if _about_alone(render_pdf(s))}
    assert alone, "control: some lengths leave it alone without the pull-up"
    before = {n: len(pages_text(render_pdf(s))) for n, s in alone.items()}
    monkeypatch.setattr(summary_pdf, "PULL_UP_ABOUT", True)
    pulled = {n for n, s in alone.items() if not _about_alone(render_pdf(s))}
    assert pulled, "where the small print fits on the page before, it goes there"
    for n in pulled:
        text = pages_text(render_pdf(alone[n]))
        assert len(text) == before[n] - 1
        assert "About this journal" in text[-1] and "Mornings are slow" in text[-1]
