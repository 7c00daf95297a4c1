"""Caregivers: one journal, a passphrase of their own for each person (issue 19).

Adding a caregiver needs the passphrase of someone who can already open the journal;
the new person types their own passphrase, which wraps the data key in a slot of their
own (keyfile.py). Nobody's passphrase is shared or stored. The new slot goes into the
live key file only: older backups open with the passphrases they were made with.

Removing a caregiver takes their slot out of every key file the app keeps (the live one,
a staged restore, backups, set-aside copies; kept.kept_key_files), each file rewritten
atomically, the live one last. The last caregiver can't be removed. Someone who copied a
key file before still holds the old data key: rotating the data key
(Vault.rotate_data_key) makes that copy useless, and the app offers it right after.
"""

from __future__ import annotations

from pathlib import Path

from journal.errors import InvalidInput, KeyFileDamaged, KeyFileMissing
from journal.vault import kdf, keyfile
from journal.vault.kept import KEY_FILES, KEY_NAME, kept_key_files
from journal.vault.keyfile import KeyFile, KeySet

TOO_MANY = "A journal can have up to 8 caregivers."
LAST_ONE = "The journal needs at least one caregiver, so this one stays."


def _checked_name(name: str) -> str:
    """The display name as the key file keeps it, or InvalidInput saying what to type."""
    try:
        name = keyfile.clean_name(name) or ""
    except ValueError:
        name = ""
    if not name:
        raise InvalidInput("Please type a name for this caregiver (up to 40 letters).")
    return name


def add_caregiver(vault, caregiver: str, passphrase: str, name: str,
                  new_passphrase: str) -> str:
    """Add a caregiver called `name` with their own `new_passphrase`; `caregiver` and
    `passphrase` are the person already in. Returns the new slot id."""

    kdf.check_passphrase(new_passphrase)
    name = _checked_name(name)
    held = vault._lock()
    try:
        with KEY_FILES:
            kf, key = vault._current_key(passphrase, caregiver)
            current = kf.current.caregivers()
            if len(current) >= keyfile.MAX_CAREGIVERS:
                raise InvalidInput(TOO_MANY)
            if any(slot.name == name for slot in current):
                raise InvalidInput("Another caregiver has that name. Please pick another.")
            params = vault.kdf_params()
            slot_id = keyfile.new_caregiver_id()
            while slot_id in kf.current.slots:
                slot_id = keyfile.new_caregiver_id()
            slots = {}
            for slot_id_, slot in kf.current.slots.items():
                if keyfile.is_caregiver(slot_id_) and slot.sealed is None:
                    if slot_id_ != caregiver:  # can't happen: see the module's docstring
                        raise InvalidInput(LAST_ONE)
                    # the person adding gets a sealed slot, so a rotation can reach them
                    slot = keyfile.passphrase_slot(kf.journal_id, kf.current.generation,
                                                   passphrase, key, params, slot_id=caregiver,
                                                   name=slot.name, sealed=True)
                slots[slot_id_] = slot
            slots[slot_id] = keyfile.passphrase_slot(
                kf.journal_id, kf.current.generation, new_passphrase, key, params,
                slot_id=slot_id, name=name, sealed=True)
            KeyFile(kf.journal_id, KeySet(kf.current.generation, slots), kf.pending
                    ).save(vault.key_path)
            return slot_id
    finally:
        held.release()


def name_caregiver(vault, caregiver: str, passphrase: str, name: str) -> None:
    """Give a caregiver (the one typing) a display name in the live key file."""
    name = _checked_name(name)
    held = vault._lock()
    try:
        with KEY_FILES:
            kf, _key = vault._current_key(passphrase, caregiver)
            slots = dict(kf.current.slots)
            old = slots[caregiver]
            slots[caregiver] = keyfile.Slot(old.slot_id, old.salt, old.nonce, old.ciphertext,
                                            old.params, name, old.sealed)
            KeyFile(kf.journal_id, KeySet(kf.current.generation, slots), kf.pending
                    ).save(vault.key_path)
    finally:
        held.release()


def remove_caregiver(vault, caregiver: str, passphrase: str, removed: str) -> list[Path]:
    """Take `removed`'s slot out of every key file the app keeps for this journal.
    `caregiver` and `passphrase` are the person doing it (they may remove themselves
    if someone else stays). Returns the files rewritten."""
    held = vault._lock()
    try:
        with KEY_FILES:
            kf, _key = vault._current_key(passphrase, caregiver)
            ids = [slot.slot_id for slot in kf.current.caregivers()]
            if removed not in ids:
                return []
            if len(ids) < 2:
                raise InvalidInput(LAST_ONE)
            return drop_slot_kept(vault.folder, removed, kf.journal_id)
    finally:
        held.release()


def drop_slot_kept(folder: Path, slot_id: str, journal_id: str) -> list[Path]:
    """Remove `slot_id` from every key set of every kept key file of `journal_id`,
    the live file last. A key set where it was the only caregiver (a backup made before
    the others were added) then opens only with its recovery code."""
    live = Path(folder) / KEY_NAME
    paths = sorted(kept_key_files(folder), key=lambda path: path == live)
    written = []
    for path in paths:
        try:
            kf = keyfile.load(path)
        except (KeyFileDamaged, KeyFileMissing, OSError):
            continue
        if kf.journal_id != journal_id:
            continue  # a set-aside copy of another journal keeps its own caregivers
        sets = [_without(ks, slot_id) for ks in (kf.current, kf.pending)]
        if sets[0] is not kf.current or sets[1] is not kf.pending:
            KeyFile(kf.journal_id, sets[0] or kf.current, sets[1]).save(path)
            written.append(path)
    return written


def _without(keyset: KeySet | None, slot_id: str) -> KeySet | None:
    if keyset is None or slot_id not in keyset.slots:
        return keyset
    return KeySet(keyset.generation,
                  {k: v for k, v in keyset.slots.items() if k != slot_id})
