"""Unlock when the journal file is damaged: the newest backup that opens is offered."""

from __future__ import annotations

from datetime import datetime

from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, make_window, unlock

from journal import Entry, FixedClock, Vault
from journal.backups.manager import BackupManager
from journal.vault.kdf import TEST_PARAMS

WORDS = "we sang the otter song"


def _journal_with_a_backup(data_dir) -> None:
    clock = FixedClock(datetime(2026, 11, 18, 20, 15))
    vault = Vault(data_dir, kdf_params=TEST_PARAMS, clock=clock)
    journal, _code = vault.create(PASSPHRASE)
    try:
        journal.add_entry(Entry("reflection", datetime(2026, 11, 18, 19), {"body": WORDS}))
        BackupManager.for_vault(vault).make_backup(journal)
        journal.add_entry(Entry("reflection", datetime(2026, 11, 19, 8), {"body": "later"}))
    finally:
        journal.close()


def _damage(data_dir) -> bytes:
    db = data_dir / "journal.db"
    raw = bytearray(db.read_bytes())
    raw[5000:9000] = b"\xff" * 4000
    db.write_bytes(bytes(raw))
    return bytes(raw)


def test_a_damaged_journal_offers_the_backup_and_restores_it_on_yes(qtbot, ctx, data_dir):
    _journal_with_a_backup(data_dir)
    damaged = _damage(data_dir)
    key_before = (data_dir / "journal.key").read_bytes()
    window = make_window(qtbot, ctx)
    ctx.dialogs.set_next_answer(True)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.state == "open", timeout=10000)
    asked = [s for s in ctx.dialogs.shown if s.kind == "ask"]
    assert len(asked) == 1
    assert asked[0].text.startswith(
        "Your journal file can't be opened. We kept it safe and didn't change it. "
        "A backup from Wednesday, November 18, 2026 at 8:15")
    assert asked[0].text.endswith("opens with your passphrase. Use it?")
    assert "set aside" in ctx.dialogs.shown[-1].text  # told what happened afterwards
    # the damaged file is set aside byte for byte, never deleted
    aside = sorted(data_dir.glob("set-aside/*/journal.db"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    key_aside = sorted(data_dir.glob("set-aside/*/journal.key"))
    assert len(key_aside) == 1 and key_aside[0].read_bytes() == key_before
    # the restored journal is open, with what the backup held
    bodies = [e.text["body"] for e in window.journal.list_entries().entries]
    assert bodies == [WORDS]
    window.lock()
    again = Vault(data_dir, kdf_params=TEST_PARAMS).open(PASSPHRASE)
    again.close()


def test_saying_no_to_the_backup_changes_nothing(qtbot, ctx, data_dir):
    _journal_with_a_backup(data_dir)
    damaged = _damage(data_dir)
    before = sorted(p.name for p in data_dir.iterdir())
    window = make_window(qtbot, ctx)
    ctx.dialogs.set_next_answer(False)
    unlock(qtbot, window)
    assert window.state == "locked"
    assert [s.kind for s in ctx.dialogs.shown] == ["ask"]
    assert "damaged" in window.unlock_page.message.text()
    assert window.unlock_page.message.property("damaged") is True
    assert (data_dir / "journal.db").read_bytes() == damaged
    assert sorted(p.name for p in data_dir.iterdir()) == before


def test_without_a_backup_it_says_so_and_asks_nothing(qtbot, ctx, data_dir, made_journal):
    damaged = _damage(data_dir)
    window = make_window(qtbot, ctx)
    unlock(qtbot, window)
    assert window.state == "locked" and ctx.dialogs.shown == []
    assert "damaged" in window.unlock_page.message.text()
    assert (data_dir / "journal.db").read_bytes() == damaged


def test_a_wrong_passphrase_is_never_taken_for_damage(qtbot, ctx, data_dir):
    _journal_with_a_backup(data_dir)
    window = make_window(qtbot, ctx)
    unlock(qtbot, window, "not the right words")
    assert window.state == "locked" and ctx.dialogs.shown == []
    assert "doesn't open" in window.unlock_page.message.text()


def test_the_offer_in_spanish(qtbot, ctx, data_dir):
    _journal_with_a_backup(data_dir)
    _damage(data_dir)
    window = make_window(qtbot, ctx)
    window.set_language("es")
    ctx.dialogs.set_next_answer(False)
    unlock(qtbot, window)
    text = ctx.dialogs.shown[-1].text
    assert text.startswith("No se puede abrir el archivo de tu diario.")
    assert "18 de noviembre de 2026" in text
