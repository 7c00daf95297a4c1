"""`main.py --self-test`: headless, through create, write, search, lock, unlock, export
(a password-protected summary PDF, read back) and close.

Runs the real windows offscreen in a temporary folder, with the app's real (strong)
key derivation, and exits 0 only if every step worked. Packaging runs it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from journal.fsutil import atomic_write

MARKER = "selftest-marker-words"
PASSPHRASE = "self test quiet morning"


def wait_until(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("a step took too long")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def run_self_test(out: Callable[[str], None] = print) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from ui.plumbing.dialogs import Dialogs
    from ui.shell.app import build_context, claim_folder, make_qapp
    from ui.shell.window import MainWindow

    failed = False
    with tempfile.TemporaryDirectory(prefix="small-moments-selftest-") as tmp:
        app = make_qapp([sys.argv[0], "-platform", "offscreen"])
        ctx = build_context(app, Path(tmp) / "data", lang="en",
                            settings_file=Path(tmp) / "settings.ini",
                            dialogs=Dialogs(headless=True))
        lock = claim_folder(ctx)
        window = MainWindow(ctx)

        def create() -> None:
            page = window.first_run
            page.fields.passphrase.setText(PASSPHRASE)
            page.fields.confirm.setText(PASSPHRASE)
            page.create()
            wait_until(lambda: page.steps.currentIndex() == 2)
            page.code_view.typeback.setText(page.code_view.code_label.text())
            page._code_done()
            page.skip()
            assert window.state == "open"

        def write() -> None:
            today = window.shell.today
            today.editor.setPlainText(f"We sang in the bath {MARKER}")
            today.save_reflection()
            assert window.journal.count_entries() == 1
            import io

            from PIL import Image  # a photo, decoded and re-encoded in the frozen app

            picture = io.BytesIO()
            Image.new("RGB", (3000, 2000), (200, 120, 40)).save(picture, "JPEG")
            [entry] = window.journal.list_entries().entries
            photo = window.journal.photos.add(int(entry.id), picture.getvalue(), alt="bath")
            assert (photo.width, photo.height) == (2048, 1365), "the photo wasn't scaled"

        def search() -> None:
            timeline = window.shell.timeline
            timeline.search.setText(MARKER)
            timeline.run_search()
            assert timeline.search_model.rowCount() == 1

        def lock_step() -> None:
            window.shell.today.editor.setPlainText(f"a draft {MARKER}")
            window.lock()
            assert window.state == "locked"
            app.sendPostedEvents(None, 0)
            from PySide6.QtCore import QEvent

            app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            assert not any(MARKER in _text_of(w) for w in app.allWidgets())

        def unlock() -> None:
            window.unlock_page.passphrase.setText(PASSPHRASE)
            window.unlock_page.unlock()
            wait_until(lambda: window.state == "open")
            assert window.journal.count_entries() == 1
            assert MARKER in window.shell.today.editor.toPlainText()

        def export() -> None:
            import pypdfium2

            from journal.summary import build as summary
            from journal.summary import pdf as summary_pdf

            journal = window.journal
            today = ctx.clock.today()
            sections = summary.candidates(journal, today - timedelta(days=7), today, "en")
            ticked = frozenset(item.key for section in sections for item in section.items)
            chosen = summary.Selection(today - timedelta(days=7), today, ticked,
                                       name="Self test", lang="en")
            password = summary_pdf.new_password()
            pdf = summary_pdf.render_pdf(summary.build_summary(journal, chosen),
                                         paper="letter", password=password)
            path = Path(tmp) / "summary.pdf"
            atomic_write(path, pdf)
            document = pypdfium2.PdfDocument(path.read_bytes(), password=password)
            text = "".join(page.get_textpage().get_text_range() for page in document)
            images = sum(1 for page in document for _ in page.get_objects(
                filter=[pypdfium2.raw.FPDF_PAGEOBJ_IMAGE]))
            document.close()
            assert MARKER in text and "Self test" in text, "the summary lost its words"
            assert images == 1, "the ticked photo is not drawn in the summary"
            from reportlab.lib import rl_accel  # a long summary needs its C speed-ups

            assert "instanceStringWidthTTF" in rl_accel._c_funcs, "rl_accel is missing"

        def close() -> None:
            journal = window.journal
            window.close()
            assert not journal.is_open

        try:
            assert lock is not None, "the data folder is in use"
            for name, step in (("create", create), ("write", write), ("search", search),
                               ("lock", lock_step), ("unlock", unlock), ("export", export),
                               ("close", close)):
                started = time.monotonic()
                try:
                    step()
                except Exception as exc:  # noqa: BLE001 - report every failure plainly
                    out(f"FAIL {name}: {type(exc).__name__}: {exc}")
                    failed = True
                    break
                out(f"ok   {name} ({time.monotonic() - started:.1f} s)")
        finally:
            if window.journal is not None:
                window.journal.close()
            if lock is not None:
                lock.release()
            window.deleteLater()
    out("self-test " + ("FAILED" if failed else "passed"))
    return 1 if failed else 0


def _text_of(widget) -> str:
    for name in ("toPlainText", "text", "placeholderText"):
        getter = getattr(widget, name, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str):
                return value
    return ""
