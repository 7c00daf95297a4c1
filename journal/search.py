"""Full-text search inside the encrypted database (FTS5).

What a person types is never handed to MATCH as it is: it is cut into words, each
word becomes a quoted FTS5 string (so AND, OR, NOT, NEAR(, *, :, - and brackets are
just text), and the last word matches as a prefix for type-ahead. Accents are ignored
by the tokenizer (`remove_diacritics 2`): "jose" finds "José", "nino" finds "niño".
"""

from __future__ import annotations

import re
from datetime import datetime

import sqlcipher3

from journal import entries, vocabulary
from journal.models import ALL_TEXT_FIELDS, Entry, Filters, SearchHit

MAX_TERMS = 16
MAX_TERM_CHARS = 64
_WORD = re.compile(r"\w+", re.UNICODE)
# Private-use marks around matches in snippets; they cannot come from the tokenizer.
_OPEN, _CLOSE = "\ue000", "\ue001"
# Rank only among the newest matches so a very common word stays fast at any size.
RANK_WINDOW = 400


def match_expression(user_text: str) -> str | None:
    """A safe FTS5 expression for what a person typed, or None if nothing to look for."""
    words = _WORD.findall(user_text or "")[:MAX_TERMS]
    words = [w[:MAX_TERM_CHARS] for w in words if w.strip("_")]
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += " *"
    return " ".join(quoted)


def document(entry: Entry, people_names: dict[int, str], strength_labels: dict[int, str]) -> str:
    """The text indexed for one entry: the caregiver's words first, then names and tags."""
    parts = [entry.text.get(name, "") for name in ALL_TEXT_FIELDS]
    parts.append(entry.prompt_text or "")
    parts.extend(people_names.get(p, "") for p in entry.people)
    for value in (entry.routine, entry.feeling):
        word = vocabulary.BY_KEY.get(value or "")
        parts.append(f"{word.en} {word.es}" if word else value or "")
    parts.extend(strength_labels.get(m.strength_id, "") for m in entry.strengths)
    return "\n".join(p for p in parts if p)


def index(conn: sqlcipher3.Connection, entry_id: int, text: str) -> None:
    conn.execute("DELETE FROM entries_fts WHERE rowid = ?", (entry_id,))
    conn.execute("INSERT INTO entries_fts (rowid, text) VALUES (?, ?)", (entry_id, text))


def unindex(conn: sqlcipher3.Connection, entry_id: int) -> None:
    conn.execute("DELETE FROM entries_fts WHERE rowid = ?", (entry_id,))


def _pieces(snippet: str) -> tuple[tuple[str, bool], ...]:
    out: list[tuple[str, bool]] = []
    for chunk in snippet.split(_OPEN):
        if _CLOSE in chunk:
            hit, rest = chunk.split(_CLOSE, 1)
            out.append((hit, True))
            if rest:
                out.append((rest, False))
        elif chunk:
            out.append((chunk, False))
    return tuple(out)


def search(conn: sqlcipher3.Connection, user_text: str, filters: Filters,
           limit: int = 50) -> list[SearchHit]:
    """Ranked hits (best first) among the newest RANK_WINDOW matches, with snippets."""
    expression = match_expression(user_text)
    if expression is None:
        return []
    where, params = entries.filter_sql(filters)
    try:
        ranked = conn.execute(f"""
            WITH candidates AS (
                SELECT f.rowid AS id, bm25(entries_fts) AS score
                FROM entries_fts AS f JOIN entries AS e ON e.id = f.rowid
                WHERE entries_fts MATCH ? AND {where}
                ORDER BY f.rowid DESC LIMIT {RANK_WINDOW}
            )
            SELECT e.id, e.kind, e.happened_at FROM candidates
            JOIN entries AS e ON e.id = candidates.id
            ORDER BY candidates.score, e.happened_at DESC, e.id DESC
            LIMIT ?""", [expression, *params, limit]).fetchall()
        if not ranked:
            return []
        holes = ", ".join("?" * len(ranked))
        snippets = dict(conn.execute(
            f"SELECT rowid, snippet(entries_fts, 0, '{_OPEN}', '{_CLOSE}', '…', 16)"
            f" FROM entries_fts WHERE entries_fts MATCH ? AND rowid IN ({holes})",
            [expression, *(row[0] for row in ranked)]))
    except sqlcipher3.OperationalError:
        # A query the tokenizer turns into nothing (e.g. only symbols) finds nothing.
        return []
    return [SearchHit(entry_id, kind, datetime.fromisoformat(when),
                      _pieces(snippets.get(entry_id, "")))
            for entry_id, kind, when in ranked]
