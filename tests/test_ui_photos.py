"""Photos on screen: added from a file, dropped or pasted, with optional words for a
screen reader; kept only on Save; shown large in the moment; small in the timeline,
fetched only for the rows that are painted."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import START

from journal import Entry
from tests import photo_samples


def photo_file(tmp_path, name="bath.jpg", data=None):
    path = tmp_path / name
    path.write_bytes(data if data is not None else photo_samples.tagged_jpeg())
    return path


def ready(qtbot, strip):
    """Adding is done off the UI thread: wait until every photo taken is in."""
    qtbot.waitUntil(lambda: not strip.busy(), timeout=10000)


def open_form(open_window, kind="connection"):
    shell = open_window.shell
    shell.open_form(kind)
    return shell.form


def test_a_photo_from_a_file_is_kept_with_its_words_on_save(qtbot, open_window, ctx, tmp_path):
    form = open_form(open_window)
    ctx.dialogs.set_next_answer(str(photo_file(tmp_path)))
    ctx.dialogs.set_next_answer("Splashing in the bath")  # the words for a screen reader
    qtbot.mouseClick(form.photos.add_button, Qt.MouseButton.LeftButton)
    ready(qtbot, form.photos)
    assert [s.kind for s in ctx.dialogs.shown] == ["open_file", "ask_text"]
    assert form.photos.isVisible() and len(form.photos.tiles) == 1
    assert form.photos.tiles[0].accessibleName() == "Photo 1: Splashing in the bath"
    journal = open_window.journal
    assert journal.conn.execute("SELECT count(*) FROM photos").fetchone()[0] == 0  # not yet
    form.texts["child_did"].setPlainText("She splashed")
    form.save()
    [entry] = journal.list_entries().entries
    [photo] = journal.photos.of_entry(entry.id)
    assert photo.alt == "Splashing in the bath"


def test_cancel_keeps_no_photo_and_words_can_be_left_empty(qtbot, open_window, ctx, tmp_path):
    form = open_form(open_window, "reflection")
    ctx.dialogs.set_next_answer(str(photo_file(tmp_path)))
    ctx.dialogs.set_next_answer(None)  # "skip" the words
    form.photos.choose_file()
    ready(qtbot, form.photos)
    assert form.photos.items[0].alt == ""
    assert form.photos.tiles[0].accessibleName() == "Photo 1: no words yet"
    form.cancel()
    assert open_window.journal.conn.execute("SELECT count(*) FROM photos").fetchone()[0] == 0
    assert form.photos.items == []


def test_a_file_that_is_not_a_photo_says_so_and_adds_nothing(qtbot, open_window, ctx,
                                                             tmp_path):
    form = open_form(open_window)
    for data, words in ((b"just words" * 50, "isn't a photo"),
                        (photo_samples.heic_header(), "like HEIC"),
                        (photo_samples.truncated_jpeg(), "cut short"),
                        (photo_samples.bomb_png(), "too big")):
        ctx.dialogs.set_next_answer(str(photo_file(tmp_path, "x.jpg", data)))
        form.photos.choose_file()
        ready(qtbot, form.photos)
        assert ctx.dialogs.shown[-1].kind == "warn" and words in ctx.dialogs.shown[-1].text
        assert form.photos.items == []


def test_four_at_most(qtbot, open_window, ctx, tmp_path):
    form = open_form(open_window)
    small = photo_samples.tagged_jpeg(64, 48)
    for _ in range(4):
        ctx.dialogs.set_next_answer("")
        assert form.photos.add_bytes(small)
        ready(qtbot, form.photos)
    assert not form.photos.add_button.isEnabled()
    assert not form.photos.add_bytes(small)
    assert "up to 4 photos" in ctx.dialogs.shown[-1].text


def test_a_dropped_photo_file_joins_the_moment(qtbot, open_window, ctx, tmp_path):
    """Qt hands a drop to these handlers only while a real drag runs (not offscreen), so
    they are called as Qt would call them."""
    form = open_form(open_window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo_file(tmp_path)))])
    box = form.texts["child_did"]
    assert box.canInsertFromMimeData(mime)
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    form.dragEnterEvent(enter)
    assert enter.isAccepted()
    box.setFocus()  # typing the moment: a dropped photo asks nothing, keys stay here
    form.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    ready(qtbot, form.photos)
    box.insertFromMimeData(mime)  # what a drop on a text box does
    ready(qtbot, form.photos)
    assert ctx.dialogs.shown == [] and QApplication.focusWidget() is box
    assert [t.accessibleName() for t in form.photos.tiles] == [
        "Photo 1: no words yet", "Photo 2: no words yet"]
    assert form.photos.tiles[0].text() == "Add words"  # seen, not only heard
    ctx.dialogs.set_next_answer("Dropped")
    form.photos.tiles[0].click()  # the words are asked when the photo is picked
    assert [i.alt for i in form.photos.items] == ["Dropped", ""]
    assert form.photos.tiles[0].text() == ""
    assert box.toPlainText() == ""  # no file path typed in as words
    words = QMimeData()
    words.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    assert not form.photos.add_from_mime(words)  # control: not every file is a photo


def test_a_pasted_picture_joins_the_moment_and_pasted_words_stay_words(qtbot, open_window,
                                                                        ctx):
    form = open_form(open_window)
    box = form.texts["child_did"]
    box.setFocus()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    QGuiApplication.clipboard().setImage(image)
    ctx.dialogs.set_next_answer("")
    box.paste()
    ready(qtbot, form.photos)
    assert len(form.photos.items) == 1 and box.toPlainText() == ""
    QGuiApplication.clipboard().setText("a few words")  # control: words paste as words
    box.paste()
    assert box.toPlainText() == "a few words" and len(form.photos.items) == 1
    QGuiApplication.clipboard().clear()


def test_editing_can_remove_a_photo_and_change_its_words(qtbot, open_window, ctx):
    journal = open_window.journal
    entry = journal.add_entry(Entry("connection", START - timedelta(hours=1),
                                    {"child_did": "Bath"}))
    first = journal.photos.add(entry.id, photo_samples.tagged_jpeg(64, 48), alt="One")
    journal.photos.add(entry.id, photo_samples.tagged_jpeg(64, 48), alt="Two")
    open_window.shell.edit_entry(entry.id)
    form = open_window.shell.form
    assert [i.alt for i in form.photos.items] == ["One", "Two"]
    ctx.dialogs.set_next_answer("Our first bath")
    form.photos.ask_words(0)
    form.photos.remove(1)
    form.save()
    assert [(p.id, p.alt) for p in journal.photos.of_entry(entry.id)] == \
        [(first.id, "Our first bath")]


def test_the_moment_shows_its_photo_large_with_its_words(qtbot, open_window):
    journal = open_window.journal
    entry = journal.add_entry(Entry("reflection", START - timedelta(hours=1),
                                    {"body": "Park"}))
    journal.photos.add(entry.id, photo_samples.tagged_jpeg(1200, 900), alt="On the swing")
    open_window.shell.view_entry(entry.id)
    view = open_window.shell.entry_view
    images = [w for w in view.values if isinstance(w, QLabel) and w.pixmap() is not None
              and not w.pixmap().isNull()]
    assert len(images) == 1 and images[0].accessibleName() == "On the swing"
    assert images[0].pixmap().width() >= 500  # large, not a thumbnail
    assert "On the swing" in [w.text() for w in view.values]
    view.close_view()
    assert all(w.pixmap() is None or w.pixmap().isNull() for w in images)


def test_the_timeline_fetches_thumbnails_only_for_rows_it_paints(qtbot, open_window):
    journal = open_window.journal
    ids = [journal.add_entry(Entry("reflection", START - timedelta(hours=n),
                                   {"body": f"Moment {n}"})).id for n in range(1, 301)]
    journal.photos.add(ids[0], photo_samples.tagged_jpeg(64, 48))
    shell = open_window.shell
    shell.tabs.setCurrentWidget(shell.timeline)
    page = shell.timeline
    page.refresh()
    qtbot.waitUntil(lambda: page.story.thumbs is not None and page.story.thumbs.fetches > 0)
    page.list.viewport().repaint()
    fetched = page.story.thumbs.fetches
    assert 0 < fetched < 60  # only the rows on screen, not all 300
    assert page.story.thumbs.get(ids[0]) is not None  # the newest has its photo
    assert page.story.thumbs.get(ids[1]) is None
    page.list.viewport().repaint()
    assert page.story.thumbs.fetches == fetched  # kept in memory, not asked again


def test_the_wizard_ticks_a_photo_only_by_itself(qtbot):
    from journal.summary.model import Candidate
    from ui.summary.items import KEY_ROLE, ItemsModel

    model = ItemsModel()
    model.set_headings({"connection": "Connection"})
    model.add([Candidate("entry:1", "connection", "Mon · Connection: Swing", "Swing", True),
               Candidate("photo:7", "connection", "Photo with the moment above: swing")],
              ["entry:1"])  # what the wizard pre-ticks: the moment, never its photo
    model.add([Candidate("chart:connection", "connection", "12 moments", ok_to_share=True)])
    keys = [model.index(r).data(KEY_ROLE) for r in range(model.rowCount())]
    assert keys == ["section:connection", "chart:connection", "entry:1", "photo:7"]
    assert model.ticked() == {"entry:1"}
    heading = model.index(0)
    model.setData(heading, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "photo:7" not in model.ticked()  # ticking the section leaves photos alone
    model.setData(model.index(3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "photo:7" in model.ticked()
    model.setData(heading, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.ticked() == frozenset()


def test_todays_reflection_keeps_a_photo_too(qtbot, open_window, ctx, tmp_path):
    today = open_window.shell.today
    ctx.dialogs.set_next_answer(str(photo_file(tmp_path)))
    ctx.dialogs.set_next_answer("Sunset walk")
    qtbot.mouseClick(today.photos.add_button, Qt.MouseButton.LeftButton)
    ready(qtbot, today.photos)
    assert today.photos.isVisible() and len(today.photos.tiles) == 1
    today.editor.setPlainText("We walked to the park")
    today.save_reflection()
    [entry] = open_window.journal.list_entries().entries
    assert [p.alt for p in open_window.journal.photos.of_entry(entry.id)] == ["Sunset walk"]
    assert today.photos.items == [] and not today.photos.isVisible()
