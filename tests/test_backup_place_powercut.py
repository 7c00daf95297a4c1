"""The second backup place through power cuts: the USB stick lives on the power-cut file
system (tests/support/powercut_fs.py), which forgets at a cut whatever was not made
durable. A copy cut off never costs the last copy that was acknowledged, and every copy
that is still listed opens. A control test writes without fsync and shows the harness
finds the loss."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from test_backup_place import MARKER, note, opens_with
from test_reliability_powercut import fs  # noqa: F401 - the power-cut file system

from journal.backups.manager import BackupManager
from journal.backups.place import BackupPlace
from journal.fsutil import make_folder
from tests.support.powercut_fs import MODES

ROOT = Path(__file__).resolve().parent.parent
CUTS = 12

WORKER = """
import os, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from journal import fsutil
from journal.backups.manager import Backup
from journal.backups.place import BackupPlace
if {careless!r}:  # the control: no fsync at all
    os.fsync = lambda fd: None
    fsutil.fsync_dir = lambda folder: None
backup = Backup(Path({backup!r}))
where = BackupPlace(Path({stick!r}), keep=3)
while True:
    print("ack", where.add(backup).name, flush=True)
"""


def cut_round(fs, rng: random.Random, code: str) -> list[str]:  # noqa: F811
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            cwd=ROOT)
    acked = [proc.stdout.readline().split()[1] for _ in range(rng.randint(1, 3))]
    time.sleep(rng.uniform(0, 0.02))  # a random moment inside the next copy
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    acked += [line.split()[1] for line in proc.stdout.read().splitlines()]  # said meanwhile
    proc.stdout.close()
    fs.cut()
    fs.mount(rng.choice(MODES), seed=rng.randrange(1 << 30))
    return acked


@pytest.fixture
def local_backup(journal, tmp_path):
    for i in range(30):
        note(journal, f"{MARKER} {i} " + "splashing in the bath " * 40)
    return BackupManager(tmp_path / "local-backups").make_backup(journal)


def run_cuts(fs, local_backup, tmp_path, careless: bool) -> list[str]:  # noqa: F811
    stick = fs.mount("drop") / "stick"
    make_folder(stick)  # the stick's folder itself is durable before the first copy
    rng = random.Random(7)
    problems = []
    for _round in range(CUTS):
        stick = fs.mountpoint / "stick"
        code = WORKER.format(root=str(ROOT), backup=str(local_backup.folder),
                             stick=str(stick), careless=careless)
        acked = cut_round(fs, rng, code)
        kept = {info.path.name: info for info in BackupPlace(stick, keep=3).archives()} \
            if stick.is_dir() else {}
        if acked[-1] not in kept:
            problems.append(f"the acknowledged copy {acked[-1]} is gone")
        for info in kept.values():
            if not opens_with(info.path, PASSPHRASE, tmp_path):
                problems.append(f"{info.path.name} does not open")
        if careless and problems:
            break
    return problems


def test_a_power_cut_never_costs_the_last_acknowledged_copy(fs, local_backup,  # noqa: F811
                                                           tmp_path):
    assert run_cuts(fs, local_backup, tmp_path, careless=False) == []


def test_control_without_fsync_the_harness_finds_a_loss(fs, local_backup, tmp_path):  # noqa: F811
    assert run_cuts(fs, local_backup, tmp_path, careless=True) != []
