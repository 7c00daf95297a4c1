"""Checks on what callers hand the core: clear messages, nothing half-saved."""

from __future__ import annotations

import re
from datetime import date, datetime

from journal.errors import InvalidInput

MAX_TEXT = 2_000_000  # characters in one field; a 1 MB entry fits with room to spare
MAX_SHORT = 200


def text(value: object, *, what: str, limit: int = MAX_TEXT, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(f"The {what} must be text.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidInput(
            f"The {what} has a character that can't be saved. Try typing it again."
        ) from exc
    if len(value) > limit:
        raise InvalidInput(f"The {what} is too long to save in one piece. Try splitting it.")
    if required and not value.strip():
        raise InvalidInput(f"Please add a {what}.")
    return value


def optional_short(value: object, *, what: str) -> str | None:
    if value is None or value == "":
        return None
    return text(value, what=what, limit=MAX_SHORT)


def choice(value: object, allowed: tuple[str, ...], *, what: str) -> str:
    if value not in allowed:
        raise InvalidInput(f"That {what} isn't one of the choices.")
    return str(value)


_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


def language(value: object) -> str | None:
    """A language tag like "en" or "es-US" (the app's language when words were written)."""
    if value in (None, ""):
        return None
    if not isinstance(value, str) or len(value) > 35 or not _LANGUAGE.fullmatch(value):
        raise InvalidInput("That language isn't one the journal knows.")
    return value


_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def birth_month(value: object) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not _MONTH.fullmatch(value):
        raise InvalidInput("Please give the birth month as year and month, like 2025-03.")
    return value


def moment(value: object) -> datetime:
    if isinstance(value, datetime):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, 12, 0)
    raise InvalidInput("Please pick when this happened.")
