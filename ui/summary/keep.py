"""The summary being made, kept as a draft inside the encrypted journal (never a file or
the preferences), so a lock, a crash or a closed lid loses none of the caregiver's words.

The draft holds the days, the ticks, the words and the choices, Protect among them
(never the password or the PDF: a Protect that comes back asks for the password again,
ui/summary/password_box.py). It is kept when the journal locks and every few seconds
while the wizard shows (ui/shell/tabs.py `save_drafts`), and it is gone once the
summary is saved or closed on purpose. After unlock (and the next time the wizard
opens), it comes back as it was left, on the step it was on (the words step at most),
with a line that says so.
"""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QDate

from journal.errors import InvalidInput

DRAFT_KEY = "summary-wizard"  # also named in journal/transfer/export.py (never imported)
PRESETS = ("since_visit", "four_weeks", "three_months", "custom")


def draft_text(wizard) -> str | None:
    """The wizard's state as JSON, or None when there is nothing worth keeping."""
    from ui.summary.wizard import ITEMS, NOTES

    step = wizard.steps.currentIndex()
    if wizard.journal is None or wizard._saved or not (wizard._has_words() or step >= ITEMS):
        return None
    dates, notes, items = wizard.dates, wizard.notes, wizard.items
    start, end = dates.span()
    preset = next((name for name in PRESETS if getattr(dates, name).isChecked()), "custom")
    ticks = items.kept_ticks() if items.span == (start, end, wizard.ctx.lang) else None
    return json.dumps({
        "step": min(step, NOTES), "dates": preset, "start": start.isoformat(),
        "end": end.isoformat(), "ticked": sorted(ticks) if ticks is not None else None,
        "name": notes.name.text(), "shared_by": notes.sharers.text(),
        "know": notes.know.toPlainText(), "questions": notes.questions.toPlainText(),
        "lang": notes.lang.currentData(), "paper": notes.paper.currentData(),
        "second": notes.second.currentData(), "one_page": notes.one_page.isChecked(),
        "protect": notes.protect.isChecked()})


def keep(wizard) -> None:
    """Save the draft (or drop it when nothing is worth keeping), while the journal is open."""
    if wizard.journal is None or not wizard.journal.is_open:
        return
    text = draft_text(wizard)
    if text == wizard._kept:
        return  # unchanged since the last time (it is asked every few seconds)
    if text is None:
        wizard.journal.clear_draft(DRAFT_KEY)
    else:
        try:
            wizard.journal.save_draft(DRAFT_KEY, text)
        except InvalidInput:  # too long to keep in one piece: a huge list of ticks
            data = json.loads(text)
            wizard.journal.save_draft(DRAFT_KEY, json.dumps(dict(data, ticked=None)))
    wizard._kept = text


def _read(text: str) -> dict | None:
    try:
        data = json.loads(text)
        assert isinstance(data, dict)
        for key in ("name", "shared_by", "know", "questions"):
            assert isinstance(data.get(key, ""), str)
        data["start"], data["end"] = (date.fromisoformat(data[k]) for k in ("start", "end"))
        ticked = data.get("ticked")
        assert ticked is None or (isinstance(ticked, list)
                                  and all(isinstance(k, str) for k in ticked))
        assert isinstance(data.get("step", 0), int)
    except (ValueError, KeyError, TypeError, AssertionError):
        return None
    return data


def _choose(combo, data) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def restore(wizard, text: str) -> int | None:
    """Put a draft back into a wizard that was just started; the step to show, or None
    when the draft can't be read (then the wizard starts fresh and the draft stays)."""
    from ui.summary.wizard import DATES, ITEMS, NOTES

    data = _read(text)
    if data is None:
        return None
    dates, notes = wizard.dates, wizard.notes
    preset = data.get("dates")
    if preset in ("four_weeks", "three_months") or (
            preset == "since_visit" and dates.last_visit is not None):
        getattr(dates, preset).setChecked(True)  # "the last 4 weeks" counts from today
    else:
        dates.custom.setChecked(True)
        for edit, day in ((dates.start, data["start"]), (dates.end, data["end"])):
            edit.setDate(QDate(day.year, day.month, day.day))
    notes.name.setText(data.get("name", ""))
    notes.sharers.setText(data.get("shared_by", ""))
    notes.know.setPlainText(data.get("know", ""))
    notes.questions.setPlainText(data.get("questions", ""))
    for combo, key in ((notes.lang, "lang"), (notes.paper, "paper"), (notes.second, "second")):
        _choose(combo, data.get(key))
    notes.one_page.setChecked(bool(data.get("one_page")))
    if data.get("protect") is True:
        notes.choice.comes_back()  # ticked, and the password is typed again
    step = max(DATES, min(int(data.get("step", DATES)), NOTES))
    if step >= ITEMS and dates.check():
        ticked = data.get("ticked")
        wizard.items.load(wizard.journal, *dates.span(), wizard.ctx.lang, ticked)
        if ticked is None:
            step = ITEMS  # the list starts as it always does: look at the ticks again
    else:
        step = DATES
    return step


def watch(wizard) -> None:
    """A tick or a choice changed by the caregiver is something Close would lose."""
    def touched(*_args) -> None:
        wizard._touched = True

    notes = wizard.notes
    wizard.items.model.dataChanged.connect(touched)  # only a tick changes its data
    for box in (notes.one_page, notes.protect):
        box.toggled.connect(touched)
    for combo in (notes.lang, notes.paper, notes.second):
        combo.currentIndexChanged.connect(touched)
