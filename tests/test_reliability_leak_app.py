"""Drive the real app, type private words everywhere, then look for them on disk and on
screen: not in the data, config or temporary folders, the settings file or a backup, in
UTF-8 or UTF-16; and after locking, in no widget or model."""

from __future__ import annotations

import tempfile

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, back_up_now, lock_and_let_work_end, unlock, visible_texts

from tests.support.leak_scan import found_in

MARKERS = {
    "reflection": "ZQXreflectionÜmark",
    "moment": "ZQXmomentÜmark",
    "person": "ZQXpersonÜmark",
    "helper": "ZQXhelperÜmark",
    "draft": "ZQXdraftÜmark",
    "search": "ZQXsearchÜmark",
    "note": "ZQXnoteÜmark",
}


def found_in_files(root, secrets: dict[str, str] = MARKERS) -> list[str]:
    """Every secret readable in a file under `root`: raw bytes in UTF-8/16/32, any case,
    and inside PDFs that open without a password, decompressed and read as text."""
    return found_in(root, secrets)


def test_private_words_stay_inside_the_encrypted_journal(qtbot, open_window, ctx, tmp_path,
                                                        tmp_path_factory, monkeypatch,
                                                        made_journal):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    window, shell = open_window, open_window.shell

    today = shell.today
    qtbot.keyClicks(today.editor, f"We read together {MARKERS['reflection']}")
    qtbot.keyClick(today.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    shell.open_form("connection")
    form = shell.form
    QTest.keyClicks(form.texts["child_did"], f"Reached for me {MARKERS['moment']}")
    form.share.setChecked(True)
    form.save()

    people = shell.people
    people.new_person()
    people.nickname.setText(MARKERS["person"])
    people.help.setPlainText(MARKERS["helper"])
    people.save()

    shell.tabs.setCurrentWidget(shell.timeline)
    qtbot.keyClicks(shell.timeline.search, MARKERS["search"])
    shell.timeline.run_search()

    shell.tabs.setCurrentWidget(shell.my_data)
    shell.my_data.share_button.click()
    wizard = shell.wizard
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.items.loading, timeout=20000)  # read off the UI thread
    wizard.next()
    wizard.notes.know.setPlainText(MARKERS["note"])
    wizard.notes.protect.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.building, timeout=20000)
    wizard.next()
    ctx.dialogs.set_next_answer(str(tmp_path / "exports" / "summary.pdf"))
    (tmp_path / "exports").mkdir()
    wizard.save.save_pdf.click()
    assert (tmp_path / "exports" / "summary.pdf").stat().st_size > 1000

    back_up_now(qtbot, shell)

    shell.tabs.setCurrentWidget(shell.today)
    qtbot.keyClicks(today.editor, f"Half a thought {MARKERS['draft']}")

    journal = window.journal
    assert journal.search(MARKERS["moment"])  # the words really were saved
    assert any(p.nickname == MARKERS["person"] for p in journal.list_people())

    lock_and_let_work_end(qtbot, window)  # the day's backup, stopped, clears its folder
    assert window.state == "locked"
    on_screen = [text for text in visible_texts()
                 if any(m.lower() in text.lower() for m in MARKERS.values())]
    assert on_screen == []
    assert all(m not in window.windowTitle() for m in MARKERS.values())

    assert found_in_files(tmp_path) == []
    keys = {"passphrase": PASSPHRASE, "code": made_journal,
            "code digits": made_journal.replace("-", "")}
    assert found_in_files(tmp_path, keys) == []  # never written anywhere
    control = tmp_path_factory.mktemp("control")  # the scan does find what is there
    (control / "plain.txt").write_bytes(MARKERS["moment"].encode("utf-16-le"))
    assert found_in_files(control) == ["plain.txt: moment"]
    # (an unprotected summary PDF holding a marker is found: test_journal_leak.py)

    # and the draft typed at the moment of locking was kept, encrypted
    unlock(qtbot, window)
    assert MARKERS["draft"] in window.shell.today.editor.toPlainText()


def test_two_journals_keep_their_words_and_the_list_holds_only_names(
        qtbot, open_window, ctx, tmp_path, tmp_path_factory, data_dir, monkeypatch):
    """A second journal on the same computer: neither journal's words reach any file
    (the plain list of journals included: names only), nor the screen after locking."""
    from test_ui_journals import OTHER, finish_first_run

    from journal.shelf import INDEX_NAME

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    window = open_window
    first, second = MARKERS["reflection"], "ZQXsecondjournalÜmark"
    today = window.shell.today
    qtbot.keyClicks(today.editor, f"We read together {first}")
    qtbot.keyClick(today.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = window.shell.settings.journals_box
    box.start_new()
    box.form.field.setText("Mine")
    box.form.ok_button.click()
    lock_and_let_work_end(qtbot, window)
    assert window.choose_journal("j2")
    finish_first_run(qtbot, window)
    today = window.shell.today
    qtbot.keyClicks(today.editor, f"Bath bubbles {second}")
    qtbot.keyClick(today.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.journal.search(second) and not window.journal.search(first)
    back_up_now(qtbot, window.shell)
    lock_and_let_work_end(qtbot, window)

    secrets = {"first": first, "second": second, "passphrase": PASSPHRASE, "other": OTHER}
    assert found_in_files(tmp_path, secrets) == []
    listed = (data_dir / INDEX_NAME).read_text("utf-8")
    assert "Mine" in listed and all(s not in listed for s in secrets.values())
    on_screen = [t for t in visible_texts() if first in t or second in t]
    assert on_screen == []
    control = tmp_path_factory.mktemp("control")  # the scan finds a name where it is
    (control / INDEX_NAME).write_text(listed + second, "utf-8")
    assert found_in_files(control, secrets) == [f"{INDEX_NAME}: second"]
