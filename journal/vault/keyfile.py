"""The key file: the data key, wrapped once per way of opening the journal (key slots).

Format (JSON, versioned; every value checked on read):

    {"format": "small-moments-key", "version": 1, "journal_id": "<32 hex>",
     "current": {"generation": 1, "slots": [<passphrase slot>, <recovery slot>]},
     "pending": {...same shape...}}        # only while a data key rotation runs

A slot holds the data key sealed with AES-256-GCM under a key derived from the
passphrase (Argon2id) or the recovery code (HKDF). The associated data binds the
format version, slot id, generation and journal id, so a slot cannot be moved
between journals or generations unnoticed.

Caregivers (issue 19): each person who opens the journal has a passphrase slot of their
own, up to MAX_CAREGIVERS. The first is the slot named "passphrase" (so a version 1 file
is a journal with one caregiver); the others are "caregiver-<8 hex>". A slot may carry a
display name ("name"), stored in plain text: the app says so where the name is typed.
When a journal has more than one caregiver, each caregiver slot is *sealed*: the slot
keeps an X25519 key pair whose private half is wrapped by the person's own Argon2id key,
and the data key is sealed to the public half. So a data key rotation can give every
remaining caregiver the new key without knowing their passphrases, and a removed
caregiver's old copy of the key file learns nothing about the new key. A file with names
or sealed slots is written as version 2 (an older app refuses it without touching it);
any other file stays version 1.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal.errors import KeyFileDamaged, KeyFileMissing, KeyFileTooNew
from journal.fsutil import atomic_write
from journal.vault import kdf

FORMAT = "small-moments-key"
VERSION = 2  # the newest this app reads; it writes 1 when nothing needs 2
AD_VERSION = 1  # bound into every slot's associated data; never changes
MAX_BYTES = 64 * 1024
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
PREVIOUS = "previous"  # during a rotation: the new key wrapped by the old one
CAREGIVER = "caregiver-"  # prefix of the second and later caregivers' slot ids
MAX_CAREGIVERS = 8
MAX_NAME = 40
_KDF_NAMES = {PASSPHRASE: "argon2id", RECOVERY: "hkdf-sha256", PREVIOUS: "hkdf-sha256"}


def is_caregiver(slot_id: str) -> bool:
    """A slot opened by one caregiver's own passphrase."""
    if slot_id == PASSPHRASE:
        return True
    tail = slot_id[len(CAREGIVER):]
    return (slot_id.startswith(CAREGIVER) and len(tail) == 8
            and all(c in "0123456789abcdef" for c in tail))


def new_caregiver_id() -> str:
    return CAREGIVER + os.urandom(4).hex()


def _kdf_name(slot_id: str) -> str:
    return "argon2id" if is_caregiver(slot_id) else _KDF_NAMES[slot_id]


def clean_name(name: object) -> str | None:
    """A display name as stored: trimmed, one line, at most MAX_NAME characters."""
    if name is None:
        return None
    if not isinstance(name, str):
        raise ValueError("name is not text")
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME or not name.isprintable():
        raise ValueError("bad name")
    return name


@dataclass(frozen=True)
class Sealed:
    """A caregiver's key pair: the private half wrapped by their Argon2id key, and the
    ephemeral public key the data key was sealed with."""

    public: bytes
    private_nonce: bytes
    private: bytes
    ephemeral: bytes

    def to_json(self) -> dict:
        return {"public": _b64(self.public), "private_nonce": _b64(self.private_nonce),
                "private": _b64(self.private), "ephemeral": _b64(self.ephemeral)}

    @classmethod
    def from_json(cls, data: dict) -> Sealed:
        return cls(_unb64(data["public"], 32), _unb64(data["private_nonce"], 12),
                   _unb64(data["private"], 32 + 16), _unb64(data["ephemeral"], 32))


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
    params: kdf.Argon2Params | None = None  # only for caregiver (passphrase) slots
    name: str | None = None  # a caregiver's display name, in plain text
    sealed: Sealed | None = None  # a caregiver slot of a journal kept by several

    def to_json(self) -> dict:
        data = {
            "id": self.slot_id,
            "kdf": _kdf_name(self.slot_id),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }
        if self.params is not None:
            data["params"] = self.params.as_dict()
        if self.name is not None:
            data["name"] = self.name
        if self.sealed is not None:
            data["sealed"] = self.sealed.to_json()
        return data

    @property
    def newer_format(self) -> bool:
        """Needs key file version 2."""
        return self.name is not None or self.sealed is not None or self.slot_id.startswith(
            CAREGIVER)

    @classmethod
    def from_json(cls, data: dict) -> Slot:
        slot_id = data["id"]
        if not isinstance(slot_id, str) or data["kdf"] != _kdf_name(slot_id):
            raise ValueError("unknown kdf")
        caregiver = is_caregiver(slot_id)
        params = kdf.Argon2Params.from_dict(data["params"]) if caregiver else None
        sealed = data.get("sealed")
        if not caregiver and ("name" in data or sealed is not None):
            raise ValueError("only a caregiver slot has a name")
        return cls(
            slot_id=slot_id,
            salt=_unb64(data["salt"], 16),
            nonce=_unb64(data["nonce"], 12),
            ciphertext=_unb64(data["ciphertext"], kdf.KEY_BYTES + 16),
            params=params,
            name=clean_name(data.get("name")),
            sealed=Sealed.from_json(sealed) if sealed is not None else None,
        )


@dataclass(frozen=True)
class KeySet:
    """One generation of the data key, with its slots."""

    generation: int
    slots: dict[str, Slot] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"generation": self.generation,
                "slots": [slot.to_json() for slot in self.slots.values()]}

    @classmethod
    def from_json(cls, data: dict) -> KeySet:
        generation = data["generation"]
        if not isinstance(generation, int) or generation < 1:
            raise ValueError("bad generation")
        slots = [Slot.from_json(item) for item in data["slots"]]
        by_id = {slot.slot_id: slot for slot in slots}
        count = sum(1 for slot_id in by_id if is_caregiver(slot_id))
        if (len(by_id) != len(slots) or count > MAX_CAREGIVERS
                or (count == 0 and RECOVERY not in by_id)):  # see caregivers.drop_slot_kept
            raise ValueError("bad slots")
        return cls(generation=generation, slots=by_id)

    def caregivers(self) -> list[Slot]:
        """The caregiver slots, the first caregiver first, then in the order added
        (slot ids are random, so the order is the order of the file's list)."""
        return [slot for slot in self.slots.values() if is_caregiver(slot.slot_id)]


@dataclass(frozen=True)
class KeyFile:
    journal_id: str
    current: KeySet
    pending: KeySet | None = None

    def version(self) -> int:
        sets = [self.current] + ([self.pending] if self.pending is not None else [])
        newer = any(slot.newer_format for ks in sets for slot in ks.slots.values()) or any(
            PASSPHRASE not in ks.slots for ks in sets)
        return 2 if newer else 1

    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, "version": self.version(), "journal_id": self.journal_id,
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
            if data["format"] != FORMAT or data["version"] not in range(1, VERSION + 1):
                if (data["format"] == FORMAT and isinstance(data["version"], int)
                        and data["version"] > VERSION):
                    raise KeyFileTooNew()
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
        except KeyFileTooNew:
            raise
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
    return f"{FORMAT}|v{AD_VERSION}|{slot_id}|gen{generation}|{journal_id}".encode("ascii")


def seal(journal_id: str, slot_id: str, generation: int, wrapping_key: bytes,
         data_key: bytes, salt: bytes, params: kdf.Argon2Params | None = None) -> Slot:
    nonce = os.urandom(12)
    ciphertext = AESGCM(wrapping_key).encrypt(
        nonce, data_key, _associated_data(journal_id, slot_id, generation))
    return Slot(slot_id, salt, nonce, ciphertext, params)


def unseal(journal_id: str, generation: int, slot: Slot, wrapping_key: bytes) -> bytes | None:
    """The data key, or None if the wrapping key is not the right one."""
    try:
        if slot.sealed is not None:
            wrapping_key = _sealed_key(journal_id, slot, wrapping_key)
        return AESGCM(wrapping_key).decrypt(
            slot.nonce, slot.ciphertext,
            _associated_data(journal_id, slot.slot_id, generation))
    except (InvalidTag, ValueError):  # ValueError: a sealed slot with a bad public key
        return None


def _private_ad(journal_id: str, slot_id: str) -> bytes:
    return f"{FORMAT}|v{AD_VERSION}|{slot_id}|private|{journal_id}".encode("ascii")


def _seal_key(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + public,
                info=b"small-moments caregiver seal").derive(shared)


def _sealed_key(journal_id: str, slot: Slot, wrapping_key: bytes) -> bytes:
    """The key the data key is sealed under, from the caregiver's own wrapping key
    (InvalidTag if it is not theirs)."""
    sealed = slot.sealed
    assert sealed is not None
    private = AESGCM(wrapping_key).decrypt(sealed.private_nonce, sealed.private,
                                           _private_ad(journal_id, slot.slot_id))
    shared = X25519PrivateKey.from_private_bytes(private).exchange(
        X25519PublicKey.from_public_bytes(sealed.ephemeral))
    return _seal_key(shared, sealed.ephemeral, sealed.public)


def reseal(journal_id: str, generation: int, slot: Slot, data_key: bytes) -> Slot:
    """The same caregiver's slot for another data key or generation, made without their
    passphrase (sealed slots only)."""
    assert slot.sealed is not None
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    key = _seal_key(ephemeral.exchange(X25519PublicKey.from_public_bytes(slot.sealed.public)),
                    ephemeral_public, slot.sealed.public)
    made = seal(journal_id, slot.slot_id, generation, key, data_key, slot.salt, slot.params)
    return Slot(slot.slot_id, slot.salt, made.nonce, made.ciphertext, slot.params, slot.name,
                Sealed(slot.sealed.public, slot.sealed.private_nonce, slot.sealed.private,
                       ephemeral_public))


def passphrase_slot(journal_id: str, generation: int, passphrase: str, data_key: bytes,
                    params: kdf.Argon2Params, *, slot_id: str = PASSPHRASE,
                    name: str | None = None, sealed: bool = False) -> Slot:
    """A caregiver's slot for their own passphrase: wrapped by it directly, or (sealed)
    through a new key pair whose private half it wraps."""
    assert is_caregiver(slot_id)
    salt = os.urandom(16)
    wrapping = kdf.derive_passphrase_key(passphrase, salt, params)
    if not sealed:
        slot = seal(journal_id, slot_id, generation, wrapping, data_key, salt, params)
        return Slot(slot_id, salt, slot.nonce, slot.ciphertext, params, clean_name(name))
    private = X25519PrivateKey.generate()
    private_nonce = os.urandom(12)
    wrapped = AESGCM(wrapping).encrypt(private_nonce, private.private_bytes_raw(),
                                       _private_ad(journal_id, slot_id))
    pair = Sealed(private.public_key().public_bytes_raw(), private_nonce, wrapped, b"")
    blank = Slot(slot_id, salt, b"", b"", params, clean_name(name), pair)
    return reseal(journal_id, generation, blank, data_key)


def secret_slot(slot_id: str, journal_id: str, generation: int, secret: bytes,
                data_key: bytes) -> Slot:
    """A slot wrapped by a high-entropy secret (the recovery code, or the previous key)."""
    salt = os.urandom(16)
    wrapping = kdf.derive_secret_key(secret, salt, slot_id)
    return seal(journal_id, slot_id, generation, wrapping, data_key, salt)


def passphrase_key(slot: Slot, passphrase: str) -> bytes:
    """The caregiver's own wrapping key (one Argon2id run)."""
    assert slot.params is not None
    return kdf.derive_passphrase_key(passphrase, slot.salt, slot.params)


def unlock_slot(keyfile: KeyFile, keyset: KeySet, slot_id: str,
                secret: str | bytes) -> bytes | None:
    """Derive the wrapping key for `slot_id` from `secret` and unwrap the data key."""
    slot = keyset.slots.get(slot_id)
    if slot is None:
        return None
    if is_caregiver(slot_id):
        assert isinstance(secret, str)
        wrapping = passphrase_key(slot, secret)
    else:
        assert isinstance(secret, bytes)
        wrapping = kdf.derive_secret_key(secret, slot.salt, slot_id)
    return unseal(keyfile.journal_id, keyset.generation, slot, wrapping)


def find_caregiver(keyfile: KeyFile, keyset: KeySet, passphrase: str
                   ) -> tuple[str, bytes] | None:
    """Try every caregiver slot (one Argon2id run each): (slot id, data key) or None."""
    for slot in keyset.caregivers():
        key = unlock_slot(keyfile, keyset, slot.slot_id, passphrase)
        if key is not None:
            return slot.slot_id, key
    return None
