"""One date style everywhere (issue 14 §4): the long form for headings and the short form
in lists, both from QLocale, through ui/plumbing/dates.py and nowhere else."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from test_ui_support import *  # noqa: F403 - fixtures

from ui.plumbing.dates import clock_time, long_date, short_date
from ui.plumbing.i18n import locale_for

UI = Path(__file__).resolve().parent.parent / "ui"
MOMENT = dt.datetime(2026, 12, 1, 13, 5)

# A date or time formatted by hand: a strftime, a Qt format type or pattern, a date
# shown as 2026-12-01.
OWN_WAY = re.compile(r"strftime|FormatType\.(Long|Short|Narrow)Format|dateFormat\(|"
                     r"['\"](ddd|dddd|d MMM|MMM|yyyy|M/d)|isoformat\(\)\)")


@pytest.fixture
def in_language(qapp):
    def switch(lang: str) -> None:
        QLocale.setDefault(locale_for(lang))
    yield switch
    QLocale.setDefault(locale_for("en"))


def test_long_and_short_dates_in_us_english(in_language):
    in_language("en")
    assert long_date(MOMENT) == "Tuesday, December 1, 2026"
    assert long_date(MOMENT.date()) == long_date(MOMENT)
    assert short_date(MOMENT) == "Tue, 12/1/26"
    assert clock_time(MOMENT).replace("\u202f", " ") == "1:05 PM"


def test_long_and_short_dates_in_us_spanish(in_language):
    in_language("es")
    assert long_date(MOMENT) == "martes, 1 de diciembre de 2026"
    assert short_date(MOMENT) == "mar, 1/12/2026"
    assert clock_time(MOMENT).replace("\u202f", " ") == "1:05 p.m."


def own_way_of_formatting() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        if path.name == "dates.py" and path.parent.name == "plumbing":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if OWN_WAY.search(line):
                found.setdefault(str(path.relative_to(UI)), []).append(f"{number}: {line}")
    return found


def test_the_check_finds_a_date_formatted_another_way(tmp_path):
    """Control: the pattern catches the ways dates used to be written."""
    for line in ("locale.toString(d, QLocale.FormatType.LongFormat)",
                 "f\"{locale.toString(when.date(), 'ddd d MMM yyyy')}\"",
                 "day.strftime('%x')", "edit.setDisplayFormat(locale.dateFormat(x))"):
        assert OWN_WAY.search(line), line
    assert not OWN_WAY.search("long_date(entry.happened_at)")


def test_no_ui_module_formats_dates_another_way():
    assert own_way_of_formatting() == {}


def test_the_lists_and_headings_use_the_two_forms(qtbot, open_window):
    from ui.moments.models import day_heading, when_text
    assert day_heading(MOMENT) == long_date(MOMENT)  # the timeline's day headings
    assert when_text(MOMENT) == f"{short_date(MOMENT)}, {clock_time(MOMENT)}"  # lists
    today = open_window.shell.today
    assert today.date_label.text().lower() == long_date(open_window.ctx.clock.today()).lower()
