"""Kill the re-wrap of several key files at random moments: each kept key file opens with
exactly the old secret or the new one, never neither (and never both)."""

from __future__ import annotations

import random
from datetime import datetime

import pytest
from test_reliability_crash import KILLS, crash_vault, kill_round, zygote  # noqa: F401

from journal import Entry, keyfile, recovery
from journal.backups.manager import BackupManager, restore
from journal.vault.kept import kept_key_files
from journal.vault.keyfile import PASSPHRASE, RECOVERY
from tests.support.crash_worker import PASSPHRASES


def opens(path, slot_id, secret) -> bool:
    kf = keyfile.load(path)
    return any(keyfile.unlock_slot(kf, ks, slot_id, secret) is not None
               for ks in (kf.current, kf.pending) if ks is not None)


@pytest.fixture
def many_keys(crash_vault):  # noqa: F811
    """Three backups and a set-aside copy: five key files to re-wrap."""
    manager = BackupManager(crash_vault.folder / "backups", keep=5)
    journal = crash_vault.open(PASSPHRASES[0])
    journal.add_entry(Entry("reflection", datetime(2026, 1, 1), {"body": "kept"}))
    first = manager.make_backup(journal)
    manager.make_backup(journal)
    manager.make_backup(journal)
    journal.close()
    restore(first, crash_vault.folder, PASSPHRASES[0])
    assert len(kept_key_files(crash_vault.folder)) == 5
    return crash_vault


def test_killed_while_changing_the_passphrase_every_key_file_opens_with_one(zygote,  # noqa: F811
                                                                            many_keys):
    rng = random.Random(23)
    mixed = 0
    for seed in range(max(20, KILLS // 10)):
        kill_round(zygote, "passphrase", many_keys.folder, seed, rng)
        which = []
        for path in kept_key_files(many_keys.folder):
            opened = [p for p in PASSPHRASES if opens(path, PASSPHRASE, p)]
            assert len(opened) == 1, f"{path} opens with {len(opened)} of the two"
            which.append(opened[0])
        mixed += len(set(which)) > 1
        if which[0] != PASSPHRASES[0]:  # the live file (listed first): start from one
            many_keys.change_passphrase(PASSPHRASES[1], PASSPHRASES[0])
        with many_keys.open(PASSPHRASES[0]) as journal:
            assert journal.get_entry(1).text["body"] == "kept"
    assert mixed  # the kills landed between the files of one change, too


def test_killed_while_making_a_new_recovery_code_each_file_has_the_old_or_new(zygote,  # noqa: F811
                                                                               many_keys):
    rng = random.Random(29)
    start = recovery.new_code()
    many_keys.give_recovery_code(PASSPHRASES[0], start[1])
    last_done, mixed = start[0], 0
    for seed in range(max(20, KILLS // 10)):
        acks = kill_round(zygote, "newcode", many_keys.folder, seed, rng)
        pending = None
        for line in acks:
            _, what, code = line.split()[:3]
            if what == "done":
                last_done, pending = code, None
            else:
                pending = code
        secrets = {c: recovery.parse_code(c) for c in (last_done, pending) if c}
        which = []
        for path in kept_key_files(many_keys.folder):
            opened = [c for c, s in secrets.items() if opens(path, RECOVERY, s)]
            assert len(opened) == 1, f"{path} opens with {len(opened)} codes"
            which.append(opened[0])
        mixed += len(set(which)) > 1
        if pending is not None:  # finish the change the kill stopped, as a retry would
            many_keys.give_recovery_code(PASSPHRASES[0], secrets[pending])
            last_done = pending
    with many_keys.open_with_recovery(last_done) as journal:
        assert journal.get_entry(1).text["body"] == "kept"
    assert mixed
