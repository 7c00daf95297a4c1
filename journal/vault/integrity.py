"""Checking the journal file's pages: a quick sample at unlock, every page in the background.

SQLCipher gives every 4 KB page an HMAC-SHA512 tag. `PRAGMA cipher_integrity_check`
checks every tag, but its time grows with the file (about 0.6 s at 100,000 entries) and
it can't be stopped part way. So:

- At unlock (`quick_check`): the file's size is whole pages, the schema reads, and the
  tags of a sample of pages check out (the first, the middle, the last and a few spread
  between: well under a millisecond at any size).
- Then `PageCheck` checks every page's tag on a thread of its own, reading the file
  read-only, a few pages at a time, so closing the journal stops it at once. If the file
  uses settings other than the ones read here, it runs `PRAGMA cipher_integrity_check` on
  a read-only connection of its own instead.

Only one full check runs at a time. A check that passed is recorded in the journal
(`meta`, key `page_check`): the day, the file's size, and the latest modification time
the file may have for the record to hold (a moment after the record itself is written).
Within a day of that, with the same size and no later change, no new full check is run.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import sqlcipher3

from journal.errors import JournalDamaged
from journal.vault import db

PAGE = 4096
TAG = 64  # HMAC-SHA512
SALT = 16  # the first 16 bytes of the file
SAMPLE = 32  # pages checked at unlock (besides the first, middle and last)
CHUNK = 64  # pages read between two looks at `stop`
FRESH = timedelta(days=1)
SETTLE_NS = 2_000_000_000  # the record holds for file times up to 2 s after it is written
RECORD = "page_check"
# The SQLCipher 4 settings the tags are read with; anything else: cipher_integrity_check
_CODEC = {"cipher_page_size": "4096", "cipher_hmac_algorithm": "HMAC_SHA512",
          "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512", "fast_kdf_iter": "2",
          "cipher_use_hmac": "1", "cipher_plaintext_header_size": "0",
          "cipher_hmac_pgno": "le", "cipher_hmac_salt_mask": "3a"}
_RUNNING = threading.Lock()  # never two full checks at once (in this process)


def codec_known(conn: sqlcipher3.Connection) -> bool:
    """True when the open database uses the page format `Pages` reads."""
    try:
        return all(str(conn.execute(f"PRAGMA {name}").fetchone()[0]) == value
                   for name, value in _CODEC.items())
    except (sqlcipher3.Error, TypeError):
        return False


class Pages:
    """The journal file read-only, page by page, and each page's tag checked."""

    def __init__(self, path: Path, data_key: bytes) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - closed in close()
        try:
            size = os.fstat(self._file.fileno()).st_size
            if size == 0 or size % PAGE:
                raise JournalDamaged()  # cut short part way through a page
            self.count = size // PAGE
            salt = self._file.read(SALT)
            self._key = hashlib.pbkdf2_hmac("sha512", data_key,
                                            bytes(b ^ 0x3A for b in salt), 2, 32)
        except BaseException:
            self._file.close()
            raise

    def close(self) -> None:
        self._file.close()
        self._key = b""

    def __enter__(self) -> Pages:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _good(self, number: int, page: bytes) -> bool:
        start = SALT if number == 1 else 0
        tag = hmac.digest(self._key, page[start:PAGE - TAG] + number.to_bytes(4, "little"),
                          "sha512")
        return len(page) == PAGE and hmac.compare_digest(tag, page[PAGE - TAG:])

    def bad(self, numbers: list[int]) -> list[int]:
        """The page numbers (1 = first) among `numbers` whose tag does not check out."""
        found = []
        for number in sorted(set(numbers)):
            page = os.pread(self._file.fileno(), PAGE, (number - 1) * PAGE)
            if not self._good(number, page):
                found.append(number)
        return found

    def bad_in(self, first: int, last: int) -> list[int]:
        """The bad pages from `first` to `last` (one read for them all)."""
        data = os.pread(self._file.fileno(), (last - first + 1) * PAGE, (first - 1) * PAGE)
        return [first + i for i in range(last - first + 1)
                if not self._good(first + i, data[i * PAGE:(i + 1) * PAGE])]


def sample(count: int, spread: int = SAMPLE) -> list[int]:
    """The pages checked at unlock: the first, the middle, the last, and `spread` between."""
    if count <= spread + 3:
        return list(range(1, count + 1))
    between = {1 + round(i * (count - 1) / (spread + 1)) for i in range(1, spread + 1)}
    return sorted(between | {1, count // 2 + 1, count})


def quick_check(conn: sqlcipher3.Connection, path: Path, data_key: bytes) -> None:
    """The checks at unlock (JournalDamaged if one fails): whole pages, the schema reads
    (done by db.connect), and a sample of pages' tags."""
    if not codec_known(conn):
        return
    with Pages(path, data_key) as pages:
        if pages.bad(sample(pages.count)):
            raise JournalDamaged()


def full_check(path: Path, data_key: bytes, stop: threading.Event | None = None,
               *, known: bool = True) -> bool:
    """Every page's tag: True if all check out, False if one doesn't. With `stop` set
    it ends within a few pages (returns True: nothing found so far; see `Stopped`)."""
    if not known:
        return _sqlcipher_check(path, data_key)
    try:
        pages = Pages(path, data_key)
    except JournalDamaged:
        return False
    with pages:
        for first in range(1, pages.count + 1, CHUNK):
            if stop is not None and stop.is_set():
                raise Stopped()
            if pages.bad_in(first, min(pages.count, first + CHUNK - 1)):
                return False
    return True


class Stopped(Exception):
    """The full check was stopped before it was done (the journal was locked)."""


def _sqlcipher_check(path: Path, data_key: bytes) -> bool:
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        return not conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


# -- the record of the last check that passed --------------------------------------------
def at_rest(path: Path) -> tuple[int, int] | None:
    """The file's size and modification time before anything is written, or None when
    its write-ahead log holds changes (they are in no page of the file yet)."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    stat = Path(path).stat()
    return stat.st_size, stat.st_mtime_ns


def recent(conn: sqlcipher3.Connection, rest: tuple[int, int] | None, now: datetime) -> bool:
    """True when a full check passed within a day and the file is as it was then."""
    if rest is None:
        return False
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (RECORD,)).fetchone()
        record = json.loads(row[0]) if row else None
        passed = datetime.fromisoformat(record["passed"])
        size, until = int(record["size"]), int(record["until_ns"])
        return timedelta(0) <= now - passed < FRESH and rest[0] == size and rest[1] <= until
    except (sqlcipher3.Error, ValueError, TypeError, KeyError):
        return False  # no record, or one this version can't read: check again


def _record(path: Path, data_key: bytes, now: datetime) -> None:
    """Write the record on a short connection of this thread's own, and fold it into the
    file at once, so the file's time lands inside the record's window."""
    conn = db.connect(path, data_key, check=False)
    try:
        size = Path(path).stat().st_size
        value = json.dumps({"passed": now.isoformat(), "size": size,
                            "until_ns": time.time_ns() + SETTLE_NS})
        with db.transaction(conn):
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key)"
                         " DO UPDATE SET value = excluded.value", (RECORD, value))
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # never waits for the journal's own
    finally:
        conn.close()


def forget(conn: sqlcipher3.Connection) -> None:
    """Drop the record (the journal changed after it was written)."""
    with db.transaction(conn):
        conn.execute("DELETE FROM meta WHERE key = ?", (RECORD,))


class PageCheck:
    """The full page check of an open journal, on a thread of its own.

    `on_done(result)` is called on that thread with "passed", "damaged" or "skipped"
    (a check passed within a day and the file has not changed); nothing when stopped.
    """

    def __init__(self, journal, on_done: Callable[[str], None] | None = None) -> None:
        self.journal = journal
        self.on_done = on_done
        self.result: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._changes = 0  # the journal connection's writes when the check started
        self._recorded: int | None = None  # ... and when the record was written

    def start(self, *, rest: tuple[int, int] | None = None) -> PageCheck:
        conn = self.journal.conn
        self._changes = conn.total_changes
        if recent(conn, rest, self.journal.clock.now()):
            self._recorded = self._changes  # a write from now on makes it stale
            self._finish("skipped")
            return self
        known = codec_known(conn)
        key = self.journal.data_key()
        self._thread = threading.Thread(target=self._run, args=(key, known),
                                        name="page check", daemon=True)
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _finish(self, result: str) -> None:
        self.result = result
        if self.on_done is not None:
            self.on_done(result)

    def _run(self, key: bytes, known: bool) -> None:
        path, clock = self.journal.path, self.journal.clock
        with _RUNNING:  # a check of an earlier unlock still ending: wait for it
            if self._stop.is_set():
                return
            try:
                good = full_check(path, key, self._stop, known=known)
            except Stopped:
                return
            except (OSError, JournalDamaged):
                good = False  # gone, or unreadable: the unlock's damage path
            if self._stop.is_set():
                return
            if good and self._unchanged():
                try:
                    _record(path, key, clock.now())
                    self._recorded = self.journal.conn.total_changes
                except Exception:  # noqa: BLE001 - no record: the next unlock checks again
                    pass
        self._finish("passed" if good else "damaged")

    def _unchanged(self) -> bool:
        try:
            return self.journal.conn.total_changes == self._changes
        except Exception:  # noqa: BLE001 - closed meanwhile
            return False

    def stop(self, timeout: float = 0.1) -> None:
        """Stop the check (it reads only; nothing is left half done) and wait a moment."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def before_close(self, conn: sqlcipher3.Connection) -> None:
        """Called as the journal closes: stop, and drop the record if the journal was
        written after it (those pages were not checked)."""
        self.stop()
        if self._recorded is not None and conn.total_changes != self._recorded:
            with contextlib.suppress(db.DatabaseError):
                forget(conn)


def is_damage(exc: BaseException) -> bool:
    """True when `exc` is SQLite saying a page of the file is damaged (met while reading,
    after the quick checks let the journal open): the UI then treats it as the
    background check's finding, never as a bug."""
    return isinstance(exc, db.DatabaseError) and isinstance(db.open_error(exc), JournalDamaged)
