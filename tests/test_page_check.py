"""Unlock in constant time: quick checks at unlock, every page in the background.

Byte flips in the first, middle and last page are found at unlock; a flip in a page the
quick checks do not read is found by the background check. The control shows that a
background check that does nothing lets that flip through.
"""

from __future__ import annotations

import os
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from conftest import PASSPHRASE

from journal import Entry, JournalDamaged
from journal.backups.manager import BackupManager, open_or_offer
from journal.vault import integrity
from journal.vault.integrity import PAGE, PageCheck, sample


def fill(journal, n: int = 120) -> None:
    journal.add_entries(Entry("connection", datetime(2026, 10, 1 + d % 28, 8),
                              {"child_did": f"morning song {d} " * 60}) for d in range(n))


@pytest.fixture
def closed(vault, created):
    journal = created[0]
    fill(journal)
    journal.close()
    return vault


@pytest.fixture
def big(vault, created):
    """Over 100 pages (search keeps no copy of the words, so it takes more entries)."""
    journal = created[0]
    fill(journal, 240)
    journal.close()
    return vault


def flip(path: Path, page: int, at: int = 300) -> None:
    """Change one byte inside page number `page` (1 = first)."""
    with open(path, "r+b") as f:
        f.seek((page - 1) * PAGE + at)
        byte = f.read(1)
        f.seek((page - 1) * PAGE + at)
        f.write(bytes([byte[0] ^ 0x01]))


def pages_of(path: Path) -> int:
    return path.stat().st_size // PAGE


def unsampled(path: Path) -> int:
    """A page in the middle of the file that the quick checks do not read."""
    count = pages_of(path)
    taken = set(sample(count))
    return next(p for p in range(count // 3, count) if p not in taken and p - 1 not in taken)


def run_check(journal, check_class=PageCheck) -> str:
    done = threading.Event()
    results: list[str] = []

    def finished(result: str) -> None:
        results.append(result)
        done.set()

    journal.page_check = check_class(journal, finished).start(rest=journal.at_rest)
    assert done.wait(30), "the background check never finished"
    return results[0]


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_flips_in_the_first_middle_and_last_page_are_found_at_unlock(big, where):
    closed = big
    path = closed.db_path
    count = pages_of(path)
    assert count > 100  # a journal big enough for a sample to be a sample
    flip(path, {"first": 1, "middle": count // 2 + 1, "last": count}[where])
    with pytest.raises(JournalDamaged):
        closed.open(PASSPHRASE, defer=True)


def test_unlock_reads_only_a_sample_and_the_rest_is_found_in_the_background(closed):
    flip(closed.db_path, unsampled(closed.db_path))
    journal = closed.open(PASSPHRASE, defer=True)  # quick checks pass
    try:
        assert run_check(journal) == "damaged"
    finally:
        journal.close()


class NoCheck(PageCheck):
    """Control: a background check that checks nothing."""

    def _run(self, key, known):
        self._finish("passed")


def test_control_a_background_check_that_does_nothing_misses_the_damage(closed):
    flip(closed.db_path, unsampled(closed.db_path))
    journal = closed.open(PASSPHRASE, defer=True)
    try:
        assert run_check(journal, NoCheck) == "passed"  # the damage goes unseen
    finally:
        journal.close()


def test_the_page_reader_agrees_with_sqlcipher_on_every_page(closed):
    journal = closed.open(PASSPHRASE)
    key = journal.data_key()
    journal.close()
    path = closed.db_path
    assert integrity.full_check(path, key)
    assert integrity._sqlcipher_check(path, key)
    for page in (2, pages_of(path) // 2, pages_of(path) - 1):
        flip(path, page)
        assert not integrity.full_check(path, key)
        assert not integrity._sqlcipher_check(path, key)
        flip(path, page)  # back as it was
    assert integrity.full_check(path, key)


def test_a_file_cut_part_way_through_a_page_is_found_at_unlock(closed):
    with open(closed.db_path, "r+b") as f:
        f.truncate(closed.db_path.stat().st_size - 1000)
    with pytest.raises(JournalDamaged):
        closed.open(PASSPHRASE, defer=True)


def test_damage_found_in_the_background_leads_to_the_backup(closed):
    """As the unlock does today: the next open with the full check offers the backup."""
    journal = closed.open(PASSPHRASE)
    manager = BackupManager.for_vault(closed)
    backup = manager.make_backup(journal)
    journal.close()
    flip(closed.db_path, unsampled(closed.db_path))
    opened = open_or_offer(closed, PASSPHRASE, manager, defer=True)
    assert opened.journal is not None
    assert run_check(opened.journal) == "damaged"
    opened.journal.close()
    again = open_or_offer(closed, PASSPHRASE, manager)  # the full check, as before
    assert again.journal is None and isinstance(again.problem, JournalDamaged)
    assert again.offer is not None and again.offer.folder == backup.folder


def test_a_check_that_passed_today_is_not_run_again_until_the_file_changes(closed):
    journal = closed.open(PASSPHRASE, defer=True)
    assert run_check(journal) == "passed"
    journal.close()
    journal = closed.open(PASSPHRASE, defer=True)
    assert run_check(journal) == "skipped"  # same size, no change since, same day
    journal.add_entry(Entry("reflection", datetime(2026, 11, 2), {"body": "a new page"}))
    journal.close()
    journal = closed.open(PASSPHRASE, defer=True)
    assert run_check(journal) == "passed"  # the journal changed: checked again
    journal.close()


def test_the_record_holds_for_a_day_only(closed):
    journal = closed.open(PASSPHRASE, defer=True)
    assert run_check(journal) == "passed"
    journal.close()
    closed.clock.at += timedelta(days=1, minutes=1)
    journal = closed.open(PASSPHRASE, defer=True)
    assert run_check(journal) == "passed"
    journal.close()


def test_a_file_changed_from_outside_is_checked_again(closed):
    journal = closed.open(PASSPHRASE, defer=True)
    assert run_check(journal) == "passed"
    journal.close()
    later = closed.db_path.stat().st_mtime_ns + 10 * integrity.SETTLE_NS
    os.utime(closed.db_path, ns=(later, later))  # a copy, a sync tool, a restore
    journal = closed.open(PASSPHRASE, defer=True)
    assert run_check(journal) == "passed"
    journal.close()


def test_the_record_is_kept_inside_the_journal(closed):
    journal = closed.open(PASSPHRASE, defer=True)
    assert run_check(journal) == "passed"
    row = journal.conn.execute("SELECT value FROM meta WHERE key = 'page_check'").fetchone()
    assert row is not None and '"passed"' in row[0]
    journal.close()
    assert sorted(p.name for p in closed.folder.iterdir()
                  if p.is_file()) == ["journal.db", "journal.key", "journal.lock"]


def test_close_stops_a_running_check_at_once(closed, monkeypatch):
    """The check reads a few pages between looks at `stop`: close never waits for it."""
    entered, release = threading.Event(), threading.Event()
    real = integrity.Pages.bad_in

    def slow(self, first, last):
        entered.set()
        release.wait(5)  # as if the disk were very slow
        return real(self, first, last)

    monkeypatch.setattr(integrity.Pages, "bad_in", slow)
    journal = closed.open(PASSPHRASE, defer=True)
    results: list[str] = []
    check = journal.page_check = PageCheck(journal, results.append).start()
    assert entered.wait(5)
    closing = threading.Thread(target=journal.close)
    closing.start()
    closing.join(5)
    assert not closing.is_alive() and not journal.is_open
    release.set()
    check._thread.join(5)
    assert not check.running and results == []  # stopped: no result, no record


def test_never_two_full_checks_at_once(closed, monkeypatch):
    running, most = [0], [0]
    guard = threading.Lock()
    real = integrity.full_check

    def counted(*args, **kwargs):
        with guard:
            running[0] += 1
            most[0] = max(most[0], running[0])
        try:
            return real(*args, **kwargs)
        finally:
            with guard:
                running[0] -= 1

    monkeypatch.setattr(integrity, "full_check", counted)
    journal = closed.open(PASSPHRASE, defer=True)
    try:
        checks = [PageCheck(journal).start() for _ in range(4)]
        for check in checks:
            check._thread.join(30)
        assert [c.result for c in checks] == ["passed"] * 4 and most[0] == 1
    finally:
        journal.close()


def test_a_journal_with_other_cipher_settings_gets_sqlcipher_s_own_check(closed, monkeypatch):
    monkeypatch.setattr(integrity, "codec_known", lambda conn: False)
    flip(closed.db_path, unsampled(closed.db_path))
    journal = closed.open(PASSPHRASE, defer=True)
    try:
        assert run_check(journal) == "damaged"
    finally:
        journal.close()


def test_sqlcipher_page_format_is_the_one_read_here(journal):
    assert integrity.codec_known(journal.conn)
    other = sqlcipher3.connect(":memory:")
    other.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA1")
    assert not integrity.codec_known(other)
