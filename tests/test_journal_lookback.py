"""A moment from before: which kept moment Today may bring back, driven by a fixed day."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from journal import Entry
from journal.records import lookback
from journal.records.lookback import ages_for, moment_from_before, months_before

TODAY = date(2026, 11, 20)


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=hour)


def _reflection(journal, day: date, words: str) -> int:
    return int(journal.add_entry(Entry("reflection", _at(day), {"body": words})).id)


def _only_age(monkeypatch, months: int) -> None:
    monkeypatch.setattr(lookback, "AGES", (months,))


@pytest.mark.parametrize(("day", "months", "back"), [
    (date(2026, 11, 20), 1, date(2026, 10, 20)),
    (date(2026, 11, 20), 3, date(2026, 8, 20)),
    (date(2026, 11, 20), 12, date(2025, 11, 20)),
    (date(2026, 3, 31), 1, date(2026, 2, 28)),  # no 31 February: the month's last day
    (date(2024, 2, 29), 12, date(2023, 2, 28)),
    (date(2026, 1, 15), 6, date(2025, 7, 15)),  # across the new year
])
def test_months_before_is_the_same_calendar_day(day, months, back):
    assert months_before(day, months) == back


def test_nothing_before_means_nothing_shown(journal):
    _reflection(journal, TODAY, "written today")  # today is not "before"
    assert moment_from_before(journal, TODAY) is None


@pytest.mark.parametrize("months", lookback.AGES)
def test_each_age_brings_back_a_moment_from_about_then(journal, monkeypatch, months):
    _only_age(monkeypatch, months)
    day = months_before(TODAY, months) + timedelta(days=2)  # "about": two days off
    entry_id = _reflection(journal, day, "We sang in the bath.")
    found = moment_from_before(journal, TODAY)
    assert found is not None
    assert (found.entry_id, found.months, found.kind) == (entry_id, months, "reflection")
    assert found.text == "We sang in the bath."


def test_outside_the_window_is_not_about_then(journal, monkeypatch):
    _only_age(monkeypatch, 3)
    target = months_before(TODAY, 3)
    _reflection(journal, target - timedelta(days=lookback.WINDOW_DAYS + 1), "too early")
    _reflection(journal, target + timedelta(days=lookback.WINDOW_DAYS + 1), "too late")
    assert moment_from_before(journal, TODAY) is None
    inside = _reflection(journal, target + timedelta(days=lookback.WINDOW_DAYS), "just in")
    assert moment_from_before(journal, TODAY).entry_id == inside  # control: the edge counts


def test_the_nearest_to_the_day_wins(journal, monkeypatch):
    _only_age(monkeypatch, 1)
    target = months_before(TODAY, 1)
    _reflection(journal, target - timedelta(days=2), "two days before")
    near = _reflection(journal, target, "on the day")
    _reflection(journal, target + timedelta(days=1), "a day after")
    assert moment_from_before(journal, TODAY).entry_id == near


def test_a_moment_in_the_trash_never_comes_back(journal, monkeypatch):
    _only_age(monkeypatch, 6)
    target = months_before(TODAY, 6)
    gone = _reflection(journal, target, "in the trash")
    kept = _reflection(journal, target + timedelta(days=3), "still kept")
    assert moment_from_before(journal, TODAY).entry_id == gone  # control: it was chosen
    journal.delete_entry(gone)
    assert moment_from_before(journal, TODAY).entry_id == kept
    journal.delete_entry(kept)
    assert moment_from_before(journal, TODAY) is None


def test_a_repair_shows_only_how_you_came_back_together(journal, monkeypatch):
    _only_age(monkeypatch, 12)
    day = months_before(TODAY, 12)
    entry = journal.add_entry(Entry("repair", _at(day), {
        "pulled_apart": "PULLED-MARKER things got loud",
        "noticed_first": "NOTICED-MARKER her lip shook",
        "reconnected": "We sat on the floor and hugged.",
        "what_helped": "HELPED-MARKER",
        "remember": "REMEMBER-MARKER"}))
    found = moment_from_before(journal, TODAY)
    assert found.entry_id == entry.id and found.kind == "repair"
    assert found.parts == ("We sat on the floor and hugged.",)
    assert "MARKER" not in found.text


def test_a_repair_without_its_coming_back_is_skipped(journal, monkeypatch):
    _only_age(monkeypatch, 12)
    day = months_before(TODAY, 12)
    journal.add_entry(Entry("repair", _at(day), {"pulled_apart": "things got loud"}))
    assert moment_from_before(journal, TODAY) is None


def test_connection_moments_and_visits_come_back_with_their_strengths(journal, monkeypatch):
    _only_age(monkeypatch, 1)
    target = months_before(TODAY, 1)
    journal.add_entry(Entry("connection", _at(target), {
        "child_did": "She pointed at a bird.", "i_did": "I said bird.",
        "how_it_ended": ""}))
    found = moment_from_before(journal, TODAY)
    assert found.kind == "connection"
    assert found.parts == ("She pointed at a bird.", "I said bird.")
    _only_age(monkeypatch, 3)
    journal.add_entry(Entry("visit", _at(months_before(TODAY, 3)), {
        "they_noticed": "You read his cues so well.", "want_to_try": "TRY-MARKER"}))
    found = moment_from_before(journal, TODAY)
    assert (found.kind, found.text) == ("visit", "You read his cues so well.")


def test_the_first_age_tried_turns_with_the_day_and_holds_all_day(journal):
    orders = {ages_for(TODAY + timedelta(days=n)) for n in range(4)}
    assert len(orders) == 4 and all(sorted(o) == list(lookback.AGES) for o in orders)
    ids = {}
    for months in lookback.AGES:
        ids[months] = _reflection(journal, months_before(TODAY, months), f"{months} back")
    found = moment_from_before(journal, TODAY)
    assert found.entry_id == ids[ages_for(TODAY)[0]]
    assert moment_from_before(journal, TODAY) == found  # the same all day


def test_many_moments_without_words_to_show_never_hide_one_that_has_them(journal,
                                                                          monkeypatch):
    _only_age(monkeypatch, 1)
    target = months_before(TODAY, 1)
    for n in range(lookback.CANDIDATES + 5):  # nearer to the day, nothing to show
        journal.add_entry(Entry("repair", _at(target, 8 + n % 10), {"pulled_apart": "loud"}))
    kept = _reflection(journal, target + timedelta(days=2), "Bubbles in the garden.")
    assert moment_from_before(journal, TODAY).entry_id == kept
