"""Lock, one click away on every screen of an open journal.

The tab bar carries a Lock button at its top right (`tab_lock`). A moment being written
or read and the summary being made cover the tab bar, so a second button (`LockCorner`)
takes its place: the same words, the same top-right spot, the same key (Ctrl+L). On a
shared laptop a parent can hide a repair moment at once, with the mouse too. It moves
into the shown page's title row (`corner_slot`, ui/widgets/title_row.py), so no row is
spent on it: a rich moment still fits a 1366×768 screen without scrolling.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QTabWidget, QWidget


class LockButton(QPushButton):
    """Says "Lock", with its key in the tooltip; a Tab stop, never a click target only."""

    def __init__(self, lock: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clicked.connect(lock)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("JournalShell", "Lock"))
        self.setToolTip(QCoreApplication.translate(
            "JournalShell", "Lock now (Ctrl+L). Quick hide: Ctrl+Shift+H"))
        self.setAccessibleName(QCoreApplication.translate("JournalShell", "Lock the journal"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def tab_lock(tabs: QTabWidget, lock: Callable[[], None]) -> LockButton:
    """The tab bar's Lock button, at its top right."""
    button = LockButton(lock)
    corner = QWidget()  # keeps the button's border clear of the window's right edge
    row = QHBoxLayout(corner)
    row.setContentsMargins(0, 0, 12, 2)
    row.addWidget(button)
    tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
    return button


class LockCorner(LockButton):
    def __init__(self, shell: QWidget, stack: QStackedWidget, tabs: QWidget,
                 lock: Callable[[], None]) -> None:
        super().__init__(lock, shell)
        self.stack, self.tabs = stack, tabs
        self.hide()
        stack.currentChanged.connect(self._follow)

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
