"""The summary wizard: dates, exactly the ticked items, notes, the real PDF previewed,
saved (with or without a password), a Stop that really stops, and missing characters
said plainly."""

from __future__ import annotations

import io
import re
import threading
from datetime import timedelta

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import START, flush_deletes, visible_texts

from journal import Entry, Person, StrengthMark
from ui.summary.items import KEY_ROLE

SHARED = "SHAREDMARKER"
SHARED_REPAIR = "REPAIRMARKER"
PRIVATE = "PRIVATEMARKER"
OLD = "OLDMARKER"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def fill(journal) -> dict[str, int]:
    strength = journal.strengths("en")[0]
    ids = {
        "shared": journal.add_entry(Entry(
            "connection", START - timedelta(days=2),
            {"child_did": f"Pointed at a dog {SHARED}", "i_did": "Said dog with her"},
            strengths=[StrengthMark(strength.id)], ok_to_share=True)).id,
        "private": journal.add_entry(Entry(
            "connection", START - timedelta(days=3),
            {"child_did": f"Cried at the door {PRIVATE}"})).id,
        "repair": journal.add_entry(Entry(
            "repair", START - timedelta(days=5),
            {"pulled_apart": "Things got loud", "reconnected": f"We sang {SHARED_REPAIR}"},
            ok_to_share=True)).id,
        "old": journal.add_entry(Entry(
            "reflection", START - timedelta(days=70), {"body": f"Long ago {OLD}"},
            ok_to_share=True)).id,
        "strength": strength.id,
    }
    ids["rosa"] = journal.add_person(Person("village", "Abuela Rosa",
                                            how_they_help="Sunday soup")).id
    return ids


def pdf_text(data: bytes, password: str | None = None) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    if password is not None:
        assert reader.decrypt(password)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def alt(qtbot, widget, key, until) -> None:
    """Alt+letter: a button's mnemonic (it clicks after a short animation)."""
    QTest.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(until, timeout=5000)


def on(wizard, step):
    return lambda: wizard.steps.currentWidget() is step


def open_wizard(qtbot, window):
    shell = window.shell
    qtbot.keyClick(shell, Qt.Key.Key_S, CTRL_SHIFT)
    assert shell.stack.currentWidget() is shell.wizard
    return shell.wizard


def loaded(qtbot, wizard) -> None:
    """Wait until every item of the list is in (they are read off the UI thread)."""
    qtbot.waitUntil(lambda: not wizard.items.loading and wizard.next_button.isEnabled(),
                    timeout=20000)


def current_key(view) -> str:
    return view.currentIndex().data(KEY_ROLE)


def checked(view, key: str):
    model = view.model()
    return model.index(model.row_of(key)).data(Qt.ItemDataRole.CheckStateRole)


def arrow_to(view, key: str) -> None:
    """Move through the list with the arrow keys until `key` is the current row."""
    model = view.model()
    target = model.row_of(key)
    assert target >= 0, key
    while view.currentIndex().row() != target:
        before = view.currentIndex().row()
        QTest.keyClick(view, Qt.Key.Key_Down if before < target else Qt.Key.Key_Up)
        assert view.currentIndex().row() != before


def wait_built(qtbot, wizard) -> None:
    qtbot.waitUntil(lambda: not wizard.building, timeout=20000)
    assert wizard._pdf is not None


def test_the_whole_way_by_keyboard_saves_exactly_what_was_ticked(qtbot, open_window, ctx,
                                                                 tmp_path):
    ids = fill(open_window.journal)
    wizard = open_wizard(qtbot, open_window)
    assert wizard.dates.four_weeks.isChecked() and wizard.dates.four_weeks.hasFocus()
    start, end = wizard.dates.span()
    assert end == START.date() and (end - start).days == 27
    items = wizard.items
    alt(qtbot, wizard, Qt.Key.Key_N, on(wizard, items))
    loaded(qtbot, wizard)
    # only what was marked OK to share, and the plain counts, are ticked at first
    assert items.ticked() == {f"entry:{ids['shared']}", f"entry:{ids['repair']}",
                              f"strength:{ids['strength']}", "chart:connection",
                              "count:repair"}
    model, view = items.model, items.view
    assert f"entry:{ids['private']}" in model.item_keys()
    assert f"person:{ids['rosa']}" in model.item_keys()
    assert f"entry:{ids['old']}" not in model.item_keys()  # outside the dates
    assert view.hasFocus() and current_key(view) == model.item_keys()[0]  # ready for Space
    assert "5 of 7 ticked" in items.count.text()
    # each item reads in full: label and the caregiver's words
    assert f"Pointed at a dog {SHARED}" in model.index(model.row_of(
        f"entry:{ids['shared']}")).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    # untick the repair moment by keyboard; select all of the village
    arrow_to(view, f"entry:{ids['repair']}")
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert f"entry:{ids['repair']}" not in items.ticked()
    assert checked(view, "section:repair") != Qt.CheckState.Checked
    arrow_to(view, "section:village")
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert f"person:{ids['rosa']}" in items.ticked()
    assert checked(view, "section:village") == Qt.CheckState.Checked
    # back and forth keeps the choices
    alt(qtbot, wizard, Qt.Key.Key_B, on(wizard, wizard.dates))
    alt(qtbot, wizard, Qt.Key.Key_N, on(wizard, items))
    assert f"entry:{ids['repair']}" not in wizard.items.ticked()
    assert f"person:{ids['rosa']}" in wizard.items.ticked()
    alt(qtbot, wizard, Qt.Key.Key_N, on(wizard, wizard.notes))

    notes = wizard.notes
    assert notes.name.hasFocus()
    QTest.keyClicks(notes.name, "Maria and Leo")
    QTest.keyClicks(notes.know, "Mornings are hard, evenings are sweet.")
    QTest.keyClicks(notes.questions, "How can I help with goodbyes?")
    QTest.keyClick(notes.questions, Qt.Key.Key_Return)
    QTest.keyClicks(notes.questions, "What songs are good now?")
    assert notes.paper.currentData() == "letter"  # the tests run as en_US
    alt(qtbot, wizard, Qt.Key.Key_N, on(wizard, wizard.preview))
    wait_built(qtbot, wizard)
    pages = len(pypdf.PdfReader(io.BytesIO(wizard._pdf)).pages)
    assert len(wizard.preview.pages.pages) == pages >= 1
    qtbot.waitUntil(lambda: not wizard.preview.pages.pages[0].pixmap().isNull(),
                    timeout=10000)  # drawn off the UI thread as it comes into view
    assert not wizard.preview.missing.isVisible()
    alt(qtbot, wizard, Qt.Key.Key_N, on(wizard, wizard.save))

    ctx.dialogs.set_next_answer(str(tmp_path / "our summary"))
    saved = tmp_path / "our summary.pdf"
    alt(qtbot, wizard, Qt.Key.Key_S, saved.exists)
    text = pdf_text(saved.read_bytes())
    for wanted in (SHARED, "Abuela Rosa", "Maria and Leo", "How can I help with goodbyes?",
                   "What songs are good now?", "Mornings are hard, evenings are sweet."):
        assert wanted in text
    for unwanted in (PRIVATE, SHARED_REPAIR, OLD):
        assert unwanted not in text
    assert "our summary.pdf" in wizard.save.saved.text()
    ctx.dialogs.set_next_answer(str(tmp_path / "our summary.html"))
    alt(qtbot, wizard, Qt.Key.Key_W, (tmp_path / "our summary.html").exists)
    html = (tmp_path / "our summary.html").read_text("utf-8")
    assert SHARED in html and PRIVATE not in html
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("our")) == [
        "our summary.html", "our summary.pdf"]
    shell = open_window.shell
    alt(qtbot, wizard, Qt.Key.Key_D, lambda: shell.stack.currentWidget() is shell.tabs)
    assert wizard.items.model.total == 0 and wizard._pdf is None and wizard.journal is None


def test_a_password_protects_the_pdf_and_the_one_shown_opens_it(qtbot, open_window, ctx,
                                                                tmp_path):
    fill(open_window.journal)
    shell = open_window.shell
    shell.tabs.setCurrentWidget(shell.my_data)
    shell.my_data.share_button.click()
    wizard = shell.wizard
    wizard.next()
    loaded(qtbot, wizard)
    wizard.next()
    wizard.notes.protect.setChecked(True)
    password = wizard.notes.password.text()
    assert re.fullmatch(r"[a-z2-9]{4}(-[a-z2-9]{4}){3}", password)
    assert wizard.notes.password.isVisibleTo(wizard.notes)
    assert "separately" in wizard.notes.password_note.text()
    wizard.notes.new_password.click()
    assert wizard.notes.password.text() != password
    password = wizard.notes.password.text()
    wizard.next()
    wait_built(qtbot, wizard)
    assert len(wizard.preview.pages.pages) >= 1  # the preview opened it with the password
    qtbot.waitUntil(lambda: not wizard.preview.pages.pages[0].pixmap().isNull(),
                    timeout=10000)
    wizard.next()
    assert wizard.save.password.text() == password
    target = tmp_path / "protected.pdf"
    ctx.dialogs.set_next_answer(str(target))
    wizard.save.save_pdf.click()
    data = target.read_bytes()
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert not reader.decrypt("not-the-password")
    assert SHARED in pdf_text(data, password)
    # the web page copy has no password: the caregiver is asked first
    ctx.dialogs.set_next_answer(False)
    wizard.save.save_html.click()
    assert ctx.dialogs.shown[-1].kind == "ask"
    assert list(tmp_path.glob("*.html")) == []


def test_stop_really_stops_and_nothing_is_saved(qtbot, open_window, ctx, tmp_path,
                                                monkeypatch):
    import ui.summary.wizard as module

    fill(open_window.journal)
    real = module.render_pdf
    started, pressed = threading.Event(), threading.Event()
    seen = {}

    def slow_render(summary, **kwargs):
        seen.update(kwargs)
        started.set()
        pressed.wait(timeout=20)  # the worker waits until Stop has been pressed
        seen["cancelled_then"] = kwargs["cancelled"]()
        return real(summary, **kwargs)  # raises SummaryCancelled: it checks cancelled()

    monkeypatch.setattr(module, "render_pdf", slow_render)
    wizard = open_wizard(qtbot, open_window)
    wizard.next()
    loaded(qtbot, wizard)
    wizard.next()
    wizard.notes.name.setText("Maria")
    wizard.next()
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert wizard.preview.building.isVisible()
    assert not wizard.next_button.isEnabled()
    assert callable(seen["progress"])
    qtbot.mouseClick(wizard.preview.cancel, Qt.MouseButton.LeftButton)
    pressed.set()
    qtbot.waitUntil(lambda: not wizard.building, timeout=20000)
    assert seen["cancelled_then"] is True  # Stop reached the worker
    assert wizard.steps.currentWidget() is wizard.notes
    assert "Stopped" in wizard.message.text() and wizard.message.isVisible()
    assert wizard._pdf is None and wizard.preview.pages.pages == []
    assert [s.kind for s in ctx.dialogs.shown] == []
    assert not list(tmp_path.rglob("*.pdf"))
    assert wizard.notes.name.text() == "Maria"  # their words are still there to try again


def test_characters_the_pdf_cannot_show_are_said_plainly(qtbot, open_window, ctx):
    fill(open_window.journal)
    wizard = open_wizard(qtbot, open_window)
    wizard.next()
    loaded(qtbot, wizard)
    wizard.next()
    wizard.notes.name.setText("𓀀𓀁 family")  # Egyptian hieroglyphs: no font here has them
    wizard.next()
    wait_built(qtbot, wizard)
    message = wizard.preview.missing
    assert message.isVisible()
    assert "𓀀 (EGYPTIAN HIEROGLYPH A001)" in message.text()
    assert "𓀁" in message.text()
    assert "can't show" in message.text() and "web page copy" in message.text()


def test_no_moments_in_the_dates_still_lets_you_add_words(qtbot, open_window, ctx):
    wizard = open_wizard(qtbot, open_window)
    wizard.dates.custom.setChecked(True)
    wizard.dates.start.setDate(START.date() - timedelta(days=3))
    wizard.dates.end.setDate(START.date() - timedelta(days=9))
    wizard.next()  # the last day is before the first
    assert wizard.steps.currentWidget() is wizard.dates
    assert wizard.dates.problem.isVisible()
    wizard.dates.end.setDate(START.date())
    wizard.next()
    loaded(qtbot, wizard)
    assert wizard.items.empty.isVisible() and wizard.items.model.total == 0
    wizard.next()
    wizard.notes.know.setPlainText("We are doing well.")
    wizard.next()
    wait_built(qtbot, wizard)
    assert "We are doing well." in pdf_text(wizard._pdf)


def test_closing_asks_when_words_were_typed_and_lock_clears_everything(qtbot, open_window,
                                                                       ctx):
    fill(open_window.journal)
    wizard = open_wizard(qtbot, open_window)
    wizard.next()
    loaded(qtbot, wizard)
    wizard.next()
    wizard.notes.know.setPlainText("Private note")
    ctx.dialogs.set_next_answer(False)
    QTest.keyClick(wizard.notes.name, Qt.Key.Key_Escape)
    assert open_window.shell.stack.currentWidget() is wizard  # they chose to stay
    wizard.next()
    wait_built(qtbot, wizard)
    open_window.lock()
    flush_deletes()
    assert not any(SHARED in text or "Private note" in text for text in visible_texts())


@pytest.mark.parametrize("lang", ["es"])
def test_the_wizard_speaks_spanish(qtbot, open_window, ctx, lang):
    open_window.set_language(lang)
    fill(open_window.journal)
    wizard = open_wizard(qtbot, open_window)
    assert "Paso 1 de 5" in wizard.where.text()
    wizard.next()
    loaded(qtbot, wizard)
    assert "marcados" in wizard.items.count.text()
    wizard.next()
    assert wizard.notes.lang.currentData() == "es"
    wizard.next()
    wait_built(qtbot, wizard)
    assert "Fortalezas que notamos" in pdf_text(wizard._pdf)
    wizard.next()
    assert "lector de pantalla" in wizard.save.html_hint.text()
    assert "navegador" in wizard.save.print_note.text()


def test_shared_by_starts_as_the_caregiver_and_names_no_child(qtbot, open_window, ctx):
    journal = open_window.journal
    fill(journal)
    journal.add_person(Person("caregiver", "Lucía"))
    journal.add_person(Person("child", "Mia", "2026-02"))
    journal.add_person(Person("caregiver", "Papá Tomás"))
    lucia = next(p.id for p in journal.list_people() if p.nickname == "Lucía")
    wizard = open_wizard(qtbot, open_window)
    wizard.next()
    loaded(qtbot, wizard)
    view = wizard.items.view
    assert f"person:{lucia}" not in view.model().item_keys()
    view.setFocus()
    arrow_to(view, "section:village")
    QTest.keyClick(view, Qt.Key.Key_Space)  # the whole village goes in
    wizard.next()
    notes = wizard.notes
    assert notes.sharers.text() == "Lucía"
    QTest.keyClick(notes.name, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert notes.sharers.hasFocus()  # Alt+H reaches it; its label is read with it
    assert notes.sharers.accessibleName() == "Shared by"
    notes.name.setText("Lucía and Mia")
    wizard.next()
    wait_built(qtbot, wizard)
    text = pdf_text(wizard._pdf)
    assert "Shared by Lucía on" in text and "Shared by Lucía and Mia" not in text
    assert "Papá Tomás" in text and "Abuela Rosa" in text
    assert text.count("Lucía") == 2  # the cover name and "Shared by", not the village


def test_last_step_offers_the_web_page_copy_to_screen_readers(qtbot, open_window, ctx):
    fill(open_window.journal)
    wizard = open_wizard(qtbot, open_window)
    wizard.next()
    loaded(qtbot, wizard)  # the item list is read off the UI thread
    for _ in range(2):
        wizard.next()
    wait_built(qtbot, wizard)
    wizard.next()
    save = wizard.save
    assert wizard.steps.currentWidget() is save and save.save_pdf.hasFocus()
    assert "works best with a screen reader" in save.save_pdf.accessibleDescription()
    assert "works best with a screen reader" in save.html_hint.text()
    assert save.save_html.isVisible() and save.save_html.isEnabled()
    assert "may print where the file is" in save.print_note.text()
    assert save.print_note.isVisible()


@pytest.mark.parametrize("app_lang, summary_lang, stem", [
    ("en", "es", "resumen-de-fortalezas-"), ("es", "en", "strengths-summary-")])
def test_the_file_is_named_in_the_summary_language(qtbot, open_window, ctx, tmp_path,
                                                   app_lang, summary_lang, stem):
    open_window.set_language(app_lang)
    fill(open_window.journal)
    wizard = open_wizard(qtbot, open_window)
    wizard.next()
    loaded(qtbot, wizard)  # the item list is read off the UI thread
    wizard.next()
    wizard.notes.lang.setCurrentIndex(wizard.notes.lang.findData(summary_lang))
    wizard.next()
    wait_built(qtbot, wizard)
    wizard.next()
    for button, extension in ((wizard.save.save_pdf, "pdf"), (wizard.save.save_html, "html")):
        ctx.dialogs.set_next_answer(None)  # the caregiver cancels the save dialog
        button.click()
        suggested = ctx.dialogs.shown[-1].text
        assert re.search(rf"{stem}\d{{4}}-\d\d-\d\d\.{extension}$", suggested), suggested
