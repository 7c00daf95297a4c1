"""SQLCipher connections: the raw key first, then settings that are each asserted."""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from journal.errors import JournalBusy, JournalDamaged, JournalError, StorageFull, StorageTrouble

DatabaseError = sqlcipher3.DatabaseError
BUSY_TIMEOUT = 5.0  # seconds a connection waits for another one's lock before "busy"

# What SQLite/SQLCipher say when a file is damaged (or is not this journal's at all).
_DAMAGE = ("not a database", "malformed", "corrupt", "hmac", "integrity", "page check",
           "encrypted or is not a database")
_BUSY = ("locked", "busy")


def open_error(exc: BaseException) -> Exception:
    """The plain error for a database error met while opening: damage only when SQLite
    says the file is damaged; busy or locked is JournalBusy, never damage."""
    text = str(exc).lower()
    plain = storage_error(exc)
    if plain is not None:
        return plain
    if any(word in text for word in _BUSY):
        return JournalBusy()
    if any(word in text for word in _DAMAGE):
        return JournalDamaged()
    return JournalError()

# (pragma to set, pragma to read back, expected value)
_SETTINGS = (
    ("cipher_memory_security = ON", "cipher_memory_security", 1),
    ("temp_store = MEMORY", "temp_store", 2),
    ("journal_mode = WAL", "journal_mode", "wal"),
    ("synchronous = FULL", "synchronous", 2),
    ("foreign_keys = ON", "foreign_keys", 1),
)


def _key_pragma(data_key: bytes) -> str:
    if len(data_key) != 32:
        raise ValueError("the data key is 32 bytes")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect(path: Path, data_key: bytes, *, check: bool = True) -> sqlcipher3.Connection:
    """Open the journal database with its raw key, or raise JournalDamaged.

    The key is the first statement. Before anything that could write, the schema is
    read, so a wrong or damaged file fails without a byte being changed.
    """
    if not Path(path).is_file():
        raise JournalDamaged("The journal file is missing. You can restore a backup.")
    if Path(path).stat().st_size == 0:
        raise JournalDamaged()  # SQLite would treat an empty file as a new journal
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False,
                              timeout=BUSY_TIMEOUT)
    try:
        conn.execute(_key_pragma(data_key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if check:
            verify(conn)
        for statement, name, expected in _SETTINGS:
            conn.execute(f"PRAGMA {statement}")
            value = conn.execute(f"PRAGMA {name}").fetchone()[0]
            if str(value).lower() != str(expected):
                raise RuntimeError(f"PRAGMA {name} is {value!r}, expected {expected!r}")
    except DatabaseError as exc:
        conn.close()
        raise open_error(exc) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def create(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    """Create a new, empty encrypted database (the file must not exist)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # private from
    # the start: SQLite gives the -wal and -shm files the mode of the database file
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False,
                              timeout=BUSY_TIMEOUT)
    conn.execute(_key_pragma(data_key))
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    return connect(path, data_key, check=False)


def verify(conn: sqlcipher3.Connection, *, full: bool = False) -> None:
    """Check the authentication tag of every page (fast: any changed byte shows);
    with `full`, also SQLite's structure and the search index (slow on big journals)."""
    if conn.execute("PRAGMA cipher_integrity_check").fetchall():
        raise JournalDamaged()
    if full and conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
        raise JournalDamaged()


def storage_error(exc: BaseException) -> Exception | None:
    """The plain error for a write the disk refused (full, or an I/O error), if it is one."""
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return StorageFull()
    if isinstance(exc, DatabaseError) and ("full" in text or "too big" in text):
        return StorageFull()
    if isinstance(exc, DatabaseError) and "disk i/o" in text:
        return StorageTrouble()
    return None


@contextlib.contextmanager
def transaction(conn: sqlcipher3.Connection) -> Iterator[sqlcipher3.Connection]:
    """One short write transaction: committed on success, rolled back on any error.

    A write the disk refuses becomes StorageFull / StorageTrouble, and nothing of the
    transaction is kept; what was committed before stays as it was."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            with contextlib.suppress(DatabaseError):
                conn.execute("ROLLBACK")
        plain = storage_error(exc)
        if plain is not None:
            raise plain from exc
        raise


class Stop(threading.Event):
    """An event that, once set, also interrupts the statement each watched connection
    is running (SQLite's integrity checks run as one step a progress handler can't end)."""

    def __init__(self) -> None:
        super().__init__()
        self._guard = threading.Lock()
        self._conns: list[sqlcipher3.Connection] = []  # this stop's (one backup's) own

    def watch(self, conn: sqlcipher3.Connection) -> None:
        with self._guard:
            self._conns.append(conn)

    def set(self) -> None:
        super().set()
        with self._guard:
            for conn in self._conns:
                with contextlib.suppress(Exception):  # closed already: nothing to stop
                    conn.interrupt()


def watch(conn: sqlcipher3.Connection, stop: threading.Event | None) -> None:
    """Let another thread stop this connection's long statements: once `stop` is set,
    the running statement ends with an "interrupted" error (nothing half written stays)."""
    if stop is not None:
        conn.set_progress_handler(lambda: 1 if stop.is_set() else 0, 500)
        if isinstance(stop, Stop):
            stop.watch(conn)


def export_copy(conn: sqlcipher3.Connection, dest: Path, data_key: bytes,
                stop: threading.Event | None = None, *, check: bool = True) -> None:
    """Write a complete encrypted copy of the open database to `dest` (sqlcipher_export).

    The copy is written to a temporary name, fsynced, checked (every page and the
    structure; `check=False` when the caller checks the copy itself right after, as a
    backup does), then renamed into place. Setting `stop` ends it early (the temporary
    copy is removed).
    """
    watch(conn, stop)
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.partial-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # private, empty
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    literal = str(tmp).replace("'", "''")
    try:
        conn.execute(f"ATTACH DATABASE '{literal}' AS export KEY \"x'{data_key.hex()}'\"")
        try:
            conn.execute("SELECT sqlcipher_export('export')")
            conn.execute(f"PRAGMA export.user_version = {int(version)}")
        finally:
            conn.execute("DETACH DATABASE export")
        if check:
            copy = sqlcipher3.connect(str(tmp), isolation_level=None)
            try:
                watch(copy, stop)
                copy.execute(_key_pragma(data_key))
                verify(copy, full=True)
            finally:
                copy.close()
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, dest)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        plain = storage_error(exc)
        if plain is not None:
            raise plain from exc
        raise
