"""Schema versions in PRAGMA user_version; one function per step, each in one transaction.

Before any step runs on an existing journal, an encrypted copy of the file is made
beside it (`journal.db.before-v<N>`). A file from a newer version is refused untouched.
A step that takes a while says how far it is through `progress(done, total)` (the
unlock can show it); a step that frees much room asks for a VACUUM once all have run.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from journal.errors import JournalTooNew
from journal.vault import db

Step = Callable[[sqlcipher3.Connection], None]
Progress = Callable[[int, int], None]

_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE people (
    id            INTEGER PRIMARY KEY,
    role          TEXT NOT NULL CHECK (role IN ('child', 'caregiver', 'village')),
    nickname      TEXT NOT NULL,
    birth_month   TEXT CHECK (birth_month IS NULL
                              OR birth_month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    how_they_help TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);

CREATE TABLE strengths (
    id      INTEGER PRIMARY KEY,
    key     TEXT UNIQUE,           -- built-in vocabulary key; NULL for the caregiver's own
    label   TEXT,                  -- the caregiver's own words; NULL for built-ins
    factor  TEXT,
    lens    TEXT,
    CHECK ((key IS NULL) <> (label IS NULL))
);

CREATE TABLE entries (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('reflection', 'connection', 'repair')),
    happened_at     TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT,
    routine         TEXT,
    feeling         TEXT,
    ok_to_share     INTEGER NOT NULL DEFAULT 0 CHECK (ok_to_share IN (0, 1)),
    prompt_id       TEXT,
    prompt_text     TEXT,
    back_and_forths TEXT CHECK (back_and_forths IS NULL
                                OR back_and_forths IN ('one', 'a_few', 'many')),
    body            TEXT,
    child_did       TEXT,
    i_did           TEXT,
    how_it_ended    TEXT,
    pulled_apart    TEXT,
    noticed_first   TEXT,
    reconnected     TEXT,
    what_helped     TEXT,
    remember        TEXT
);
CREATE INDEX entries_timeline ON entries (happened_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX entries_day_kind ON entries (happened_at, kind) WHERE deleted_at IS NULL;
CREATE INDEX entries_trash ON entries (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE entry_people (
    entry_id  INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, person_id)
) WITHOUT ROWID;
CREATE INDEX entry_people_person ON entry_people (person_id, entry_id);

CREATE TABLE entry_strengths (
    entry_id    INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    strength_id INTEGER NOT NULL REFERENCES strengths (id) ON DELETE CASCADE,
    whose       TEXT NOT NULL DEFAULT 'me' CHECK (whose IN ('me', 'child', 'someone')),
    PRIMARY KEY (entry_id, strength_id, whose)
) WITHOUT ROWID;
CREATE INDEX entry_strengths_strength ON entry_strengths (strength_id, entry_id);

CREATE VIRTUAL TABLE entries_fts USING fts5 (
    text,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Per-day counts, kept by triggers, so counts over a year read a few hundred rows.
CREATE TABLE day_counts (
    day  TEXT NOT NULL,
    kind TEXT NOT NULL,
    n    INTEGER NOT NULL,
    PRIMARY KEY (day, kind)
) WITHOUT ROWID;

CREATE TABLE day_strengths (
    day         TEXT NOT NULL,
    strength_id INTEGER NOT NULL,
    n           INTEGER NOT NULL,     -- entries (not marks) that noted the strength
    PRIMARY KEY (day, strength_id)
) WITHOUT ROWID;

CREATE TRIGGER entries_count_insert AFTER INSERT ON entries WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO day_counts (day, kind, n) VALUES (substr(NEW.happened_at, 1, 10), NEW.kind, 1)
        ON CONFLICT (day, kind) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER entries_count_delete AFTER DELETE ON entries WHEN OLD.deleted_at IS NULL
BEGIN
    UPDATE day_counts SET n = n - 1
        WHERE day = substr(OLD.happened_at, 1, 10) AND kind = OLD.kind;
END;

CREATE TRIGGER entries_count_update AFTER UPDATE OF happened_at, kind, deleted_at ON entries
BEGIN
    UPDATE day_counts SET n = n - 1
        WHERE OLD.deleted_at IS NULL AND day = substr(OLD.happened_at, 1, 10)
          AND kind = OLD.kind;
    INSERT INTO day_counts (day, kind, n)
        SELECT substr(NEW.happened_at, 1, 10), NEW.kind, 1 WHERE NEW.deleted_at IS NULL
        ON CONFLICT (day, kind) DO UPDATE SET n = n + 1;
    UPDATE day_strengths SET n = n - 1
        WHERE OLD.deleted_at IS NULL AND day = substr(OLD.happened_at, 1, 10)
          AND strength_id IN (SELECT strength_id FROM entry_strengths WHERE entry_id = OLD.id);
    INSERT INTO day_strengths (day, strength_id, n)
        SELECT DISTINCT substr(NEW.happened_at, 1, 10), strength_id, 1 FROM entry_strengths
        WHERE entry_id = NEW.id AND NEW.deleted_at IS NULL
        ON CONFLICT (day, strength_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER strengths_count_insert AFTER INSERT ON entry_strengths
WHEN NOT EXISTS (SELECT 1 FROM entry_strengths WHERE entry_id = NEW.entry_id
                 AND strength_id = NEW.strength_id AND whose <> NEW.whose)
BEGIN
    INSERT INTO day_strengths (day, strength_id, n)
        SELECT substr(happened_at, 1, 10), NEW.strength_id, 1 FROM entries
        WHERE id = NEW.entry_id AND deleted_at IS NULL
        ON CONFLICT (day, strength_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER strengths_count_delete AFTER DELETE ON entry_strengths
WHEN NOT EXISTS (SELECT 1 FROM entry_strengths WHERE entry_id = OLD.entry_id
                 AND strength_id = OLD.strength_id)
BEGIN
    UPDATE day_strengths SET n = n - 1
        WHERE strength_id = OLD.strength_id AND day = (
            SELECT substr(happened_at, 1, 10) FROM entries
            WHERE id = OLD.entry_id AND deleted_at IS NULL);
END;

CREATE TABLE drafts (
    key        TEXT PRIMARY KEY,
    content    TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE prompt_history (
    id        INTEGER PRIMARY KEY,
    day       TEXT NOT NULL,
    prompt_id TEXT NOT NULL,
    status    TEXT NOT NULL CHECK (status IN ('shown', 'answered', 'skipped')),
    at        TEXT NOT NULL
);
CREATE INDEX prompt_history_day ON prompt_history (day);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""


def _statements(script: str) -> list[str]:
    """Split a script on ';' at line ends, keeping trigger bodies (BEGIN … END;) whole."""
    out, current = [], []
    for line in script.splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        if text.endswith(";") and (not text.upper().startswith("CREATE TRIGGER")
                                   or text.upper().endswith("END;")):
            out.append(text)
            current = []
    return [s for s in out if s.strip(" ;\n")]


def _v1(conn: sqlcipher3.Connection) -> None:
    for statement in _statements(_V1):
        conn.execute(statement)


_FTS_V2 = """
CREATE VIRTUAL TABLE entries_fts USING fts5 (
    text,                -- folded words (journal.records.textfold): what search looks in
    shown UNINDEXED,     -- the same words as written, for snippets
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
)"""


def _v2(conn: sqlcipher3.Connection) -> None:
    """Search folds letters like ł, ø, ß and Greek accents: index every entry again, its
    words folded the same way as what is typed in the search box."""
    from journal.records.textfold import fold

    rows = conn.execute("SELECT rowid, text FROM entries_fts").fetchall()
    conn.execute("DROP TABLE entries_fts")
    conn.execute(_FTS_V2)
    conn.executemany("INSERT INTO entries_fts (rowid, text, shown) VALUES (?, ?, ?)",
                     [(rowid, fold(text or ""), text or "") for rowid, text in rows])


def _entry_language(conn: sqlcipher3.Connection) -> None:
    """The language the app was in when an entry was written ("en", "es"; NULL for entries
    written before this step), so the summary can mark the words for screen readers."""
    conn.execute("ALTER TABLE entries ADD COLUMN lang TEXT CHECK (lang IS NULL OR ("
                 "length(lang) BETWEEN 2 AND 35 AND lang NOT GLOB '*[^A-Za-z0-9-]*'))")


_OLD_KINDS = "CHECK (kind IN ('reflection', 'connection', 'repair'))"
_NEW_KINDS = "CHECK (kind IN ('reflection', 'connection', 'repair', 'visit'))"


def _visits(conn: sqlcipher3.Connection) -> None:
    """A visit is a kind of entry: who came (a person from My village, in entry_people),
    "What they noticed about us" (they_noticed), "Something we want to try" (want_to_try)
    and an optional next visit day.

    The CHECK on `kind` only widens, so existing rows stay valid and the table is not
    copied: SQLite's documented way to change a constraint in place (writable_schema,
    then a new schema_version so every connection reads the schema again).
    """
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table'"
                       " AND name = 'entries'").fetchone()[0]
    if _OLD_KINDS not in sql:
        raise RuntimeError("the entries table is not the one this step expects")
    version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'entries'",
                     (sql.replace(_OLD_KINDS, _NEW_KINDS),))
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")
    conn.execute("ALTER TABLE entries ADD COLUMN they_noticed TEXT")
    conn.execute("ALTER TABLE entries ADD COLUMN want_to_try TEXT")
    conn.execute("ALTER TABLE entries ADD COLUMN next_visit TEXT CHECK (next_visit IS NULL"
                 " OR next_visit GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')")
    conn.execute("CREATE INDEX entries_visits ON entries (happened_at DESC)"
                 " WHERE kind = 'visit' AND deleted_at IS NULL")


# The search index keeps no copy of the words (issue 17): contentless, rows deletable,
# no word positions (search asks for words, never phrases), and prefix indexes for the
# first four letters typed, so type-ahead never merges the lists of many words
# (see journal.records.search). At 100,000 entries: 59 MB in all, against 140 MB.
_FTS_CONTENTLESS = """
CREATE VIRTUAL TABLE entries_fts_new USING fts5 (
    text,                -- folded words (journal.records.textfold); not stored, only indexed
    content = '',
    contentless_delete = 1,
    detail = none,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4'
)"""
_FTS_BATCH = 2000


def _fts_contentless(conn: sqlcipher3.Connection, progress: Progress | None = None) -> None:
    """Search keeps only its index, not a second and third copy of every entry's words:
    the words shown in a search hit are read from the entry itself. The index is filled
    again from the folded words it holds, a batch at a time, saying how far it is."""
    total = int(conn.execute("SELECT count(*) FROM entries_fts").fetchone()[0])
    conn.execute(_FTS_CONTENTLESS)
    done, last = 0, -1
    while True:
        rows = conn.execute("SELECT rowid, text FROM entries_fts WHERE rowid > ?"
                            " ORDER BY rowid LIMIT ?", (last, _FTS_BATCH)).fetchall()
        if not rows:
            break
        conn.executemany("INSERT INTO entries_fts_new (rowid, text) VALUES (?, ?)", rows)
        done, last = done + len(rows), rows[-1][0]
        if progress is not None:
            progress(done, total)
    conn.execute("DROP TABLE entries_fts")
    conn.execute("ALTER TABLE entries_fts_new RENAME TO entries_fts")
    conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('optimize')")
    # The timeline's index in ascending order: new entries (the newest) go at its end,
    # where pages fill up, instead of splitting pages at its start and leaving them half
    # empty (3 MB at 100,000 entries). SQLite reads it backwards for newest-first.
    conn.execute("DROP INDEX entries_timeline")
    conn.execute("CREATE INDEX entries_timeline ON entries (happened_at, id)"
                 " WHERE deleted_at IS NULL")


_fts_contentless.reports_progress = True  # type: ignore[attr-defined]
_fts_contentless.vacuum_after = True  # type: ignore[attr-defined]


_PHOTOS = """
CREATE TABLE photos (
    id         INTEGER PRIMARY KEY,
    entry_id   INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position BETWEEN 0 AND 3),
    mime       TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/webp')),
    width      INTEGER NOT NULL CHECK (width > 0),
    height     INTEGER NOT NULL CHECK (height > 0),
    image      BLOB NOT NULL,
    thumb      BLOB NOT NULL,
    alt        TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (entry_id, position)
);
"""


def _photos(conn: sqlcipher3.Connection) -> None:
    """Photos in a moment (journal.records.photos): up to four per entry, each the
    re-encoded picture with every metadata field dropped, plus a small thumbnail, inside
    the encrypted database. Only this new table: no other table or index is touched."""
    for statement in _statements(_PHOTOS):
        conn.execute(statement)


def _caregivers(conn: sqlcipher3.Connection) -> None:
    """Which caregiver wrote each entry (issue 19): `entries.writer` holds the key slot
    id of the caregiver who saved it first ("passphrase" is the first caregiver; NULL,
    for entries from before this step, means them too). `writers` keeps each
    caregiver's display name inside the encryption, so an entry still says who wrote it
    after that caregiver is removed from the key file. Touches no search table."""
    conn.execute("ALTER TABLE entries ADD COLUMN writer TEXT")
    conn.execute("ALTER TABLE prompt_history ADD COLUMN writer TEXT")  # each their own
    conn.execute("CREATE TABLE writers (slot_id TEXT PRIMARY KEY, name TEXT NOT NULL)"
                 " WITHOUT ROWID")
    # who has written, without reading every entry (Today asks at each unlock)
    conn.execute("CREATE INDEX entries_writer ON entries (COALESCE(writer, 'passphrase'))"
                 " WHERE deleted_at IS NULL")



# v3 lang, v4 visits, v5 photos, v6 caregivers, v7 search without a copy of the words
# (each step's docstring says what it does)
STEPS: tuple[Step, ...] = (_v1, _v2, _entry_language, _visits, _photos, _caregivers,
                           _fts_contentless)
LATEST = len(STEPS)  # the newest schema this version of the app writes


def schema_version(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(conn: sqlcipher3.Connection) -> int:
    version = schema_version(conn)
    if version > len(STEPS):
        raise JournalTooNew()
    return version


def migrate(conn: sqlcipher3.Connection, db_path: Path, data_key: bytes,
            progress: Progress | None = None) -> list[Path]:
    """Bring the schema to LATEST. Returns the backup files made on the way."""
    version = check_not_newer(conn)
    backups: list[Path] = []
    latest = len(STEPS)
    if 0 < version < latest:
        backup = Path(db_path).with_name(f"{Path(db_path).name}.before-v{version + 1}")
        db.export_copy(conn, backup, data_key)
        backups.append(backup)
    if version == 0:  # a new, empty file: room freed later can go back to the disk
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # (journal.records.store.close)
        conn.execute("VACUUM")  # takes effect now (the empty file already has a header)
    vacuum = False
    for number in range(version + 1, latest + 1):
        step = STEPS[number - 1]
        with db.transaction(conn):
            if getattr(step, "reports_progress", False):
                step(conn, progress)  # type: ignore[call-arg]
            else:
                step(conn)
            conn.execute(f"PRAGMA user_version = {number}")
        vacuum = vacuum or (version > 0 and getattr(step, "vacuum_after", False))
    if vacuum:  # give the freed room back to the disk (a new journal has none to give)
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # and from now on, at each close
        with contextlib.suppress(sqlcipher3.OperationalError):  # a full disk: it stays as
            conn.execute("VACUUM")  # big as it was, and the journal opens all the same
    return backups
