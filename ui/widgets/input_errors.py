"""Plain, translated words for what the core refuses to save (InvalidInput).

The core speaks English only (`journal/validate.py`). Forms check the simple things
first (an empty name, words that are too long) and say so in the caregiver's language;
anything the core still refuses is matched here to a translated sentence, with a kind
general sentence for the rest. Never shows the core's English text in Spanish.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal import errors
from journal.records.validate import MAX_SHORT, MAX_TEXT
from ui.plumbing.i18n import error_text

MAX_NAME = MAX_SHORT
MAX_STRENGTH = MAX_SHORT
MAX_WORDS = MAX_TEXT
MAX_NOTE = 10_000  # how a village member helps (journal/people.py)


def empty_name() -> str:
    return QCoreApplication.translate("Input", "Add a name first. A nickname is fine.")


def long_name() -> str:
    return QCoreApplication.translate(
        "Input", "That name is a bit long. Try a shorter one (200 letters or fewer).")


def empty_strength() -> str:
    return QCoreApplication.translate("Input", "Type a few words for your strength first.")


def long_strength() -> str:
    return QCoreApplication.translate(
        "Input", "Those words are a bit long for a strength. Try a shorter one "
                 "(200 letters or fewer).")


def long_words() -> str:
    return QCoreApplication.translate(
        "Input", "That is a lot of words for one box. Try splitting it into two moments.")


def long_note() -> str:
    return QCoreApplication.translate("Input", "That note is a bit long. Try a shorter one.")


def _known() -> dict[str, str]:
    """The core's English messages (from forms in this app) → translated plain words."""
    return {
        "Please add a name.": empty_name(),
        "The name is too long to save in one piece. Try splitting it.": long_name(),
        "Please add a strength.": empty_strength(),
        "The strength is too long to save in one piece. Try splitting it.": long_strength(),
        "The text is too long to save in one piece. Try splitting it.": long_words(),
        "The note is too long to save in one piece. Try splitting it.": long_note(),
        "That person isn't in the journal any more.": QCoreApplication.translate(
            "Input", "That person was taken out of your village. You can put them back first."),
        "That entry is in the trash. Restore it to edit it.": QCoreApplication.translate(
            "Input", "That moment is in the trash. Put it back first, then change it."),
        "Please pick when this happened.": QCoreApplication.translate(
            "Input", "Pick when this happened."),
        "Please give the birth month as year and month, like 2025-03.":
            QCoreApplication.translate("Input", "Pick the birth month and year again."),
    }


def input_error_text(exc: BaseException, lang: str = "en") -> str:
    """Kind words for `exc` in the current language (InvalidInput mapped, others as usual)."""
    if isinstance(exc, errors.InvalidInput):
        known = _known().get(str(exc))
        if known is not None:
            return known
        if "character that can't be saved" in str(exc):
            return QCoreApplication.translate(
                "Input", "Something you typed has a character that can't be saved. "
                         "Try typing it again.")
        return QCoreApplication.translate(
            "Input", "That can't be saved as it is. Nothing you wrote was lost.")
    return error_text(exc, lang)
