"""The photo row's busy state: "Getting the photo ready…" where the new tile will be."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ui.plumbing.theme import set_role
from ui.widgets.announce import scroll_area_of


def busy_tile(words: str, width: int) -> tuple[QWidget, QProgressBar, QLabel]:
    """A bar that moves (no steps to count), named `words` for screen readers and on the
    Tab path, with `words` under it; the words wrap in the row's width."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setFixedWidth(width)
    bar.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    bar.setAccessibleName(words)
    label = set_role(QLabel(words), "hint")
    label.setWordWrap(True)
    column.addWidget(bar)
    column.addWidget(label)
    column.addStretch(1)
    return holder, bar, label


def scroll_to(widget: QWidget, target: QWidget, keep: QWidget | None = None) -> None:
    """Scroll the nearest scroll area around `widget` so `target` can be seen; then, if
    given, so `keep` (the box being typed in) stays whole in sight, which wins."""
    node, _ = scroll_area_of(widget)
    if node is not None:
        node.ensureWidgetVisible(target)
        if keep is not None and node.widget() is not None \
                and node.widget().isAncestorOf(keep):
            node.ensureWidgetVisible(keep, 0, 0)
