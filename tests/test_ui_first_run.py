"""First run end to end, the recovery code, and a second instance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, make_window

from journal import Vault
from journal.vault.kdf import TEST_PARAMS
from ui.shell.app import claim_folder


def test_first_run_creates_a_journal_and_opens_it(qtbot, ctx, data_dir):
    window = make_window(qtbot, ctx)
    page = window.first_run
    assert window.state == "first_run"
    assert "private" in page.welcome_text.text()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.fields.passphrase, PASSPHRASE)
    assert not page.create_button.isEnabled()
    qtbot.keyClicks(page.fields.confirm, PASSPHRASE)
    assert page.create_button.isEnabled()
    assert "strong" in page.fields.hint.text()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 2, timeout=10000)
    code = page.code_view.code_label.text()
    assert len(code) == 34
    assert not page.code_next.isEnabled()  # must type it back or say it was kept
    qtbot.keyClicks(page.code_view.typeback, code.lower().replace("-", " "))
    assert page.code_next.isEnabled()
    qtbot.mouseClick(page.code_next, Qt.MouseButton.LeftButton)
    assert page.steps.currentIndex() == 3
    qtbot.keyClicks(page.nickname, "Bean")
    page.month.setCurrentIndex(3)
    page.year.setValue(2025)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert window.state == "open"
    people = window.journal.list_people("child")
    assert [(p.nickname, p.birth_month) for p in people] == [("Bean", "2025-03")]
    assert (data_dir / "journal.db").exists()
    window.lock()
    reopened = Vault(data_dir, kdf_params=TEST_PARAMS).open(PASSPHRASE)
    reopened.close()


def test_recovery_code_can_be_confirmed_kept_and_saved_as_pdf(qtbot, ctx, tmp_path):
    window = make_window(qtbot, ctx)
    page = window.first_run
    page._go(1)
    page.fields.passphrase.setText(PASSPHRASE)
    page.fields.confirm.setText(PASSPHRASE)
    page.create()
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 2, timeout=10000)
    pdf = tmp_path / "code.pdf"
    ctx.dialogs.set_next_answer(str(pdf))
    page.code_view.pdf_button.click()
    assert pdf.read_bytes().startswith(b"%PDF")
    ctx.dialogs.set_next_answer(False)  # the print dialog: cancelled
    page.code_view.print_button.click()
    assert [s.kind for s in ctx.dialogs.shown] == ["save_file", "print"]
    page.code_view.typeback.setText("0000-0000")
    assert not page.code_next.isEnabled()
    page.code_view.kept.setChecked(True)
    assert page.code_next.isEnabled()
    page.code_next.click()
    page.skip()
    assert window.state == "open"
    assert window.journal.list_people() == []


def test_short_or_mismatched_passphrase_cannot_be_used(qtbot, ctx):
    window = make_window(qtbot, ctx)
    fields = window.first_run.fields
    fields.passphrase.setText("short")
    fields.confirm.setText("short")
    assert not window.first_run.create_button.isEnabled()
    assert "8" in fields.hint.text()
    fields.passphrase.setText("long enough words")
    fields.confirm.setText("long enough word")
    assert "match" in fields.match.text()
    assert not window.first_run.create_button.isEnabled()


def test_second_instance_says_so_plainly(qtbot, ctx):
    from dataclasses import replace

    from ui.plumbing.instance import JournalSeat

    first = claim_folder(ctx)
    assert first is not None
    second = replace(ctx, seat=JournalSeat())  # another window: a seat of its own
    try:
        assert claim_folder(second) is None
        assert "already open" in ctx.dialogs.shown[-1].text
    finally:
        first.release()
    again = claim_folder(second)
    assert again is not None
    again.release()
