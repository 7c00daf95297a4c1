"""Guard against Qt binding releases that over-release None/True/False.

PySide6 6.12.0 dropped one reference to None on every call of a @Slot method (and to
True in other paths): after a few thousand clicks the interpreter aborts. The pinned
version must not do that, so repeat common interactions and watch the counts."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QPushButton

from ui.widgets.chips import ChipGroup

ROUNDS = 300


def counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def leaked(before: tuple[int, int, int]) -> list[int]:
    return [now - was for now, was in zip(counts(), before, strict=True)]


class Receiver(QObject):
    @Slot(bool)
    def on_toggled(self, checked: bool) -> None:
        self.last = checked


def test_slots_and_signals_keep_their_references(qtbot):
    button = QPushButton()
    qtbot.addWidget(button)
    button.setCheckable(True)
    receiver = Receiver()
    button.toggled.connect(receiver.on_toggled)
    before = counts()
    for _ in range(ROUNDS):
        button.click()
    assert min(leaked(before)) > -ROUNDS // 3


def test_chip_clicks_keep_their_references(qtbot):
    group = ChipGroup()
    group.set_items([(f"k{i}", f"Chip {i}") for i in range(4)])
    qtbot.addWidget(group)
    before = counts()
    for i in range(ROUNDS):
        group.chip(f"k{i % 4}").click()
    assert min(leaked(before)) > -ROUNDS // 3
