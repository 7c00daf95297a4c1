"""Every key file the app keeps, and re-wrapping them all when a secret changes.

A secret that was replaced opens nothing the app keeps (DESIGN.md, "Storage and keys").
Key files are kept in several places: the live `journal.key`, a restore's staged copy,
each backup's copy, each set-aside copy, and (inside any of them) a pending key set left
by a data key rotation. `kept_key_files` is the one list of them; a new place to keep
key files is added there and nowhere else.

`rewrap_kept` gives one slot of every key set a new secret, file by file. Each file is
rewritten atomically, so a crash leaves each file with exactly its old slots or its new
ones; the live key file is rewritten last.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from journal.errors import KeyFileDamaged, KeyFileMissing
from journal.fsutil import SET_ASIDE
from journal.vault import kdf, keyfile
from journal.vault.keyfile import PASSPHRASE, PREVIOUS, KeyFile, KeySet, Slot

KEY_NAME = "journal.key"
RESTORING = ".restoring"  # a backup's files, staged beside the journal during a restore
BACKUPS = "backups"  # where the automatic backups live, inside the data folder

# Held while key files are rewritten, and while a backup copies the live key file, so a
# backup made during a key change holds the old file (and is re-wrapped) or the new one.
KEY_FILES = threading.RLock()

Opener = Callable[[KeyFile, KeySet], "bytes | None"]  # a key set's data key, if we can learn it
NewSlot = Callable[[str, int, bytes], Slot]  # (journal id, generation, data key) -> slot


def kept_key_files(folder: Path) -> list[Path]:
    """Every key file the app keeps for the journal in `folder`, the live one first."""
    folder = Path(folder)
    found = [folder / KEY_NAME, folder / f"{KEY_NAME}{RESTORING}"]
    found += sorted(folder.glob(f"{KEY_NAME}.set-aside-*"))  # set aside by older versions
    found += sorted((folder / SET_ASIDE).glob(f"*/{KEY_NAME}"))
    found += sorted((folder / BACKUPS).glob(f"*/{KEY_NAME}"))  # with unfinished ones
    return [path for path in found if path.is_file()]


def _slot_id(slot: Slot) -> tuple:
    return (slot.slot_id, slot.salt, slot.nonce, slot.ciphertext)


class PassphraseOpener:
    """Opens passphrase slots with one passphrase, deriving once per salt."""

    def __init__(self, passphrase: str, slot_id: str = PASSPHRASE) -> None:
        self.passphrase = passphrase
        self.slot_id = slot_id  # the caregiver whose passphrase this is
        self._wrapping: dict[tuple, bytes] = {}

    def __call__(self, kf: KeyFile, keyset: KeySet) -> bytes | None:
        slot = keyset.slots.get(self.slot_id)
        if slot is None or slot.params is None:
            return None
        cache = (slot.salt, slot.params)
        if cache not in self._wrapping:
            self._wrapping[cache] = kdf.derive_passphrase_key(self.passphrase, slot.salt,
                                                              slot.params)
        return keyfile.unseal(kf.journal_id, keyset.generation, slot, self._wrapping[cache])


class SecretOpener:
    """Opens slots of `slot_id` (recovery) with a random secret (cheap: HKDF)."""

    def __init__(self, slot_id: str, secret: bytes) -> None:
        self.slot_id, self.secret = slot_id, secret

    def __call__(self, kf: KeyFile, keyset: KeySet) -> bytes | None:
        return keyfile.unlock_slot(kf, keyset, self.slot_id, self.secret)


class SlotMaker:
    """New slots for one new secret, made once per data key (an Argon2 run is slow)."""

    def __init__(self, make: NewSlot) -> None:
        self._make = make
        self._made: dict[tuple, Slot] = {}

    def __call__(self, journal_id: str, generation: int, key: bytes) -> Slot:
        cache = (journal_id, generation, key)
        if cache not in self._made:
            self._made[cache] = self._make(journal_id, generation, key)
        return self._made[cache]


def rewrap_kept(folder: Path, slot_id: str, opener: Opener, new_slot: NewSlot, *,
                drop_unknown: bool = False, skip: tuple[Path, ...] = (),
                progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Give slot `slot_id` of every key set in every kept key file a new secret.

    A key set's data key is learned with `opener`, or from a slot that is a byte-for-byte
    copy of one whose key we learned (a backup's copy of an older key file). Where the
    key can't be learned, the slot is removed if `drop_unknown` and the file belongs to
    this journal (it may open with the old secret), else left as it is (a set-aside copy
    of another journal keeps its own way in). Returns the files rewritten."""
    with KEY_FILES:
        return _rewrap_kept(folder, slot_id, opener, new_slot, drop_unknown, skip, progress)


def _rewrap_kept(folder: Path, slot_id: str, opener: Opener, new_slot: NewSlot,
                 drop_unknown: bool, skip: tuple[Path, ...],
                 progress: Callable[[int, int], None] | None) -> list[Path]:
    loaded: list[tuple[Path, KeyFile]] = []
    for path in kept_key_files(folder):
        if path in skip:
            continue
        try:
            loaded.append((path, keyfile.load(path)))
        except (KeyFileDamaged, KeyFileMissing, OSError):
            continue  # a damaged copy opens with nothing; leave it as it is
    learned: dict[tuple, bytes] = {}
    for _path, kf in loaded:
        current = opener(kf, kf.current)
        if current is not None:
            learned.update({_slot_id(s): current for s in kf.current.slots.values()})
        if kf.pending is not None:  # a rotation that was cut off: its new key is
            pending = opener(kf, kf.pending)  # wrapped by the old one as well
            if pending is None and current is not None:
                pending = keyfile.unlock_slot(kf, kf.pending, PREVIOUS, current)
            if pending is not None:
                learned.update({_slot_id(s): pending for s in kf.pending.slots.values()})
    live = Path(folder) / KEY_NAME
    ours = {kf.journal_id for path, kf in loaded if path == live}
    loaded.sort(key=lambda item: item[0] == live)  # the live key file last
    written = []
    for n, (path, kf) in enumerate(loaded, start=1):
        drop = drop_unknown and kf.journal_id in ours
        sets = [_rewrapped(kf, ks, slot_id, learned, new_slot, drop)
                for ks in (kf.current, kf.pending)]
        if sets[0] is not kf.current or sets[1] is not kf.pending:
            KeyFile(kf.journal_id, sets[0] or kf.current, sets[1]).save(path)
            written.append(path)
        if progress is not None:
            progress(n, len(loaded))
    return written


def _rewrapped(kf: KeyFile, keyset: KeySet | None, slot_id: str, learned: dict[tuple, bytes],
               new_slot: NewSlot, drop_unknown: bool) -> KeySet | None:
    if keyset is None:
        return None
    key = next((learned[_slot_id(s)] for s in keyset.slots.values()
                if _slot_id(s) in learned), None)
    slots = dict(keyset.slots)
    if key is not None:
        slots[slot_id] = new_slot(kf.journal_id, keyset.generation, key)
    elif (drop_unknown and slot_id in slots and not keyfile.is_caregiver(slot_id)
          and any(keyfile.is_caregiver(other) for other in slots)):
        del slots[slot_id]  # (a key set is never left with no way in)
    else:
        return keyset
    return KeySet(keyset.generation, slots)
