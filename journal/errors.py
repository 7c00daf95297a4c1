"""Errors a caregiver may meet, each a distinct type with a plain, kind message.

The UI shows `str(error)` (translated by type); the messages never contain journal
text, so they are safe to show, and never blame the person.
"""

from __future__ import annotations


class JournalError(Exception):
    """Base class. `message` is plain English; the UI translates by type."""

    message = "Something went wrong with the journal. Nothing was changed."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class WrongPassphrase(JournalError):
    message = "That passphrase doesn't open this journal. Check it and try again."


class WrongRecoveryCode(JournalError):
    message = "That recovery code doesn't open this journal. Check it and try again."


class RecoveryCodeTypo(JournalError):
    message = (
        "That recovery code has a typo: a letter or number looks off. "
        "Check it against your printed copy."
    )


class KeyFileMissing(JournalError):
    message = (
        "The key file that opens this journal is missing. "
        "Put it back beside the journal, or restore a backup."
    )


class KeyFileDamaged(JournalError):
    message = (
        "The key file that opens this journal is damaged. "
        "Nothing was changed. You can restore a backup."
    )


class KeyFileTooNew(KeyFileDamaged):
    """A key file from a newer version of the app (read, never changed)."""

    message = (
        "This journal was made by a newer version of Small Moments. "
        "Please update the app to open it. Nothing was changed."
    )


class JournalDamaged(JournalError):
    message = (
        "Your passphrase is right, but the journal file is damaged. "
        "Nothing was changed. You can restore a backup."
    )


class JournalBusy(JournalError):
    """Another program (or another Small Moments) has the journal open: not damage."""

    message = (
        "Small Moments is already using this journal, maybe in another window. "
        "Close the other one, then try again. Nothing was changed."
    )


class RestoreCutOff(JournalError):
    """A restore stopped after the journal's files were set aside (they are safe)."""

    message = (
        "The backup was only partly put in place. The journal you had is set aside, "
        "safe, in the folder named below. Open your journal to finish the restore."
    )

    def __init__(self, message: str | None = None, *, set_aside_at: object = None) -> None:
        super().__init__(message)
        self.set_aside_at = set_aside_at  # the folder that holds the journal's old files


class LockOutUnfinished(JournalError):
    """The data key was rotated (the new recovery code is in `code`), but a later step
    of locking out the old secrets did not finish."""

    message = (
        "Your journal has a new key and a new recovery code, but the new backup couldn't "
        "be made, so your older backups were kept. Keep the new code. Then check that "
        "there is free space and make a new recovery code again."
    )

    def __init__(self, message: str | None = None, *, code: str = "") -> None:
        super().__init__(message)
        self.code = code


class JournalTooNew(JournalError):
    message = (
        "This journal was made by a newer version of Small Moments. "
        "Please update the app to open it. Nothing was changed."
    )


class StorageFull(JournalError):
    message = (
        "There isn't enough free space on this computer to save this. Everything saved "
        "before is safe. Free some space, then try again."
    )


class StorageTrouble(JournalError):
    message = (
        "The computer couldn't write to the journal just now. It may be short of space. "
        "Everything saved before is safe. Free some space, then try again."
    )


class JournalClosed(JournalError):
    message = "The journal is locked. Unlock it to go on."


class InvalidInput(JournalError):
    message = "That can't be saved as it is. Nothing was lost."


class PhotoError(InvalidInput):
    """A photo that can't be added; nothing was saved. Subtypes say why."""

    message = "That photo can't be added. Nothing was changed."


class NotAPhoto(PhotoError):
    message = "That file isn't a photo this app can open. Nothing was changed."


class PhotoTooBig(PhotoError):
    message = ("That photo is too big to add. Try a smaller copy of it. "
               "Nothing was changed.")


class PhotoDamaged(PhotoError):
    message = ("That photo seems to be cut short or damaged, so it can't be added. "
               "Nothing was changed.")


class PhotoFormatUnsupported(PhotoError):
    message = ("That photo is in a format this computer can't open (like HEIC). "
               "Save it as JPEG or PNG, then try again. Nothing was changed.")


class TooManyPhotos(PhotoError):
    message = "A moment can keep up to 4 photos. Nothing was changed."
