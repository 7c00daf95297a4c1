"""Lock, one click away on every screen of an open journal.

The tab bar carries a Lock button at its top right. A moment being written or read and
the summary being made cover the tab bar, so this row takes its place above them: the
same words, the same spot, the same key (Ctrl+L). On a shared laptop a parent can hide
a repair moment at once, with the mouse too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QWidget


class LockCorner(QWidget):
    def __init__(self, shell: QWidget, stack: QStackedWidget, tabs: QWidget,
                 lock: Callable[[], None]) -> None:
        super().__init__(shell)
        self.stack, self.tabs = stack, tabs
        self.button = QPushButton()
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(lock)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 12, 2)  # as the tab bar's corner (ui/shell/tabs.py)
        row.addStretch(1)
        row.addWidget(self.button)
        shell.layout().insertWidget(0, self)  # above the page; after it in Tab order
        self.retranslate()
        stack.currentChanged.connect(self._follow)
        self._follow()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Lock"))
        self.button.setToolTip(self.tr("Lock now (Ctrl+L). Quick hide: Ctrl+Shift+H"))
        self.button.setAccessibleName(self.tr("Lock the journal"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _follow(self, *_index: int) -> None:
        """Shown only while a page covers the tabs (the tab bar has its own Lock)."""
        self.setVisible(self.stack.currentWidget() is not self.tabs)
