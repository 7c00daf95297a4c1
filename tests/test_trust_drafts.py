"""Moving a journal never changes another entry: ids inside drafts are translated on
import (or the draft is left out, and the import says so), and a draft whose entry is
gone opens as a new moment."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, make_window, unlock

from journal import Entry, FixedClock, Person, Vault
from journal.transfer.export import export_json
from journal.transfer.importers import import_file
from journal.vault.kdf import TEST_PARAMS
from ui.moments.form import DRAFT_KEY, EntryForm
from ui.plumbing.dialogs import Dialogs

A_WORDS = {"child_did": "E1: she pointed at the moon", "i_did": "I said moon"}
B_WORDS = {"body": "B's own first words, never to be changed"}


def connection(day: int, words: dict, people=()) -> Entry:
    return Entry("connection", datetime(2026, 11, day, 9), dict(words), people=list(people))


@pytest.fixture
def journal_a(tmp_path):
    vault = Vault(tmp_path / "a", kdf_params=TEST_PARAMS,
                  clock=FixedClock(datetime(2026, 11, 20, 9)))
    journal, _ = vault.create(PASSPHRASE)
    yield journal
    journal.close()


def draft_editing(qapp, journal, entry) -> str:
    """The form's own draft, made by the real form, while editing `entry`."""
    form = EntryForm(Dialogs(headless=True))
    form.start(journal, entry.kind, entry.happened_at, "en", entry)
    form.texts["child_did"].setPlainText("E1, edited in the draft")
    draft = form.draft()
    form.wipe()
    form.deleteLater()
    return draft


def filled_a(qapp, journal_a):
    kid = journal_a.add_person(Person("child", "Moon kid"))
    e1 = journal_a.add_entry(connection(1, A_WORDS, [kid.id]))
    journal_a.add_entry(connection(2, {"child_did": "E2: a clap", "i_did": "I clapped"}))
    journal_a.save_draft(DRAFT_KEY, draft_editing(qapp, journal_a, e1))
    return export_json(journal_a)


def test_an_imported_form_draft_points_at_the_imported_entry(qapp, journal_a, journal):
    data = filled_a(qapp, journal_a)
    journal.add_entry(Entry("reflection", datetime(2026, 11, 1, 8), dict(B_WORDS)))
    import_file(journal, data)
    draft = json.loads(journal.load_draft(DRAFT_KEY))
    target = journal.get_entry(draft["id"])
    assert target.text["child_did"] == A_WORDS["child_did"]
    assert [journal.get_person(p).nickname for p in draft["people"]] == ["Moon kid"]


def test_an_imported_form_draft_never_says_a_photo_was_lost(qapp, journal_a, journal):
    """A draft kept at a lock while a photo was being added says so when it comes back
    in its own journal; brought into another one, it has nothing to say about it."""
    draft = json.loads(draft_editing(qapp, journal_a, journal_a.add_entry(
        connection(1, A_WORDS))))
    journal_a.save_draft(DRAFT_KEY, json.dumps(dict(draft, photos_left=1)))
    journal_a.save_draft("entry:new", json.dumps({"body": "words", "photos_left": 2}))
    import_file(journal, export_json(journal_a))
    assert "photos_left" not in json.loads(journal.load_draft(DRAFT_KEY))
    assert json.loads(journal.load_draft("entry:new")) == {"body": "words"}


def test_a_draft_in_a_shape_we_do_not_know_is_left_out_and_said(journal_a, journal):
    journal_a.save_draft("some-page", json.dumps({"entry_id": 1, "words": "hi"}))
    journal_a.save_draft("entry:new", "plain words stay")
    result = import_file(journal, export_json(journal_a))
    assert result.drafts_left_out == 1
    assert journal.load_draft("some-page") is None
    assert journal.load_draft("entry:new") == "plain words stay"


def test_after_an_import_restoring_the_form_and_saving_changes_no_other_moment(
        qtbot, qapp, ctx, data_dir, clock, journal_a):
    data = filled_a(qapp, journal_a)
    journal_b, _ = Vault(data_dir, kdf_params=TEST_PARAMS, clock=clock).create(PASSPHRASE)
    journal_b.add_entry(Entry("reflection", datetime(2026, 11, 1, 8), dict(B_WORDS)))
    import_file(journal_b, data)
    before = {e.id: dict(e.text) for e in journal_b.list_entries().entries}
    journal_b.close()
    window = make_window(qtbot, ctx)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.state == "open", timeout=10000)
    shell = window.shell
    assert shell.stack.currentWidget() is shell.form  # the draft came back
    shell.form.save()
    after = {e.id: dict(e.text) for e in window.journal.list_entries().entries}
    changed = [i for i in before if after[i] != before[i]]
    assert len(changed) == 1
    assert after[changed[0]]["child_did"] == "E1, edited in the draft"
    assert B_WORDS in after.values()
    window.lock()


def test_a_draft_whose_entry_is_gone_opens_as_a_new_moment(qtbot, qapp, ctx, data_dir,
                                                           clock):
    journal, _ = Vault(data_dir, kdf_params=TEST_PARAMS, clock=clock).create(PASSPHRASE)
    gone = journal.add_entry(connection(1, A_WORDS))
    other = journal.add_entry(Entry("reflection", datetime(2026, 11, 2, 9), dict(B_WORDS)))
    journal.save_draft(DRAFT_KEY, draft_editing(qapp, journal, gone))
    journal.delete_entry(gone.id)
    journal.conn.execute("DELETE FROM entries WHERE id = ?", (gone.id,))
    journal.close()
    window = make_window(qtbot, ctx)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.state == "open", timeout=10000)
    assert window.shell.form.entry_id is None
    window.shell.form.save()
    assert window.journal.get_entry(other.id).text == B_WORDS
    assert window.journal.count_entries() == 2
    window.lock()
