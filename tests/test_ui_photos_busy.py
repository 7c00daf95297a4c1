"""A photo is made ready off the UI thread: the window keeps answering while it is,
the row says "Getting the photo ready…" (named for screen readers) and the add button
waits; photos dropped together come in order; Save waits for them; Cancel and lock drop
a photo still getting ready, with no question after; a bad photo says what it always
said, and nothing changes.

`photos.prepare` is swapped for a stand-in that waits on an event the test sets, so
the test decides when the work ends (no sleeping, no timing)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QMimeData, QTimer, QUrl
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QProgressBar
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import unlock

from journal.records import photos
from tests import photo_samples
from ui.moments import photos as strip_module
from ui.plumbing.operations import held

READY = "Getting the photo ready\u2026"


class Gate:
    """A stand-in for photos.prepare that waits until the test opens the gate (or, so a
    control that runs it on the UI thread can end, until `patience` seconds pass)."""

    def __init__(self, monkeypatch, patience: float = 2.0) -> None:
        self.open = threading.Event()
        self.patience = patience
        self.started: list[int] = []  # the width of each photo, as its work begins
        self.ended = threading.Event()
        self.released: bool | None = None  # True: the test opened it; False: it gave up
        self.running = 0
        self.most_at_once = 0
        self._real = photos.prepare
        self._lock = threading.Lock()
        monkeypatch.setattr(photos, "prepare", self)

    def __call__(self, data: bytes) -> photos.Prepared:
        with self._lock:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            self.started.append(len(data))
            released = self.open.wait(self.patience)
            if self.released is None:
                self.released = released
            return self._real(data)
        finally:
            with self._lock:
                self.running -= 1
            self.ended.set()


def busy_names(strip) -> list[str]:
    """The busy bars the row shows (a new one shows once its posted events are sent)."""
    QApplication.sendPostedEvents()
    return [bar.accessibleName() for bar in strip.findChildren(QProgressBar)
            if bar.isVisible()]


def inline(parent, work, on_success, on_failure, **_kw):
    """The old way: the work runs on the UI thread, there and then."""
    try:
        value = work()
    except BaseException as exc:  # noqa: BLE001
        on_failure(exc)
    else:
        on_success(value)


def open_form(open_window, kind="connection"):
    """The form, with focus on "Add a photo": each photo here is picked there (so its
    words are asked as it is ready; a photo dropped while typing is not asked about)."""
    open_window.shell.open_form(kind)
    open_window.shell.form.photos.add_button.setFocus()
    return open_window.shell.form


def ready(qtbot, strip):
    qtbot.waitUntil(lambda: not strip.busy(), timeout=10000)


def while_it_gets_ready(qtbot, strip, gate, add) -> dict:
    """Start adding a photo; while its work waits at the gate, see whether the UI
    thread still runs (a timer ticks) and what the row shows; then open the gate."""
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    add()
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=10000)
    seen = {"still_working": gate.released is None, "busy": busy_names(strip),
            "add_enabled": strip.add_button.isEnabled(), "tiles": len(strip.tiles)}
    gate.open.set()
    timer.stop()
    return seen


def test_the_window_keeps_answering_while_a_photo_gets_ready(qtbot, open_window, ctx,
                                                             monkeypatch):
    form = open_form(open_window)
    gate = Gate(monkeypatch)
    ctx.dialogs.set_next_answer("In the bath")
    seen = while_it_gets_ready(qtbot, form.photos, gate,
                               lambda: form.photos.add_bytes(photo_samples.tagged_jpeg()))
    assert seen == {"still_working": True, "busy": [READY], "add_enabled": False,
                    "tiles": 0}
    ready(qtbot, form.photos)
    assert gate.released is True
    assert [t.accessibleName() for t in form.photos.tiles] == ["Photo 1: In the bath"]
    assert busy_names(form.photos) == [] and form.photos.add_button.isEnabled()


def test_control_the_same_check_catches_work_done_on_the_ui_thread(qtbot, open_window, ctx,
                                                                   monkeypatch):
    monkeypatch.setattr(strip_module, "run_in_background", inline, raising=False)
    form = open_form(open_window)
    gate = Gate(monkeypatch, patience=0.3)
    ctx.dialogs.set_next_answer("In the bath")
    seen = while_it_gets_ready(qtbot, form.photos, gate,
                               lambda: form.photos.add_bytes(photo_samples.tagged_jpeg()))
    assert gate.released is False  # the test could not open the gate: the UI thread was held
    assert not seen["still_working"] and seen["busy"] == [] and seen["tiles"] == 1


def test_the_busy_bar_is_named_and_on_the_tab_path(qtbot, open_window, ctx, monkeypatch):
    form = open_form(open_window)
    gate = Gate(monkeypatch)
    form.photos.add_button.setFocus()
    form.photos.add_bytes(photo_samples.tagged_jpeg(64, 48))
    bar = form.photos.busy_bar
    assert bar is not None and bar.accessibleName() == READY
    seen = QAccessible.queryAccessibleInterface(bar)  # what the bus bridge hands on
    assert seen.role() == QAccessible.Role.ProgressBar
    assert seen.text(QAccessible.Text.Name) == READY
    assert form.photos.busy_label.text() == READY
    assert bar.hasFocus()  # the add button waits; focus stays where the photo comes
    assert bar in form.photos.tab_chain()
    ctx.dialogs.set_next_answer("")
    gate.open.set()
    ready(qtbot, form.photos)
    assert form.photos.add_button.hasFocus()


def test_four_dropped_photos_come_in_order_and_a_fifth_is_refused(qtbot, open_window, ctx,
                                                                  monkeypatch, tmp_path):
    form = open_form(open_window)
    gate = Gate(monkeypatch)
    files = []
    for n in range(5):
        path = tmp_path / f"photo{n}.jpg"
        path.write_bytes(photo_samples.tagged_jpeg(64 + 16 * n, 48))
        files.append(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    ctx.dialogs.set_next_answer(None)  # the message about the fifth: read at once
    for n in range(4):
        ctx.dialogs.set_next_answer(f"Photo number {n + 1}")
    assert form.photos.add_from_mime(mime)
    assert [s.kind for s in ctx.dialogs.shown] == ["warn"]
    assert "up to 4 photos" in ctx.dialogs.shown[0].text
    assert busy_names(form.photos) == [READY] and not form.photos.add_button.isEnabled()
    gate.open.set()
    ready(qtbot, form.photos)
    assert [s.kind for s in ctx.dialogs.shown] == ["warn"] + ["ask_text"] * 4
    assert gate.started == [len(path.read_bytes()) for path in files[:4]]
    assert gate.most_at_once == 1  # one after another
    assert [i.alt for i in form.photos.items] == [f"Photo number {n}" for n in range(1, 5)]
    assert [i.prepared.width for i in form.photos.items] == [64, 80, 96, 112]
    assert not form.photos.add_button.isEnabled()  # four: no more


def test_photos_getting_ready_count_toward_four(qtbot, open_window, ctx, monkeypatch):
    form = open_form(open_window)
    gate = Gate(monkeypatch)
    small = photo_samples.tagged_jpeg(64, 48)
    for _ in range(4):
        assert form.photos.add_bytes(small)
    assert not form.photos.add_bytes(small)
    assert ctx.dialogs.shown[-1].kind == "warn" and "up to 4" in ctx.dialogs.shown[-1].text
    for _ in range(4):
        ctx.dialogs.set_next_answer("")
    gate.open.set()
    ready(qtbot, form.photos)
    assert len(form.photos.items) == 4


def test_save_waits_for_the_photo_and_keeps_it(qtbot, open_window, ctx, monkeypatch):
    form = open_form(open_window)
    journal = open_window.journal
    gate = Gate(monkeypatch)
    form.texts["child_did"].setPlainText("Splashing")
    form.photos.add_bytes(photo_samples.tagged_jpeg(64, 48))
    form.save()
    assert journal.list_entries().entries == []  # not yet: the photo is getting ready
    assert form.isVisible()
    waiting = "Getting the photo ready\u2026 Keeping it all right after."
    assert busy_names(form.photos) == [waiting]
    assert form.photos.busy_label.text() == waiting
    ctx.dialogs.set_next_answer("Splash")
    gate.open.set()
    qtbot.waitUntil(lambda: journal.list_entries().entries != [], timeout=10000)
    [entry] = journal.list_entries().entries
    assert entry.text["child_did"] == "Splashing"
    assert [p.alt for p in journal.photos.of_entry(entry.id)] == ["Splash"]
    assert not form.isVisible() and form.photos.items == []


def test_todays_reflection_waits_for_its_photo(qtbot, open_window, ctx, monkeypatch):
    today = open_window.shell.today
    journal = open_window.journal
    gate = Gate(monkeypatch)
    today.editor.setPlainText("A slow morning")
    today.photos.add_button.setFocus()  # picked with "Add a photo"
    today.photos.add_bytes(photo_samples.tagged_jpeg(64, 48))
    today.save_reflection()
    assert journal.list_entries().entries == []
    ctx.dialogs.set_next_answer("Pancakes")
    gate.open.set()
    qtbot.waitUntil(lambda: journal.list_entries().entries != [], timeout=10000)
    [entry] = journal.list_entries().entries
    assert [p.alt for p in journal.photos.of_entry(entry.id)] == ["Pancakes"]
    assert today.editor.toPlainText() == "" and today.photos.items == []


def end_of_work(qtbot, gate) -> None:
    """The stand-in has returned and its (dropped) result has been delivered."""
    if gate.started:
        qtbot.waitUntil(gate.ended.is_set, timeout=10000)
    qtbot.waitUntil(lambda: not held(), timeout=10000)
    QApplication.processEvents()


def test_cancel_drops_a_photo_getting_ready(qtbot, open_window, ctx, monkeypatch):
    form = open_form(open_window)
    gate = Gate(monkeypatch)
    form.texts["child_did"].setPlainText("Splashing")
    form.photos.add_bytes(photo_samples.tagged_jpeg(64, 48))
    qtbot.waitUntil(lambda: gate.started != [], timeout=10000)
    form.save()  # waits for the photo...
    form.cancel()  # ...but the parent changed their mind
    gate.open.set()
    end_of_work(qtbot, gate)
    assert ctx.dialogs.shown == []  # no question about the photo's words
    assert open_window.journal.list_entries().entries == []
    assert form.photos.items == [] and not form.photos.busy()


@pytest.mark.parametrize("where", ["form", "today"])
def test_lock_while_a_photo_gets_ready_drops_it_quietly(qtbot, open_window, ctx,
                                                        monkeypatch, where):
    shell = open_window.shell
    if where == "form":
        form = open_form(open_window)
        form.texts["child_did"].setPlainText("At the park")
        strip = form.photos
    else:
        shell.today.editor.setPlainText("At the park")
        strip = shell.today.photos
    gate = Gate(monkeypatch)
    strip.add_bytes(photo_samples.tagged_jpeg(64, 48))
    qtbot.waitUntil(lambda: gate.started != [], timeout=10000)  # the work is running
    assert busy_names(strip) == [READY]
    if where == "form":
        form.save()  # a Save waiting for it does not happen after the lock either
    open_window.lock()
    assert strip.items == [] and strip.waiting == [] and strip.job is None
    gate.open.set()
    end_of_work(qtbot, gate)
    assert ctx.dialogs.shown == []  # no words asked, no message, after the lock
    unlock(qtbot, open_window)
    shell = open_window.shell
    journal = open_window.journal
    assert journal.list_entries().entries == []
    assert journal.conn.execute("SELECT count(*) FROM photos").fetchone()[0] == 0
    for again in (shell.today.photos, shell.form.photos):
        assert again.items == [] and not again.busy() and busy_names(again) == []
    if where == "form":  # the words came back as the draft, as always
        assert shell.stack.currentWidget() is shell.form
        assert shell.form.texts["child_did"].toPlainText() == "At the park"
    else:
        assert shell.today.editor.toPlainText() == "At the park"
    assert ctx.dialogs.shown == []


@pytest.mark.parametrize(("data", "words"), [
    (b"just words" * 50, "isn't a photo"),
    (photo_samples.heic_header(), "like HEIC"),
    (photo_samples.truncated_jpeg(), "cut short"),
    (photo_samples.bomb_png(), "too big"),
])
def test_a_bad_photo_says_so_once_the_work_ends_and_nothing_changes(
        qtbot, open_window, ctx, monkeypatch, data, words):
    form = open_form(open_window)
    ctx.dialogs.set_next_answer("Kept one")
    assert form.photos.add_bytes(photo_samples.tagged_jpeg(64, 48))
    ready(qtbot, form.photos)
    form.texts["child_did"].setPlainText("Splashing")
    gate = Gate(monkeypatch)
    assert form.photos.add_bytes(data)
    form.save()  # waits, then is called off: the words stay on screen
    assert [s.kind for s in ctx.dialogs.shown] == ["ask_text"]  # no message yet
    gate.open.set()
    ready(qtbot, form.photos)
    assert ctx.dialogs.shown[-1].kind == "warn" and words in ctx.dialogs.shown[-1].text
    assert "Nothing was changed" in ctx.dialogs.shown[-1].text
    assert [i.alt for i in form.photos.items] == ["Kept one"]
    assert open_window.journal.list_entries().entries == []
    assert form.isVisible() and form.texts["child_did"].toPlainText() == "Splashing"
    assert form.photos.add_button.isEnabled() and busy_names(form.photos) == []


def test_a_lock_while_the_words_are_asked_keeps_nothing_of_the_photo(qtbot, open_window, ctx,
                                                                     monkeypatch):
    """Auto-lock can come while the words question is open (its own event loop runs):
    the photo is not put back into the wiped row, and the next one is not asked about."""
    form = open_form(open_window)
    asked = []

    def lock_while_asking(*_args, **_kw):
        asked.append(1)
        open_window.lock()
        return "Words typed before the lock"

    monkeypatch.setattr(ctx.dialogs, "ask_text", lock_while_asking)
    strip = form.photos
    strip.add_bytes(photo_samples.tagged_jpeg(64, 48))
    strip.add_bytes(photo_samples.tagged_jpeg(80, 48))
    qtbot.waitUntil(lambda: asked != [], timeout=10000)
    qtbot.waitUntil(lambda: not held(), timeout=10000)
    QApplication.processEvents()
    assert asked == [1]
    assert strip.items == [] and strip.waiting == [] and strip.job is None
    assert ctx.dialogs.shown == []
