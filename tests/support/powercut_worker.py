"""A zygote for power-cut tests: forks workers that change a journal until killed.

Protocol on stdin/stdout, one line each:
    parent -> zygote   "<task> <folder> <seed> <options> <arg>..."
                       task: create | save | passphrase | recovery | rotate |
                             backup | restore
                       options: "-" or a comma list of controls that break durability
                       on purpose (sync_off, key_nofsync); the product code is patched
                       only inside this worker
    zygote -> parent   "pid <n>"               the worker's pid, to kill
    worker -> parent   "about <secret>"        a change is under way (it may or may not
                                               survive the cut)
    worker -> parent   "ack <...>"             the change returned: it must survive
    zygote -> parent   "done <status>"         the worker is gone (reaped)

The zygote runs with its working folder outside the mount and opens nothing on it, so
after a kill nothing holds a file there.
"""

from __future__ import annotations

import hashlib
import os
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journal import Entry, Vault  # noqa: E402
from journal.vault import access, db, keyfile  # noqa: E402
from journal.vault.kdf import TEST_PARAMS  # noqa: E402

PASSPHRASE = "power-cut-passphrase"  # no spaces: it travels in a line of words


def entry_text(seed: int, n: int) -> str:
    return f"seed {seed} entry {n} " + "bath song " * (1 + (seed * 7 + n) % 60)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _break_durability(options: str) -> None:
    """Controls: the same code with one durability step removed (tests only)."""
    chosen = set(options.split(",")) - {"-"}
    if "sync_off" in chosen:
        db._SETTINGS = tuple(  # noqa: SLF001
            ("synchronous = OFF", "synchronous", 0) if name == "synchronous" else item
            for item in db._SETTINGS for name in [item[1]])  # noqa: SLF001
    if "key_nofsync" in chosen:
        def write_without_fsync(path: Path, data: bytes) -> None:
            path = Path(path)
            tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
            tmp.write_bytes(data)  # no fsync of the file: its content may not be on disk
            os.replace(tmp, path)
            fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(fd)  # the rename is made durable, the content is not
            finally:
                os.close(fd)
        keyfile.atomic_write = write_without_fsync


def _announce_codes() -> None:
    """Say each new recovery code before it is saved, so the test knows the in-flight one."""
    real = access.recovery.new_code

    def announced() -> tuple[str, bytes]:
        code, secret = real()
        _say(f"about {code}")
        return code, secret
    access.recovery.new_code = announced


def worker(task: str, folder: Path, seed: int, args: list[str]) -> None:
    vault = Vault(folder, kdf_params=TEST_PARAMS)
    if task == "create":  # a first run: a new folder, a new journal, the first entries
        journal, code = vault.create(args[0])
        _say(f"ack created {code}")
        for n in range(1_000_000):
            text = entry_text(seed, n)
            saved = journal.add_entry(Entry("reflection", datetime(2026, 1, 1 + n % 28, 9),
                                            {"body": text}))
            _say(f"ack {saved.id} {digest(text)}")
    elif task == "save":
        journal = vault.open(args[0], verify=False)
        for n in range(1_000_000):
            text = entry_text(seed, n)
            saved = journal.add_entry(Entry("reflection", datetime(2026, 1, 1 + n % 28, 9),
                                            {"body": text}))
            _say(f"ack {saved.id} {digest(text)}")
    elif task == "passphrase":
        current = args[0]
        for n in range(1_000_000):
            new = f"pc-{seed}-{n}"
            _say(f"about {new}")
            vault.change_passphrase(current, new)
            _say(f"ack {new}")
            current = new
    elif task == "recovery":
        _announce_codes()
        for _ in range(1_000_000):
            _say(f"ack {vault.new_recovery_code(args[0])}")
    elif task == "rotate":
        _announce_codes()
        journal = vault.open(args[0], verify=False)
        for _ in range(1_000_000):
            _say(f"ack {vault.rotate_data_key(journal, args[0])}")
    elif task == "backup":
        from journal.backups.manager import BackupManager

        journal = vault.open(args[0], verify=False)
        manager = BackupManager(folder / "backups", keep=3)
        for _ in range(1_000_000):
            _say(f"ack {manager.make_backup(journal).folder.name}")
    elif task == "restore":
        from journal.backups.manager import Backup, restore

        pairs = [(Backup.at(Path(args[i])), args[i + 1]) for i in (0, 2)]
        for n in range(1_000_000):
            backup, passphrase = pairs[n % 2]
            _say(f"about {n % 2}")
            restore(backup, folder, passphrase)
            _say(f"ack {n % 2}")


def main() -> None:
    for line in sys.stdin:
        task, folder, seed, options, *args = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                _break_durability(options)
                worker(task, Path(folder), int(seed), args)
            finally:
                os._exit(0)
        _say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"done {status}")


if __name__ == "__main__":
    main()
