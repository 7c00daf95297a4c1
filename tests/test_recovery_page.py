"""The recovery-code page (PDF and print): the code whole on one line and big, the other
lines at a readable size, the journal's name and the day, nothing else, and the PDF
written only where the caregiver chose. Read back with pypdfium2: the text with each
character's box and font size, as a reader's PDF viewer would see it."""

from __future__ import annotations

import ctypes
import tempfile

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PySide6.QtGui import QPageSize
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import START

from journal.shelf import Shelf
from tests.support.leak_scan import found_in
from ui.plumbing.dates import long_date

CODE = "3AAY-QFJ6-KTEK-FZMN-W227-1H2Z-A41S"
READABLE = 12.0  # points: the floor for every word on the page
BIG = 20.0  # points: the code on Letter or A4
SIZES = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}


def _chars(pdf: bytes) -> list[tuple[str, float, float]]:
    """(character, middle height on the page, font size in points) for each character
    pdfium reads, line breaks it makes up included (they have no size)."""
    document = pdfium.PdfDocument(pdf)
    assert len(document) == 1
    text = document[0].get_textpage()
    out = []
    for index in range(text.count_chars()):
        char = text.get_text_range(index, 1)
        matrix = pdfium_c.FS_MATRIX()  # the size is in text units: scale it to points
        pdfium_c.FPDFText_GetMatrix(text.raw, index, ctypes.byref(matrix))
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
        size = pdfium_c.FPDFText_GetFontSize(text.raw, index) * scale
        if char.strip():
            left, bottom, right, top = text.get_charbox(index, loose=True)
            out.append((char, (bottom + top) / 2, size))
        else:
            out.append((char, 0.0, size))
    return out


def _code_run(chars, code: str):
    """The characters of `code`, in order, with nothing between them (a break pdfium
    reads as a line end or a space would sit between two of them)."""
    text = "".join(c for c, _, _ in chars)
    start = text.find(code)
    assert start >= 0, f"the code is not one unbroken run in {text!r}"
    return chars[start:start + len(code)]


def _view(qtbot, ctx, data_dir, lang: str, code: str = CODE):
    from ui.widgets.recovery_code import RecoveryCodeView

    ctx.languages.switch(lang)
    Shelf(data_dir).label_main("Sunny days")
    view = RecoveryCodeView(ctx.dialogs, ctx=ctx)
    qtbot.addWidget(view)
    view.set_code(code)
    return view


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_code_is_one_big_line_and_every_word_is_readable(qtbot, ctx, data_dir,
                                                            made_journal, lang, paper):
    view = _view(qtbot, ctx, data_dir, lang)
    chars = _chars(view.pdf_bytes(QPageSize(SIZES[paper])))
    run = _code_run(chars, CODE)
    heights = [middle for _, middle, _ in run]
    assert max(heights) - min(heights) < 1.0, "the code sits on more than one line"
    assert min(size for _, _, size in run) >= BIG
    words = [size for char, _, size in chars if char.strip()]
    assert min(words) >= READABLE, min(words)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_page_names_the_journal_and_the_day_and_says_nothing_else(
        qtbot, ctx, data_dir, made_journal, lang):
    view = _view(qtbot, ctx, data_dir, lang)
    words = view.page_words()
    text = " ".join("".join(c for c, _, _ in _chars(view.pdf_bytes())).split())
    day = long_date(START.date())
    assert "Sunny days" in words.journal and day in words.made
    expected = " ".join([words.title, words.journal, words.made, CODE, *words.lines])
    assert text == " ".join(expected.split())
    if lang == "es":
        assert "diario" in text.lower() and "diciembre" not in text  # START is in November
        assert "noviembre" in text


def test_a_journal_with_no_chosen_name_shows_the_name_the_list_shows(qtbot, ctx, data_dir,
                                                                    made_journal):
    from ui.widgets.recovery_code import RecoveryCodeView

    view = RecoveryCodeView(ctx.dialogs, ctx=ctx)
    qtbot.addWidget(view)
    view.set_code(CODE)
    assert view.page_words().journal == "Journal: Journal 1"


def test_the_control_the_line_check_sees_a_code_broken_in_two():
    """Control: the old page (HTML, the code at 20 pt in a paragraph) broke the code in
    two on A4; the same reading finds the break."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPdfWriter, QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    doc = QTextDocument()
    doc.setHtml(f"<h1>Recovery code</h1><p style='font-size:20pt; font-family:monospace'>"
                f"<b>{CODE}</b></p><p>If you forget your passphrase, this code opens your "
                "journal.</p>")
    doc.print_(writer)
    del writer
    buffer.close()
    chars = _chars(bytes(data.data()))
    with pytest.raises(AssertionError):
        _code_run(chars, CODE)
    assert min(size for char, _, size in chars if char.strip()) < READABLE  # and small words


def test_the_control_the_size_check_sees_small_words(qtbot, ctx, data_dir, made_journal,
                                                     monkeypatch):
    from ui.widgets import recovery_page

    view = _view(qtbot, ctx, data_dir, "en")
    monkeypatch.setattr(recovery_page, "BODY_POINTS", 8.0)
    words = [size for char, _, size in _chars(view.pdf_bytes()) if char.strip()]
    assert min(words) < READABLE


def test_the_pdf_is_written_only_where_the_caregiver_chose(qtbot, ctx, data_dir, tmp_path,
                                                          made_journal, monkeypatch):
    (tmp_path / "tmp").mkdir(exist_ok=True)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    view = _view(qtbot, ctx, data_dir, "en", made_journal)
    (tmp_path / "chosen").mkdir()
    ctx.dialogs.set_next_answer(str(tmp_path / "chosen" / "my code"))
    assert view.save_pdf() == str(tmp_path / "chosen" / "my code.pdf")
    secrets = {"code": made_journal, "code digits": made_journal.replace("-", "")}
    assert found_in(tmp_path, secrets) == ["chosen/my code.pdf: code"]
    assert sorted(p.name for p in (tmp_path / "chosen").iterdir()) == ["my code.pdf"]
    assert list((tmp_path / "tmp").iterdir()) == []


def test_print_puts_the_same_page_on_the_printer(qtbot, ctx, data_dir, tmp_path, made_journal):
    from PySide6.QtPrintSupport import QPrinter

    view = _view(qtbot, ctx, data_dir, "en")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    ctx.dialogs.set_next_answer(True)
    view.print_code(printer)
    chars = _chars((tmp_path / "printed.pdf").read_bytes())
    run = _code_run(chars, CODE)
    assert max(m for _, m, _ in run) - min(m for _, m, _ in run) < 1.0
    assert min(size for _, _, size in run) >= BIG
    assert "Sunny days" in "".join(c for c, _, _ in chars)


def test_first_run_prints_the_new_journals_name_and_the_day_the_code_was_made(qtbot, ctx,
                                                                             clock):
    from test_ui_support import make_window

    window = make_window(qtbot, ctx)
    page = window.first_run
    page._go(1)
    page.fields.passphrase.setText("quiet morning walk")
    page.fields.confirm.setText("quiet morning walk")
    page.create()
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 2, timeout=20000)
    clock.advance(days=3)  # printed later the same session: still the day it was made
    words = page.code_view.page_words()
    assert words.journal == "Journal: Journal 1"
    assert words.made == "Made on " + long_date(START.date())
    assert words.code == page.code_view.code_label.text() != ""
