"""The key file: the data key, wrapped once per way of opening the journal (key slots).

Format (JSON, versioned; every value checked on read):

    {"format": "small-moments-key", "version": 1, "journal_id": "<32 hex>",
     "current": {"generation": 1, "slots": [<passphrase slot>, <recovery slot>]},
     "pending": {...same shape...}}        # only while a data key rotation runs

A slot holds the data key sealed with AES-256-GCM under a key derived from the
passphrase (Argon2id) or the recovery code (HKDF). The associated data binds the
format version, slot id, generation and journal id, so a slot cannot be moved
between journals or generations unnoticed.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from journal.errors import KeyFileDamaged, KeyFileMissing
from journal.fsutil import atomic_write
from journal.vault import kdf

FORMAT = "small-moments-key"
VERSION = 1
MAX_BYTES = 64 * 1024
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
PREVIOUS = "previous"  # during a rotation: the new key wrapped by the old one
_KDF_NAMES = {PASSPHRASE: "argon2id", RECOVERY: "hkdf-sha256", PREVIOUS: "hkdf-sha256"}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    data = base64.b64decode(text.encode("ascii"), validate=True)
    if size is not None and len(data) != size:
        raise ValueError("wrong length")
    return data


@dataclass(frozen=True)
class Slot:
    slot_id: str
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    params: kdf.Argon2Params | None = None  # only for the passphrase slot

    def to_json(self) -> dict:
        data = {
            "id": self.slot_id,
            "kdf": _KDF_NAMES[self.slot_id],
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }
        if self.params is not None:
            data["params"] = self.params.as_dict()
        return data

    @classmethod
    def from_json(cls, data: dict) -> Slot:
        slot_id = data["id"]
        if data["kdf"] != _KDF_NAMES[slot_id]:
            raise ValueError("unknown kdf")
        params = kdf.Argon2Params.from_dict(data["params"]) if slot_id == PASSPHRASE else None
        return cls(
            slot_id=slot_id,
            salt=_unb64(data["salt"], 16),
            nonce=_unb64(data["nonce"], 12),
            ciphertext=_unb64(data["ciphertext"], kdf.KEY_BYTES + 16),
            params=params,
        )


@dataclass(frozen=True)
class KeySet:
    """One generation of the data key, with its slots."""

    generation: int
    slots: dict[str, Slot] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"generation": self.generation,
                "slots": [self.slots[k].to_json() for k in sorted(self.slots)]}

    @classmethod
    def from_json(cls, data: dict) -> KeySet:
        generation = data["generation"]
        if not isinstance(generation, int) or generation < 1:
            raise ValueError("bad generation")
        slots = [Slot.from_json(item) for item in data["slots"]]
        by_id = {slot.slot_id: slot for slot in slots}
        if len(by_id) != len(slots) or PASSPHRASE not in by_id:
            raise ValueError("bad slots")
        return cls(generation=generation, slots=by_id)


@dataclass(frozen=True)
class KeyFile:
    journal_id: str
    current: KeySet
    pending: KeySet | None = None

    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, "version": VERSION, "journal_id": self.journal_id,
                "current": self.current.to_json()}
        if self.pending is not None:
            data["pending"] = self.pending.to_json()
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        try:
            if len(raw) > MAX_BYTES:
                raise ValueError("too large")
            data = json.loads(raw.decode("utf-8"))
            if data["format"] != FORMAT or data["version"] != VERSION:
                raise ValueError("unknown format")
            journal_id = data["journal_id"]
            if not isinstance(journal_id, str) or len(bytes.fromhex(journal_id)) != 16:
                raise ValueError("bad journal id")
            pending = data.get("pending")
            return cls(
                journal_id=journal_id,
                current=KeySet.from_json(data["current"]),
                pending=KeySet.from_json(pending) if pending is not None else None,
            )
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError,
                binascii.Error, RecursionError) as exc:
            raise KeyFileDamaged() from exc

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())


def load(path: Path) -> KeyFile:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError as exc:
        raise KeyFileMissing() from exc
    except IsADirectoryError as exc:
        raise KeyFileDamaged() from exc
    return KeyFile.from_bytes(raw)


def _associated_data(journal_id: str, slot_id: str, generation: int) -> bytes:
    return f"{FORMAT}|v{VERSION}|{slot_id}|gen{generation}|{journal_id}".encode("ascii")


def seal(journal_id: str, slot_id: str, generation: int, wrapping_key: bytes,
         data_key: bytes, salt: bytes, params: kdf.Argon2Params | None = None) -> Slot:
    nonce = os.urandom(12)
    ciphertext = AESGCM(wrapping_key).encrypt(
        nonce, data_key, _associated_data(journal_id, slot_id, generation))
    return Slot(slot_id, salt, nonce, ciphertext, params)


def unseal(journal_id: str, generation: int, slot: Slot, wrapping_key: bytes) -> bytes | None:
    """The data key, or None if the wrapping key is not the right one."""
    try:
        return AESGCM(wrapping_key).decrypt(
            slot.nonce, slot.ciphertext,
            _associated_data(journal_id, slot.slot_id, generation))
    except InvalidTag:
        return None


def passphrase_slot(journal_id: str, generation: int, passphrase: str, data_key: bytes,
                    params: kdf.Argon2Params) -> Slot:
    salt = os.urandom(16)
    wrapping = kdf.derive_passphrase_key(passphrase, salt, params)
    return seal(journal_id, PASSPHRASE, generation, wrapping, data_key, salt, params)


def secret_slot(slot_id: str, journal_id: str, generation: int, secret: bytes,
                data_key: bytes) -> Slot:
    """A slot wrapped by a high-entropy secret (the recovery code, or the previous key)."""
    salt = os.urandom(16)
    wrapping = kdf.derive_secret_key(secret, salt, slot_id)
    return seal(journal_id, slot_id, generation, wrapping, data_key, salt)


def unlock_slot(keyfile: KeyFile, keyset: KeySet, slot_id: str,
                secret: str | bytes) -> bytes | None:
    """Derive the wrapping key for `slot_id` from `secret` and unwrap the data key."""
    slot = keyset.slots.get(slot_id)
    if slot is None:
        return None
    if slot_id == PASSPHRASE:
        assert isinstance(secret, str) and slot.params is not None
        wrapping = kdf.derive_passphrase_key(secret, slot.salt, slot.params)
    else:
        assert isinstance(secret, bytes)
        wrapping = kdf.derive_secret_key(secret, slot.salt, slot_id)
    return unseal(keyfile.journal_id, keyset.generation, slot, wrapping)
