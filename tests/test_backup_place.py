"""Backups that survive a lost laptop: one-file backups, a second place, bringing a
journal home on a new computer (issue 20)."""

from __future__ import annotations

import io
import os
import shutil
import tarfile
from datetime import datetime
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from journal import (
    Entry,
    FixedClock,
    JournalDamaged,
    JournalTooNew,
    Vault,
    WrongPassphrase,
    WrongRecoveryCode,
)
from journal.backups import archive, place
from journal.backups.archive import NotABackup
from journal.backups.bring_home import AlreadyHasJournal, bring_home
from journal.backups.manager import BackupManager, backup_key, verify_backup
from journal.backups.place import BackupPlace, PlaceMissing
from journal.vault import migrations, recovery
from journal.vault.kdf import TEST_PARAMS

ROOT = Path(__file__).resolve().parent.parent
V1 = ROOT / "tests" / "fixtures" / "v1"
MARKER = "ZQXPLACEMARKER"


def note(journal, words: str) -> None:
    journal.add_entry(Entry("reflection", journal.clock.now(), {"body": words}))


def words_in(journal) -> list[str]:
    return sorted(e.text["body"] for e in journal.list_entries().entries)


@pytest.fixture
def manager(vault):
    return BackupManager.for_vault(vault, keep=3)


@pytest.fixture
def stick(tmp_path):
    path = tmp_path / "usb-stick"
    path.mkdir()
    return path


def new_machine(tmp_path, name="new-computer") -> Vault:
    """A fresh, empty data folder, as on another computer."""
    return Vault(tmp_path / name / "data", kdf_params=TEST_PARAMS,
                 clock=FixedClock(datetime(2027, 1, 5, 8, 0)))


def opens_with(archive_path: Path, secret: str, tmp_path: Path) -> bool:
    folder = tmp_path / f"check-{os.urandom(4).hex()}"
    backup = archive.extract(archive_path, folder)
    try:
        verify_backup(backup, backup_key(backup, secret))
        return True
    except WrongPassphrase:
        return False
    finally:
        shutil.rmtree(folder)


# -- one file ----------------------------------------------------------------------------
def test_a_backup_travels_as_one_file_and_opens_on_another_computer(
        journal, manager, stick, tmp_path):
    note(journal, "first steps on the rug")
    backup = manager.make_backup(journal)
    target = BackupPlace(stick, clock=journal.clock).add(backup)
    assert target.name == "small-moments-2026-11-20.smbackup"
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    with tarfile.open(target) as tar:
        assert tar.getnames() == ["backup.json", "journal.key", "journal.db"]

    other = new_machine(tmp_path)
    brought = bring_home(target, other, passphrase=PASSPHRASE)
    try:
        assert words_in(brought) == ["first steps on the rug"]
    finally:
        brought.close()
    names = {p.name for p in other.folder.iterdir()}
    assert {"journal.db", "journal.key"} <= names <= {"journal.db", "journal.key", "journal.lock"}


def test_nothing_from_the_journal_is_plain_in_the_file_or_its_name(journal, manager, stick):
    for i in range(30):
        note(journal, f"{MARKER} {i} " + "giggles at bath time " * 20)
    journal.add_person(__import__("journal").Person("child", MARKER + "Mia", "2026-01"))
    target = BackupPlace(stick, clock=journal.clock).add(manager.make_backup(journal))
    data = target.read_bytes()
    for needle in (MARKER, "giggles at bath", MARKER + "Mia"):  # long: never found by chance
        for form in (needle.encode(), needle.encode("utf-16-le"), needle.lower().encode()):
            assert form not in data and needle.lower() not in target.name.lower()
    assert len(data) > 4096  # the scan reads real bytes
    control = stick / "control.bin"
    control.write_bytes(b"xx" + MARKER.encode() + b"xx")
    assert MARKER.encode() in control.read_bytes()


@pytest.mark.parametrize("make", [
    lambda p: p.write_bytes(os.urandom(5000)),
    lambda p: p.write_bytes(b""),
    lambda p: _tar(p, [("backup.json", b"{}"), ("journal.key", b"{}"),
                       ("journal.db", b"x"), ("extra", b"y")]),
    lambda p: _tar(p, [("../journal.key", b"{}"), ("journal.db", b"x")]),
    lambda p: _tar(p, [("backup.json", b"not json"), ("journal.key", b"{}"),
                       ("journal.db", b"x")]),
], ids=["random bytes", "empty", "extra member", "path outside", "bad info"])
def test_a_file_that_is_not_ours_is_named_plainly_and_changes_nothing(make, tmp_path):
    bad = tmp_path / "small-moments-2026-01-01.smbackup"
    make(bad)
    other = new_machine(tmp_path)
    with pytest.raises((NotABackup, JournalDamaged)) as caught:
        bring_home(bad, other, passphrase=PASSPHRASE)
    assert "Nothing was changed" in str(caught.value) or isinstance(caught.value,
                                                                     JournalDamaged)
    assert not other.folder.exists() or list(other.folder.iterdir()) == []
    assert not (tmp_path / "..journal.key").exists()


def _tar(path: Path, members: list[tuple[str, bytes]]) -> None:
    with tarfile.open(path, "w") as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def test_a_file_cut_short_is_never_trusted(journal, manager, stick, tmp_path):
    note(journal, "a long walk")
    target = BackupPlace(stick, clock=journal.clock).add(manager.make_backup(journal))
    data = target.read_bytes()
    target.write_bytes(data[: len(data) * 2 // 3])
    assert BackupPlace(stick).archives() == []  # not listed as a backup
    with pytest.raises((NotABackup, JournalDamaged)):
        bring_home(target, new_machine(tmp_path), passphrase=PASSPHRASE)


# -- the second place ----------------------------------------------------------------------
def test_generations_follow_the_sequence_not_the_clock(journal, manager, stick):
    clock = journal.clock
    where = BackupPlace(stick, keep=3, clock=clock)
    written = []
    for step in (0, 400, -800, 1, 1):  # the clock jumps a year ahead, then back
        clock.advance(days=step)
        note(journal, f"day {step}")
        written.append(where.add(manager.make_backup(journal)))
    kept = [info.path for info in where.archives()]
    assert kept == written[:-4:-1]  # the three newest by sequence, newest first
    assert written[-1] in kept  # the one just written is never pruned
    assert [info.sequence for info in where.archives()] == [5, 4, 3]


def test_a_missing_place_is_noted_quietly_and_caught_up_when_back(
        journal, manager, vault, stick):
    place.choose_place(journal, stick)
    stick.rename(stick.with_name("unplugged"))
    result = place.sync(place.place_for(journal), manager, journal, vault.key_path)
    assert result.missing and result.written is None
    note(journal, "still writing while the stick is out")  # never blocked
    with pytest.raises(PlaceMissing):
        BackupPlace(stick).add(manager.make_backup(journal))
    stick.with_name("unplugged").rename(stick)
    result = place.sync(place.place_for(journal), manager, journal, vault.key_path)
    place.record_sync(journal, result)
    assert not result.missing and result.written is not None
    assert [info.path for info in BackupPlace(stick).archives()] == [result.written]
    again = place.sync(place.place_for(journal), manager, journal, vault.key_path)
    assert again.written is None  # already there: nothing written twice


def test_a_new_passphrase_reaches_the_place_even_after_it_was_away(
        journal, manager, vault, stick, tmp_path):
    place.choose_place(journal, stick)
    place.record_sync(journal, place.sync(place.place_for(journal), manager, journal,
                                          vault.key_path))
    (first,) = [info.path for info in BackupPlace(stick).archives()]
    assert opens_with(first, PASSPHRASE, tmp_path)

    stick.rename(stick.with_name("unplugged"))
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    assert place.keys_behind(journal, vault.key_path)  # Settings says so until then
    stick.with_name("unplugged").rename(stick)

    result = place.sync(place.place_for(journal), manager, journal, vault.key_path)
    place.record_sync(journal, result)
    assert first in result.refreshed
    assert not place.keys_behind(journal, vault.key_path)
    for info in BackupPlace(stick).archives():
        assert not opens_with(info.path, PASSPHRASE, tmp_path)
        assert opens_with(info.path, "a brand new passphrase", tmp_path)


def test_a_rotated_data_key_replaces_what_the_place_holds(journal, manager, vault, stick,
                                                          tmp_path):
    place.choose_place(journal, stick)
    place.sync(place.place_for(journal), manager, journal, vault.key_path)
    vault.rotate_data_key(journal, PASSPHRASE)
    result = place.sync(place.place_for(journal), manager, journal, vault.key_path)
    assert result.outdated and result.written is not None
    (only,) = BackupPlace(stick).archives()
    assert only.path == result.written
    assert opens_with(only.path, PASSPHRASE, tmp_path)


def test_another_journals_backups_in_the_same_folder_are_left_alone(
        journal, manager, vault, stick, tmp_path):
    other = new_machine(tmp_path, "someone-else")
    theirs, _ = other.create("their own passphrase")
    their_file = BackupPlace(stick, clock=journal.clock).add(
        BackupManager.for_vault(other).make_backup(theirs))
    theirs.close()
    before = their_file.read_bytes()
    place.choose_place(journal, stick)
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    place.sync(place.place_for(journal), manager, journal, vault.key_path)
    assert their_file.read_bytes() == before


def test_a_write_cut_off_never_replaces_the_good_one(journal, manager, stick, monkeypatch):
    where = BackupPlace(stick, clock=journal.clock)
    good = where.add(manager.make_backup(journal))
    before = good.read_bytes()
    journal.clock.advance(days=1)
    note(journal, "more words")
    backup = manager.make_backup(journal)

    real_member = archive._member

    def cut(name, size):
        if name == "journal.db":
            raise OSError(28, "No space left on device")
        return real_member(name, size)

    monkeypatch.setattr(archive, "_member", cut)
    with pytest.raises(OSError):
        where.add(backup)
    assert good.read_bytes() == before
    assert sorted(p.name for p in stick.iterdir()) == [good.name]  # no temporary file left


# -- bringing a journal home ---------------------------------------------------------------
def test_a_backup_folder_or_journal_folder_comes_home_too(journal, manager, vault, tmp_path):
    note(journal, "the first laugh")
    backup = manager.make_backup(journal)
    for name, source in (("from-backup", backup.folder), ("from-folder", vault.folder)):
        other = new_machine(tmp_path, name)
        brought = bring_home(source, other, passphrase=PASSPHRASE)
        try:
            assert words_in(brought) == ["the first laugh"]
        finally:
            brought.close()


def test_the_recovery_code_and_a_new_passphrase_bring_it_home(created, manager, stick,
                                                              tmp_path):
    journal, code = created
    note(journal, "we sang in the car")
    target = BackupPlace(stick, clock=journal.clock).add(manager.make_backup(journal))
    other = new_machine(tmp_path)
    with pytest.raises(WrongRecoveryCode):
        bring_home(target, other, code=recovery.new_code()[0],
                   new_passphrase="new words for a new laptop")
    assert list(other.folder.iterdir()) == []
    brought = bring_home(target, other, code=code, new_passphrase="new words for a new laptop")
    brought.close()
    with other.open("new words for a new laptop") as again:
        assert words_in(again) == ["we sang in the car"]
    with pytest.raises(WrongPassphrase):
        other.open(PASSPHRASE)


def test_a_wrong_passphrase_changes_nothing(journal, manager, stick, tmp_path):
    target = BackupPlace(stick, clock=journal.clock).add(manager.make_backup(journal))
    before = target.read_bytes()
    other = new_machine(tmp_path)
    with pytest.raises(WrongPassphrase):
        bring_home(target, other, passphrase="not the one")
    assert list(other.folder.iterdir()) == [] and target.read_bytes() == before


def test_the_v1_fixture_comes_home_and_is_migrated_with_a_safety_copy(tmp_path, monkeypatch):
    if migrations.LATEST == 1:  # until a real v2 exists, migrate through a simulated one
        def v2(conn):
            conn.execute("ALTER TABLE people ADD COLUMN pronouns TEXT")
        monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, v2))
        monkeypatch.setattr(migrations, "LATEST", 2)
    source = tmp_path / "old-backup"
    shutil.copytree(V1, source)
    passphrase = _v1_passphrase()
    other = new_machine(tmp_path)
    brought = bring_home(source, other, passphrase=passphrase)
    try:
        assert migrations.schema_version(brought.conn) == migrations.LATEST
        assert brought.list_entries().entries
    finally:
        brought.close()
    assert (other.folder / "journal.db.before-v2").is_file()
    assert not list(other.folder.glob(".incoming-*"))


def _v1_passphrase() -> str:
    text = (ROOT / "tests" / "fixtures" / "make_v1.py").read_text()
    return text.split("PASSPHRASE = ")[1].split("\n")[0].strip().strip('"')


def test_a_journal_from_a_newer_version_is_refused_untouched(journal, manager, tmp_path,
                                                             monkeypatch):
    backup = manager.make_backup(journal)
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:-1])  # an older app
    monkeypatch.setattr(migrations, "LATEST", len(migrations.STEPS))
    other = new_machine(tmp_path)
    with pytest.raises(JournalTooNew):
        bring_home(backup.folder, other, passphrase=PASSPHRASE)
    assert list(other.folder.iterdir()) == []


def test_it_never_brings_a_journal_over_another(journal, manager, vault):
    backup = manager.make_backup(journal)
    key_before = vault.key_path.read_bytes()
    with pytest.raises(AlreadyHasJournal):
        bring_home(backup.folder, vault, passphrase=PASSPHRASE)
    assert vault.key_path.read_bytes() == key_before


KILL_WORKER = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from journal.backups.manager import Backup
from journal.backups.place import BackupPlace
backup = Backup(Path({folder!r}))
where = BackupPlace(Path({stick!r}), keep=3)
while True:
    print("ack", where.add(backup).name, flush=True)
"""


def test_a_copy_killed_half_way_never_costs_a_good_one(journal, vault, stick, tmp_path):
    import random
    import signal
    import subprocess
    import sys
    import time

    for i in range(40):
        note(journal, f"{MARKER} {i} " + "peekaboo " * 300)  # big enough to be cut mid-copy
    rng = random.Random(20)
    made = BackupManager(tmp_path / "local-backups").make_backup(journal)
    code = KILL_WORKER.format(root=str(ROOT), folder=str(made.folder), stick=str(stick))
    for _round in range(8):
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                                text=True, cwd=ROOT)
        acked = [proc.stdout.readline() for _ in range(rng.randint(1, 3))]
        assert all(line.startswith("ack ") for line in acked), acked
        time.sleep(rng.uniform(0, 0.02))  # a random moment inside the next copy
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        kept = BackupPlace(stick, keep=3).archives()
        assert kept, "a good copy was lost"
        for info in kept:
            assert opens_with(info.path, PASSPHRASE, tmp_path), info.path.name
    BackupPlace(stick, keep=3, clock=journal.clock).add(
        BackupManager(tmp_path / "more-backups", keep=100).make_backup(journal))
    assert not list(stick.glob(".small-moments-*"))  # what a cut-off copy left is cleared
