"""Every word a caregiver reads: Spanish complete, language rules kept, switch is live."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, make_window, unlock

import prompts

TS = Path(__file__).resolve().parent.parent / "ui" / "translations" / "small_moments_es.ts"


def _messages() -> list[tuple[str, str, str]]:
    out = []
    for context in ET.parse(TS).getroot():
        name = context.findtext("name")
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            status = translation.get("type", "")
            out.append((name, message.findtext("source") or "", translation.text or "",
                        status))
    return out


def test_every_ui_string_has_a_finished_spanish_translation():
    messages = _messages()
    assert len(messages) > 150
    missing = [(c, s) for c, s, t, status in messages if not t or status]
    assert missing == []  # the .qm is compared with the compiled .ts in test_ui_access.py


def test_ui_words_follow_the_language_rules():
    problems = []
    for context, source, translation, _ in _messages():
        for text, lang in ((source, "en"), (translation, "es")):
            plain = text.replace("&", "")
            found = prompts.find_avoided(plain, lang) + prompts.find_instrument_names(plain)
            if found:
                problems.append((context, text, found))
    assert problems == []


def test_spanish_keeps_placeholders_and_uses_tu():
    for _context, source, translation, _ in _messages():
        assert re.findall(r"%\d", source) == re.findall(r"%\d", translation)
        assert not re.search(r"\busted\b", translation, re.IGNORECASE)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_core_error_messages_are_kind_in_both_languages(qapp, ctx, lang):
    import journal.errors as errors
    from ui.plumbing.i18n import error_text

    ctx.languages.switch(lang)
    types = [errors.WrongPassphrase, errors.WrongRecoveryCode, errors.RecoveryCodeTypo,
             errors.KeyFileMissing, errors.KeyFileDamaged, errors.JournalDamaged,
             errors.JournalTooNew, errors.InvalidInput, errors.JournalError, RuntimeError]
    texts = [error_text(kind(), lang) for kind in types]
    assert len(set(texts)) == len(texts)
    for text in texts:
        assert prompts.find_avoided(text, lang) == []


def test_first_run_language_choice_applies_at_once(qtbot, ctx):
    window = make_window(qtbot, ctx)
    page = window.first_run
    page.spanish.setChecked(True)
    assert ctx.prefs.language == "es"
    assert page.welcome_title.text() == "Te damos la bienvenida a Small Moments"
    assert page.start_button.text() == "&Empezar"
    assert window.windowTitle() == "Small Moments"
    page.english.setChecked(True)
    assert page.welcome_title.text() == "Welcome to Small Moments"


def test_passphrase_cannot_be_brought_back_with_undo_after_a_lock(qtbot, ctx, made_journal):
    window = make_window(qtbot, ctx)
    unlock(qtbot, window, PASSPHRASE)
    window.lock()
    field = window.unlock_page.passphrase
    assert field.text() == "" and not field.isUndoAvailable()
    field.undo()
    assert field.text() == ""


def test_quick_hide_during_first_run_hides_the_recovery_code(qtbot, ctx):
    window = make_window(qtbot, ctx)
    page = window.first_run
    page._go(1)
    page.fields.passphrase.setText(PASSPHRASE)
    page.fields.confirm.setText(PASSPHRASE)
    page.create()
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 2, timeout=10000)
    code = page.code_view.code_label.text()
    journal = page.journal
    window.quick_hide()
    assert window.state == "locked" and not journal.is_open
    from test_ui_support import flush_deletes, visible_texts

    flush_deletes()
    assert not any(code in text for text in visible_texts())
    unlock(qtbot, window, PASSPHRASE)
    assert window.state == "open"
