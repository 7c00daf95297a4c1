"""Recovery codes: 128 random bits, written as groups of unambiguous characters.

A code is 26 base-32 digits (Crockford's alphabet: no I, L, O or U) for 128 bits, plus
2 check digits (10 bits of SHA-256), shown as 7 groups of 4: `7KQ2-M9XD-…`. Reading it
back forgives case, spaces, dashes, and O/I/L typed for 0/1/1; a wrong character is
caught by the check digits before any key derivation runs.
"""

from __future__ import annotations

import hashlib
import secrets

from journal.errors import RecoveryCodeTypo

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SECRET_BYTES = 16
_DATA_DIGITS = 26  # ceil(128 / 5)
_CHECK_DIGITS = 2
_GROUP = 4
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _encode(value: int, digits: int) -> str:
    out = []
    for _ in range(digits):
        value, rem = divmod(value, 32)
        out.append(ALPHABET[rem])
    return "".join(reversed(out))


def _check(secret: bytes) -> str:
    value = int.from_bytes(hashlib.sha256(b"small-moments-recovery" + secret).digest()[:2], "big")
    return _encode(value >> 6, _CHECK_DIGITS)


def format_code(secret: bytes) -> str:
    """The printable code for a 16-byte secret."""
    if len(secret) != SECRET_BYTES:
        raise ValueError("a recovery secret is 16 bytes")
    raw = _encode(int.from_bytes(secret, "big"), _DATA_DIGITS) + _check(secret)
    return "-".join(raw[i : i + _GROUP] for i in range(0, len(raw), _GROUP))


def new_code() -> tuple[str, bytes]:
    """A fresh (printable code, secret) pair."""
    secret = secrets.token_bytes(SECRET_BYTES)
    return format_code(secret), secret


def parse_code(text: str) -> bytes:
    """The secret inside a typed code; RecoveryCodeTypo if it cannot be right."""
    cleaned = "".join(ch for ch in str(text).upper() if ch not in " -\t\n\r").translate(_LOOKALIKES)
    if len(cleaned) != _DATA_DIGITS + _CHECK_DIGITS or any(c not in ALPHABET for c in cleaned):
        raise RecoveryCodeTypo()
    value = 0
    for ch in cleaned[:_DATA_DIGITS]:
        value = value * 32 + ALPHABET.index(ch)
    if value >> (SECRET_BYTES * 8):
        raise RecoveryCodeTypo()
    secret = value.to_bytes(SECRET_BYTES, "big")
    if _check(secret) != cleaned[_DATA_DIGITS:]:
        raise RecoveryCodeTypo()
    return secret
