"""Records in the journal: people, strengths, entries, trash, pages, counts, drafts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from conftest import PASSPHRASE

from journal import Entry, InvalidInput, Person, StrengthMark
from journal.records.models import Filters


def moment(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 11, day, hour, 0)


def connection(when: datetime, **text: str) -> Entry:
    return Entry("connection", when, {"child_did": "reached for me", **text},
                 back_and_forths="a_few")


def test_people_roles_and_birth_month(journal):
    leo = journal.add_person(Person("child", "  Leo ", "2026-05"))
    gran = journal.add_person(Person("village", "Abuela Rosa", how_they_help="Sunday soup"))
    assert leo.nickname == "Leo" and leo.birth_month == "2026-05"
    assert [p.nickname for p in journal.list_people()] == ["Leo", "Abuela Rosa"]
    assert [p.nickname for p in journal.list_people("village")] == ["Abuela Rosa"]
    gran.how_they_help = "Sunday soup and stories"
    journal.update_person(gran)
    assert journal.get_person(gran.id).how_they_help == "Sunday soup and stories"
    assert journal.child_birth_months() == ["2026-05"]


@pytest.mark.parametrize("person, message", [
    (Person("child", "   "), "add a name"),
    (Person("child", "Mia", "2026-13"), "birth month"),
    (Person("aunt", "Tía Lu"), "role"),
    (Person("child", "x" * 500), "too long"),
])
def test_bad_people_get_a_clear_message_and_nothing_saved(journal, person, message):
    with pytest.raises(InvalidInput, match=message):
        journal.add_person(person)
    assert journal.list_people() == []


def test_person_trash_and_restore(journal):
    mia = journal.add_person(Person("child", "Mia"))
    journal.delete_person(mia.id)
    assert journal.list_people() == [] and [p.id for p in journal.people_in_trash()] == [mia.id]
    journal.restore_person(mia.id)
    assert [p.id for p in journal.list_people()] == [mia.id]


def test_entry_round_trip_keeps_every_field(journal):
    leo = journal.add_person(Person("child", "Leo"))
    own = journal.add_own_strength("Sang the silly song")
    calm = journal.strengths()[0]
    entry = journal.add_entry(Entry(
        "repair", moment(18, 17),
        {"pulled_apart": "Things got loud at dinner", "noticed_first": "His lip wobbled",
         "reconnected": "I knelt down", "what_helped": "A deep breath", "remember": "We came back"},
        people=[leo.id], strengths=[StrengthMark(calm.id, "me"), StrengthMark(own.id, "child")],
        routine="feeding", feeling="relieved", ok_to_share=True))
    got = journal.get_entry(entry.id)
    assert got.text["remember"] == "We came back"
    assert got.people == [leo.id]
    assert set(got.strengths) == {StrengthMark(calm.id, "me"), StrengthMark(own.id, "child")}
    assert (got.routine, got.feeling, got.ok_to_share) == ("feeding", "relieved", True)
    assert got.created_at == datetime(2026, 11, 20, 9, 0)


def test_ok_to_share_is_off_by_default(journal):
    assert journal.add_entry(connection(moment(1))).ok_to_share is False


def test_reflection_keeps_the_prompt_as_shown(journal):
    got = journal.add_entry(Entry("reflection", moment(2), {"body": "She held my finger"},
                                  prompt_id="ref-001", prompt_text="What made you smile?"))
    assert (got.prompt_id, got.prompt_text) == ("ref-001", "What made you smile?")


def test_update_entry(journal):
    entry = journal.add_entry(connection(moment(3)))
    entry.text["how_it_ended"] = "He yawned and snuggled in"
    journal.clock.advance(minutes=5)
    journal.update_entry(entry)
    got = journal.get_entry(entry.id)
    assert got.text["how_it_ended"] == "He yawned and snuggled in"
    assert got.updated_at - got.created_at == timedelta(minutes=5)


@pytest.mark.parametrize("entry, message", [
    (Entry("diary", moment(1)), "kind"),
    (Entry("reflection", moment(1), {"child_did": "x"}), "doesn't belong"),
    (Entry("reflection", moment(1), {"body": "bad \ud800 surrogate"}), "can't be saved"),
    (Entry("reflection", moment(1), {"body": 42}), "must be text"),
    (Entry("connection", moment(1), back_and_forths="lots"), "back-and-forths"),
    (Entry("connection", moment(1), strengths=[StrengthMark(1, "grandma")]), "strength"),
    (Entry("reflection", "yesterday"), "when this happened"),
])
def test_bad_entries_get_a_clear_message_and_nothing_saved(journal, entry, message):
    with pytest.raises(InvalidInput, match=message):
        journal.add_entry(entry)
    assert journal.count_entries() == 0


def test_delete_goes_to_trash_then_restore(journal):
    entry = journal.add_entry(connection(moment(4), how_it_ended="giggles"))
    journal.delete_entry(entry.id)
    assert journal.count_entries() == 0
    assert [e.id for e in journal.trash()] == [entry.id]
    assert journal.search("giggles") == []
    with pytest.raises(InvalidInput, match="trash"):
        journal.update_entry(journal.get_entry(entry.id))
    journal.restore_entry(entry.id)
    assert journal.count_entries() == 1
    assert [h.entry_id for h in journal.search("giggles")] == [entry.id]


def test_trash_is_purged_after_30_days(vault, journal):
    keep = journal.add_entry(connection(moment(5)))
    old = journal.add_entry(connection(moment(6)))
    journal.delete_entry(old.id)
    journal.clock.advance(days=29)
    assert journal.purge_trash() == 0
    journal.clock.advance(days=2)
    journal.delete_entry(keep.id)  # trashed today: stays
    journal.close()
    with vault.open(PASSPHRASE) as again:  # purging runs when the journal opens
        assert again.get_entry(old.id) is None
        assert [e.id for e in again.trash()] == [keep.id]


def test_pages_are_newest_first_and_cover_everything_once(journal):
    for i in range(1, 29):
        for hour in (8, 8, 20):  # ties on time are broken by id
            journal.add_entry(connection(moment(i, hour)))
    seen, cursor, pages = [], None, 0
    while True:
        page = journal.list_entries(after=cursor, limit=10)
        seen.extend(page.entries)
        pages += 1
        cursor = page.next
        if cursor is None:
            break
    assert pages == 9 and len(seen) == 84 == len({e.id for e in seen})
    keys = [(e.happened_at, e.id) for e in seen]
    assert keys == sorted(keys, reverse=True)


def test_filters_by_kind_person_strength_and_dates(journal):
    leo = journal.add_person(Person("child", "Leo"))
    calm = journal.strengths()[0]
    a = journal.add_entry(Entry("reflection", moment(1), {"body": "a"}))
    b = journal.add_entry(Entry("connection", moment(10), people=[leo.id]))
    c = journal.add_entry(Entry("repair", moment(20), strengths=[StrengthMark(calm.id)]))

    def ids(**kw):
        return [e.id for e in journal.list_entries(Filters(**kw)).entries]

    assert ids(kinds=("reflection", "repair")) == [c.id, a.id]
    assert ids(person_id=leo.id) == [b.id]
    assert ids(strength_id=calm.id) == [c.id]
    assert ids(start=date(2026, 11, 10), end=date(2026, 11, 10)) == [b.id]
    assert ids(start=date(2026, 11, 2)) == [c.id, b.id]


def test_counts_per_week_kind_and_strength(journal):
    calm, gentle = journal.strengths()[:2]
    journal.add_entry(Entry("connection", moment(2), strengths=[StrengthMark(calm.id)]))
    journal.add_entry(Entry("connection", moment(3), strengths=[
        StrengthMark(calm.id, "me"), StrengthMark(calm.id, "child")]))
    journal.add_entry(Entry("repair", moment(9), strengths=[StrengthMark(gentle.id)]))
    journal.add_entry(Entry("reflection", moment(16)))
    counts = journal.counts(date(2026, 11, 1), date(2026, 11, 30))
    assert counts.per_week == {date(2026, 11, 2): 2, date(2026, 11, 9): 1,
                               date(2026, 11, 16): 1}
    assert counts.per_kind == {"connection": 2, "repair": 1, "reflection": 1}
    assert counts.per_strength == {calm.id: 2, gentle.id: 1}
    assert counts.total == 4
    assert journal.counts(date(2026, 11, 9), date(2026, 11, 9)).total == 1


def test_strength_vocabulary_in_both_languages(journal):
    english = journal.strengths("en")
    spanish = journal.strengths("es")
    assert english[0].label == "Stayed calm" and spanish[0].label == "Mantuve la calma"
    own = journal.add_own_strength("Made up a bath song", factor="resilience")
    assert journal.add_own_strength("Made up a bath song").id == own.id
    assert journal.strengths()[-1].label == "Made up a bath song"
    with pytest.raises(InvalidInput):
        journal.add_own_strength("  ")


def test_drafts_save_load_clear(journal):
    assert journal.load_draft("today") is None
    journal.save_draft("today", "Half a thought about the")
    journal.save_draft("today", "Half a thought about the park")
    assert journal.load_draft("today") == "Half a thought about the park"
    assert journal.drafts() == {"today": "Half a thought about the park"}
    journal.clear_draft("today")
    assert journal.load_draft("today") is None


def test_prompt_history(journal):
    journal.record_prompt(date(2026, 11, 19), "con-001", "shown")
    journal.record_prompt(date(2026, 11, 20), "con-002", "skipped")
    journal.record_prompt(date(2026, 11, 20), "rep-003", "answered")
    history = journal.prompt_history(since=date(2026, 11, 20))
    assert [(r.prompt_id, r.status) for r in history] == [("con-002", "skipped"),
                                                        ("rep-003", "answered")]
    with pytest.raises(InvalidInput):
        journal.record_prompt(date(2026, 11, 20), "con-003", "failed")


def test_settings_inside_the_journal(journal):
    assert journal.get_setting("focus", "any") == "any"
    journal.set_setting("focus", "warmth")
    assert journal.get_setting("focus") == "warmth"


def test_a_one_megabyte_entry_round_trips(journal):
    body = ("Nap time, then the park. 🌳 " * 40_000)[:1_000_000]
    entry = journal.add_entry(Entry("reflection", moment(7), {"body": body}))
    assert journal.get_entry(entry.id).text["body"] == body


def _brute_counts(journal, start, end):
    """Counts computed the slow way, straight from the entries."""
    from journal.records.models import Filters

    live, cursor = [], None
    while True:
        page = journal.list_entries(Filters(start=start, end=end), after=cursor, limit=500)
        live += page.entries
        if page.next is None:
            break
        cursor = page.next
    per_week, per_kind, per_strength = {}, {}, {}
    for e in live:
        d = e.happened_at.date()
        monday = d - timedelta(days=d.weekday())
        per_week[monday] = per_week.get(monday, 0) + 1
        per_kind[e.kind] = per_kind.get(e.kind, 0) + 1
        for sid in {m.strength_id for m in e.strengths}:
            per_strength[sid] = per_strength.get(sid, 0) + 1
    return per_week, per_kind, per_strength, len(live)


def test_counts_stay_true_through_every_kind_of_change(journal):
    import random

    rng = random.Random(5)
    ids = [s.id for s in journal.strengths()[:5]]
    live: list[int] = []
    trashed: list[int] = []
    for step in range(400):
        action = rng.random()
        if action < 0.45 or not live:
            marks = [StrengthMark(rng.choice(ids), rng.choice(["me", "child", "someone"]))
                     for _ in range(rng.randint(0, 3))]
            kind = rng.choice(["reflection", "connection", "repair"])
            live.append(journal.add_entry(Entry(kind, moment(rng.randint(1, 28)),
                                                strengths=marks)).id)
        elif action < 0.7:
            entry = journal.get_entry(rng.choice(live))
            entry.kind = rng.choice(["reflection", "connection", "repair"])
            entry.text = {}
            entry.happened_at = moment(rng.randint(1, 28), rng.randint(0, 23))
            entry.strengths = [StrengthMark(rng.choice(ids), "child")
                               for _ in range(rng.randint(0, 2))]
            journal.update_entry(entry)
        elif action < 0.85:
            victim = live.pop(rng.randrange(len(live)))
            journal.delete_entry(victim)
            trashed.append(victim)
        elif trashed:
            back = trashed.pop(rng.randrange(len(trashed)))
            journal.restore_entry(back)
            live.append(back)
        if step % 50 == 49:
            journal.clock.advance(days=31)
            journal.purge_trash()
            trashed.clear()
            for start, end in ((None, None), (date(2026, 11, 3), date(2026, 11, 17))):
                got = journal.counts(start, end)
                assert (got.per_week, got.per_kind, got.per_strength, got.total) == \
                    _brute_counts(journal, start, end)
