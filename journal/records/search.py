"""Full-text search inside the encrypted database (FTS5).

What a person types is never handed to MATCH as it is: it is cut into words, each
word becomes a quoted FTS5 string (so AND, OR, NOT, NEAR(, *, :, - and brackets are
just text), and the last word matches as a prefix for type-ahead.

The index holds each entry's words twice: folded (`text`, what MATCH looks in; see
journal.records.textfold) and as written (`shown`, unindexed, for snippets). The query is
folded the same way, so "jose" finds "José", "ελενη" finds "Ελένη", "lucja" finds "Łucja".
"""

from __future__ import annotations

import re
from datetime import datetime

import sqlcipher3

from journal.records import entries, vocabulary
from journal.records.models import ALL_TEXT_FIELDS, Entry, Filters, SearchHit
from journal.records.textfold import fold

MAX_TERMS = 16
MAX_TERM_CHARS = 64
_WORD = re.compile(r"\w+", re.UNICODE)
_SPACES = re.compile(r"\s+")
# Rank only among the newest matches, so a very common word stays fast at any size.
RANK_WINDOW = 200


def match_expression(user_text: str) -> str | None:
    """A safe FTS5 expression for what a person typed, or None if nothing to look for."""
    words = _WORD.findall(fold(user_text or ""))[:MAX_TERMS]
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
    conn.execute("INSERT INTO entries_fts (rowid, text, shown) VALUES (?, ?, ?)",
                 (entry_id, fold(text), text))


def unindex(conn: sqlcipher3.Connection, entry_id: int) -> None:
    conn.execute("DELETE FROM entries_fts WHERE rowid = ?", (entry_id,))


def _terms(user_text: str) -> tuple[set[str], str | None]:
    words = [fold(w[:MAX_TERM_CHARS]) for w in _WORD.findall(user_text or "")[:MAX_TERMS]]
    words = [w for w in words if w.strip("_")]
    if not words:
        return set(), None
    return set(words[:-1]), words[-1]


def _matches(token: str, whole: set[str], prefix: str | None) -> bool:
    folded = fold(token)
    return folded in whole or (prefix is not None and folded.startswith(prefix))


def _score(text: str, whole: set[str], prefix: str | None) -> float:
    """Term frequency over the square root of length: short, dense entries first."""
    tokens = _WORD.findall(fold(text))
    hits = sum(1 for t in tokens if t in whole or (prefix is not None and t.startswith(prefix)))
    return hits / ((len(tokens) + 1) ** 0.5)


def _snippet(text: str, whole: set[str], prefix: str | None,
             width: int = 16) -> tuple[tuple[str, bool], ...]:
    """A few words around the first match, with every match marked."""
    spans = [(m.start(), m.end(), _matches(m.group(), whole, prefix))
             for m in _WORD.finditer(text)]
    first = next((i for i, span in enumerate(spans) if span[2]), 0)
    lo = max(0, first - width // 4)
    hi = min(len(spans), lo + width)
    if not spans:
        return ((text[:120], False),) if text else ()
    start, end = spans[lo][0], spans[hi - 1][1]
    pieces: list[tuple[str, bool]] = [("…", False)] if lo > 0 else []
    cursor = start
    for a, b, hit in spans[lo:hi]:
        if hit:
            if a > cursor:
                pieces.append((text[cursor:a], False))
            pieces.append((text[a:b], True))
            cursor = b
    if end > cursor:
        pieces.append((text[cursor:end], False))
    if hi < len(spans):
        pieces.append(("…", False))
    return tuple((p if hit else _SPACES.sub(" ", p), hit) for p, hit in pieces)


def _newest_matches(conn: sqlcipher3.Connection, expression: str, where: str,
                    params: list[object]) -> list[int]:
    """Ids of the newest RANK_WINDOW entries that match and pass the filters.

    FTS5 is slow at walking a prefix query newest-first, but quick at a rowid range in
    its natural order, so look back over a widening range of ids until enough are found.
    """
    top = conn.execute("SELECT max(id) FROM entries").fetchone()[0] or 0
    span = 4 * RANK_WINDOW
    while True:
        low = top - span
        ids = [row[0] for row in conn.execute(
            "SELECT f.rowid FROM entries_fts AS f JOIN entries AS e ON e.id = f.rowid"
            f" WHERE entries_fts MATCH ? AND f.rowid > ? AND {where}",
            [expression, low, *params])]
        if len(ids) >= RANK_WINDOW or low <= 0:
            return sorted(ids)[-RANK_WINDOW:]
        span *= 8


def search(conn: sqlcipher3.Connection, user_text: str, filters: Filters,
           limit: int = 50) -> list[SearchHit]:
    """The best hits among the newest RANK_WINDOW matches, with marked snippets."""
    expression = match_expression(user_text)
    if expression is None:
        return []
    where, params = entries.filter_sql(filters)
    try:
        window = _newest_matches(conn, expression, where, params)
    except sqlcipher3.OperationalError:
        # A query the tokenizer turns into nothing (e.g. only symbols) finds nothing.
        return []
    if not window:
        return []
    whole, prefix = _terms(user_text)
    holes = ", ".join("?" * len(window))
    texts = dict(conn.execute(
        f"SELECT rowid, shown FROM entries_fts WHERE rowid IN ({holes})", window))
    found = {row[0]: row for row in conn.execute(
        f"SELECT id, kind, happened_at FROM entries WHERE id IN ({holes})", window)}
    scored = sorted(((-_score(texts.get(i, ""), whole, prefix), found[i][2], i)
                     for i in window if i in found),
                    key=lambda t: (t[0], _descending(t[1]), -t[2]))
    return [SearchHit(i, found[i][1], datetime.fromisoformat(when),
                      _snippet(texts.get(i, ""), whole, prefix))
            for _, when, i in scored[:limit]]


def _descending(text: str) -> tuple[int, ...]:
    """A sort key that puts later ISO timestamps first."""
    return tuple(-ord(ch) for ch in text)
