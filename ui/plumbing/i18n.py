"""Languages: Qt translators switched live, plus words that come from the core.

Widgets set their texts in a `retranslate()` method that runs again on
QEvent.LanguageChange, so switching language never touches what someone typed.

Pseudo-localisation (a developer check, `SMALL_MOMENTS_PSEUDO=1`): English is shown
through `PseudoTranslator`, which accents every letter, adds about 40% more length and
brackets each string, so clipped text and strings that skip translation stand out.
"""

from __future__ import annotations

import math
import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from journal import errors
from journal.records import vocabulary
from ui.plumbing.paths import translations_dir

_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļḿñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻḾÑÖÞǪŔŠŢÛṼŴẊÝŽ")
# kept as they are: %1 %n placeholders, &-mnemonics' "&&", HTML tags and entities
_KEEP = re.compile(r"(%L?\d+|%n|<[^>]*>|&[a-zA-Z#0-9]+;)")
PSEUDO_OPEN, PSEUDO_CLOSE = "[", "]"


def pseudo(text: str) -> str:
    """`text` accented, about 40% longer (in short, breakable words) and in brackets."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    body = "".join(part if i % 2 else part.translate(_ACCENTS) for i, part in enumerate(parts))
    extra = math.ceil(len(_KEEP.sub("", text)) * 0.4)
    chunks = [("~" * 5)[: min(5, extra - n)] for n in range(0, extra, 5)]
    return f"{PSEUDO_OPEN}{body} {' '.join(chunks)}{PSEUDO_CLOSE}"


class PseudoTranslator(QTranslator):
    """Every English string of ours, pseudo-localised (see `pseudo`)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        if not source or context.startswith("Q"):  # Qt's own words stay as they are
            return None
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def locale_for(lang: str) -> QLocale:
    """US English, or US Spanish: a 12-hour clock ("1:05 p.m.") like the families' phones,
    not Spain's 24-hour one (plain `QLocale(Spanish)` means Spain)."""
    language = QLocale.Language.Spanish if lang == "es" else QLocale.Language.English
    return QLocale(language, QLocale.Country.UnitedStates)


# Key names as US keyboards print them. Qt's Spanish catalogue names the keys of a Spain
# keyboard ("Mayúsculas", "Intro", "Suprimir", "Control"); a family in the US reads
# "Shift", "Enter", "Delete", "Ctrl" on the keys. Words that are not on a key stay Spanish.
US_KEY_NAMES = {
    "Ctrl": "Ctrl", "Shift": "Shift", "Alt": "Alt", "Meta": "Meta",
    "Return": "Enter", "Enter": "Enter", "Del": "Delete", "Delete": "Delete",
    "Backspace": "Backspace", "Esc": "Esc", "Escape": "Esc", "Tab": "Tab", "Backtab": "Tab",
    "Ins": "Insert", "Insert": "Insert", "Home": "Home", "End": "End",
    "PgUp": "Page Up", "PgDown": "Page Down", "Page Up": "Page Up", "Page Down": "Page Down",
}
# Spain's words in Qt's own dialogs (file and print dialogs), as US Spanish says them.
_SPAIN_WORDS = {"fichero": "archivo", "ficheros": "archivos", "ratón": "mouse"}
_SPAIN_WORD = re.compile(r"\b(" + "|".join(_SPAIN_WORDS) + r")\b", re.IGNORECASE)


def us_spanish(text: str) -> str:
    """`text` with Spain's "fichero"/"ratón" as US Spanish says them (case kept)."""
    def swap(match: re.Match) -> str:
        word = _SPAIN_WORDS[match.group(0).lower()]
        return word.capitalize() if match.group(0)[0].isupper() else word
    return _SPAIN_WORD.sub(swap, text)


class QtWordsForUs(QTranslator):
    """Qt's own Spanish (`qt`, the loaded qtbase_es catalogue), for families in the US:
    key names as US keyboards print them, "archivo" for Spain's "fichero"."""

    def __init__(self, qt: QTranslator, parent=None) -> None:
        super().__init__(parent)
        self.qt = qt

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "QShortcut" and source in US_KEY_NAMES:
            return US_KEY_NAMES[source]
        if not context.startswith("Q"):
            return None  # ours: small_moments_es.qm answers
        text = self.qt.translate(context, source, disambiguation, n)
        return us_spanish(text) if text else None

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def pseudo_wanted() -> bool:
    return os.environ.get("SMALL_MOMENTS_PSEUDO", "") not in ("", "0")


class Languages:
    """Owns the installed translators; `switch(lang)` retranslates every widget."""

    def __init__(self, app: QApplication, pseudo: bool | None = None) -> None:
        self.app = app
        self.lang = "en"
        self.pseudo = pseudo_wanted() if pseudo is None else pseudo
        self._translators: list[QTranslator] = []

    def switch(self, lang: str) -> None:
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        self.lang = "es" if lang == "es" else "en"
        QLocale.setDefault(locale_for(self.lang))
        if self.lang == "en" and self.pseudo:
            fake = PseudoTranslator(self.app)
            self.app.installTranslator(fake)
            self._translators.append(fake)
            self.deliver()
            return
        if self.lang == "en":
            self.app.sendEvent(self.app, _language_change())
            self.deliver()
            return
        ours = QTranslator(self.app)
        if ours.load(str(translations_dir() / f"small_moments_{self.lang}.qm")):
            self.app.installTranslator(ours)
            self._translators.append(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(self.app)
        if qt.load(f"qtbase_{self.lang}", qt_dir):  # file and print dialogs in Spanish
            self.app.installTranslator(qt)
            self._translators.append(qt)
        us = QtWordsForUs(qt, self.app)  # last in, so asked first: over Spain's words
        self.app.installTranslator(us)
        self._translators.append(us)
        self.deliver()

    def deliver(self) -> None:
        """Retranslate now rather than on the next turn of the event loop."""
        from PySide6.QtCore import QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)


def _language_change():
    from PySide6.QtCore import QEvent

    return QEvent(QEvent.Type.LanguageChange)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def word_label(key: str | None, lang: str) -> str:
    """A built-in routine, feeling or strength in the caregiver's language."""
    word = vocabulary.BY_KEY.get(key or "")
    return word.label(lang) if word else (key or "")


def kind_label(kind: str) -> str:
    return {
        "reflection": QCoreApplication.translate("Words", "Reflection"),
        "connection": QCoreApplication.translate("Words", "Connection moment"),
        "repair": QCoreApplication.translate("Words", "Repair moment"),
        "visit": QCoreApplication.translate("Words", "A visit"),
    }.get(kind, kind)


def role_label(role: str) -> str:
    return {
        "child": QCoreApplication.translate("Words", "Child"),
        "caregiver": QCoreApplication.translate("Words", "Family"),
        "village": QCoreApplication.translate("Words", "Friend or helper"),
    }.get(role, role)


def error_text(exc: BaseException, lang: str = "en") -> str:
    """A kind, plain message for an error from the core, in the caregiver's language."""
    if isinstance(exc, errors.WrongPassphrase):
        return QCoreApplication.translate(
            "Errors", "That passphrase doesn't open this journal. Check it and try again.")
    if isinstance(exc, errors.WrongRecoveryCode):
        return QCoreApplication.translate(
            "Errors", "That recovery code doesn't open this journal. "
                      "Check it and try again.")
    if isinstance(exc, errors.RecoveryCodeTypo):
        return QCoreApplication.translate(
            "Errors", "That recovery code has a typo: a letter or number looks off. "
                      "Check it against your printed copy.")
    if isinstance(exc, errors.KeyFileMissing):
        return QCoreApplication.translate(
            "Errors", "The key file that opens this journal is missing. "
                      "Put it back beside the journal, or restore a backup.")
    if isinstance(exc, errors.KeyFileTooNew | errors.JournalTooNew):
        return QCoreApplication.translate(
            "Errors", "This journal was made by a newer version of Small Moments. "
                      "Please update the app to open it. Nothing was changed.")
    if isinstance(exc, errors.KeyFileDamaged):
        return QCoreApplication.translate(
            "Errors", "The key file that opens this journal is damaged. "
                      "Nothing was changed. You can restore a backup.")
    if isinstance(exc, errors.JournalDamaged):
        return QCoreApplication.translate(
            "Errors", "Your passphrase is right, but the journal file is damaged. "
                      "Nothing was changed. You can restore a backup.")
    if isinstance(exc, errors.JournalBusy):
        return QCoreApplication.translate(
            "Errors", "Small Moments is already using this journal, maybe in another "
                      "window. Close the other one, then try again. Nothing was changed.")
    if isinstance(exc, errors.RestoreCutOff):  # the screens add the folder's name below
        return QCoreApplication.translate(
            "Errors", "The backup was only partly put in place. The journal you had is "
                      "set aside, safe, in the folder named below. Open your journal to "
                      "finish the restore.")
    if isinstance(exc, errors.LockOutUnfinished):
        return QCoreApplication.translate(
            "Errors", "Your journal has a new key and a new recovery code, but the new "
                      "backup couldn't be made, so your older backups were kept. Keep the "
                      "new code. Then check that there is free space and make a new "
                      "recovery code again.")
    if isinstance(exc, errors.InvalidInput):
        if lang == "en":
            return str(exc)
        return QCoreApplication.translate(
            "Errors", "That can't be saved as it is. Nothing was lost.")
    if isinstance(exc, errors.StorageFull):
        return QCoreApplication.translate(
            "Errors", "There isn't enough free space on this computer to save this. "
                      "Everything saved before is safe. Free some space, then try again.")
    if isinstance(exc, errors.StorageTrouble):
        return QCoreApplication.translate(
            "Errors", "The computer couldn't save to the journal just now. It may be short "
                      "of space. Everything saved before is safe. Free some space, then try "
                      "again.")
    if isinstance(exc, errors.JournalClosed):
        return QCoreApplication.translate(
            "Errors", "Your journal is locked. Type your passphrase to open it.")
    if isinstance(exc, errors.JournalError):
        return QCoreApplication.translate(
            "Errors", "Something didn't work with the journal. Nothing was changed.")
    return QCoreApplication.translate(
        "Errors", "Something did not work. Nothing you wrote was lost. Try again.")
