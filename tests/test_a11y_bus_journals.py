"""The journal picker on the accessibility bus (AT-SPI): the real app on its own Xvfb
display, by keyboard, as a screen reader hears it (harness: tests/test_a11y_bus.py and
tests/support/atspi_session.py; its control tests show it catches unnamed controls)."""

from __future__ import annotations

from support.atspi_session import app_argv, label
from test_a11y_bus import (  # noqa: F401 - the harness's fixtures
    PASSPHRASE,
    _packages,
    assert_screen,
    first_focus,
    make_journal,
    session_for,
)

from journal import Vault
from journal.shelf import Shelf
from journal.vault.kdf import TEST_PARAMS

OTHER = "another quiet evening walk"


def test_the_journal_picker_by_keyboard_and_screen_reader(session_for, tmp_path):  # noqa: F811
    data = make_journal(tmp_path)
    second = Shelf(data).create("Mine")
    Vault(second.folder, kdf_params=TEST_PARAMS).create(OTHER)[0].close()
    session = session_for(app_argv(data))
    start = first_focus(session)
    assert label(start) == "password text: Passphrase", label(start)
    names = [label(c) for c in assert_screen(session, "unlock with two journals")]
    assert "combo box: Journal: (Journal 1)" in names, names
    assert "push button: Start a new journal" in names, names
    assert names.index("combo box: Journal: (Journal 1)") < names.index(
        "password text: Passphrase") or names[0] == "password text: Passphrase"
    landed = session.press("alt+j")
    assert label(landed) == "combo box: Journal: (Journal 1)", label(landed)
    heard = len(session.heard.events)
    session.key("Down")
    session.sync()
    now = session.focused()
    assert label(now) == "combo box: Journal: (Mine)", label(now)
    moved = [label(e) for e in session.heard.events[heard:] if e["type"] == "focus"]
    assert all(m.startswith("combo box") for m in moved), moved  # focus stays on the list
    landed = session.press("Tab")
    assert label(landed) == "password text: Passphrase", label(landed)
    session.type(OTHER)  # Mine's own passphrase: the first journal's would not open it
    session.key("Return")
    landed = session.expect(lambda e: e["type"] == "focus" and e["name"] != "Passphrase",
                            what="focus on the open journal")
    assert label(landed) == "text: Your reflection", label(landed)
    session.stop()

    again = session_for(app_argv(data))  # the next start remembers the last journal
    first_focus(again)
    landed = again.press("alt+j")
    assert label(landed) == "combo box: Journal: (Mine)", label(landed)
