"""Several journals in one data folder (the shelf), each with its own passphrase.

Layout, chosen so that a journal from before keeps working where it is, with no move:

    <data folder>/                  the first journal ("main"): journal.db, journal.key,
                                    backups/, set-aside/ ... exactly as before
    <data folder>/journals.json     the list: each journal's id and the label a caregiver
                                    chose. Plain text, NOT encrypted: labels only, never
                                    anything written in a journal
    <data folder>/journals/<id>/    every other journal, a whole journal folder of its own
                                    (its own key file, backups, set-aside, locks)
    <data folder>/Removed journals/ where "remove" moves a journal: "<label> <date>/"

Folder names are short ids ("j2", "j3"), never the label. `--data-dir` names the data
folder: an old single journal, or any journal folder on its own, is a shelf of one.

Nothing here ever deletes a journal. Remove moves the whole journal (for the first one:
everything in the data folder that is not the shelf's own), create never uses a folder
that has anything in it, and a list that can't be read is set aside, never overwritten.
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from journal.errors import InvalidInput, JournalBusy
from journal.fsutil import atomic_write, fsync_dir, private_folder
from journal.vault import lock

INDEX_NAME = "journals.json"
EXTRA = "journals"
REMOVED = "Removed journals"
MAIN = "main"
MAX_LABEL = 40
MAX_JOURNALS = 12
# Lock files stay where they are when the first journal is removed: they hold no
# journal data (journal.lock is the core's, small-moments.lock the app window's).
LOCK_FILES = ("journal.lock", "small-moments.lock")
SHELF_NAMES = (INDEX_NAME, EXTRA, REMOVED, *LOCK_FILES)
JOURNAL_MARKS = ("journal.db", "journal.key")
_ID = re.compile(r"j\d{1,4}")
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')


class LabelProblem(InvalidInput):
    """A label that can't be used; `reason` is "empty", "long" or "taken"."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"That name can't be used ({reason}). Nothing was changed.")


class ShelfFull(InvalidInput):
    message = "There are as many journals here as the app keeps. Nothing was changed."


@dataclass(frozen=True)
class ShelfJournal:
    id: str
    label: str  # "" when none was chosen (the app shows a plain default)
    folder: Path

    def exists(self) -> bool:
        """True once the journal has its files (it was set up)."""
        return any((self.folder / name).exists() for name in JOURNAL_MARKS)


def clean_label(label: str) -> str:
    """One line of plain words: spaces folded, at most MAX_LABEL letters."""
    text = " ".join(str(label).split())
    if not text:
        raise LabelProblem("empty")
    if len(text) > MAX_LABEL:
        raise LabelProblem("long")
    return text


class Shelf:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.index_path = self.root / INDEX_NAME

    # -- reading ----------------------------------------------------------------------
    def _labels(self) -> dict[str, str]:
        """id -> label from the list; {} if there is none or it can't be read."""
        try:
            data = json.loads(self.index_path.read_text("utf-8"))
            rows = data["journals"]
            return {str(row["id"]): str(row.get("label", "")) for row in rows
                    if row.get("id") == MAIN or _ID.fullmatch(str(row.get("id")))}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return {}

    def folder(self, journal_id: str) -> Path:
        if journal_id == MAIN:
            return self.root
        if not _ID.fullmatch(journal_id):
            raise InvalidInput()
        return self.root / EXTRA / journal_id

    def _extra_ids(self) -> list[str]:
        base = self.root / EXTRA
        if not base.is_dir():
            return []
        found = [p.name for p in base.iterdir() if _ID.fullmatch(p.name) and p.is_dir()]
        return sorted(found, key=lambda name: int(name[1:]))

    def journals(self) -> list[ShelfJournal]:
        """Every journal here, the first one first. A folder under journals/ is listed
        even if the list forgot it; the first journal is listed while it has its files
        or while it is the only place a journal can start."""
        labels = self._labels()
        extras = [ShelfJournal(i, labels.get(i, ""), self.folder(i)) for i in self._extra_ids()]
        main = ShelfJournal(MAIN, labels.get(MAIN, ""), self.root)
        return [main, *extras] if main.exists() or not extras else extras

    def get(self, journal_id: str) -> ShelfJournal | None:
        return next((j for j in self.journals() if j.id == journal_id), None)

    # -- changing ---------------------------------------------------------------------
    def _write(self, labels: dict[str, str]) -> None:
        private_folder(self.root)
        if self.index_path.exists() and not self._readable():
            stamp = time.strftime("%Y%m%d-%H%M%S")
            os.replace(self.index_path, self.root / f"{INDEX_NAME}.unreadable-{stamp}")
        rows = [{"id": i, "label": label} for i, label in labels.items() if label]
        data = {"format": "small-moments-journals", "version": 1, "journals": rows}
        atomic_write(self.index_path, json.dumps(data, ensure_ascii=False, indent=1)
                     .encode("utf-8"))

    def _readable(self) -> bool:
        try:
            json.loads(self.index_path.read_text("utf-8"))["journals"]
        except (OSError, ValueError, KeyError, TypeError):
            return False
        return True

    def _check_free(self, label: str, but: str | None = None) -> str:
        text = clean_label(label)
        for other in self.journals():
            if other.id != but and other.label.casefold() == text.casefold():
                raise LabelProblem("taken")
        return text

    def label_main(self, label: str) -> None:
        """Give the first journal a label (for example when a second one is made)."""
        self.rename(MAIN, label)

    def create(self, label: str) -> ShelfJournal:
        """A new, empty journal folder with its label; the journal itself is made when
        its first passphrase is chosen. Never a folder that has anything in it."""
        text = self._check_free(label)
        taken = {j.id for j in self.journals()} | set(self._extra_ids())
        if len(taken) >= MAX_JOURNALS:
            raise ShelfFull()
        n = 2
        while f"j{n}" in taken or (self.root / EXTRA / f"j{n}").exists():
            n += 1
        journal_id = f"j{n}"
        folder = self.root / EXTRA / journal_id
        private_folder(folder.parent)
        os.mkdir(folder, 0o700)  # FileExistsError rather than ever sharing a folder
        fsync_dir(folder.parent)
        labels = self._labels()
        labels[journal_id] = text
        self._write(labels)
        return ShelfJournal(journal_id, text, folder)

    def rename(self, journal_id: str, label: str) -> ShelfJournal:
        if self.get(journal_id) is None and journal_id != MAIN:
            raise InvalidInput()
        text = self._check_free(label, but=journal_id)
        labels = self._labels()
        labels[journal_id] = text
        self._write(labels)
        return ShelfJournal(journal_id, text, self.folder(journal_id))

    def forget_empty(self, journal_id: str) -> bool:
        """Drop a journal that was never set up (no files at all); True if it went.
        Anything with a file in it is kept."""
        found = self.get(journal_id)
        if found is None or journal_id == MAIN or found.exists():
            return False
        try:
            os.rmdir(found.folder)  # only ever succeeds on an empty folder
        except OSError:
            return False
        labels = self._labels()
        labels.pop(journal_id, None)
        self._write(labels)
        return True

    def remove(self, journal_id: str, today: date) -> Path:
        """Move the whole journal into "Removed journals/<label> <date>/" and return that
        folder. Never deletes; JournalBusy if another program has it open."""
        found = self.get(journal_id)
        if found is None:
            raise InvalidInput()
        base = private_folder(self.root / REMOVED)
        name = _UNSAFE.sub("-", found.label).strip(" .") or journal_id
        target, n = base / f"{name} {today.isoformat()}", 1
        while target.exists():
            n += 1
            target = base / f"{name} {today.isoformat()} ({n})"
        held = lock.acquire(found.folder)  # JournalBusy if it is open elsewhere
        try:
            if journal_id == MAIN:
                os.mkdir(target, 0o700)
                for path in sorted(self.root.iterdir()):
                    if path.name not in SHELF_NAMES:
                        os.replace(path, target / path.name)
                fsync_dir(self.root)
            else:
                os.replace(found.folder, target)
                fsync_dir(found.folder.parent)
            fsync_dir(base)
        finally:
            held.release()
        labels = self._labels()
        labels.pop(journal_id, None)
        self._write(labels)
        return target


__all__ = ["MAIN", "JournalBusy", "LabelProblem", "Shelf", "ShelfFull", "ShelfJournal",
           "clean_label"]
