"""Lock, one click away on every screen of an open journal.

The tab bar carries a Lock button at its top right. A moment being written or read and
the summary being made cover the tab bar, so this button takes its place: the same
words, the same top-right spot, the same key (Ctrl+L). On a shared laptop a parent can
hide a repair moment at once, with the mouse too. It moves into the shown page's title
row (`corner_slot`, ui/widgets/title_row.py), so no row is spent on it: a rich moment
still fits a 1366×768 screen without scrolling.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QPushButton, QStackedWidget, QWidget


class LockCorner(QPushButton):
    def __init__(self, shell: QWidget, stack: QStackedWidget, tabs: QWidget,
                 lock: Callable[[], None]) -> None:
        super().__init__(shell)
        self.stack, self.tabs = stack, tabs
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clicked.connect(lock)
        self.hide()
        self.retranslate()
        stack.currentChanged.connect(self._follow)

    def retranslate(self) -> None:  # the very words of the tab bar's Lock button
        self.setText(QCoreApplication.translate("JournalShell", "Lock"))
        self.setToolTip(QCoreApplication.translate(
            "JournalShell", "Lock now (Ctrl+L). Quick hide: Ctrl+Shift+H"))
        self.setAccessibleName(QCoreApplication.translate("JournalShell", "Lock the journal"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _follow(self, *_index: int) -> None:
        """Into the title row of the page that covers the tabs; hidden with the tabs."""
        page = self.stack.currentWidget()
        slot = getattr(page, "corner_slot", None)
        if page is self.tabs or slot is None:
            self.hide()
            return
        if slot.indexOf(self) < 0:
            slot.addWidget(self)  # (takes it from the page it was on)
        self.show()
