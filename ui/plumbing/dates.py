"""One date style everywhere, from the language's locale (`QLocale()`, set on every
language switch): the long form for headings ("Tuesday, December 1, 2026") and the short
form in lists ("Tue, 12/1/26"). Every date a person sees in the app goes through here;
tests/test_ui_dates.py checks that no other ui module formats a date its own way."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

Day = dt.date | dt.datetime | QDate | QDateTime


def _qdate(day: Day) -> QDate:
    if isinstance(day, QDateTime):
        return day.date()
    if isinstance(day, QDate):
        return day
    return QDate(day.year, day.month, day.day)


def long_date(day: Day) -> str:
    """For headings: Today's date, the timeline's days, one moment's view."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


def short_date(day: Day) -> str:
    """For lists: This week, search results, backups."""
    locale, date = QLocale(), _qdate(day)
    weekday = locale.dayName(date.dayOfWeek(), QLocale.FormatType.ShortFormat)
    return f"{weekday}, {locale.toString(date, QLocale.FormatType.ShortFormat)}"


def clock_time(moment: dt.datetime | dt.time | QTime | QDateTime) -> str:
    """The clock as the language writes it ("1:05 PM", "1:05 p.m.")."""
    if isinstance(moment, QDateTime):
        moment = moment.time()
    if not isinstance(moment, QTime):
        moment = QTime(moment.hour, moment.minute)
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def long_date_pattern() -> str:
    """The long form as a pattern, for date fields the caregiver edits."""
    return QLocale().dateFormat(QLocale.FormatType.LongFormat)


def day_name(weekday: int, short: bool = False) -> str:
    """A weekday's name (Monday is 0, as Python counts), in the language: "Mon", "lun"."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(weekday + 1, kind)


def clock_time_pattern() -> str:
    """The clock as a pattern, for time fields the caregiver edits ("h:mm AP")."""
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)
