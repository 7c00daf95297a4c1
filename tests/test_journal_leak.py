"""Nothing a caregiver wrote, nor the passphrase or the recovery code, can be read from
the files on disk (PDFs decompressed and read as text; tests/support/leak_scan.py)."""

from __future__ import annotations

from datetime import date, datetime

from conftest import PASSPHRASE

from journal import Entry, Person
from tests.support.leak_scan import found_in


def scan(folder, markers) -> list[str]:
    return found_in(folder, {marker: marker for marker in markers})


def test_markers_never_reach_the_files(vault, created):
    journal, code = created
    markers = [f"ZQXMARKER{i}Ünïcødé" for i in range(8)]
    child = journal.add_person(Person("child", markers[0], "2026-01"))
    journal.add_person(Person("village", "Neighbour", how_they_help=markers[1]))
    own = journal.add_own_strength(markers[2])
    for i in range(200):  # enough to spill pages into the -wal file
        journal.add_entry(Entry(
            "connection", datetime(2026, 11, 1 + i % 28, 8),
            {"child_did": markers[3], "i_did": f"{markers[4]} {i}", "how_it_ended": "x" * 300},
            people=[child.id], feeling=markers[5]))
    journal.save_draft("today", markers[6])
    journal.set_setting("note", markers[7])
    assert journal.search(markers[3][:9].lower())  # it is all there and findable
    assert own.label == markers[2]
    names = sorted(p.name for p in vault.folder.iterdir())
    assert "journal.db-wal" in names  # the live write-ahead log is scanned too
    assert scan(vault.folder, markers) == []
    journal.close()
    secrets = [*markers, PASSPHRASE, code, code.replace("-", "")]
    assert scan(vault.folder, secrets) == []


def test_control_an_unprotected_summary_pdf_is_read_and_a_protected_one_is_not(
        journal, tmp_path):
    """The scan reads a summary's words out of its compressed, font-encoded streams; the
    same summary protected with a password shows nothing."""
    from journal.summary.build import build_summary
    from journal.summary.model import Selection
    from journal.summary.pdf import render_pdf

    marker = "ZQXknowÜmark"
    summary = build_summary(journal, Selection(date(2026, 11, 1), date(2026, 11, 20),
                                               frozenset(), know=f"Sleep is hard {marker}"))
    plain, locked = tmp_path / "plain", tmp_path / "locked"
    plain.mkdir()
    locked.mkdir()
    data = render_pdf(summary)
    assert marker.encode() not in data  # not in the raw bytes: only decoding finds it
    (plain / "summary.pdf").write_bytes(data)
    (locked / "summary.pdf").write_bytes(render_pdf(summary, password="visit password"))
    assert scan(plain, [marker]) == [f"summary.pdf: {marker}"]
    assert scan(locked, [marker]) == []
