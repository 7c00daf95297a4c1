"""Choosing today's prompt: same all day, no repeats, kinds rotate, age and focus respected."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from prompts import (
    KINDS,
    NO_REPEAT_DAYS,
    STATUSES,
    HistoryItem,
    age_band_for,
    bands_for,
    choose_another,
    choose_today,
    current_prompt_id,
    load_library,
    show_another,
)

LIBRARY = load_library()
START = date(2025, 1, 1)
ROOT = Path(__file__).resolve().parent.parent


class FixedClock:
    def __init__(self, day: date):
        self.day = day

    def today(self) -> date:
        return self.day


def simulate(days: int, *, bands=None, focus=None, start=START, births=None, skip_every=0):
    """One prompt a day for `days` days; returns (history, [(day, prompt)])."""
    history: list[HistoryItem] = []
    shown = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        day_bands = bands if births is None else bands_for(births, day)
        prompt = choose_today(LIBRARY, day, history, child_bands=day_bands, focus=focus)
        history.append(HistoryItem.shown(prompt.id, day))
        if skip_every and offset % skip_every == 0:
            other, records = show_another(
                LIBRARY, day, history, prompt.id, child_bands=day_bands, focus=focus
            )
            history.extend(records)
            shown.append((day, prompt))
            prompt = other
        shown.append((day, prompt))
    return history, shown


def repeats_within(shown, days=NO_REPEAT_DAYS):
    last: dict[str, date] = {}
    repeats = []
    for day, prompt in shown:
        if prompt.id in last and (day - last[prompt.id]).days < days and day != last[prompt.id]:
            repeats.append((prompt.id, last[prompt.id], day))
        last[prompt.id] = day
    return repeats


def windows_missing_a_kind(shown, width=10):
    by_day: dict[date, set[str]] = {}
    for day, prompt in shown:
        by_day.setdefault(day, set()).add(prompt.kind)
    days = sorted(by_day)
    missing = []
    for i in range(len(days) - width + 1):
        kinds = set().union(*(by_day[d] for d in days[i : i + width]))
        if kinds != set(KINDS):
            missing.append((days[i], set(KINDS) - kinds))
    return missing


BAND_SETTINGS = [None, {"0-6m"}, {"6-12m"}, {"12-24m"}, {"24-36m"}, {"3-5y"}, {"0-6m", "3-5y"}]


# ---------------------------------------------------------------- same prompt all day


def test_same_prompt_all_day_and_a_new_one_tomorrow():
    first = choose_today(LIBRARY, START)
    assert choose_today(LIBRARY, START) == first  # deterministic with no history
    history = [HistoryItem.shown(first.id, START)]
    assert choose_today(LIBRARY, START, history) == first
    assert choose_today(LIBRARY, START, [*history, HistoryItem.answered(first.id, START)]) == first
    tomorrow = choose_today(LIBRARY, START + timedelta(days=1), history)
    assert tomorrow != first


def test_todays_prompt_is_kept_even_if_settings_change_during_the_day():
    first = choose_today(LIBRARY, START, child_bands={"0-6m"})
    history = [HistoryItem.shown(first.id, START)]
    assert choose_today(LIBRARY, START, history, child_bands={"3-5y"}, focus="knowledge") == first


def test_clock_objects_datetimes_and_plain_tuples_are_accepted():
    history = [(START, "con-001", "shown")]
    assert choose_today(LIBRARY, START, [("2025-01-01", "con-001", "shown")]).id == "con-001"
    assert choose_today(LIBRARY, FixedClock(START), history).id == "con-001"
    assert choose_today(LIBRARY, datetime(2025, 1, 1, 23, 59), history).id == "con-001"
    assert current_prompt_id(history, START) == "con-001"
    assert current_prompt_id(history, START + timedelta(days=1)) is None


def test_history_from_a_later_date_is_ignored():
    """If the computer's clock goes back, future history does not pin today's prompt."""
    later = [HistoryItem.shown("con-001", START + timedelta(days=5))]
    assert choose_today(LIBRARY, START, later) == choose_today(LIBRARY, START)


def test_choice_is_pinned_by_the_date_not_by_python_hash_seeds():
    script = (
        "from datetime import date, timedelta\n"
        "from prompts import HistoryItem, choose_today, load_library\n"
        "lib = load_library(); h = []\n"
        "for i in range(15):\n"
        "    d = date(2025, 3, 1) + timedelta(days=i)\n"
        "    p = choose_today(lib, d, h, child_bands={'12-24m'}, focus='naming')\n"
        "    h.append(HistoryItem.shown(p.id, d))\n"
        "print(','.join(x.prompt_id for x in h))\n"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        result = subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.add(result.stdout.strip())
    assert len(outputs) == 1
    history = []
    for i in range(15):
        day = date(2025, 3, 1) + timedelta(days=i)
        prompt = choose_today(LIBRARY, day, history, child_bands={"12-24m"}, focus="naming")
        history.append(HistoryItem.shown(prompt.id, day))
    assert outputs == {",".join(item.prompt_id for item in history)}


# ---------------------------------------------------------------- over a simulated year


@pytest.mark.parametrize("bands", BAND_SETTINGS, ids=str)
def test_a_year_without_repeats_within_30_days_and_every_kind_in_every_10_days(bands):
    _, shown = simulate(365, bands=bands)
    assert repeats_within(shown) == []
    assert windows_missing_a_kind(shown) == []


@pytest.mark.parametrize("bands", [None, {"0-6m"}, {"3-5y"}], ids=str)
def test_kinds_share_the_days_fairly(bands):
    _, shown = simulate(100, bands=bands)
    counts = {kind: sum(p.kind == kind for _, p in shown) for kind in KINDS}
    assert min(counts.values()) >= 18, counts  # five kinds, 100 days: about 20 each


def test_a_year_with_some_skips_still_has_no_repeats():
    history, shown = simulate(365, bands={"12-24m"}, skip_every=3)
    assert repeats_within(shown) == []
    assert {item.status for item in history} <= set(STATUSES)
    assert any(item.status == "skipped" for item in history)


def test_a_growing_child_moves_through_the_bands():
    births = [(2024, 11)]  # 2 months old at the start, about 14 months at the end
    _, shown = simulate(365, births=births)
    assert repeats_within(shown) == []
    assert windows_missing_a_kind(shown) == []
    for day, prompt in shown:
        band = age_band_for(births[0], day)
        assert prompt.suits_band(band), (day, band, prompt.id)


def test_a_four_month_old_never_gets_a_three_to_five_year_prompt():
    birth = (2025, 1)
    start = date(2025, 5, 1)
    assert age_band_for(birth, start) == "0-6m"
    history: list[HistoryItem] = []
    offered = []
    for offset in range(30):  # all of May: still 4 months old
        day = start + timedelta(days=offset)
        bands = bands_for([birth], day)
        prompt = choose_today(LIBRARY, day, history, child_bands=bands)
        history.append(HistoryItem.shown(prompt.id, day))
        offered.append(prompt)
        for _ in range(3):  # "show me another", three times a day
            prompt, records = show_another(LIBRARY, day, history, prompt.id, child_bands=bands)
            history.extend(records)
            offered.append(prompt)
    assert all("3-5y" not in p.bands for p in offered)
    assert all(p.suits_band("0-6m") for p in offered)


def test_no_child_or_no_age_gives_prompts_for_any_age():
    _, shown = simulate(60, bands=None)
    assert all(p.for_any_age for _, p in shown)
    assert choose_today(LIBRARY, START, child_bands=set()).for_any_age
    assert choose_today(LIBRARY, START, child_bands={"not-a-band"}).for_any_age


def test_several_children_get_prompts_for_either_age():
    _, shown = simulate(120, bands={"0-6m", "3-5y"})
    assert all(p.suits_bands({"0-6m", "3-5y"}) for _, p in shown)
    assert any("0-6m" in p.bands for _, p in shown)
    assert any("3-5y" in p.bands for _, p in shown)


# ---------------------------------------------------------------- focus


def test_a_focus_is_respected_then_falls_back_without_repeating():
    focus = "social_connections"
    matching = [p for p in LIBRARY if p.focus == focus and p.suits_band("6-12m")]
    _, shown = simulate(60, bands={"6-12m"}, focus=focus)
    first = [p for _, p in shown[: len(matching)]]
    assert all(p.focus == focus for p in first)
    assert {p.id for p in first} == {p.id for p in matching}
    assert repeats_within(shown) == []  # after the focus runs out: other prompts, no repeats


def test_an_unknown_focus_is_ignored_and_never_leaves_the_caregiver_empty_handed():
    assert choose_today(LIBRARY, START, focus="no-such-focus") == choose_today(LIBRARY, START)
    # Everything in the pool was seen lately: still a prompt, the one seen longest ago.
    pool = [p for p in LIBRARY if p.suits_band("3-5y")]
    history = [
        HistoryItem.shown(p.id, START - timedelta(days=len(pool) - i)) for i, p in enumerate(pool)
    ]
    assert choose_today(LIBRARY, START, history, child_bands={"3-5y"}) == pool[0]


# ---------------------------------------------------------------- show me another


def test_show_me_another_gives_a_different_prompt_and_records_a_skip():
    today_prompt = choose_today(LIBRARY, START)
    history = [HistoryItem.shown(today_prompt.id, START)]
    other, records = show_another(LIBRARY, START, history, today_prompt.id)
    assert other is not None and other.id != today_prompt.id
    assert records == (
        HistoryItem(START, today_prompt.id, "skipped"),
        HistoryItem(START, other.id, "shown"),
    )
    assert "failed" not in STATUSES and "skipped" in STATUSES
    history.extend(records)
    # The new prompt is now today's prompt, for the rest of the day.
    assert choose_today(LIBRARY, START, history) == other
    assert choose_another(LIBRARY, START, history[:1], today_prompt.id) == other


def test_show_me_another_again_and_again_does_not_circle_back_while_it_can():
    history: list[HistoryItem] = []
    prompt = choose_today(LIBRARY, START, history, child_bands={"24-36m"})
    history.append(HistoryItem.shown(prompt.id, START))
    seen = [prompt.id]
    for _ in range(40):
        prompt, records = show_another(LIBRARY, START, history, prompt.id, child_bands={"24-36m"})
        history.extend(records)
        seen.append(prompt.id)
    assert len(set(seen)) == len(seen)
    assert len({LIBRARY[pid].kind for pid in seen[:5]}) == 5  # the next kind each time


def test_a_skipped_prompt_is_not_offered_again_the_same_day():
    first = choose_today(LIBRARY, START)
    history = [HistoryItem.shown(first.id, START), HistoryItem.skipped(first.id, START)]
    assert current_prompt_id(history, START) is None
    again = choose_today(LIBRARY, START, history)
    assert again.id != first.id


def test_tiny_libraries_never_come_back_empty(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    entry = (
        '[[prompt]]\nid = "{id}"\nkind = "village"\nfocus = "knowledge"\n'
        'bands = ["3-5y"]\nen = "Who helps?"\nes = "¿Quién ayuda?"\n'
    )
    (folder / "one.toml").write_text("schema = 1\n" + entry.format(id="vil-001"), "utf-8")
    one = load_library(folder)
    # Nothing fits a baby and nothing is for any age: the whole library is the fallback.
    assert choose_today(one, START, child_bands={"0-6m"}).id == "vil-001"
    assert choose_another(one, START, [], "vil-001") is None
    prompt, records = show_another(one, START, [], "vil-001")
    assert prompt is None and records == (HistoryItem.skipped("vil-001", START),)
    (folder / "one.toml").write_text(
        "schema = 1\n" + entry.format(id="vil-001") + entry.format(id="vil-002"), "utf-8"
    )
    two = load_library(folder)
    history = [HistoryItem.shown("vil-001", START)]
    assert choose_another(two, START, history, "vil-001").id == "vil-002"
    history += [HistoryItem.skipped("vil-001", START), HistoryItem.shown("vil-002", START)]
    assert choose_another(two, START, history, "vil-002").id == "vil-001"


# ---------------------------------------------------------------- age bands


@pytest.mark.parametrize(
    ("birth", "today", "band"),
    [
        (None, date(2025, 6, 1), None),
        ((2025, 6), date(2025, 6, 1), "0-6m"),
        ((2025, 1), date(2025, 6, 30), "0-6m"),
        ((2025, 1), date(2025, 7, 1), "6-12m"),
        ((2024, 7), date(2025, 6, 30), "6-12m"),
        ((2024, 6), date(2025, 6, 1), "12-24m"),
        ((2023, 7), date(2025, 6, 1), "12-24m"),
        ((2023, 6), date(2025, 6, 1), "24-36m"),
        ((2022, 6), date(2025, 6, 1), "3-5y"),
        ((2019, 7), date(2025, 6, 1), "3-5y"),
        ((2019, 6), date(2025, 6, 1), None),  # six and older: prompts for any age
        ((2025, 7), date(2025, 6, 1), None),  # not born yet
        (date(2025, 1, 20), date(2025, 7, 19), "0-6m"),  # a full date counts the day
        (date(2025, 1, 20), date(2025, 7, 20), "6-12m"),
    ],
)
def test_age_band_for(birth, today, band):
    assert age_band_for(birth, today) == band
    assert age_band_for(birth, FixedClock(today)) == band


def test_bands_for_several_children_and_bad_months():
    assert bands_for([(2025, 5), None, (2022, 1)], date(2025, 6, 1)) == {"0-6m", "3-5y"}
    assert bands_for([], date(2025, 6, 1)) == set()
    with pytest.raises(ValueError):
        age_band_for((2025, 13), date(2025, 6, 1))


def test_history_items_only_take_known_statuses():
    with pytest.raises(ValueError):
        HistoryItem(START, "con-001", "failed")
    with pytest.raises(TypeError):
        HistoryItem(datetime(2025, 1, 1), "con-001")  # type: ignore[arg-type]
    assert HistoryItem.skipped("con-001", FixedClock(START)).status == "skipped"
