"""Meet families where they are: Spanish complete, names for screen readers, text that
fits at 200% and in pseudo-localisation, errors said in words, the keys list.

Most checks walk every screen with ui/tour.py (first run, today, both moment forms,
timeline, search, a moment, trash, people, settings, my data, keys, every wizard step,
unlock) and look at what is showing at each stop.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import make_window

from journal.records import vocabulary
from tools import screen_checks
from tools.tour import SAMPLES, tour

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "ui" / "translations" / "small_moments_es.ts"


def ts_messages(path: Path = TS) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot():
        for message in context.findall("message"):
            out[(context.findtext("name") or "", message.findtext("source") or "")] = message
    return out


def walk(qtbot, ctx, check) -> dict[str, list[str]]:
    """Run `check(window)` at every stop of the tour; {screen: problems} for any found."""
    window = make_window(qtbot, ctx)
    problems = {}
    for screen in tour(window, ctx):
        found = check(window)
        if found:
            problems[screen] = found
    return problems


# -- (a) the .ts file: complete, and holding every string the code asks for --------------


def test_spanish_ts_has_no_unfinished_obsolete_or_empty_entries():
    bad = []
    for key, message in ts_messages().items():
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else "missing"
        if kind or translation is None or not (translation.text or "").strip():
            bad.append((key, kind))
    assert bad == []


def test_every_string_in_the_code_is_in_the_spanish_ts(tmp_path):
    """lupdate the code into a copy of the .ts: nothing new may appear, nothing vanish."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "copy.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([tool, "-locations", "none", *sources, "-ts", str(copy)], check=True,
                   capture_output=True)
    now, before = ts_messages(copy), ts_messages()
    new = [key for key in now if key not in before]
    gone = [key for key, m in now.items()
            if m.find("translation").get("type") in ("obsolete", "vanished")]
    unfinished = [key for key, m in now.items()
                  if m.find("translation").get("type") == "unfinished"]
    assert new == [] and unfinished == [], "run ui/translations/refresh.py and translate"
    assert gone == [], "strings no longer in the code: run ui/translations/refresh.py"


def compile_qm(ts: Path, out: Path) -> bytes:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    assert tool is not None, "pyside6-lrelease ships with PySide6; it must be there"
    subprocess.run([tool, str(ts), "-qm", str(out)], check=True, capture_output=True)
    return out.read_bytes()


def test_the_committed_qm_is_the_ts_compiled(tmp_path):
    """Compile the .ts here and compare byte for byte (file times mean nothing after a
    checkout): a .ts edited without running ui/translations/refresh.py fails."""
    committed = TS.with_suffix(".qm").read_bytes()
    assert compile_qm(TS, tmp_path / "now.qm") == committed, \
        "run ui/translations/refresh.py to rebuild the .qm"
    edited = tmp_path / "edited.ts"  # control: one changed translation is seen
    text = TS.read_text(encoding="utf-8")
    edited.write_text(text.replace("<translation>", "<translation>¡", 1), encoding="utf-8")
    assert compile_qm(edited, tmp_path / "edited.qm") != committed


# -- (b) nothing English on screen in Spanish; nothing skips translation ---------------------


def english_words() -> set[str]:
    """English texts that have a different Spanish version (UI strings and vocabulary)."""
    out = set()
    for (_context, source), message in ts_messages().items():
        translation = message.findtext("translation") or ""
        if translation != source:
            out.add(source)
            out.add(source.replace("&", ""))
    for word in vocabulary.BY_KEY.values():
        if word.label("en") != word.label("es"):
            out.add(word.label("en"))
    return out


def test_every_screen_is_in_spanish(qtbot, ctx):
    ctx.prefs.language = "es"
    ctx.languages.switch("es")
    english = english_words()
    problems = walk(qtbot, ctx, lambda w: sorted(
        {t for t in screen_checks.texts(w) if t in english or t.replace("&", "") in english}))
    assert problems == {}


KEY_NAMES = {"Ctrl", "Shift", "Tab", "Enter", "Esc"}  # Qt's own words for keys
SAMPLE_WORDS = KEY_NAMES | {"Small Moments", "English", "Español", "Bean", "Grandma Rosa",
                            "Maria and Leo", "Sunday dinners and stories", "Handed me a spoon.",
                            "Mine"}  # a journal's name: the caregiver's own words
PSEUDO = re.compile(r"\[[^\]]*\]")


def english_left(text: str) -> list[str]:
    """English words outside any pseudo-localised [ … ] piece (they skipped translation)."""
    rest = PSEUDO.sub(" ", text)
    for sample in SAMPLE_WORDS | {v for _k, d in SAMPLES for v in d.values()}:
        rest = rest.replace(sample, " ")
    rest = re.sub(r"https?://\S+|\S+@\S+|/\S+|\b[A-Z]{2,}\b", " ", rest)  # links, paths, PDF
    rest = re.sub(r"\b\w{4}(?:-\w{4})+\b|\b(?=\w*\d)\w+\b", " ", rest)  # codes, numbers
    return re.findall(r"[A-Za-z]{3,}", rest)


def core_words() -> set[str]:
    """Words the core and the prompt library give in the caregiver's language (as data,
    not through Qt): summary wording, the export warning, the sources page."""
    import prompts as prompt_library
    from journal.summary import text as summary_text
    from journal.transfer import export

    out = {export.EXPORT_WARNING["en"], prompt_library.sources_title("en"),
           prompt_library.sources_text("en")}
    out |= {line.strip() for line in prompt_library.sources_text("en").splitlines() if line.strip()}
    for template in summary_text.TEXT["en"].values():
        out |= {piece for piece in re.split(r"\{\w+\}", template) if len(piece.strip()) > 4}
    return out


def test_in_pseudo_language_every_string_goes_through_translation(qtbot, ctx):
    """Pseudo-localisation brackets every translated string; anything else skipped tr()."""
    ctx.languages.pseudo = True
    ctx.languages.switch("en")
    try:
        locale_words = set()
        from PySide6.QtCore import QLocale

        locale = QLocale()
        for n in range(1, 13):
            locale_words |= {locale.monthName(n), locale.standaloneMonthName(n),
                             locale.monthName(n, QLocale.FormatType.ShortFormat)}
        for n in range(1, 8):
            locale_words |= {locale.dayName(n), locale.dayName(n, QLocale.FormatType.ShortFormat)}
        vocab = {w.label("en") for w in vocabulary.BY_KEY.values()}
        library = ctx.prompt_library()
        prompts = {p.en for p in library} | {p.follow_up_en for p in library if p.follow_up_en}
        # prompts say the tour's child by name ("When did Bean look up at you?")
        prompts |= {p.text("en", "Bean") for p in library}
        prompts |= {p.follow_up("en", "Bean") for p in library if p.follow_up_en}
        prompts |= core_words()

        def check(window):
            found = set()
            for text in screen_checks.texts(window):
                for known in sorted(vocab | prompts | locale_words | SAMPLE_WORDS, key=len,
                                    reverse=True):
                    text = text.replace(known, " ")
                found |= set(english_left(text))
            return sorted(found)

        assert walk(qtbot, ctx, check) == {}
    finally:
        ctx.languages.pseudo = False
        ctx.languages.switch("en")


# -- (c) every control has a name a screen reader can say ------------------------------------


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_control_has_a_name_and_no_two_share_an_alt_key(qtbot, ctx, lang):
    """Names come from Qt's accessibility layer (accessible name, button text or buddy
    label); an Alt+letter shared by two showing things only reaches the first."""
    ctx.prefs.language = lang
    ctx.languages.switch(lang)
    assert walk(qtbot, ctx, lambda w: screen_checks.unnamed_controls(w)
                + screen_checks.mnemonic_clashes(w)) == {}


# -- text fits: 200% in both languages, pseudo-localisation ----------------------------------


@pytest.mark.parametrize("name", ["pseudo", "en200", "es200", "en100", "es100"])
def test_no_text_is_clipped_on_any_screen(qapp, tmp_path, name):
    """Nothing clipped and no two widgets overlapping (en100, es100: at 100% on a
    1366×720 and a 1366×768 laptop screen, where the words step once overlapped)."""
    from tools.screenshots_sets import run_set

    problems = run_set(name, tmp_path / name)
    assert problems == []


# -- errors are said in words, in a label tied to the field ---------------------------------


def described(field) -> str:
    return field.accessibleDescription()


def test_first_run_mismatch_is_said_next_to_the_field(qtbot, ctx):
    window = make_window(qtbot, ctx)
    fields = window.first_run.fields
    window.first_run._go(1)
    fields.passphrase.setText("a quiet morning walk")
    fields.confirm.setText("a quiet morning")
    assert fields.match.isVisible() and "don't match" in fields.match.text()
    assert fields.match.text() in described(fields.confirm)
    assert fields.match.buddy() is fields.confirm
    fields.confirm.setText("a quiet morning walk")
    assert "match" in fields.match.text() and "don't" not in described(fields.confirm)


def test_wrong_passphrase_is_said_in_words_tied_to_the_field(qtbot, ctx, made_journal):
    window = make_window(qtbot, ctx)
    page = window.unlock_page
    page.passphrase.setText("not it")
    page.unlock()
    qtbot.waitUntil(lambda: not page.working, timeout=10000)
    assert page.message.isVisible()
    assert "doesn't open" in page.message.text()
    assert page.message.text() in described(page.passphrase)
    assert page.passphrase.hasFocus()


def test_an_empty_name_is_said_under_the_name_box(qtbot, open_window):
    people = open_window.shell.people
    open_window.shell.tabs.setCurrentWidget(people)
    people.nickname.setText("  ")
    people.save()
    assert people.problem.isVisible() and "Add a name" in people.problem.text()
    assert people.problem.text() in described(people.nickname)
    assert people.nickname.hasFocus()
    people.nickname.setText("Abuela")
    people.save()
    assert not people.problem.isVisible() and described(people.nickname) == ""


# -- the keys that help ---------------------------------------------------------------------


def test_f1_lists_the_keys_and_esc_goes_back(qtbot, open_window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    shell = open_window.shell
    shell.today.editor.setFocus()
    QTest.keyClick(shell.today.editor, Qt.Key.Key_F1)
    help_page = open_window.help_page
    assert open_window.stack.currentWidget() is help_page
    text = help_page.plain_text()
    for keys in ("Ctrl+L", "Ctrl+Shift+H", "Ctrl+1", "Ctrl+2", "Ctrl+F", "Ctrl+Shift+S"):
        assert keys in text
    QTest.keyClick(help_page.table, Qt.Key.Key_Escape)
    assert open_window.stack.currentWidget() is shell
    assert shell.today.editor.hasFocus()
    shell.tabs.setCurrentWidget(shell.settings)
    shell.settings.keys_button.setFocus()
    QTest.keyClick(shell.settings.keys_button, Qt.Key.Key_Space)
    assert open_window.stack.currentWidget() is help_page


def test_the_keys_list_is_in_spanish(qtbot, ctx, made_journal):
    ctx.prefs.language = "es"
    ctx.languages.switch("es")
    window = make_window(qtbot, ctx)
    window.show_help()
    assert "Bloquea tu diario" in window.help_page.plain_text()
    assert window.help_page.title.text() == "Teclas que ayudan"


# -- the look: light or dark as the system says, high contrast, nothing by colour alone ----


@pytest.mark.parametrize("look", ["dark", "light-contrast", "dark-contrast"])
def test_the_look_follows_the_system_scheme_and_contrast(qapp, ctx, monkeypatch, look):
    from PySide6.QtGui import QPalette

    from ui.plumbing.theme import PALETTES, apply_theme, system_look

    monkeypatch.setenv("SMALL_MOMENTS_LOOK", look)
    assert system_look(qapp) == look
    apply_theme(qapp, 150)
    window = qapp.palette().color(QPalette.ColorRole.Window).name()
    assert window == PALETTES[look]["cream"]
    assert PALETTES[look]["ink"] in qapp.styleSheet()
    assert qapp.font().pointSizeF() == pytest.approx(16.5)


def contrast(a: str, b: str) -> float:
    def lum(color: str) -> float:
        parts = [int(color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in parts]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((lum(a), lum(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("look", ["light", "dark", "light-contrast", "dark-contrast"])
def test_text_keeps_enough_contrast_in_every_look(look):
    from ui.plumbing.theme import PALETTES

    c = PALETTES[look]
    need = 7 if "contrast" in look else 4.5
    for ink, ground in (("ink", "cream"), ("ink", "paper"), ("soft", "cream"),
                        ("accent_ink", "accent"), ("ink", "message"), ("link", "cream"),
                        ("ink", "accent_soft")):
        assert contrast(c[ink], c[ground]) >= need, (ink, ground)


def test_no_text_size_in_pixels_and_ticked_chips_show_a_mark():
    from ui.plumbing import theme
    from ui.widgets import chips

    for path in (ROOT / "ui").rglob("*.py"):
        assert not re.search(r"font-size:\s*\d+px|setPixelSize", path.read_text()), path
    assert "pt" in theme._STYLE and chips.CHECK == "\u2713"
