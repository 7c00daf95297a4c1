"""Guard against Qt binding releases that over-release what a slot returns or receives.

PySide6 6.12.0 dropped one reference to a slot's return value (None) on every call: after
a few thousand clicks the interpreter aborted. Counting references to None/True/False
means nothing on Python 3.12+, where they are immortal, so these tests count references
to an ordinary object instead: the slots return it, and signals carry it. Any drift, down
(an over-release, a crash waiting to happen) or up (a leak), fails on every Python.
A control proves the count sees one missing reference per call."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QPushButton

from ui.widgets.chips import ChipGroup

ROUNDS = 300


class Token:
    """An ordinary, mortal object whose reference count the tests watch."""


class Receiver(QObject):
    carried = Signal(object)

    def __init__(self, token: Token, *, drop_one: bool = False) -> None:
        super().__init__()
        self.token = token
        self.drop_one = drop_one
        self.calls = 0

    @Slot(bool)
    def on_toggled(self, checked: bool) -> Token:
        return self._answer()

    @Slot()
    def on_changed(self) -> Token:
        return self._answer()

    @Slot(object)
    def on_carried(self, value: object) -> Token:
        assert value is self.token
        return self._answer()

    def _answer(self) -> Token:
        self.calls += 1
        if self.drop_one:  # the control: what an over-releasing binding does
            ctypes.pythonapi.Py_DecRef(ctypes.py_object(self.token))
        return self.token


def drift(token: Token, action) -> int:
    before = sys.getrefcount(token)
    for i in range(ROUNDS):
        action(i)
    return sys.getrefcount(token) - before


def test_a_toggled_slot_keeps_its_references(qtbot):
    token = Token()
    receiver = Receiver(token)
    button = QPushButton()
    qtbot.addWidget(button)
    button.setCheckable(True)
    button.toggled.connect(receiver.on_toggled)
    assert drift(token, lambda _: button.click()) == 0
    assert receiver.calls == ROUNDS


def test_an_object_carried_by_a_signal_keeps_its_references(qtbot):
    token = Token()
    receiver = Receiver(token)
    receiver.carried.connect(receiver.on_carried)
    assert drift(token, lambda _: receiver.carried.emit(token)) == 0
    assert receiver.calls == ROUNDS


def test_chip_clicks_keep_their_references(qtbot):
    token = Token()
    receiver = Receiver(token)
    group = ChipGroup()
    group.set_items([(f"k{i}", f"Chip {i}") for i in range(4)])
    qtbot.addWidget(group)
    group.changed.connect(receiver.on_changed)
    assert drift(token, lambda i: group.chip(f"k{i % 4}").click()) == 0
    assert receiver.calls == ROUNDS


def test_control_an_over_release_is_seen(qtbot):
    token = Token()
    spare = [token] * ROUNDS  # references to give back after the control drops them
    receiver = Receiver(token, drop_one=True)
    button = QPushButton()
    qtbot.addWidget(button)
    button.setCheckable(True)
    button.toggled.connect(receiver.on_toggled)
    try:
        assert drift(token, lambda _: button.click()) == -ROUNDS
    finally:
        for _ in range(receiver.calls):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(token))
    del spare
