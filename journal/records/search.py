"""Full-text search inside the encrypted database (FTS5).

What a person types is never handed to MATCH as it is: it is cut into words, each
word becomes a quoted FTS5 string (so AND, OR, NOT, NEAR(, *, :, - and brackets are
just text), and the last word matches as a prefix for type-ahead.

The index is contentless (FTS5 `content=''`, `contentless_delete=1`, `detail=none`): it
holds only which entries have which folded words (see journal.records.textfold), never
a copy of the text, nor where in it a word is. The
words as written are read back from the entries themselves (`documents`) for the few
hits a search shows, so snippets keep their accents. The query is folded the same way, so
"jose" finds "José", "ελενη" finds "Ελένη", "lucja" finds "Łucja".
"""

from __future__ import annotations

import re
from collections import deque

import sqlcipher3

from journal.records import entries, people, vocabulary
from journal.records.models import ALL_TEXT_FIELDS, Entry, Filters, SearchHit
from journal.records.textfold import fold

MAX_TERMS = 16
MAX_TERM_CHARS = 64
_WORD = re.compile(r"\w+", re.UNICODE)
# What is typed is cut where the index cuts words too (at "_" as well), so every quoted
# word is one word of the index: it keeps no word positions, so it matches no phrases.
_QUERY_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_PARTS = re.compile(r"\s*\n\s*")
_SPACES = re.compile(r"\s+")
# Rank only among the newest matches, so a very common word stays fast at any size.
RANK_WINDOW = 200


def match_expression(user_text: str) -> str | None:
    """A safe FTS5 expression for what a person typed, or None if nothing to look for."""
    words = _QUERY_WORD.findall(fold(user_text or ""))[:MAX_TERMS]
    words = [w[:MAX_TERM_CHARS] for w in words]
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


def strength_labels(conn: sqlcipher3.Connection) -> dict[int, str]:
    """Every strength's words as indexed: a built-in's English and Spanish, or the own label."""
    labels = {}
    for sid, key, label in conn.execute("SELECT id, key, label FROM strengths"):
        word = vocabulary.BY_KEY.get(key) if key else None
        labels[sid] = f"{word.en} {word.es}" if word else (label or "")
    return labels


def documents(conn: sqlcipher3.Connection, ids: list[int]) -> dict[int, str]:
    """The indexed text (`document`) of each entry in `ids` that is not in the trash."""
    return {entry_id: text for entry_id, (_entry, text) in _read(conn, ids).items()}


def _read(conn: sqlcipher3.Connection, ids: list[int]) -> dict[int, tuple[Entry, str]]:
    names = {p.id: p.nickname for deleted in (False, True)
             for p in people.listing(conn, None, deleted) if p.id is not None}
    labels = strength_labels(conn)
    return {entry_id: (entry, document(entry, names, labels))
            for entry_id, entry in entries.fetch_many(conn, ids).items()
            if entry.deleted_at is None}


def reindex(conn: sqlcipher3.Connection, ids: list[int]) -> None:
    """Index the words of these entries again (those in the trash stay out)."""
    for entry_id, text in documents(conn, ids).items():
        index(conn, entry_id, text)


def index(conn: sqlcipher3.Connection, entry_id: int, text: str) -> None:
    conn.execute("DELETE FROM entries_fts WHERE rowid = ?", (entry_id,))
    conn.execute("INSERT INTO entries_fts (rowid, text) VALUES (?, ?)", (entry_id, fold(text)))


def unindex(conn: sqlcipher3.Connection, entry_id: int) -> None:
    conn.execute("DELETE FROM entries_fts WHERE rowid = ?", (entry_id,))


def _terms(user_text: str) -> tuple[set[str], str | None]:
    words = [fold(w[:MAX_TERM_CHARS])
             for w in _QUERY_WORD.findall(user_text or "")[:MAX_TERMS]]
    if not words:
        return set(), None
    return set(words[:-1]), words[-1]


class _Marker:
    """Whether a word of an entry is one the search asked for (each word folded once)."""

    def __init__(self, whole: set[str], prefix: str | None) -> None:
        self.whole, self.prefix, self.seen = whole, prefix, {}
        # the same test on folded text, as one pattern: a whole word, or a word that
        # begins with the prefix (one match a word)
        choices = [f"(?:{'|'.join(map(re.escape, sorted(whole)))})(?!\\w)"] if whole else []
        if prefix is not None:
            choices.append(re.escape(prefix) + r"\w*")
        self.pattern = re.compile(rf"(?<!\w)(?:{'|'.join(choices)})") if choices else None

    def __call__(self, token: str) -> bool:
        hit = self.seen.get(token)
        if hit is None:
            folded = fold(token)
            hit = self.seen[token] = folded in self.whole or (
                self.prefix is not None and folded.startswith(self.prefix))
        return hit


def _score(text: str, marker: _Marker) -> float:
    """Term frequency over the square root of length: short, dense entries first."""
    folded = fold(text)
    hits = len(marker.pattern.findall(folded)) if marker.pattern is not None else 0
    return hits / ((len(_WORD.findall(folded)) + 1) ** 0.5)


def _snippet(text: str, marker: _Marker, width: int = 16) -> tuple[tuple[str, bool], ...]:
    """A few words around the first match, with every match marked."""
    words = _WORD.finditer(text)
    before: deque[tuple[int, int]] = deque(maxlen=width // 4)  # the words just before it
    head: list[tuple[int, int]] = []  # the first words, for a text where nothing matches
    window: list[tuple[int, int]] | None = None
    count = 0
    for count, found in enumerate(words, 1):
        span = found.span()
        if marker(found.group()):
            window = [*before, span]
            lo = count - len(window)
            break
        before.append(span)
        if len(head) < width:
            head.append(span)
    if window is None:  # read to the end and found nothing: the first words
        window, lo, more = head, 0, count > width
    else:  # words after the match, up to `width` in all, and whether more follow
        more = False
        for found in words:
            if len(window) == width:
                more = True
                break
            window.append(found.span())
    spans = [(a, b, marker(text[a:b])) for a, b in window]
    if not spans:
        return ((_SPACES.sub(" ", _PARTS.sub(" · ", text[:120])), False),) if text else ()
    start, end = spans[0][0], spans[-1][1]
    pieces: list[tuple[str, bool]] = [("…", False)] if lo > 0 else []
    cursor = start
    for a, b, hit in spans:
        if hit:
            if a > cursor:
                pieces.append((text[cursor:a], False))
            pieces.append((text[a:b], True))
            cursor = b
    if end > cursor:
        pieces.append((text[cursor:end], False))
    if more:
        pieces.append(("…", False))
    # parts of the text (a field, the names, the tags) are set apart with a dot, so a
    # name is not read as the end of a sentence: "cried hard · Bean", not "cried hard Bean"
    return tuple((p if hit else _SPACES.sub(" ", _PARTS.sub(" · ", p)), hit)
                 for p, hit in pieces)


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
    found = _read(conn, window)
    newest_first = sorted(found, key=lambda i: (found[i][0].happened_at, i), reverse=True)
    marker = _Marker(whole, prefix)
    scores = {i: _score(found[i][1], marker) for i in newest_first}
    best = sorted(newest_first, key=lambda i: -scores[i])[:limit]  # stable: ties newest first
    return [SearchHit(i, found[i][0].kind, found[i][0].happened_at,
                      _snippet(found[i][1], marker)) for i in best]
