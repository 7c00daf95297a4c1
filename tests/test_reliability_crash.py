"""Kill a writer at random moments: the journal always opens, and nothing acknowledged
is lost. SMALL_MOMENTS_KILLS sets the number of kills (200 here; `dev.py soak`: 5,000)."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from journal import Entry, Vault, WrongPassphrase, WrongRecoveryCode
from journal.vault.kdf import TEST_PARAMS
from tests.support.crash_worker import PASSPHRASES, entry_text

ROOT = Path(__file__).resolve().parent.parent
KILLS = int(os.environ.get("SMALL_MOMENTS_KILLS", "200"))


@pytest.fixture
def zygote():
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests/support/crash_worker.py")],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            bufsize=1, cwd=ROOT)
    yield proc
    proc.stdin.close()
    proc.wait(timeout=30)


@pytest.fixture
def crash_vault(tmp_path):
    vault = Vault(tmp_path / "journal", kdf_params=TEST_PARAMS)
    journal, vault.first_code = vault.create(PASSPHRASES[0])
    journal.close()
    return vault


def _opens_with(vault: Vault, code: str) -> bool:
    try:
        vault.open_with_recovery(code, verify=True).close()
    except WrongRecoveryCode:
        return False
    return True


def kill_round(zygote, task: str, folder: Path, seed: int, rng: random.Random) -> list[str]:
    """Start a worker, let it acknowledge a few writes, SIGKILL it; return its acks."""
    zygote.stdin.write(f"{task} {folder} {seed}\n")
    zygote.stdin.flush()
    pid = int(zygote.stdout.readline().split()[1])
    acks: list[str] = []
    wanted = rng.randint(0, 4)
    while sum(line.startswith("ack ") for line in acks) < wanted:
        line = zygote.stdout.readline()
        assert line.startswith(("ack ", "about ")), f"worker stopped early: {line!r}"
        acks.append(line)
    time.sleep(rng.uniform(0, 0.012))  # a random moment to kill, not a wait for a condition
    os.kill(pid, signal.SIGKILL)
    while True:
        line = zygote.stdout.readline()
        if line.startswith("done "):
            status = int(line.split()[1])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, line
            return acks
        acks.append(line)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_killed_while_saving_loses_no_acknowledged_entry(zygote, crash_vault):
    rng = random.Random(2026)
    expected: dict[int, str] = {}  # id -> hash of the acknowledged text
    for seed in range(KILLS):
        for line in kill_round(zygote, "save", crash_vault.folder, seed, rng):
            _, entry_id, ack_seed, n = line.split()
            expected[int(entry_id)] = digest(entry_text(int(ack_seed), int(n)))
        with crash_vault.open(PASSPHRASES[0], verify=True) as journal:  # every page's tag
            if seed % 20 == 0 or seed == KILLS - 1:
                journal.verify(full=True)  # and SQLite's structure and the search index
            found = {i: digest(e.text["body"])
                     for i, e in journal.get_entries(list(expected)).items()}
        lost = [i for i, text_hash in expected.items() if found.get(i) != text_hash]
        assert lost == [], f"after kill {seed + 1}: lost or changed {lost[:5]}"
    assert len(expected) > KILLS  # the kills really landed among many saves


def test_killed_while_changing_the_passphrase_one_of_them_opens(zygote, crash_vault):
    rng = random.Random(7)
    for seed in range(max(20, KILLS // 10)):
        kill_round(zygote, "passphrase", crash_vault.folder, seed, rng)
        opened = []
        for passphrase in PASSPHRASES:
            try:
                crash_vault.open(passphrase).close()
                opened.append(passphrase)
            except WrongPassphrase:
                pass
        assert len(opened) == 1
        if PASSPHRASES[0] not in opened:  # keep the workers starting from the first one
            crash_vault.change_passphrase(PASSPHRASES[1], PASSPHRASES[0])


def test_killed_while_rotating_the_data_key_still_opens(zygote, crash_vault):
    rng = random.Random(11)
    with crash_vault.open(PASSPHRASES[0]) as journal:
        journal.add_entry(Entry("reflection", datetime(2026, 1, 1), {"body": "kept through it"}))
    code, acknowledged = crash_vault.first_code, 0
    for seed in range(max(20, KILLS // 10)):
        lines = kill_round(zygote, "rotate", crash_vault.folder, seed, rng)
        acks = [line.split()[2] for line in lines if line.startswith("ack ")]
        abouts = [line.split()[1] for line in lines if line.startswith("about ")]
        acknowledged += len(acks)
        code = acks[-1] if acks else code
        in_flight = abouts[-1] if abouts and abouts[-1] != code else None
        with crash_vault.open(PASSPHRASES[0], verify=True) as journal:
            journal.verify(full=True)
            assert journal.get_entry(1).text["body"] == "kept through it"
        assert b"pending" not in crash_vault.key_path.read_bytes()
        # the acknowledged recovery code opens the journal, or the one made after it
        opened = [c for c in (code, in_flight) if c is not None and _opens_with(crash_vault, c)]
        assert len(opened) == 1, f"after kill {seed + 1}: {len(opened)} codes open"
        code = opened[0]
    assert acknowledged > 0


def test_a_deleted_wal_after_a_crash_still_opens_cleanly(zygote, crash_vault):
    """Deleting the write-ahead log after a crash loses what it held since the last
    checkpoint, but the journal still opens, whole and consistent."""
    rng = random.Random(3)
    acks = []
    while len(acks) < 5:
        acks += kill_round(zygote, "save", crash_vault.folder, len(acks), rng)
    wal = crash_vault.folder / "journal.db-wal"
    assert wal.exists() and wal.stat().st_size > 0
    wal.unlink()
    (crash_vault.folder / "journal.db-shm").unlink(missing_ok=True)
    with crash_vault.open(PASSPHRASES[0], verify=True) as journal:
        journal.verify(full=True)
        ids = sorted(e.id for e in journal.list_entries(limit=500).entries)
        assert ids == list(range(1, len(ids) + 1))  # a consistent prefix, no holes


def test_killed_while_backing_up_the_journal_and_backups_stay_whole(zygote, crash_vault):
    from journal.backups.manager import BackupManager, verify_backup

    rng = random.Random(13)
    manager = BackupManager(crash_vault.folder / "backups", keep=3)
    with crash_vault.open(PASSPHRASES[0]) as journal:
        for day in range(1, 15):
            journal.add_entry(Entry("reflection", datetime(2026, 1, day), {"body": "x" * 900}))
        key = journal.data_key()
    for seed in range(max(20, KILLS // 10)):
        kill_round(zygote, "backup", crash_vault.folder, seed, rng)
        with crash_vault.open(PASSPHRASES[0], verify=True) as journal:
            assert journal.count_entries() == 14
        for backup in manager.list_backups():
            verify_backup(backup, key)
    assert 1 <= len(manager.list_backups()) <= 4


def test_killed_while_restoring_a_backup_the_journal_still_opens(zygote, crash_vault):
    from journal.backups.manager import BackupManager

    rng = random.Random(17)
    manager = BackupManager(crash_vault.folder / "backups")
    with crash_vault.open(PASSPHRASES[0]) as journal:
        journal.add_entry(Entry("reflection", datetime(2026, 1, 1), {"body": "in the backup"}))
        manager.make_backup(journal)
    for seed in range(max(20, KILLS // 10)):
        kill_round(zygote, "restore", crash_vault.folder, seed, rng)
        with crash_vault.open(PASSPHRASES[0], verify=True) as journal:
            journal.verify(full=True)
            assert journal.get_entry(1).text["body"] == "in the backup"
    set_aside = list((crash_vault.folder / "set-aside").glob("*/journal.db"))
    assert set_aside  # what a restore replaced was set aside, never deleted


@pytest.mark.parametrize("stop_after", [0, 1])  # renames done before the power cut
def test_a_restore_cut_off_after_setting_aside_is_finished_at_unlock(crash_vault, monkeypatch,
                                                                      stop_after):
    from journal.backups import manager as backup_module
    from journal.backups.manager import BackupManager, restore
    from journal.errors import RestoreCutOff

    manager = BackupManager(crash_vault.folder / "backups")
    with crash_vault.open(PASSPHRASES[0]) as journal:
        journal.add_entry(Entry("reflection", datetime(2026, 1, 1), {"body": "in the backup"}))
        made = manager.make_backup(journal)
        journal.add_entry(Entry("reflection", datetime(2026, 1, 2), {"body": "after it"}))
    real_replace = os.replace
    done = []

    def power_cut(src, dst):
        if str(src).endswith(".restoring"):
            if len(done) == stop_after:
                raise OSError("power cut")
            done.append(src)
        real_replace(src, dst)

    monkeypatch.setattr(backup_module.os, "replace", power_cut)
    with pytest.raises(RestoreCutOff) as cut:  # says where the journal was set aside
        restore(made, crash_vault.folder, PASSPHRASES[0])
    assert (cut.value.set_aside_at / "journal.db").exists()
    monkeypatch.undo()
    with crash_vault.open(PASSPHRASES[0]) as journal:
        assert journal.count_entries() == 1  # the restored journal, finished at unlock
    assert not list(crash_vault.folder.glob("*.restoring"))


@pytest.mark.parametrize("cut_before", ["journal.db-wal", "journal.key"])
def test_a_restore_cut_off_between_set_asides_never_mixes_old_and_new(crash_vault, monkeypatch,
                                                                      cut_before):
    """A power cut after the old database was set aside but before its write-ahead log or
    its key file were: unlock must finish the restore with the backup's own files, never
    pair the backup's database with the old key file or the old log."""
    from journal.backups import manager as backup_module
    from journal.backups.manager import BackupManager, restore

    manager = BackupManager(crash_vault.folder / "backups")
    with crash_vault.open(PASSPHRASES[0]) as journal:
        journal.add_entry(Entry("reflection", datetime(2026, 1, 1), {"body": "in the backup"}))
        made = manager.make_backup(journal)
        crash_vault.rotate_data_key(journal, PASSPHRASES[0])  # a new data key since
        journal.add_entry(Entry("reflection", datetime(2026, 1, 2), {"body": "after it"}))
    crash_vault.change_passphrase(PASSPHRASES[0], PASSPHRASES[1])
    wal = crash_vault.folder / "journal.db-wal"
    with crash_vault.open(PASSPHRASES[1]) as journal:
        journal.add_entry(Entry("reflection", datetime(2026, 1, 3), {"body": "in the log"}))
        left = wal.read_bytes()
    wal.write_bytes(left)  # the log a process that died would leave beside the journal
    def power_cut(folder, names, stamp):
        """set_aside_together, with the power going out before it moves `cut_before`."""
        target = Path(folder) / "set-aside" / stamp
        target.mkdir(parents=True)
        for name in names:
            if (Path(folder) / name).exists():
                if name == cut_before:
                    raise OSError("power cut")
                os.replace(Path(folder) / name, target / name)
        return target

    monkeypatch.setattr(backup_module, "set_aside_together", power_cut)
    # the passphrase change reached the backup's key file too (issue 12): it opens with
    # the new passphrase, under the data key it was made with (before the rotation)
    with pytest.raises(OSError):
        restore(made, crash_vault.folder, PASSPHRASES[1])
    monkeypatch.undo()
    # paired with the old key file (the rotated key), the backup's pages would not open
    with crash_vault.open(PASSPHRASES[1], verify=True) as journal:
        journal.verify(full=True)
        assert [e.text["body"] for e in journal.get_entries([1, 2, 3]).values()] == [
            "in the backup"]
    assert not list(crash_vault.folder.glob("*.restoring"))


def test_killed_while_adding_or_removing_a_caregiver_each_key_file_has_old_or_new_slots(
        zygote, crash_vault):
    """Issue 19: a kill during "Add a caregiver" or "Remove" leaves every kept key file
    readable, with the slot set from before or after; an acknowledged change holds."""
    from journal.vault import keyfile
    from journal.vault.caregivers import drop_slot_kept
    from journal.vault.kept import kept_key_files

    rng = random.Random(19)
    added = removed = 0
    for seed in range(max(20, KILLS // 10)):
        lines = kill_round(zygote, "caregivers", crash_vault.folder, seed, rng)
        acks = [line.split() for line in lines if line.startswith("ack ")]
        in_flight = {line.split()[2] for line in lines if line.startswith("about remove ")}
        added += sum(a[1] == "added" for a in acks)
        removed += sum(a[1] == "removed" for a in acks)
        helpers = set()
        for path in kept_key_files(crash_vault.folder):
            kf = keyfile.load(path)  # never half-written
            ids = [slot.slot_id for slot in kf.current.caregivers()]
            assert ids[0] == "passphrase" and len(ids) in (1, 2), (path, ids)
            assert keyfile.unlock_slot(kf, kf.current, "passphrase", PASSPHRASES[0])
            for slot_id in ids[1:]:  # a helper there opens with their own passphrase
                assert keyfile.unlock_slot(kf, kf.current, slot_id, PASSPHRASES[1])
            helpers.update(ids[1:])
        if acks:  # what was acknowledged last is what the live key file says
            live = [s for s, _ in crash_vault.caregivers()]
            verb, slot_id = acks[-1][1], acks[-1][2]
            if verb == "added" and slot_id not in in_flight:  # no removal had begun
                assert slot_id in live, (verb, live)
            if verb == "removed":
                assert slot_id not in live, (verb, live)
            if verb == "removed":
                assert slot_id not in helpers  # gone from every kept key file
        crash_vault.open(PASSPHRASES[0], verify=True).close()
        journal_id = keyfile.load(crash_vault.key_path).journal_id
        for slot_id in sorted(helpers):  # start the next round with one caregiver
            drop_slot_kept(crash_vault.folder, slot_id, journal_id)
    assert added > 0 and removed > 0  # the kills landed among both kinds of change
