"""The moment form's draft: its state as JSON inside the journal, and back again."""

from __future__ import annotations

import json
from datetime import datetime

from journal import Entry, StrengthMark
from journal.records.models import WHOSE


def _draft_marks(data: dict) -> list[StrengthMark]:
    """Strengths and whose from a draft (older drafts had one "whose" for all)."""
    if "marks" in data:
        return [StrengthMark(int(sid), str(whose)) for sid, whose in data["marks"]
                if whose in WHOSE]
    whose = data.get("whose") if data.get("whose") in WHOSE else "me"
    return [StrengthMark(int(sid), whose) for sid in data.get("strengths", [])]


def draft_text(entry: Entry, prompt: tuple[str | None, str | None],
               photos_left: int = 0) -> str:
    """`photos_left`: new photos the form had, which a draft can't keep (only a count)."""
    return json.dumps({"kind": entry.kind, "id": entry.id, "text": entry.text,
                       "people": entry.people, "routine": entry.routine,
                       "feeling": entry.feeling, "back": entry.back_and_forths,
                       "marks": [[m.strength_id, m.whose] for m in entry.strengths],
                       "when": entry.happened_at.isoformat(), "share": entry.ok_to_share,
                       "prompt": list(prompt), "lang": entry.lang,
                       "photos_left": photos_left})


def photos_left(text: str) -> int:
    """How many new photos the form had when its draft was kept (0 if none, or unknown)."""
    try:
        return max(0, int(json.loads(text).get("photos_left", 0)))
    except (ValueError, TypeError, AttributeError):
        return 0


def entry_from_draft(journal, text: str, lang: str) -> Entry | None:
    """The moment a draft holds, or None if it can't be read. An edit is only of that
    same moment, if it is still there; otherwise it opens as a new one."""
    try:
        data = json.loads(text)
        entry = Entry(
            kind=data["kind"], happened_at=datetime.fromisoformat(data["when"]),
            text=dict(data["text"]), people=list(data["people"]),
            strengths=_draft_marks(data),
            routine=data["routine"], feeling=data["feeling"],
            back_and_forths=data["back"], prompt_id=data["prompt"][0],
            prompt_text=data["prompt"][1], ok_to_share=bool(data["share"]),
            id=data["id"], lang=data.get("lang", lang))
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    if entry.id is not None:
        existing = journal.get_entry(int(entry.id))
        if existing is None or existing.deleted_at is not None \
                or existing.kind != entry.kind:
            entry.id = None  # never over another moment
    return entry
