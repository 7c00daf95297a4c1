"""The photo row's plain messages: why a photo couldn't be added, and the photos a lock
couldn't keep (translated in the photo row's context, "PhotoStrip")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal import errors


def error_text(exc: errors.PhotoError) -> str:
    if isinstance(exc, errors.TooManyPhotos):
        return QCoreApplication.translate(
            "PhotoStrip", "A moment can keep up to 4 photos. Nothing was changed.")
    if isinstance(exc, errors.PhotoTooBig):
        return QCoreApplication.translate(
            "PhotoStrip", "That photo is too big to add. Try a smaller copy of it. "
            "Nothing was changed.")
    if isinstance(exc, errors.PhotoDamaged):
        return QCoreApplication.translate(
            "PhotoStrip", "That photo seems to be cut short or damaged, so it can't be "
            "added. Nothing was changed.")
    if isinstance(exc, errors.PhotoFormatUnsupported):
        return QCoreApplication.translate(
            "PhotoStrip", "That photo is in a format this computer can't open (like "
            "HEIC). Save it as JPEG or PNG, then try again. Nothing was changed.")
    return QCoreApplication.translate(
        "PhotoStrip", "That file isn't a photo this app can open. Nothing was changed.")


def lost_words(count: int) -> str:
    """Said when a form comes back after a lock without the new photos it had: a lock
    keeps the words as a draft, but not photos (they were only in memory)."""
    if count > 1:
        return QCoreApplication.translate(
            "PhotoStrip", "The photos you added weren't kept when your journal locked. "
            "You can add them again.")
    return QCoreApplication.translate(
        "PhotoStrip", "The photo you added wasn't kept when your journal locked. You "
        "can add it again.")
