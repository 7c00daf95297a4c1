"""The one seam for every message box, file dialog and print dialog.

Windows get a `Dialogs` passed in. Tests make one with `headless=True` and queue
answers with `set_next_answer` (like KeePassXC's MessageBox::setNextAnswer), so no
test ever waits on a modal dialog. Every message shown is recorded in `shown`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


@dataclass(frozen=True)
class Shown:
    kind: str  # inform, warn, ask, ask_text, save_file, open_file, choose_folder, print
    title: str
    text: str


class NoAnswerQueued(RuntimeError):
    """A headless test reached a question it did not prepare an answer for."""


TEST_SAVE_DIR = "SMALL_MOMENTS_TEST_SAVE_DIR"  # only read when the next one is "1"
TEST_SEAMS = "SMALL_MOMENTS_TEST_SEAMS"


def save_folder_for_tests(environ: dict[str, str]) -> Path | None:
    """The folder a test running the real app asked saves to go to, or None.

    Only for tests that drive the whole app from outside (the accessibility-bus tests):
    both variables must be set and the folder must already exist. It answers "save"
    questions only (never open or ask), with the suggested file name in that folder.
    """
    if environ.get(TEST_SEAMS) != "1" or not environ.get(TEST_SAVE_DIR):
        return None
    folder = Path(environ[TEST_SAVE_DIR])
    return folder if folder.is_dir() else None


def _back_to(parent: QWidget | None) -> None:
    """After a message box closes, make its window active again, so the keyboard focus
    (and what a screen reader says) comes back to the journal's window, also where no
    window manager hands it back."""
    if parent is not None and shiboken6.isValid(parent) and parent.window().isVisible():
        parent.window().activateWindow()  # (a lock while it was open may delete `parent`)


class Dialogs:
    def __init__(self, *, headless: bool = False, save_folder: Path | None = None) -> None:
        self.headless = headless
        self.save_folder = save_folder
        self._answers: deque[Any] = deque()
        self.shown: list[Shown] = []

    # -- for tests ----------------------------------------------------------------
    def set_next_answer(self, answer: Any) -> None:
        self._answers.append(answer)

    def _scripted(self, kind: str, title: str, text: str) -> tuple[bool, Any]:
        self.shown.append(Shown(kind, title, text))
        if self._answers:
            return True, self._answers.popleft()
        if self.headless:
            if kind in ("inform", "warn"):
                return True, None
            raise NoAnswerQueued(f"{kind}: {title}")
        return False, None

    # -- messages -----------------------------------------------------------------
    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        done, _ = self._scripted("inform", title, text)
        if not done:
            QMessageBox.information(parent, title, text)
            _back_to(parent)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        done, _ = self._scripted("warn", title, text)
        if not done:
            QMessageBox.warning(parent, title, text)
            _back_to(parent)

    def ask(self, parent: QWidget | None, title: str, text: str, *,
            default_yes: bool = False) -> bool:
        """Yes or No; `default_yes` when Yes is the safer answer (Enter picks it)."""
        done, answer = self._scripted("ask", title, text)
        if done:
            return bool(answer)
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        choice = QMessageBox.question(parent, title, text, buttons,
                                      QMessageBox.StandardButton.Yes if default_yes
                                      else QMessageBox.StandardButton.No)
        _back_to(parent)
        return choice == QMessageBox.StandardButton.Yes

    def ask_text(self, parent: QWidget | None, title: str, label: str,
                 text: str = "") -> str | None:
        """A line of words (like a photo's words for a screen reader); None to skip."""
        done, answer = self._scripted("ask_text", title, label)
        if done:
            return None if answer is None else str(answer)
        words, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        _back_to(parent)
        return words if ok else None

    # -- files and printing -------------------------------------------------------
    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  name_filter: str) -> str | None:
        done, answer = self._scripted("save_file", title, suggested)
        if done:
            return str(answer) if answer else None
        if self.save_folder is not None:
            return str(self.save_folder / Path(suggested).name)
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
        return path or None

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> str | None:
        """Let the person pick a file to read; None if they change their mind."""
        done, answer = self._scripted("open_file", title, name_filter)
        if done:
            return str(answer) if answer else None
        path, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
        return path or None

    def choose_folder(self, parent: QWidget | None, title: str) -> str | None:
        """Let the person pick a folder; None if they change their mind."""
        done, answer = self._scripted("choose_folder", title, "")
        if done:
            return str(answer) if answer else None
        return QFileDialog.getExistingDirectory(parent, title) or None

    def choose_printer(self, parent: QWidget | None, title: str, printer: Any) -> bool:
        """Let the person pick a printer; True to go ahead and print on `printer`."""
        done, answer = self._scripted("print", title, "")
        if done:
            return bool(answer)
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted
