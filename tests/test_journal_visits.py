"""Visits in the journal: stored, searched, exported and imported, and read by Today and
the summary wizard (the next visit, the dates since the last one)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from journal import Entry, InvalidInput, Person, StrengthMark, Vault
from journal.records import visits
from journal.transfer.export import export_json, export_markdown
from journal.transfer.importers import import_ours
from journal.vault import migrations
from journal.vault.kdf import TEST_PARAMS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_PASSPHRASE = "small moments fixture v1"


def a_visit(who: int | None, day: date, next_day: date | None = None, **extra) -> Entry:
    words = {"they_noticed": "Leo looks at you when you sing",
             "want_to_try": "Naming feelings at bath time"}
    return Entry("visit", datetime(day.year, day.month, day.day, 10, 0), words,
                 people=[who] if who else [], next_visit=next_day, **extra)


def test_a_visit_is_stored_with_who_came_and_the_next_day(journal):
    ana = journal.add_person(Person("village", "Ana", how_they_help="Home visitor"))
    calm = journal.strengths()[0]
    saved = journal.add_entry(a_visit(ana.id, date(2026, 11, 3), date(2026, 11, 17),
                                      strengths=[StrengthMark(calm.id)], ok_to_share=True))
    got = journal.get_entry(saved.id)
    assert got.kind == "visit" and got.people == [ana.id]
    assert got.text == {"they_noticed": "Leo looks at you when you sing",
                        "want_to_try": "Naming feelings at bath time"}
    assert got.next_visit == date(2026, 11, 17) and got.ok_to_share
    assert got.strengths == [StrengthMark(calm.id)]
    moved = journal.update_entry(replace(got, next_visit=None))
    assert moved.next_visit is None


def test_a_next_visit_before_the_visit_or_on_another_kind_is_not_kept(journal):
    with pytest.raises(InvalidInput, match="next visit"):
        journal.add_entry(a_visit(None, date(2026, 11, 3), date(2026, 11, 1)))
    with pytest.raises(InvalidInput, match="day for the next visit"):
        journal.add_entry(replace(a_visit(None, date(2026, 11, 3)), next_visit="Thursday"))
    moment = journal.add_entry(Entry("reflection", datetime(2026, 11, 3, 9), {"body": "x"},
                                     next_visit=date(2026, 11, 9)))
    assert moment.next_visit is None  # only a visit plans the next one
    with pytest.raises(InvalidInput):  # a visit has no "body"
        journal.add_entry(Entry("visit", datetime(2026, 11, 3, 9), {"body": "x"}))


def test_the_database_refuses_a_kind_it_does_not_know(journal):
    journal.conn.execute(
        "INSERT INTO entries (kind, happened_at, created_at, updated_at)"
        " VALUES ('visit', '2026-11-03T10:00:00', '2026-11-03', '2026-11-03')")
    with pytest.raises(Exception, match="CHECK"):
        journal.conn.execute(
            "INSERT INTO entries (kind, happened_at, created_at, updated_at)"
            " VALUES ('diary', '2026-11-03T10:00:00', '2026-11-03', '2026-11-03')")


def test_search_finds_a_visit_by_its_words_and_by_who_came(journal):
    ana = journal.add_person(Person("village", "Anabel"))
    saved = journal.add_entry(a_visit(ana.id, date(2026, 11, 3)))
    assert [h.entry_id for h in journal.search("bath time")] == [saved.id]
    assert [h.entry_id for h in journal.search("anabel")] == [saved.id]
    assert [h.kind for h in journal.search("sing")] == ["visit"]


def test_export_and_import_carry_a_visit(journal, tmp_path):
    ana = journal.add_person(Person("village", "Ana"))
    journal.add_entry(a_visit(ana.id, date(2026, 11, 3), date(2026, 11, 17), ok_to_share=True))
    data = export_json(journal)
    assert b'"next_visit": "2026-11-17"' in data
    assert "A visit" in export_markdown(journal).decode()
    assert "What they noticed about us" in export_markdown(journal).decode()
    assert "Next visit: November 17, 2026" in export_markdown(journal).decode()
    assert "Próxima visita: 17 de noviembre de 2026" in export_markdown(journal, "es").decode()
    other = Vault(tmp_path / "other", kdf_params=TEST_PARAMS)
    fresh, _ = other.create("another long passphrase here")
    try:
        import_ours(fresh, data)
        (got,) = fresh.list_entries().entries
        assert got.kind == "visit" and got.next_visit == date(2026, 11, 17)
        assert [fresh.get_person(p).nickname for p in got.people] == ["Ana"]
        assert got.text["want_to_try"] == "Naming feelings at bath time"
    finally:
        fresh.close()


def test_the_next_visit_is_the_soonest_planned_one_not_yet_held(journal):
    ana = journal.add_person(Person("village", "Ana"))
    assert visits.next_visit(journal, date(2026, 11, 1)) is None
    first = journal.add_entry(a_visit(ana.id, date(2026, 11, 3), date(2026, 11, 17)))
    found = visits.next_visit(journal, date(2026, 11, 10))
    assert (found.day, found.visitor_id, found.entry_id) == (date(2026, 11, 17), ana.id,
                                                            first.id)
    assert not found.soon(date(2026, 11, 13)) and found.soon(date(2026, 11, 14))
    assert found.soon(date(2026, 11, 17))
    assert visits.next_visit(journal, date(2026, 11, 18)) is None  # the day has passed
    journal.add_entry(a_visit(ana.id, date(2026, 11, 17)))  # the visit happened
    assert visits.next_visit(journal, date(2026, 11, 16)) is None
    journal.delete_entry(first.id)
    assert visits.next_visit(journal, date(2026, 11, 10)) is None


def test_summary_dates_start_at_the_last_visit_else_four_weeks(journal):
    today = date(2026, 11, 20)
    assert visits.since_last_visit(journal, today) == (date(2026, 10, 24), today)
    journal.add_entry(a_visit(None, date(2026, 11, 6)))
    journal.add_entry(a_visit(None, date(2026, 11, 25)))  # after today: not counted
    assert visits.since_last_visit(journal, today) == (date(2026, 11, 6), today)


def test_the_v1_fixture_upgrades_to_visits(tmp_path):
    folder = tmp_path / "v1"
    shutil.copytree(FIXTURES / "v1", folder)
    vault = Vault(folder, kdf_params=TEST_PARAMS)
    with vault.open(FIXTURE_PASSPHRASE) as journal:
        assert migrations.schema_version(journal.conn) == migrations.LATEST >= 4
        columns = [row[1] for row in journal.conn.execute("PRAGMA table_info(entries)")]
        assert {"they_noticed", "want_to_try", "next_visit"} <= set(columns)
        assert journal.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert sorted(e.kind for e in journal.list_entries().entries) == [
            "connection", "reflection", "repair"]
        grandma = next(p for p in journal.list_people() if p.nickname == "Fixture Grandma")
        added = journal.add_entry(a_visit(grandma.id, date(2026, 11, 3), date(2026, 11, 9)))
    with vault.open(FIXTURE_PASSPHRASE) as journal:
        assert journal.get_entry(added.id).next_visit == date(2026, 11, 9)
        assert journal.counts().per_kind.get("visit") == 1
