"""Nothing a caregiver wrote can be read from the files on disk."""

from __future__ import annotations

from datetime import datetime

from journal import Entry, Person


def encodings(marker: str) -> list[bytes]:
    return [marker.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le")]


def scan(folder, markers) -> list[tuple[str, str]]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [(path.name, m) for m in markers for raw in encodings(m) if raw in data]
    return found


def test_markers_never_reach_the_files(vault, journal):
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
    assert scan(vault.folder, markers) == []
    assert all(m.encode() not in vault.key_path.read_bytes() for m in markers)
