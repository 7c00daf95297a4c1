"""Opening a journal from an older version fills the search index again once (issue 17):
the unlock shows how far it is, then the journal opens and search finds its words."""

from __future__ import annotations

import shutil
from pathlib import Path

from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import make_window, unlock

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "v1"
FIXTURE_PASSPHRASE = "small moments fixture v1"  # documented in fixtures/make_v1.py


def test_unlock_shows_how_far_the_upgrade_is(qtbot, ctx, data_dir):
    for item in FIXTURE.iterdir():
        shutil.copy(item, data_dir / item.name)
    window = make_window(qtbot, ctx)
    page = window.unlock_page
    said: list[tuple[int, int]] = []
    page.upgrading.connect(lambda done, total: said.append((done, total)))
    unlock(qtbot, window, FIXTURE_PASSPHRASE)
    assert window.state == "open"
    count = window.journal.count_entries()
    qtbot.waitUntil(lambda: page.busy.value() == count)  # shown on the UI thread
    assert said[-1] == (count, count)
    assert page.busy.maximum() == count
    assert page.busy.text() == "Getting your journal ready: 100%"
    assert page.busy.accessibleName() == "Getting your journal ready"
    assert [h.entry_id for h in window.journal.search("babble")]
    window.lock()
