"""Power cuts: the journal folder lives on a FUSE file system that forgets, at a cut,
everything not made durable by fsync (tests/support/powercut_fs.py). A worker process
changes the journal and says what returned; the power is cut at a random moment; then
the journal must open with the full page check, hold every acknowledged change byte
for byte, and nothing half there.

SMALL_MOMENTS_CUTS sets the number of cuts (210 here; `python3 dev.py soak`: 5,000).
The control tests remove one fsync on purpose and assert that the harness finds the
loss, so a harness that stopped biting would fail them.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from journal import Entry, Vault, WrongPassphrase, WrongRecoveryCode
from journal.vault.kdf import TEST_PARAMS
from tests.support.powercut_fs import MODES, PowerCutFS, missing
from tests.support.powercut_worker import PASSPHRASE, digest, entry_text

ROOT = Path(__file__).resolve().parent.parent
CUTS = int(os.environ.get("SMALL_MOMENTS_CUTS", "210"))
TASK_CUTS = max(4, CUTS // 10)  # for each of six tasks; saving gets the rest
SAVE_CUTS = max(10, CUTS - 6 * TASK_CUTS)
MADE = datetime(2026, 1, 1, 9)


@pytest.fixture
def fs(tmp_path):
    lacks = missing()
    if lacks:
        message = ("power-cut tests need " + ", ".join(lacks)
                   + " (python3 dev.py test installs fuse3 when run as root)")
        if os.environ.get("CI") == "true":
            pytest.fail(message)  # in CI a missing FUSE is a failure, never a skip
        pytest.skip(message)
    power = PowerCutFS(tmp_path / "powercut")
    yield power
    power.close()


@pytest.fixture
def workers():
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests/support/powercut_worker.py")],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            bufsize=1, cwd=ROOT)
    proc.worker = None
    yield proc
    if proc.worker is not None:  # a test that failed half way: end its worker too
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.worker, signal.SIGKILL)
    proc.stdin.close()
    proc.wait(timeout=30)


class Round:
    def __init__(self, lines: list[str]) -> None:
        self.acks = [line.split(maxsplit=1)[1] for line in lines if line.startswith("ack ")]
        self.abouts = [line.split(maxsplit=1)[1] for line in lines
                       if line.startswith("about ")]

    def last(self, before: str) -> str:
        return self.acks[-1] if self.acks else before

    def in_flight(self, before: str) -> str | None:
        """The change that was under way at the cut (it may or may not have landed)."""
        if self.abouts and self.abouts[-1] != self.last(before):
            return self.abouts[-1]
        return None


def power_cut(fs: PowerCutFS, workers, rng: random.Random, task: str, folder: Path,
              seed: int, *args: str, options: str = "-", least: int = 0,
              mode: str | None = None) -> Round:
    """Start a worker, let it acknowledge a few changes, kill it at a random moment, cut
    the power (what was durable stays, as the mode chosen at the last mount says), and
    remount with the mode of the next cut (`mode`, or a random one)."""
    workers.stdin.write(" ".join([task, str(folder), str(seed), options, *args]) + "\n")
    workers.stdin.flush()
    pid = None
    lines: list[str] = []
    wanted = rng.randint(least, 3)
    while pid is None or sum(line.startswith("ack ") for line in lines) < wanted:
        line = workers.stdout.readline()
        if line.startswith("pid "):
            pid = workers.worker = int(line.split()[1])
            continue
        assert line.startswith(("ack ", "about ")), f"worker stopped early: {line!r}"
        lines.append(line.strip())
    time.sleep(rng.uniform(0, 0.01))  # a random moment, not a wait for a condition
    os.kill(pid, signal.SIGKILL)
    while not (line := workers.stdout.readline()).startswith("done "):
        lines.append(line.strip())
    workers.worker = None
    status = int(line.split()[1])
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, line
    fs.cut()
    fs.mount(mode or rng.choice(MODES), seed=rng.randrange(1 << 30))
    return Round(lines)


def opens(vault: Vault, passphrase: str) -> bool:
    """True if the journal opens (every page checked); False for a wrong passphrase;
    anything else (a damaged key file or journal) is a loss."""
    try:
        vault.open(passphrase, verify=True).close()
    except WrongPassphrase:
        return False
    except Exception as exc:  # noqa: BLE001
        raise AssertionError(f"the journal did not open: {exc!r}") from exc
    return True


def opens_with_code(vault: Vault, code: str) -> bool:
    try:
        vault.open_with_recovery(code, verify=True).close()
    except WrongRecoveryCode:
        return False
    except Exception as exc:  # noqa: BLE001
        raise AssertionError(f"the journal did not open: {exc!r}") from exc
    return True


def check_entries(vault: Vault, passphrase: str, expected: dict[int, str], *,
                  exactly: bool = False) -> None:
    """Every acknowledged entry byte for byte (id and a hash of its text); any other entry
    whole (`exactly`: no other entry at all). Entries found whole are durable now, and
    join `expected`."""
    try:
        journal = vault.open(passphrase, verify=True)  # every page's tag
    except Exception as exc:  # noqa: BLE001 - any failure to open is a loss
        raise AssertionError(f"the journal did not open: {exc!r}") from exc
    with journal:
        journal.verify(full=True)  # and SQLite's structure and the search index
        ids = [row[0] for row in journal.conn.execute("SELECT id FROM entries")]
        bodies = {i: e.text["body"] for i, e in journal.get_entries(ids).items()}
    found = {i: digest(body) for i, body in bodies.items()}
    lost = [i for i, d in expected.items() if found.get(i) != d]
    assert lost == [], f"lost or changed acknowledged entries {lost[:5]}"
    extra = sorted(set(bodies) - set(expected))
    assert not (exactly and extra), f"entries {extra} should not be there"
    for i, body in bodies.items():
        if i not in expected:  # saved but not acknowledged before the cut: whole or absent
            match = re.match(r"seed (\d+) entry (\d+) ", body)
            assert match and body == entry_text(*map(int, match.groups())), f"entry {i} half there"
            expected[i] = found[i]


def test_harness_rewrites_only_what_was_durable(fs):
    """The file system itself: fsync keeps content, an fsync of the folder keeps names."""
    mnt = fs.mount("sync")
    (mnt / "kept").write_bytes(b"old")
    _fsync(mnt / "kept", mnt)
    fs.cut()
    mnt = fs.mount("drop")
    (mnt / "new").write_bytes(b"never synced")
    with open(mnt / "kept", "r+b") as handle:
        handle.write(b"NEW")
    (mnt / "named").write_bytes(b"content synced")
    _fsync(mnt / "named")  # its name is not durable until the folder is fsynced
    summary = fs.cut()
    assert sorted(p.name for p in fs.backing.iterdir()) == ["kept"]
    assert (fs.backing / "kept").read_bytes() == b"old"
    assert summary["pending_writes"] == 2 and summary["lost_folder_changes"] == 2
    mnt = fs.mount("drop")
    (mnt / "named").write_bytes(b"all of it")
    _fsync(mnt / "named", mnt)
    with open(mnt / "kept", "wb") as handle:  # write-only, truncated: "old" is durable
        handle.write(b"gone")
    (mnt / "kept").rename(mnt / "moved")  # a rename not made durable
    fs.cut()
    assert (fs.backing / "named").read_bytes() == b"all of it"
    assert sorted(p.name for p in fs.backing.iterdir()) == ["kept", "named"]
    assert (fs.backing / "kept").read_bytes() == b"old"
    mnt = fs.mount("pages", seed=3)  # a random subset of whole pages, in place
    with open(mnt / "named", "r+b") as handle:
        handle.write(b"x" * 3 * 4096)
    fs.cut()
    kept = (fs.backing / "named").read_bytes()
    assert kept[:9] in (b"all of it", b"x" * 9)  # each page whole or not there (a hole)
    assert len(set(kept[9:4096])) <= 1 and set(kept[9:]) <= {0, ord("x")}
    assert all(len(set(kept[i:i + 4096])) == 1 for i in range(4096, len(kept), 4096))


def _fsync(*paths: Path) -> None:
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _order(name: str) -> tuple[str, int]:
    """Backup folders sort by stamp, then by the -n of a second one in the same second."""
    parts = name.split("-")
    return "-".join(parts[:2]), int(parts[2]) if len(parts) > 2 else 1


def make_journal(fs: PowerCutFS, entries: int = 0) -> tuple[Vault, str]:
    """A journal on the power-cut file system, durable before the first cut."""
    mnt = fs.mount("sync")
    vault = Vault(mnt / "journal", kdf_params=TEST_PARAMS)
    journal, code = vault.create(PASSPHRASE)
    with journal:
        for day in range(1, entries + 1):
            journal.add_entry(Entry("reflection", datetime(2026, 1, day, 9),
                                    {"body": f"kept through it {day}"}))
    fs.cut()
    return vault, code


def test_power_cut_while_saving_loses_no_acknowledged_entry(fs, workers):
    vault, _ = make_journal(fs)
    rng = random.Random(2026)
    fs.mount(rng.choice(MODES), seed=1)
    expected: dict[int, str] = {}
    acknowledged = 0
    for seed in range(SAVE_CUTS):
        done = power_cut(fs, workers, rng, "save", vault.folder, seed, PASSPHRASE)
        for ack in done.acks:
            entry_id, text_hash = ack.split()
            expected[int(entry_id)] = text_hash
        acknowledged += len(done.acks)
        check_entries(vault, PASSPHRASE, expected)
    fs.cut()
    assert acknowledged > SAVE_CUTS  # the cuts really landed among many saves
    lost = sum(s["pending_writes"] - s["kept_writes"] for s in fs.summaries)
    assert lost > 0  # and they really threw writes away
    print(f"{SAVE_CUTS} power cuts while saving: {acknowledged} acknowledged entries "
          f"checked after every cut, {len(expected)} in the journal, 0 lost; "
          f"{lost} non-durable writes thrown away")


def test_power_cut_during_a_first_run_keeps_the_new_journal(fs, workers):
    """A new journal in new folders: once creating it returned, it is there after a cut
    (its folders too), with every acknowledged entry; before that, nothing half made."""
    rng = random.Random(21)
    fs.mount("drop", seed=9)
    for seed in range(TASK_CUTS):
        vault = Vault(fs.mountpoint / f"home{seed}" / "data" / "journal",
                      kdf_params=TEST_PARAMS)
        done = power_cut(fs, workers, rng, "create", vault.folder, seed, PASSPHRASE,
                         least=int(seed % 2 == 0))
        if done.acks:
            code = done.acks[0].split()[1]
            expected = {int(i): d for i, d in (ack.split() for ack in done.acks[1:])}
            check_entries(vault, PASSPHRASE, expected)
            assert opens_with_code(vault, code)
        elif vault.exists():  # cut while creating: it opens, or (nothing there) the
            assert opens(vault, PASSPHRASE)  # first run simply starts again
        fs.cut()  # keep the rounds small: one new journal at a time
        shutil.rmtree(fs.backing / f"home{seed}", ignore_errors=True)
        fs.mount(rng.choice(MODES), seed=rng.randrange(1 << 30))
    fs.cut()


def test_power_cut_while_changing_the_passphrase_old_or_new_opens(fs, workers):
    vault, _ = make_journal(fs)
    rng = random.Random(7)
    fs.mount(rng.choice(MODES), seed=2)
    current = PASSPHRASE
    for seed in range(TASK_CUTS):
        done = power_cut(fs, workers, rng, "passphrase", vault.folder, seed, current)
        candidates = [done.last(current), done.in_flight(current)]
        opened = [p for p in candidates if p is not None and opens(vault, p)]
        assert len(opened) == 1, f"after cut {seed + 1}: {opened} of {candidates} open"
        if opened[0] != current:
            assert not opens(vault, current)  # the old passphrase is gone for good
        current = opened[0]
    fs.cut()


def test_power_cut_while_making_a_new_recovery_code_old_or_new_opens(fs, workers):
    vault, code = make_journal(fs)
    rng = random.Random(8)
    fs.mount(rng.choice(MODES), seed=3)
    for seed in range(TASK_CUTS):
        done = power_cut(fs, workers, rng, "recovery", vault.folder, seed, PASSPHRASE)
        candidates = [done.last(code), done.in_flight(code)]
        opened = [c for c in candidates if c is not None and opens_with_code(vault, c)]
        assert len(opened) == 1, f"after cut {seed + 1}: {len(opened)} codes open"
        assert opens(vault, PASSPHRASE)
        code = opened[0]
    fs.cut()


def test_power_cut_while_rotating_the_data_key_keeps_everything(fs, workers):
    vault, code = make_journal(fs, entries=3)
    expected = {i: digest(f"kept through it {i}") for i in (1, 2, 3)}
    rng = random.Random(11)
    fs.mount(rng.choice(MODES), seed=4)
    for seed in range(TASK_CUTS):
        done = power_cut(fs, workers, rng, "rotate", vault.folder, seed, PASSPHRASE)
        check_entries(vault, PASSPHRASE, expected)  # opening finishes a cut-off rotation
        assert b"pending" not in vault.key_path.read_bytes()
        candidates = [done.last(code), done.in_flight(code)]
        opened = [c for c in candidates if c is not None and opens_with_code(vault, c)]
        assert len(opened) == 1, f"after cut {seed + 1}: {len(opened)} codes open"
        code = opened[0]
    fs.cut()



def test_power_cut_while_backing_up_every_listed_backup_verifies(fs, workers):
    from journal.backups.manager import BackupManager, backup_key, verify_backup

    vault, _ = make_journal(fs, entries=12)  # no backups folder yet: the first is made here
    expected = {i: digest(f"kept through it {i}") for i in range(1, 13)}
    manager = BackupManager(vault.folder / "backups", keep=3)
    rng = random.Random(13)
    fs.mount("drop", seed=5)  # the first cut drops everything not durable
    newest = None
    for seed in range(TASK_CUTS):
        done = power_cut(fs, workers, rng, "backup", vault.folder, seed, PASSPHRASE,
                         least=int(seed == 0))
        newest = done.last(newest) if done.acks else newest
        check_entries(vault, PASSPHRASE, expected)
        listed = manager.list_backups()
        for backup in listed:
            verify_backup(backup, backup_key(backup, PASSPHRASE))
        if newest is not None:  # listed, or pruned after three newer ones were made
            names = [b.folder.name for b in listed]
            assert newest in names or (len(names) == 3 and _order(names[-1]) > _order(newest)), \
                f"backup {newest} lost: {names}"
    fs.cut()
    assert newest is not None


def test_power_cut_while_restoring_old_or_new_journal_opens_whole(fs, workers):
    from journal.backups.manager import BackupManager

    vault, _ = make_journal(fs, entries=1)
    mnt = fs.mount("sync")
    saved = BackupManager(mnt / "saved", keep=5)
    secrets = (PASSPHRASE, "restore-passphrase-two")
    with vault.open(secrets[0]) as journal:
        first = saved.make_backup(journal, key_file=vault.key_path)
    vault.change_passphrase(secrets[0], secrets[1])
    with vault.open(secrets[1]) as journal:
        journal.add_entry(Entry("reflection", MADE, {"body": "kept through it 2"}))
        second = saved.make_backup(journal, key_file=vault.key_path)
    fs.cut()
    rng = random.Random(17)
    fs.mount(rng.choice(MODES), seed=6)
    state = "1"  # which backup the journal holds now: 0 first, 1 second
    for seed in range(TASK_CUTS):
        done = power_cut(fs, workers, rng, "restore", vault.folder, seed,
                         str(first.folder), secrets[0], str(second.folder), secrets[1])
        candidates = {done.last(state), done.in_flight(state)} - {None}
        opened = [i for i in (0, 1) if opens(vault, secrets[i])]
        assert len(opened) == 1 and str(opened[0]) in candidates, (opened, candidates)
        state = str(opened[0])
        expected = {i: digest(f"kept through it {i}") for i in range(1, opened[0] + 2)}
        check_entries(vault, secrets[opened[0]], expected, exactly=True)  # that backup's
        fs.cut()  # what a restore set aside is kept; clear it here to keep rounds small
        for path in (fs.backing / "journal").glob("*.set-aside-*"):
            path.unlink()
        fs.mount(rng.choice(MODES), seed=rng.randrange(1 << 30))
    fs.cut()


# -- controls: the harness must find a loss when one fsync is missing -------------------------
def test_control_synchronous_off_loses_acknowledged_entries(fs, workers):
    """With `PRAGMA synchronous = OFF` (patched in the worker only) SQLite never fsyncs the
    write-ahead log: the power cut must take acknowledged entries, and the check says so."""
    vault, _ = make_journal(fs)
    rng = random.Random(5)
    fs.mount("drop", seed=7)
    expected: dict[int, str] = {}
    with pytest.raises(AssertionError, match="lost or changed acknowledged entries"):
        for seed in range(10):
            done = power_cut(fs, workers, rng, "save", vault.folder, seed, PASSPHRASE,
                             options="sync_off", least=1, mode="drop")
            expected.update(ack.split() for ack in done.acks)
            expected = {int(i): d for i, d in expected.items()}
            check_entries(vault, PASSPHRASE, expected)
    fs.cut()


def test_control_key_file_without_fsync_loses_the_new_passphrase(fs, workers):
    """The key file written without fsync (the rename made durable, the content not): the
    power cut must leave a key file that opens with neither passphrase."""
    vault, _ = make_journal(fs)
    rng = random.Random(6)
    fs.mount("drop", seed=8)
    current = PASSPHRASE
    with pytest.raises(AssertionError, match=r"did not open: KeyFileDamaged"):
        for seed in range(10):
            done = power_cut(fs, workers, rng, "passphrase", vault.folder, seed, current,
                             options="key_nofsync", least=1, mode="drop")
            current = done.last(current)
            assert opens(vault, current)
    fs.cut()


def test_control_the_same_workers_without_a_power_cut_lose_nothing(fs, workers):
    """The losses above come from the power cut, not from the kill: with the same missing
    fsyncs and a clean unmount, everything acknowledged is there (the old kill-only crash
    tests could not tell the difference)."""
    vault, _ = make_journal(fs)
    rng = random.Random(9)
    fs.mount("sync")
    expected: dict[int, str] = {}
    for seed in range(3):
        done = power_cut(fs, workers, rng, "save", vault.folder, seed, PASSPHRASE,
                         options="sync_off,key_nofsync", least=1, mode="sync")
        expected.update({int(i): d for i, d in (ack.split() for ack in done.acks)})
        check_entries(vault, PASSPHRASE, expected)
    fs.cut()
