"""The bar that moves while work runs off the UI thread (making a journal, a backup,
new keys). It is hidden until the work starts, and it always says what is being done:
a screen reader meets "Making a backup", never a bare "progress bar", and hears those
words once when the work starts (the bar itself takes no focus)."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget

from ui.widgets.announce import announce


class BusyBar(QProgressBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)  # moving, with no end known
        self.setVisible(False)

    def start(self, words: str) -> None:
        """Show the bar, named with `words` (what is being done), and say them."""
        self.setRange(0, 0)
        self.setAccessibleName(words)
        self.setVisible(True)
        announce(self, words)

    def stop(self) -> None:
        self.setVisible(False)

    @property
    def running(self) -> bool:
        return not self.isHidden()
