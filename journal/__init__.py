"""The core of Small Moments: vault (keys), storage, search. No Qt here, ever."""

from journal.about import APP_ID, APP_NAME, __version__
from journal.clock import Clock, FixedClock, SystemClock
from journal.errors import (
    InvalidInput,
    JournalBusy,
    JournalDamaged,
    JournalError,
    JournalTooNew,
    KeyFileDamaged,
    KeyFileMissing,
    RecoveryCodeTypo,
    StorageFull,
    StorageTrouble,
    WrongPassphrase,
    WrongRecoveryCode,
)
from journal.records.models import Entry, Page, Person, SearchHit, StrengthMark
from journal.records.store import Journal
from journal.vault import kdf, keyfile, recovery
from journal.vault.access import Vault

__all__ = [
    "kdf",
    "keyfile",
    "recovery",
    "APP_ID",
    "APP_NAME",
    "Clock",
    "Entry",
    "FixedClock",
    "InvalidInput",
    "Journal",
    "JournalBusy",
    "JournalDamaged",
    "JournalError",
    "JournalTooNew",
    "KeyFileDamaged",
    "KeyFileMissing",
    "Page",
    "Person",
    "RecoveryCodeTypo",
    "SearchHit",
    "StorageFull",
    "StorageTrouble",
    "StrengthMark",
    "SystemClock",
    "Vault",
    "WrongPassphrase",
    "WrongRecoveryCode",
    "__version__",
]
