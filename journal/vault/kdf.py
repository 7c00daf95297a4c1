"""Key derivation: Argon2id for passphrases, HKDF for the (already random) recovery code."""

from __future__ import annotations

import time
import unicodedata
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal.errors import InvalidInput

KEY_BYTES = 32

# RFC 9106, second recommended option ("low memory"): 64 MiB, 3 passes, 4 lanes.
# This is the floor; creation calibrates the passes up to about TARGET_SECONDS.
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_TIME_COST = 3
PARALLELISM = 4
TARGET_SECONDS = 0.5
MAX_TIME_COST = 64
# Bounds for parameters read from a key file, checked before any derivation runs: a
# key file asking for more is damaged (or hostile), never a reason to hang.
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_PARALLELISM = 16


@dataclass(frozen=True)
class Argon2Params:
    time_cost: int = FLOOR_TIME_COST
    memory_kib: int = FLOOR_MEMORY_KIB
    parallelism: int = PARALLELISM

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Argon2Params:
        values = [data["time_cost"], data["memory_kib"], data["parallelism"]]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise ValueError("Argon2 parameters are not whole numbers")
        params = cls(time_cost=values[0], memory_kib=values[1], parallelism=values[2])
        if not (1 <= params.time_cost <= MAX_TIME_COST
                and 8 * params.parallelism <= params.memory_kib <= MAX_MEMORY_KIB
                and 1 <= params.parallelism <= MAX_PARALLELISM):
            raise ValueError("Argon2 parameters out of range")
        return params


# Cheap parameters for tests only; the app never passes these.
TEST_PARAMS = Argon2Params(time_cost=1, memory_kib=8, parallelism=1)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so the same words typed on another keyboard still open the journal."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_passphrase_key(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    return hash_secret_raw(
        normalize_passphrase(passphrase), salt, params.time_cost, params.memory_kib,
        params.parallelism, KEY_BYTES, Type.ID,
    )


def derive_secret_key(secret: bytes, salt: bytes, slot_id: str) -> bytes:
    """For secrets that are already random (recovery code, previous data key): HKDF."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt,
        info=b"small-moments " + slot_id.encode("ascii") + b" slot v1",
    ).derive(secret)


def calibrate(target_seconds: float = TARGET_SECONDS) -> Argon2Params:
    """Strong parameters for this machine: never below the floor, about `target_seconds`."""
    floor = Argon2Params()
    start = time.perf_counter()
    derive_passphrase_key("calibration", b"\0" * 16, floor)
    elapsed = max(time.perf_counter() - start, 1e-3)
    passes = round(FLOOR_TIME_COST * target_seconds / elapsed)
    return Argon2Params(time_cost=max(FLOOR_TIME_COST, min(MAX_TIME_COST, passes)))


MAX_PASSPHRASE = 1024


def check_passphrase(passphrase: object) -> str:
    """The passphrase as given, or InvalidInput with words a caregiver can act on."""
    if not isinstance(passphrase, str) or not passphrase:
        raise InvalidInput("Please choose a passphrase.")
    if len(passphrase) > MAX_PASSPHRASE:
        raise InvalidInput("That passphrase is too long. Please use a shorter one.")
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidInput("That passphrase has a character that can't be used.") from exc
    return passphrase
