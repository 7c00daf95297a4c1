"""On lock and quick hide, journal words copied to the clipboard go too.

`ClipboardGuard` remembers text that lands on the clipboard (or the X11 selection) while
this app's window is active: that is text the app put there (a copy from one of its
fields). At a lock, the clipboard and the selection are cleared if they hold such text,
or text found in any field that showed journal words. Anything else someone copied in
another program is left alone.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)


def shown_texts(root: QWidget) -> list[str]:
    """Every text a widget under `root` shows or holds (read before it is wiped)."""
    texts = [w.text() for w in root.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in root.findChildren(QPlainTextEdit)]
    texts += [w.toPlainText() for w in root.findChildren(QTextEdit)]
    texts += [w.text() for w in root.findChildren(QLabel)]
    return [t for t in texts if t.strip()]


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ours: set[str] = set()
        self.clipboard = QGuiApplication.clipboard()
        self.clipboard.dataChanged.connect(self._clipboard_changed)
        self.clipboard.selectionChanged.connect(self._selection_changed)

    def _clipboard_changed(self) -> None:
        self._changed(QClipboard.Mode.Clipboard)

    def _selection_changed(self) -> None:
        self._changed(QClipboard.Mode.Selection)

    def _changed(self, mode: QClipboard.Mode) -> None:
        owned = (self.clipboard.ownsClipboard() if mode == QClipboard.Mode.Clipboard
                 else self.clipboard.ownsSelection())
        if owned or QApplication.activeWindow() is not None:
            text = self.clipboard.text(mode)
            if text:
                self.ours.add(text)

    def clear_if_ours(self, journal_texts: Iterable[str]) -> bool:
        """Clear the clipboard and selection if they hold our text; True if any was."""
        fields = [t for t in journal_texts if t]
        cleared = False
        for mode in _MODES:
            if mode == QClipboard.Mode.Selection and not self.clipboard.supportsSelection():
                continue
            text = self.clipboard.text(mode)
            if not text:
                continue
            owned = (self.clipboard.ownsClipboard() if mode == QClipboard.Mode.Clipboard
                     else self.clipboard.ownsSelection())
            if owned or text in self.ours or any(text.strip() in f for f in fields):
                self.clipboard.clear(mode)
                cleared = True
        self.ours.clear()
        return cleared

    def uninstall(self) -> None:
        for signal, slot in ((self.clipboard.dataChanged, self._clipboard_changed),
                             (self.clipboard.selectionChanged, self._selection_changed)):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
