"""Settings: "A look back and a gentle reminder".

- A moment from before on Today: on by default; the choice lives inside the journal.
- The gentle reminder: off by default; a time and the days of the week; starting at
  login into the tray. These live in the plain settings file, because the reminder must
  work while the journal is locked (see ui/plumbing/nudge.py for the one date it keeps).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSystemTrayIcon,
    QTimeEdit,
    QWidget,
)

from ui.plumbing import autostart
from ui.plumbing.context import AppContext
from ui.plumbing.dates import clock_time_pattern, day_name
from ui.plumbing.theme import set_role
from ui.settings.rows import column_in
from ui.today.look_back import SHOW_KEY, look_back_on
from ui.widgets.announce import announce
from ui.widgets.chips import FlowRow


class GentleBox(QGroupBox):
    look_back_changed = Signal()
    nudge_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 tray_available: bool | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = None
        self.tray_available = (QSystemTrayIcon.isSystemTrayAvailable()
                               if tray_available is None else tray_available)
        self.look_back = QCheckBox()
        self.nudge = QCheckBox()
        self.time = QTimeEdit()
        self.time_label = QLabel()
        self.time_label.setBuddy(self.time)
        self.days_label = QLabel()
        self.days = [QCheckBox() for _ in range(7)]  # Monday … Sunday
        self.days_row = FlowRow(*self.days, spacing=12)
        self.at_login = QCheckBox()
        self.hint = set_role(QLabel(), "hint")
        self.hint.setWordWrap(True)
        self.no_tray = set_role(QLabel(), "hint")
        self.no_tray.setWordWrap(True)
        self.message = set_role(QLabel(), "message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.time_label, self.time)
        form.addRow(self.days_label, self.days_row)
        inner = column_in(self)  # the time is named by its label, not the title too
        inner.addWidget(self.look_back)
        inner.addWidget(self.nudge)
        inner.addLayout(form)
        inner.addWidget(self.at_login)
        for label in (self.hint, self.no_tray, self.message):
            inner.addWidget(label)
        self.no_tray.setHidden(self.tray_available)  # after it has a parent: never a window
        self._show_prefs()
        self.look_back.toggled.connect(self._look_back_chosen)
        self.nudge.toggled.connect(self._nudge_chosen)
        self.time.timeChanged.connect(self._time_chosen)
        for box in self.days:
            box.toggled.connect(self._days_chosen)
        self.at_login.toggled.connect(self._at_login_chosen)
        self.retranslate()

    def tab_chain(self) -> tuple[QWidget, ...]:
        """Top to bottom, as shown (the page sets its Tab order through these)."""
        return (self.look_back, self.nudge, self.time, *self.days, self.at_login)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("A look back and a gentle reminder"))
        self.look_back.setText(self.tr("Show a moment from before on Today"))
        self.look_back.setAccessibleName(self.tr("Show a moment from before on Today"))
        self.nudge.setText(self.tr("Remind me gently"))
        self.nudge.setAccessibleName(self.tr("Remind me gently"))
        self.time_label.setText(self.tr("At this time:"))
        self.time.setAccessibleName(self.tr("Time for the reminder"))
        self.days_label.setText(self.tr("On these days:"))
        self.days_row.setAccessibleName(self.tr("Days for the reminder"))
        self.time.blockSignals(True)  # the same time, shown the language's way
        self.time.setDisplayFormat(clock_time_pattern())
        self.time.blockSignals(False)
        for day, box in enumerate(self.days):
            box.setText(day_name(day, short=True))
            box.setAccessibleName(day_name(day))
        self.at_login.setText(self.tr("Start when I log in, quietly in the tray"))
        self.at_login.setAccessibleName(self.tr("Start when I log in, quietly in the tray"))
        self.hint.setText(self.tr(
            "The reminder says only “A small moment today?”. It never shows what you "
            "wrote or any name. It does not come on days you kept a moment. To know that "
            "while your journal is locked, Small Moments notes only the date."))
        self.no_tray.setText(self.tr(
            "This desktop has no tray. The reminder comes only while Small Moments is "
            "open, and it marks the Small Moments window."))
        self.nudge.setAccessibleDescription(self.hint.text())

    # -- showing what is chosen -----------------------------------------------------------
    def _show_prefs(self) -> None:
        prefs = self.ctx.prefs
        widgets = (self.nudge, self.time, self.at_login, *self.days)
        for widget in widgets:
            widget.blockSignals(True)
        self.nudge.setChecked(prefs.nudge_on)
        chosen = prefs.nudge_time
        self.time.setTime(QTime(chosen.hour, chosen.minute))
        for day, box in enumerate(self.days):
            box.setChecked(day in prefs.nudge_days)
        self.at_login.setChecked(autostart.is_enabled())
        self.at_login.setEnabled(self.tray_available)
        for widget in widgets:
            widget.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        on = self.nudge.isChecked()
        for widget in (self.time, self.time_label, self.days_label, self.days_row):
            widget.setEnabled(on)

    def load(self, journal) -> None:
        self.journal = journal
        self.look_back.blockSignals(True)
        self.look_back.setChecked(look_back_on(journal))
        self.look_back.blockSignals(False)
        self._show_prefs()

    def wipe(self) -> None:
        self.journal = None
        self.message.setVisible(False)

    # -- choices ------------------------------------------------------------------------
    def _look_back_chosen(self, on: bool) -> None:
        if self.journal is None or not self.journal.is_open:
            return
        self.journal.set_setting(SHOW_KEY, "on" if on else "off")
        self.look_back_changed.emit()

    def _nudge_chosen(self, on: bool) -> None:
        self.ctx.prefs.nudge_on = on
        self._enable()
        self.nudge_changed.emit()

    def _time_chosen(self, value: QTime) -> None:
        from datetime import time

        self.ctx.prefs.nudge_time = time(value.hour(), value.minute())
        self.nudge_changed.emit()

    def _days_chosen(self, _on: bool) -> None:
        self.ctx.prefs.nudge_days = {d for d, box in enumerate(self.days) if box.isChecked()}
        self.nudge_changed.emit()

    def _at_login_chosen(self, on: bool) -> None:
        self.message.setVisible(False)
        try:
            if on:
                autostart.enable(self.ctx.data_dir)
            else:
                autostart.disable()
        except OSError:
            self.at_login.blockSignals(True)
            self.at_login.setChecked(not on)
            self.at_login.blockSignals(False)
            self.message.setText(self.tr(
                "Small Moments couldn't change how it starts when you log in. Nothing "
                "else was changed."))
            self.message.setVisible(True)
            announce(self.message, self.message.text())
            return
        self.ctx.prefs.start_in_tray = on
        self.nudge_changed.emit()
        self.at_login.setFocus(Qt.FocusReason.OtherFocusReason)
