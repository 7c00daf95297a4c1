"""First run: welcome and language, a passphrase, the recovery code, a child (optional)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal import Person
from ui.plumbing.context import AppContext
from ui.plumbing.i18n import error_text
from ui.plumbing.operations import run_in_background
from ui.plumbing.theme import set_role
from ui.widgets.announce import announce
from ui.widgets.busy import BusyBar
from ui.widgets.passphrase import PassphraseFields
from ui.widgets.recovery_code import RecoveryCodeView


def _page(*widgets: QWidget) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(48, 36, 48, 36)
    layout.setSpacing(14)
    for widget in widgets:
        layout.addWidget(widget)
    return page, layout


class FirstRunPage(QWidget):
    """Emits `finished(journal)` once the journal exists and the code was kept."""

    finished = Signal(object)
    language_chosen = Signal(str)
    bring_home_requested = Signal()  # "I already have a journal"
    other_requested = Signal()  # back to the other journals (shown when there are some)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = None
        self.steps = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.steps)

        # 1. welcome
        self.welcome_title = set_role(QLabel(), "title")
        self.welcome_text = QLabel()
        self.welcome_text.setWordWrap(True)
        self.lang_label = set_role(QLabel(), "heading")
        self.english = QRadioButton("English")
        self.spanish = QRadioButton("Español")
        (self.spanish if ctx.lang == "es" else self.english).setChecked(True)
        self.start_button = set_role(QPushButton(), "primary")
        self.have_button = set_role(QPushButton(), "link")
        page, layout = _page(self.welcome_title, self.welcome_text, self.lang_label,
                             self.english, self.spanish)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.other_button = set_role(QPushButton(), "link")
        self.other_button.setVisible(False)
        row.addWidget(self.have_button)
        row.addWidget(self.other_button)
        row.addStretch(1)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        self.steps.addWidget(page)
        self.english.toggled.connect(self._language_toggled)
        self.start_button.clicked.connect(lambda: self._go(1))
        self.have_button.clicked.connect(self.bring_home_requested)
        self.other_button.clicked.connect(self.other_requested)

        # 2. passphrase
        self.pass_title = set_role(QLabel(), "title")
        self.pass_text = QLabel()
        self.pass_text.setWordWrap(True)
        self.fields = PassphraseFields()
        self.busy = BusyBar()
        self.pass_message = set_role(QLabel(), "message")
        self.pass_message.setWordWrap(True)
        self.pass_message.setVisible(False)
        self.create_button = set_role(QPushButton(), "primary")
        self.create_button.setEnabled(False)
        self.back_button = QPushButton()
        page, layout = _page(self.pass_title, self.pass_text, self.fields, self.busy,
                             self.pass_message)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        self.steps.addWidget(page)
        self.fields.valid_changed.connect(self._can_create)
        self.fields.passphrase.returnPressed.connect(self.fields.confirm.setFocus)
        self.fields.confirm.returnPressed.connect(self.create)
        self.create_button.clicked.connect(self.create)
        self.back_button.clicked.connect(lambda: self._go(0))

        # 3. recovery code
        self.code_title = set_role(QLabel(), "title")
        self.code_view = RecoveryCodeView(ctx.dialogs, ctx=ctx)
        self.code_next = set_role(QPushButton(), "primary")
        self.code_next.setEnabled(False)
        page, layout = _page(self.code_title, self.code_view)
        layout.addStretch(1)
        layout.addWidget(self.code_next, 0, Qt.AlignmentFlag.AlignRight)
        self.steps.addWidget(page)
        self.code_view.ready_changed.connect(self.code_next.setEnabled)
        self.code_view.typeback.returnPressed.connect(self._code_done)
        self.code_next.clicked.connect(self._code_done)

        # 4. a child (optional)
        self.child_title = set_role(QLabel(), "title")
        self.child_text = QLabel()
        self.child_text.setWordWrap(True)
        self.nickname = QLineEdit()
        self.month = QComboBox()
        self.year = QSpinBox()
        today = QDate.currentDate()
        self.year.setRange(today.year() - 8, today.year())
        self.year.setValue(today.year())
        self.nickname_label = QLabel()
        self.nickname_label.setBuddy(self.nickname)
        self.month_label = QLabel()
        self.month_label.setBuddy(self.month)
        form = QFormLayout()
        form.addRow(self.nickname_label, self.nickname)
        born = QHBoxLayout()
        born.addWidget(self.month, 2)
        born.addWidget(self.year, 1)
        form.addRow(self.month_label, born)
        self.skip_button = QPushButton()
        self.done_button = set_role(QPushButton(), "primary")
        page, layout = _page(self.child_title, self.child_text)
        layout.addLayout(form)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.done_button)
        layout.addLayout(row)
        self.steps.addWidget(page)
        self.nickname.returnPressed.connect(self.finish)
        self.skip_button.clicked.connect(self.skip)
        self.done_button.clicked.connect(self.finish)
        self.retranslate()

    # -- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.welcome_title.setText(self.tr("Welcome to Small Moments"))
        self.welcome_text.setText(self.tr(
            "This is a private place to notice the good moments with your little one. "
            "Keep the times you felt close, and the times you found each other again "
            "after a hard moment.\n\nIt stays on this computer, locked with a passphrase "
            "only you know. It works without the internet. Nothing is ever sent anywhere."))
        self.lang_label.setText(self.tr("Language"))
        self.english.setAccessibleName("English")
        self.spanish.setAccessibleName("Español")
        self.start_button.setText(self.tr("&Start"))
        self.have_button.setText(self.tr("I &already have a journal\u2026"))
        self.other_button.setText(self.tr("&Choose another journal"))
        self.pass_title.setText(self.tr("Choose a passphrase"))
        self.pass_text.setText(self.tr(
            "Your passphrase locks your journal. Pick a few words you will remember. "
            "Nobody else needs to know them, not even us."))
        self.create_button.setText(self.tr("&Create my journal"))
        self._can_create(self.fields.is_valid())
        self.back_button.setText(self.tr("&Back"))
        self.code_title.setText(self.tr("Keep your recovery code"))
        self.code_next.setText(self.tr("&Next"))
        self.child_title.setText(self.tr("Your little one (you can skip this)"))
        self.child_text.setText(self.tr(
            "A nickname and birth month help us pick questions that fit your child's age. "
            "They stay inside your locked journal."))
        self.nickname_label.setText(self.tr("&Nickname:"))
        self.nickname.setAccessibleName(self.tr("Child's nickname"))
        self.month_label.setText(self.tr("&Born in:"))
        self.month.setAccessibleName(self.tr("Birth month"))
        self.year.setAccessibleName(self.tr("Birth year"))
        current = self.month.currentIndex()
        self.month.clear()
        self.month.addItem(self.tr("I'd rather not say"))
        locale = self.locale()
        for number in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(number).capitalize())
        self.month.setCurrentIndex(max(0, current))
        self.skip_button.setText(self.tr("S&kip for now"))
        self.done_button.setText(self.tr("&Done"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        """The first thing a keyboard or screen-reader user meets: the language choice."""
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if self.steps.currentIndex() == 0 and not (focus and self.isAncestorOf(focus)):
            (self.spanish if self.spanish.isChecked() else self.english).setFocus()

    def _language_toggled(self) -> None:
        self.language_chosen.emit("en" if self.english.isChecked() else "es")

    # -- steps ------------------------------------------------------------------------
    def _go(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        focus = {0: self.start_button, 1: self.fields.passphrase,
                 2: self.code_view.code_label, 3: self.nickname}[index]
        focus.setFocus()

    def _can_create(self, valid: bool) -> None:
        """Enable "Create my journal", and say why it waits while it is not ready."""
        self.create_button.setEnabled(valid)
        why = "" if valid else self.tr(
            "Not ready yet: type the same passphrase in both boxes, at least 8 letters.")
        self.create_button.setAccessibleDescription(why)
        self.create_button.setToolTip(why)

    def create(self) -> None:
        if not self.fields.is_valid() or self.busy.running:
            return
        passphrase = self.fields.value()
        vault = self.ctx.vault()
        self.busy.start(self.tr("Making your journal…"))
        self.create_button.setEnabled(False)
        self.pass_message.setVisible(False)
        run_in_background(self, lambda: vault.create(passphrase), self._created, self._failed)

    def _created(self, result) -> None:
        self.journal, code = result
        self.busy.stop()
        self.fields.clear()
        self.code_view.set_code(code)
        self._go(2)

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.create_button.setEnabled(self.fields.is_valid())
        if isinstance(exc, FileExistsError):
            text = self.tr("There is already a journal in this folder. Nothing was changed.")
        else:
            text = error_text(exc, self.ctx.lang)
        self.pass_message.setText(text)
        self.pass_message.setVisible(True)
        announce(self.pass_message, text)

    def _code_done(self) -> None:
        if self.code_view.is_ready():
            self.code_view.clear()
            self._go(3)

    def birth_month(self) -> str | None:
        month = self.month.currentIndex()
        return f"{self.year.value():04d}-{month:02d}" if month > 0 else None

    def finish(self) -> None:
        name = self.nickname.text().strip()
        if name and self.journal is not None:
            try:
                self.journal.add_person(Person("child", name, self.birth_month()))
            except Exception as exc:  # noqa: BLE001 - say so kindly and stay here
                self.ctx.dialogs.warn(self, self.tr("Small Moments"),
                                      error_text(exc, self.ctx.lang))
                return
        self.skip()

    def skip(self) -> None:
        journal, self.journal = self.journal, None
        self.nickname.clear()
        self.finished.emit(journal)

    def take_journal(self):
        """The journal created so far (if the window closes mid-way), to be closed."""
        journal, self.journal = self.journal, None
        return journal
