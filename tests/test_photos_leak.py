"""Photos never reach a file outside the encrypted journal: not the picture (a marker
spelled in its pixels), not its metadata (markers in GPS, XMP, a comment, the camera),
not its words. Added, saved, shown large, shown in the timeline, then locked; the data,
config, cache and temporary folders are scanned as in test_reliability_leak_app."""

from __future__ import annotations

import tempfile

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import back_up_now, lock_and_let_work_end, visible_texts

from tests import photo_samples
from tests.support.leak_scan import found_in

PIXELS = "ZQXPIXELSMARKERZQ"  # 17 letters: pad to whole RGB pixels below
WORDS = "ZQXphotoÜwords"


def pixel_marker_photo(folder) -> bytes:
    """A BMP whose decoded RGB bytes spell PIXELS again and again: a decoded copy of the
    picture written anywhere would hold the marker."""
    row = (PIXELS + "Z") * 40  # 18 letters: 6 whole pixels, repeated
    picture = Image.frombytes("RGB", (len(row) // 3, 1), row.encode("ascii"))
    picture = picture.resize((picture.width, 60), Image.Resampling.NEAREST)
    path = folder / "pixels.bmp"
    picture.save(path, "BMP")
    return path


def test_a_photos_pixels_metadata_and_words_stay_inside(qtbot, open_window, ctx, tmp_path,
                                                         tmp_path_factory, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    source = tmp_path_factory.mktemp("camera")  # the caregiver's own files, outside
    tagged = source / "tagged.jpg"
    tagged.write_bytes(photo_samples.tagged_jpeg(1600, 1200))
    with_pixels = pixel_marker_photo(source)
    assert Image.open(with_pixels).convert("RGB").tobytes().startswith(PIXELS.encode())

    shell = open_window.shell
    shell.open_form("connection")
    form = shell.form
    QTest.keyClicks(form.texts["child_did"], "At the park")
    for path in (tagged, with_pixels):
        ctx.dialogs.set_next_answer(str(path))
        ctx.dialogs.set_next_answer(WORDS)
        qtbot.mouseClick(form.photos.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not form.photos.busy(), timeout=10000)  # off the UI thread
    form.save()
    journal = open_window.journal
    [entry] = journal.list_entries().entries
    assert journal.photos.count(entry.id) == 2  # they really were kept
    shell.view_entry(entry.id)  # shown large
    shell.entry_view.close_view()
    shell.tabs.setCurrentWidget(shell.timeline)
    shell.timeline.refresh()
    qtbot.waitUntil(lambda: shell.timeline.story.thumbs is not None
                    and shell.timeline.story.thumbs.get(entry.id) is not None)
    back_up_now(qtbot, shell)

    lock_and_let_work_end(qtbot, open_window)
    assert [t for t in visible_texts() if WORDS.lower() in t.lower()] == []
    secrets = {"pixels": PIXELS, "words": WORDS,
               **{m: m for m in photo_samples.MARKERS}}
    assert found_in(tmp_path, secrets) == []
    # control: the scan finds the markers where they are: in the caregiver's own files
    assert sorted(found_in(source, secrets)) == sorted(
        [f"tagged.jpg: {m}" for m in photo_samples.MARKERS])
    control = tmp_path_factory.mktemp("control")
    (control / "decoded.raw").write_bytes(
        Image.open(with_pixels).convert("RGB").tobytes())
    assert found_in(control, secrets) == ["decoded.raw: pixels"]
