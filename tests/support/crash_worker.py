"""A zygote for crash tests: forks workers that write to a journal until killed.

Protocol on stdin/stdout, one line each:
    parent -> zygote   "<task> <folder> <seed>"      task: save | passphrase | rotate |
                                                        backup | restore | newcode |
                                                        caregivers
    zygote -> parent   "pid <n>"                     the worker's pid, to kill
    worker -> parent   "ack <id> <text>"             an entry whose commit returned
    worker -> parent   "about <code>"                a new recovery code about to be saved
                                                     (rotate: it may or may not survive)
    zygote -> parent   "done <status>"               the worker is gone (reaped)

Forking from a process that has already imported the core keeps each round fast.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journal import Entry, Vault  # noqa: E402
from journal.vault.kdf import TEST_PARAMS  # noqa: E402

PASSPHRASES = ("crash test passphrase one", "crash test passphrase two")


def entry_text(seed: int, n: int) -> str:
    return f"seed {seed} entry {n} " + "naptime song " * (1 + (seed * 7 + n) % 40)


def worker(task: str, folder: Path, seed: int) -> None:
    vault = Vault(folder, kdf_params=TEST_PARAMS)
    out = sys.stdout
    if task == "save":
        journal = vault.open(PASSPHRASES[0], verify=False)
        n = 0
        while True:
            text = entry_text(seed, n)
            saved = journal.add_entry(Entry("reflection", datetime(2026, 1, 1 + n % 28, 9),
                                            {"body": text}))
            out.write(f"ack {saved.id} {seed} {n}\n")
            out.flush()
            n += 1
    elif task == "passphrase":
        for n in range(1_000_000):
            old, new = PASSPHRASES[n % 2], PASSPHRASES[(n + 1) % 2]
            vault.change_passphrase(old, new)
            out.write(f"ack {n} {new}\n")
            out.flush()
    elif task == "backup":
        from journal.backups.manager import BackupManager

        journal = vault.open(PASSPHRASES[0], verify=False)
        manager = BackupManager(folder / "backups", keep=3)
        for n in range(1_000_000):
            made = manager.make_backup(journal)
            out.write(f"ack {n} {made.folder.name}\n")
            out.flush()
    elif task == "restore":
        from journal.backups.manager import BackupManager, restore

        backup = BackupManager(folder / "backups").list_backups()[-1]
        for n in range(1_000_000):
            restore(backup, folder, PASSPHRASES[0])
            out.write(f"ack {n} restored\n")
            out.flush()
    elif task == "newcode":  # new recovery codes, given to every kept key file
        from journal.vault import lock, recovery

        for n in range(1_000_000):
            code, secret = recovery.new_code()
            out.write(f"ack next {code}\n")  # before any file has it
            out.flush()
            held = lock.acquire(folder)
            vault.give_recovery_code(PASSPHRASES[0], secret)
            held.release()
            out.write(f"ack done {code} {n}\n")
            out.flush()
    elif task == "caregivers":  # add a caregiver, keep a set-aside copy, remove them
        from journal.fsutil import SET_ASIDE, atomic_copy
        from journal.vault.caregivers import add_caregiver, remove_caregiver

        for n in range(1_000_000):
            slot_id = add_caregiver(vault, "passphrase", PASSPHRASES[0], "Helper",
                                    PASSPHRASES[1])
            out.write(f"ack added {slot_id}\n")
            out.flush()
            aside = folder / SET_ASIDE / f"{seed}-{n}"
            aside.mkdir(parents=True)
            atomic_copy(vault.key_path, aside / "journal.key")
            out.write(f"about remove {slot_id}\n")  # in flight: it may land unacknowledged
            out.flush()
            remove_caregiver(vault, "passphrase", PASSPHRASES[0], slot_id)
            out.write(f"ack removed {slot_id}\n")
            out.flush()
    elif task == "rotate":
        from journal.vault import access

        real_new_code = access.recovery.new_code

        def announced() -> tuple[str, bytes]:
            code, secret = real_new_code()
            out.write(f"about {code}\n")
            out.flush()
            return code, secret
        access.recovery.new_code = announced
        journal = vault.open(PASSPHRASES[0], verify=False)
        for n in range(1_000_000):
            code = vault.rotate_data_key(journal, PASSPHRASES[0])
            out.write(f"ack {n} {code}\n")
            out.flush()


def main() -> None:
    for line in sys.stdin:
        task, folder, seed = line.split()
        go_read, go_write = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(go_write)
                os.read(go_read, 1)  # "pid" goes out before the worker's first line
                worker(task, Path(folder), int(seed))
            finally:
                os._exit(0)
        os.close(go_read)
        sys.stdout.write(f"pid {pid}\n")
        sys.stdout.flush()
        os.write(go_write, b"g")
        os.close(go_write)
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(f"done {status}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
