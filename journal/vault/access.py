"""The vault: creating a journal and opening it with a passphrase or recovery code.

Files in the data folder:
    journal.db    the SQLCipher database, opened with a random 256-bit data key
    journal.key   the key file: the data key wrapped once per key slot (see keyfile.py)
    journal.lock  the OS lock that keeps a journal to one process (see lock.py)

Changing the passphrase, resetting it with the recovery code, or making a new recovery
code gives the slot a new secret in *every* key file the app keeps (kept.py: the live
one, each backup's, each set-aside copy's), so the old secret opens none of them. The
database bytes do not change. Rotating the data key stages the new key as a *pending*
key set in the key file (with a slot that the old key opens), then runs `PRAGMA rekey`,
then makes the pending set current. A crash at any point leaves a state that opens: at
unlock, whichever key opens the database becomes the current one.
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from journal.clock import Clock
from journal.errors import JournalDamaged, WrongPassphrase, WrongRecoveryCode
from journal.fsutil import fsync_dir, private_files, private_folder, set_aside_together
from journal.records.store import Journal
from journal.vault import db, integrity, kdf, keyfile, lock, migrations, recovery
from journal.vault.kept import (
    KEY_NAME,
    RESTORING,
    PassphraseOpener,
    SecretOpener,
    SlotMaker,
    rewrap_kept,
)
from journal.vault.keyfile import PASSPHRASE, PREVIOUS, RECOVERY, KeyFile, KeySet

DB_NAME = "journal.db"
__all__ = ["DB_NAME", "KEY_NAME", "RESTORING", "Vault"]


class Vault:
    """Opens, creates and re-keys the journal in one data folder."""

    def __init__(self, folder: Path, *, kdf_params: kdf.Argon2Params | None = None,
                 clock: Clock | None = None, lang: str = "en") -> None:
        self.folder = Path(folder)
        self.db_path = self.folder / DB_NAME
        self.key_path = self.folder / KEY_NAME
        self._new_db_path = self.folder / f"{DB_NAME}.new"
        self._params = kdf_params  # None: calibrate strong parameters when wrapping
        self.clock = clock
        self.lang = lang
        self.last_kdf_seconds = 0.0  # how long the last unlock spent deriving keys
        self.finished_restore = False  # the last open finished a restore that was cut off
        # called as (done, total) while an upgrade of the file fills the search index again
        self.migration_progress: Callable[[int, int], None] | None = None

    def kdf_params(self) -> kdf.Argon2Params:
        return self._params or kdf.calibrate()

    def exists(self) -> bool:
        return self.db_path.exists() or self.key_path.exists()

    def journal_files(self) -> list[Path]:
        """The files that make up the journal here (database, its logs, key file)."""
        return [self.db_path, self.folder / f"{DB_NAME}-wal", self.folder / f"{DB_NAME}-shm",
                self._new_db_path, self.key_path]

    def _lock(self) -> lock.JournalLock:
        """The core lock (JournalBusy if another process has this journal)."""
        if not self.folder.is_dir():
            raise keyfile.KeyFileMissing()
        return lock.acquire(self.folder)

    # -- create -----------------------------------------------------------------------
    def create(self, passphrase: str, name: str | None = None) -> tuple[Journal, str]:
        """A new journal; returns it open, and the recovery code to show once. `name` is
        the first caregiver's display name (plain text in the key file), if any."""
        kdf.check_passphrase(passphrase)
        if self.exists():
            raise FileExistsError(f"a journal already exists in {self.folder}")
        private_folder(self.folder)
        held = self._lock()
        try:
            with contextlib.suppress(FileNotFoundError):
                self._new_db_path.unlink()  # a creation that never finished: holds nothing
            data_key = os.urandom(32)
            journal_id = uuid.uuid4().hex
            code, secret = recovery.new_code()
            conn = db.create(self._new_db_path, data_key)
            try:
                migrations.migrate(conn, self._new_db_path, data_key)
                with db.transaction(conn):
                    conn.execute("INSERT INTO meta (key, value) VALUES ('journal_id', ?)",
                                 (journal_id,))
            finally:
                conn.close()
            own = keyfile.passphrase_slot(journal_id, 1, passphrase, data_key,
                                          self.kdf_params(), name=name)
            kf = KeyFile(journal_id, self._wrap(journal_id, 1, data_key, own, secret))
            kf.save(self.key_path)
            os.replace(self._new_db_path, self.db_path)
            fsync_dir(self.folder)  # the journal is there under its name before we say so
            return self._open_db(kf, [(kf.current, data_key)], verify=False, held=held,
                                 writer=PASSPHRASE), code
        except BaseException:
            held.release()
            raise

    def _wrap(self, journal_id: str, generation: int, data_key: bytes,
              caregivers: keyfile.Slot | list[keyfile.Slot], secret: bytes) -> KeySet:
        own = caregivers if isinstance(caregivers, list) else [caregivers]
        return KeySet(generation, {
            **{slot.slot_id: slot for slot in own},
            RECOVERY: keyfile.secret_slot(RECOVERY, journal_id, generation, secret, data_key),
        })

    # -- caregivers -------------------------------------------------------------------
    def caregivers(self) -> list[tuple[str, str | None]]:
        """(slot id, display name) of each caregiver in the live key file, first first.
        Reads no secret: the names are plain text in the key file."""
        kf = keyfile.load(self._unlock_key_path())
        return [(slot.slot_id, slot.name) for slot in kf.current.caregivers()]

    def _unlock_key_path(self) -> Path:
        if self._restore_cut_off() and self._staged(KEY_NAME).exists():
            return self._staged(KEY_NAME)  # the restore asked for, not what was left
        return self.key_path

    # -- open -------------------------------------------------------------------------
    def open(self, passphrase: str, *, verify: bool = True, defer: bool = False,
             caregiver: str | None = None) -> Journal:
        """Open with one caregiver's passphrase: only `caregiver`'s slot (one Argon2id
        run) when the unlock screen asked who is there, else each in turn. `verify`
        checks every page now; with `defer` only the quick checks (integrity.PageCheck
        runs the full one in the background)."""
        held = self._lock()
        try:
            if caregiver is None:
                caregiver, kf, keys = self._unwrap_any(passphrase)
            else:
                kf, keys = self._unwrap(caregiver, passphrase, WrongPassphrase)
            return self._open_db(kf, keys, verify=verify and not defer, held=held,
                                 quick=verify and defer, writer=caregiver)
        except BaseException:
            held.release()
            raise

    def _unwrap_any(self, passphrase: str
                    ) -> tuple[str, KeyFile, list[tuple[KeySet, bytes]]]:
        ids = [slot_id for slot_id, _name in self.caregivers()] or [PASSPHRASE]
        spent = 0.0
        try:
            for slot_id in ids:
                try:
                    kf, keys = self._unwrap(slot_id, passphrase, WrongPassphrase)
                    return slot_id, kf, keys
                except WrongPassphrase:
                    continue
                finally:
                    spent += self.last_kdf_seconds
        finally:
            self.last_kdf_seconds = spent
        raise WrongPassphrase()

    def open_with_recovery(self, code: str, *, verify: bool = True,
                           caregiver: str = PASSPHRASE) -> Journal:
        secret = recovery.parse_code(code)  # a typo is caught before any derivation
        held = self._lock()
        try:
            kf, keys = self._unwrap(RECOVERY, secret, WrongRecoveryCode)
            return self._open_db(kf, keys, verify=verify, held=held, writer=caregiver)
        except BaseException:
            held.release()
            raise

    def _staged(self, name: str) -> Path:
        return self.folder / f"{name}{RESTORING}"

    def _restore_cut_off(self) -> bool:
        """A restore stopped after setting the old journal aside: a staged file waits
        where the journal's own file is missing."""
        return any(self._staged(name).exists() and not (self.folder / name).exists()
                   for name in (KEY_NAME, DB_NAME))

    def finish_restore(self) -> bool:
        """Complete a restore that stopped while setting the old journal aside (its
        database or key file is gone, staged backup files are there): set aside what is
        left of the old journal (its key file, its write-ahead log) together in one
        folder, then move the staged files in. Old and new are never paired. True if
        anything moved. Call only after the staged key file was checked with the
        person's secret."""
        staged = {name: self._staged(name) for name in (DB_NAME, KEY_NAME)}
        begun = not (self.db_path.exists() and self.key_path.exists())
        if not begun or not any(path.exists() for path in staged.values()):
            return False
        old = [KEY_NAME] if staged[KEY_NAME].exists() else []
        if staged[DB_NAME].exists():  # the database not moved in yet: its old log is old
            old += [DB_NAME, *(f"{DB_NAME}{end}" for end in ("-wal", "-shm", "-journal"))]
        set_aside_together(self.folder, old, time.strftime("%Y%m%d-%H%M%S"))
        for name, path in staged.items():
            if path.exists():
                os.replace(path, self.folder / name)
        fsync_dir(self.folder)
        self.finished_restore = True
        return True

    def _unwrap(self, slot_id: str, secret: str | bytes, wrong: type[Exception]
                ) -> tuple[KeyFile, list[tuple[KeySet, bytes]]]:
        """Every data key the secret reaches; `wrong` if none. Touches no database.

        If a restore was cut off, the key file it staged is checked first, and only
        when the secret opens it are the staged files moved into place."""
        finishing = self._restore_cut_off()
        kf = keyfile.load(self._unlock_key_path())
        if not finishing and not self.db_path.exists() and not self._new_db_path.exists():
            raise JournalDamaged("The journal file is missing. You can restore a backup.")
        start = time.perf_counter()
        found: list[tuple[KeySet, bytes]] = []
        try:
            old = keyfile.unlock_slot(kf, kf.current, slot_id, secret)
            if old is not None:
                found.append((kf.current, old))
            if kf.pending is not None:
                new = keyfile.unlock_slot(kf, kf.pending, slot_id, secret)
                if new is None and old is not None:
                    new = keyfile.unlock_slot(kf, kf.pending, PREVIOUS, old)
                if new is not None:
                    found.append((kf.pending, new))
        finally:
            self.last_kdf_seconds = time.perf_counter() - start
        if not found:
            raise wrong()
        if finishing:
            self.finish_restore()
            if not self.db_path.exists():
                raise JournalDamaged("The journal file is missing. You can restore a backup.")
        return kf, found

    def _open_db(self, kf: KeyFile, keys: list[tuple[KeySet, bytes]], *,
                 verify: bool, held: lock.JournalLock, quick: bool = False,
                 writer: str = PASSPHRASE) -> Journal:
        if not self.db_path.exists() and self._new_db_path.exists():
            os.replace(self._new_db_path, self.db_path)  # finish an interrupted creation
        private_folder(self.folder)
        private_files(self.journal_files())
        damage: Exception | None = None
        rest = integrity.at_rest(self.db_path) if self.db_path.exists() else None
        for keyset, key in keys:
            try:
                conn = db.connect(self.db_path, key, check=verify)
            except JournalDamaged as exc:
                damage = exc
                continue
            try:
                if quick:
                    integrity.quick_check(conn, self.db_path, key)
                version = migrations.check_not_newer(conn)
                if version == 0:  # every journal is at version 1 or more before its key
                    raise JournalDamaged()  # file exists: an empty file is not ours
                if _stored_journal_id(conn) != kf.journal_id:
                    raise JournalDamaged("This journal file belongs with another key file.")
                migrations.migrate(conn, self.db_path, key, self.migration_progress)
                if kf.pending is not None:
                    KeyFile(kf.journal_id, _without_previous(keyset)).save(self.key_path)
                journal = Journal(conn, self.db_path, key, kf.journal_id, self.clock,
                                  self.lang, lock=held)
                journal.at_rest = rest
                names = {s.slot_id: s.name for s in keyset.caregivers()}
                journal.set_writer(writer, names.get(writer))
                return journal
            except db.DatabaseError as exc:
                conn.close()
                raise db.open_error(exc) from exc
            except BaseException:
                conn.close()
                raise
        raise damage or JournalDamaged()

    # -- change keys ------------------------------------------------------------------
    def _current_key(self, passphrase: str, caregiver: str = PASSPHRASE
                     ) -> tuple[KeyFile, bytes]:
        kf = keyfile.load(self.key_path)
        key = keyfile.unlock_slot(kf, kf.current, caregiver, passphrase)
        if key is None:
            raise WrongPassphrase()
        return kf, key

    def _passphrase_maker(self, passphrase: str, caregiver: str = PASSPHRASE) -> SlotMaker:
        """New slots for `caregiver`'s new passphrase, keeping their name and form."""
        params = self.kdf_params()
        kf = keyfile.load(self.key_path)
        old = kf.current.slots.get(caregiver)
        name = old.name if old is not None else None
        sealed = (old.sealed is not None) if old is not None else len(
            kf.current.caregivers()) > 0  # a new slot beside others: see keyfile.py
        return SlotMaker(lambda journal_id, generation, key: keyfile.passphrase_slot(
            journal_id, generation, passphrase, key, params, slot_id=caregiver, name=name,
            sealed=sealed))

    def change_passphrase(self, old: str, new: str, *, caregiver: str = PASSPHRASE) -> None:
        """Give every kept key file the new passphrase in place of the old one. The
        database file is not touched."""
        kdf.check_passphrase(new)
        held = self._lock()
        try:
            self._current_key(old, caregiver)
            rewrap_kept(self.folder, caregiver, PassphraseOpener(old, caregiver),
                        self._passphrase_maker(new, caregiver))
        finally:
            held.release()

    def reset_passphrase(self, code: str, new: str, *, verify: bool = True,
                         caregiver: str = PASSPHRASE) -> Journal:
        """Open with the recovery code and choose a new passphrase (in every kept key
        file the code opens, and every copy of those files' slots)."""
        kdf.check_passphrase(new)
        journal = self.open_with_recovery(code, verify=verify, caregiver=caregiver)
        try:
            rewrap_kept(self.folder, caregiver,
                        SecretOpener(RECOVERY, recovery.parse_code(code)),
                        self._passphrase_maker(new, caregiver))
        except BaseException:
            journal.close()
            raise
        return journal

    def new_recovery_code(self, passphrase: str, *, caregiver: str = PASSPHRASE) -> str:
        """Make a new recovery code; the old one opens no key file the app keeps."""
        held = self._lock()
        try:
            self._current_key(passphrase, caregiver)
            code, secret = recovery.new_code()
            self.give_recovery_code(passphrase, secret, caregiver=caregiver)
            return code
        finally:
            held.release()

    def give_recovery_code(self, passphrase: str, secret: bytes,
                           skip: tuple[Path, ...] = (), *,
                           caregiver: str = PASSPHRASE) -> list[Path]:
        """Every kept key set the passphrase (or a copy of a slot) opens gets a recovery
        slot for `secret`; in the others, the recovery slot is removed (it may open with
        an old code). Returns the files rewritten."""
        return rewrap_kept(
            self.folder, RECOVERY, PassphraseOpener(passphrase, caregiver),
            SlotMaker(lambda journal_id, generation, key: keyfile.secret_slot(
                RECOVERY, journal_id, generation, secret, key)),
            drop_unknown=True, skip=skip)

    def rotate_data_key(self, journal: Journal, passphrase: str) -> str:
        """Re-encrypt the database under a new data key; returns the new recovery code."""
        code, _secret = self.rotate_data_key_with_secret(journal, passphrase)
        return code

    def rotate_data_key_with_secret(self, journal: Journal, passphrase: str
                                    ) -> tuple[str, bytes]:
        """The caregiver who asks gets a new slot from their passphrase; every other
        caregiver's sealed slot is sealed again for the new key (their passphrases are
        not needed, and a removed caregiver's old copy of the key file opens nothing)."""
        caregiver = journal.writer or PASSPHRASE
        kf, old = self._current_key(passphrase, caregiver)
        if old != journal.data_key():
            raise JournalDamaged("This journal file belongs with another key file.")
        new = os.urandom(32)
        code, secret = recovery.new_code()
        generation = kf.current.generation + 1
        several = len(kf.current.caregivers()) > 1
        slots = [keyfile.passphrase_slot(kf.journal_id, generation, passphrase, new,
                                         self.kdf_params(), slot_id=caregiver, name=s.name,
                                         sealed=s.sealed is not None or several)
                 if s.slot_id == caregiver else keyfile.reseal(kf.journal_id, generation, s, new)
                 for s in kf.current.caregivers()
                 if s.slot_id == caregiver or s.sealed is not None]  # all sealed: see add
        pending = self._wrap(kf.journal_id, generation, new, slots, secret)
        pending.slots[PREVIOUS] = keyfile.secret_slot(
            PREVIOUS, kf.journal_id, generation, old, new)
        KeyFile(kf.journal_id, kf.current, pending).save(self.key_path)
        journal.rekey(new)
        KeyFile(kf.journal_id, _without_previous(pending)).save(self.key_path)
        return code, secret


def _without_previous(keyset: KeySet) -> KeySet:
    return KeySet(keyset.generation,
                  {k: v for k, v in keyset.slots.items() if k != PREVIOUS})


def _stored_journal_id(conn) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'journal_id'").fetchone()
    return row[0] if row else None
