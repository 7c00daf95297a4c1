"""Run a save and a backup on a full disk: a real one (a small tmpfs filled up, LIMIT 0),
or a file-size limit (RLIMIT_FSIZE, LIMIT_BYTES), as if the disk were full.

    python full_disk_worker.py FOLDER PASSPHRASE LIMIT_BYTES

Prints one line per attempt: "<what> <error type>" (or "<what> saved").
"""

from __future__ import annotations

import resource
import signal
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journal import Entry, JournalError, Vault  # noqa: E402
from journal.backups.manager import BackupManager  # noqa: E402
from journal.vault.kdf import TEST_PARAMS  # noqa: E402


def attempt(what: str, action) -> None:
    try:
        action()
    except JournalError as exc:
        print(what, type(exc).__name__, flush=True)
    else:
        print(what, "saved", flush=True)


def main() -> None:
    folder, passphrase, limit = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    vault = Vault(folder, kdf_params=TEST_PARAMS)
    journal = vault.open(passphrase, verify=False)
    if limit > 0:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    big = "A long, happy afternoon at the park. " * 40_000  # about 1.5 MB
    attempt("save", lambda: journal.add_entry(
        Entry("reflection", datetime(2026, 11, 21, 10), {"body": big})))
    attempt("small-save", lambda: journal.add_entry(
        Entry("reflection", datetime(2026, 11, 21, 11), {"body": "tiny"})))
    attempt("backup", lambda: BackupManager.for_vault(vault).make_backup(journal))
    journal.close()


if __name__ == "__main__":
    main()
