"""A long summary's preview draws only the pages in view (and a few ahead), as the
caregiver scrolls, off the UI thread; closing it while a page is being drawn is safe.
The wizard says how many pages the summary will have before it is made, and suggests
the one-page summary past 20 pages."""

from __future__ import annotations

import io
import threading
from datetime import timedelta

import pypdf
import pypdfium2
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import START

from journal import Entry

LONG = ("We sat on the kitchen floor and rolled the red ball back and forth, and each "
        "time it came back she laughed and clapped her hands.")


def many_moments(journal, total: int) -> None:
    journal.add_entries([Entry(
        "connection", START - timedelta(days=1 + i % 20, minutes=i),
        {"child_did": LONG, "i_did": LONG, "how_it_ended": "We both laughed."},
        ok_to_share=True) for i in range(total)])


def count_renders(monkeypatch) -> list[int]:
    """Every page pdfium draws, through its one drawing call."""
    drawn: list[int] = []
    real = pypdfium2.PdfPage.render

    def counting(self, *args, **kwargs):
        drawn.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pypdfium2.PdfPage, "render", counting)
    return drawn


def to_preview(qtbot, window):
    shell = window.shell
    shell.tabs.setCurrentWidget(shell.my_data)
    shell.my_data.share_button.click()
    wizard = shell.wizard
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.items.loading and wizard.next_button.isEnabled(),
                    timeout=20000)
    wizard.next()
    return wizard


def built(qtbot, wizard) -> int:
    qtbot.waitUntil(lambda: not wizard.building, timeout=60000)
    assert wizard._pdf is not None
    return len(pypdf.PdfReader(io.BytesIO(wizard._pdf)).pages)


def test_a_long_summary_draws_only_the_pages_in_view_and_more_as_you_scroll(
        qtbot, open_window, monkeypatch):
    many_moments(open_window.journal, 200)
    drawn = count_renders(monkeypatch)
    wizard = to_preview(qtbot, open_window)
    wizard.next()
    pages = built(qtbot, wizard)
    assert pages > 20
    preview = wizard.preview.pages
    assert len(preview.pages) == pages  # every page has its place (and its name)
    # the first pages were drawn with the PDF: the first shows the moment it is ready
    assert not preview.pages[0].pixmap().isNull()
    assert len(drawn) < pages
    qtbot.waitUntil(preview.idle, timeout=10000)
    in_view = preview.visible_pages()
    assert in_view and in_view[0] == 0
    # (the view may have grown as the progress bar went away: a page or two more)
    assert len(drawn) <= len(in_view) + preview.AHEAD + 2 < pages // 4
    assert preview.pages[-1].pixmap().isNull()
    # scrolling to the end draws the last pages, not the ones skipped over
    before = len(drawn)
    bar = preview.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > (pages - 2) * preview.pages[0].height())  # laid out
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: not preview.pages[-1].pixmap().isNull(), timeout=10000)
    qtbot.waitUntil(preview.idle, timeout=10000)
    assert 0 < len(drawn) - before <= len(preview.visible_pages()) + preview.AHEAD + 2
    assert preview.pages[pages // 2].pixmap().isNull()


def blank_pdf(pages: int) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    paper = Canvas(out, pagesize=(612, 792))
    for number in range(pages):
        paper.drawString(72, 720, f"Page {number + 1}")
        paper.showPage()
    paper.save()
    return out.getvalue()


def shown_preview(qtbot):
    from ui.summary.preview import PagePreview

    preview = PagePreview()
    qtbot.addWidget(preview)
    preview.resize(820, 700)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def held_renders(monkeypatch):
    """Drawing waits for `go`; `started` says a page is being drawn."""
    import ui.summary.preview as module

    started, go, drawn = threading.Event(), threading.Event(), []
    real = module.render_page

    def held(doc, number, scale=module.SCALE):
        started.set()
        go.wait(timeout=20)
        drawn.append(number)
        return real(doc, number, scale)

    monkeypatch.setattr(module, "render_page", held)
    return started, go, drawn


def thread_errors(monkeypatch) -> list:
    seen: list = []
    monkeypatch.setattr(threading, "excepthook", seen.append)
    return seen


def test_the_preview_says_every_page_before_any_is_drawn(qtbot):
    from ui.summary.preview import page_sizes

    preview = shown_preview(qtbot)
    data = blank_pdf(40)
    sizes = page_sizes(data)
    assert sizes == [(612.0, 792.0)] * 40
    preview.show_document(data, sizes)
    assert [label.accessibleName() for label in preview.pages[:2]] == [
        "Page 1 of 40", "Page 2 of 40"]
    assert all(label.height() > 900 for label in preview.pages)  # blank paper, full size
    qtbot.waitUntil(lambda: preview.idle() and not preview.pages[0].pixmap().isNull(),
                    timeout=10000)
    preview.clear()
    assert preview.pages == [] and preview.idle()


def test_pages_far_out_of_view_are_let_go_so_memory_stays_small(qtbot):
    preview = shown_preview(qtbot)
    data = blank_pdf(60)
    from ui.summary.preview import page_sizes

    preview.show_document(data, page_sizes(data))
    bar = preview.verticalScrollBar()
    for number in range(0, 60, 2):  # read it all, a page or two at a time
        bar.setValue(preview.pages[number].y())
        qtbot.waitUntil(lambda n=number: preview.idle()
                        and not preview.pages[n].pixmap().isNull(), timeout=10000)
    # the page drawn ahead may still be on its way to the UI thread when the renderer
    # is idle: read what is kept once it is in
    qtbot.waitUntil(lambda: not preview.pages[59].pixmap().isNull(), timeout=10000)
    kept = [n for n, label in enumerate(preview.pages) if not label.pixmap().isNull()]
    assert len(kept) <= preview.KEEP
    assert 59 in kept and 0 not in kept  # the newest kept, the first let go


def test_closing_while_a_page_is_drawn_is_safe(qtbot, monkeypatch):
    from ui.summary.preview import page_sizes

    errors = thread_errors(monkeypatch)
    started, go, drawn = held_renders(monkeypatch)
    preview = shown_preview(qtbot)
    data = blank_pdf(30)
    preview.show_document(data, page_sizes(data))
    renderer = preview._renderer
    qtbot.waitUntil(started.is_set, timeout=5000)
    preview.clear()  # the caregiver pressed Back, Close or Lock mid-page
    go.set()
    qtbot.waitUntil(lambda: not renderer.thread.is_alive(), timeout=10000)
    assert drawn == [0]  # the page it was on, and nothing after
    assert preview.pages == [] and errors == []


def test_the_preview_going_away_while_a_page_is_drawn_is_safe(qtbot, monkeypatch):
    from test_ui_support import flush_deletes

    from ui.summary.preview import PagePreview, page_sizes

    errors = thread_errors(monkeypatch)
    started, go, drawn = held_renders(monkeypatch)
    preview = PagePreview()
    preview.resize(820, 700)
    data = blank_pdf(30)
    preview.show_document(data, page_sizes(data))
    renderer = preview._renderer
    qtbot.waitUntil(started.is_set, timeout=5000)
    preview.deleteLater()  # without a clear(): the window itself closed
    flush_deletes()
    go.set()
    qtbot.waitUntil(lambda: not renderer.thread.is_alive(), timeout=10000)
    assert drawn == [0] and errors == []


def estimate_shown(qtbot, wizard) -> str:
    notes = wizard.notes
    qtbot.waitUntil(lambda: wizard.estimate.pages is not None and notes.estimate.isVisible(),
                    timeout=20000)
    return notes.estimate.text()


def test_the_words_step_says_the_pages_and_suggests_one_page_past_twenty(qtbot, open_window):
    many_moments(open_window.journal, 200)
    wizard = to_preview(qtbot, open_window)
    said = estimate_shown(qtbot, wizard)
    estimate = wizard.estimate.pages
    assert estimate > 20
    assert f"about {estimate} pages" in said and "Fit it on one page" in said
    wizard.notes.one_page.setChecked(True)  # taking the suggestion: it says one page
    qtbot.waitUntil(lambda: wizard.estimate.pages == 1, timeout=20000)
    assert wizard.notes.estimate.text() == "Your summary will be 1 page."
    wizard.notes.one_page.setChecked(False)
    qtbot.waitUntil(lambda: wizard.estimate.pages == estimate, timeout=20000)
    wizard.next()
    assert built(qtbot, wizard) == estimate  # what it said is what was made


def test_no_suggestion_for_a_short_summary(qtbot, open_window):
    many_moments(open_window.journal, 12)
    wizard = to_preview(qtbot, open_window)
    said = estimate_shown(qtbot, wizard)
    guess = wizard.estimate.pages
    assert 1 <= guess <= 20
    assert "one page" not in said.lower()
    wizard.next()
    assert abs(built(qtbot, wizard) - guess) <= 1
    wizard.back()  # back on the words step, it is said again
    assert estimate_shown(qtbot, wizard) == said


def test_the_suggestion_comes_exactly_past_twenty_pages(qtbot, ctx):
    from ui.summary.finish import NotesStep

    notes = NotesStep("letter", "en")
    qtbot.addWidget(notes)
    notes.show_estimate(20)
    assert notes.estimate.text() == "Your summary will be about 20 pages."
    notes.show_estimate(21)
    assert "Fit it on one page" in notes.estimate.text()
    ctx.languages.switch("es")
    assert "21" in notes.estimate.text() and "página" in notes.estimate.text()
    notes.show_estimate(None)
    assert not notes.estimate.isVisibleTo(notes)


def test_locking_stops_the_estimate_it_never_waits_for_it(qtbot, open_window, monkeypatch):
    import ui.summary.estimate as module

    many_moments(open_window.journal, 5)
    real, started, seen = module.estimate_pages, threading.Event(), {}

    def slow(summary, paper, *, cancelled):
        started.set()
        seen["stopped"] = threading.Event()
        while not cancelled():  # a very long summary: it checks as it goes
            seen["stopped"].wait(0.01)
        seen["stopped"].set()
        return real(summary, paper, cancelled=cancelled)  # raises SummaryCancelled

    monkeypatch.setattr(module, "estimate_pages", slow)
    to_preview(qtbot, open_window)
    qtbot.waitUntil(started.is_set, timeout=10000)
    open_window.lock()  # returns at once: the estimate is told to stop, not waited for
    assert open_window.journal is None
    qtbot.waitUntil(seen["stopped"].is_set, timeout=10000)  # and it does stop
