"""The Spanish glossary (issue 23, ../shared/SPANISH.md), held by tests.

One word per idea, as families in the US say it: "Bloquear" for lock and "Cerrar" only
for close; "respaldo" for a backup and "copia" only for an export; "tu peque" for the
child ("tu bebé" only in prompts for babies under a year); "alejarse" / "volver a
encontrarse" for repair; US key names (Shift, Enter, Delete), "mouse", "Presiona";
quotes “ ”; no slash forms ("Cansado/a"); dates and times in US Spanish ("1:05 p.m.").

Every Spanish text a family reads is scanned: the UI strings (small_moments_es.ts), the
prompts, the built-in words, README.es.md and the summary's own texts.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

from test_ui_support import *  # noqa: F403 - fixtures

from journal.records import vocabulary
from prompts import load_library

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "ui" / "translations" / "small_moments_es.ts"

# (what the glossary replaced, as a pattern) -> what to say instead
REPLACED: dict[str, str] = {
    r"\bidas? y vueltas?\b": "“veces que se respondieron” / “por turnos”",
    r"\bMayús(culas)?\b": "Shift",
    r"\bIntro\b": "Enter",
    r"\bSupr(imir)?\b": "Delete",
    r"\bratón\b": "mouse",
    r"\bpulsa(r|s)?\b": "Presiona",
    r"\bniño o niña\b": "tu peque",
    r"\bpequeño o pequeña\b": "tu peque",
    r"[a-záéíóúñ]/(a|as|os)\b": "a form without a slash (“Con cansancio”)",
    r"\bpuntajes?\b": "say what is counted, not a score",
    r"[«»]": "“ ”",
    r"\bcerrad[oa]s?\b": "bloqueado (or “protegido con tu frase de acceso”)",
    r"\bse cierra solo\b": "se bloquea solo",
    r"\bcopias? de seguridad\b": "respaldo",
    r"\bsepar(ó|aron|ar|a|an)\b": "alejarse",
    r"\bal mismo paso\b": "no se entendían / volver a entenderse",
    r"\bvolver a conectar\b": "volver a encontrarse",
    r"\bcamino de vuelta\b": "volver a encontrarse",
    r"\bse inclina hacia\b": "va a tratar más de",
    r"\bsubió el volumen\b": "las cosas se pusieron tensas",
    r"\bnació en\s*:": "Mes y año en que nació:",
    r"^&?papel:": "¿Quién es?",
    r"\ba quien tú confíes\b": "alguien de tu confianza",
    r"\bcómo se sintió\b": "Cómo te sentiste",
    r"\bnotar\b": "fijarse en",
    r"\bred de apoyo\b": "Mi gente / Nuestra gente",
    r"\btu círculo\b": "tu gente",
    r"\bquiero que sepas\b": "quiero que sepan",
    r"\bmás nuevos?\b|\bmás nuevas?\b": "más reciente",
}
# Only in the UI: the words for what the buttons do.
REPLACED_IN_UI: dict[str, str] = {
    r"\bdev(olver|uelve|uélve)\w*\b": "Recuperar (a moment) / Volver a agregar (a person)",
    r"\btraer\b": "Agregar momentos de un archivo",
    r"\bnotas?\b": "momento",
    r"\bfiltros?\b": "opciones",
    r"\bconteos?\b": "números",
    r"\baplicación\b": "programa",
    r"\bbebé\b": "tu peque (the app covers 0 to 5 years)",
}
ALLOWED_IN_UI = ("tu bebé o tu peque",)  # the About text names both


def replaced_terms(text: str, table: dict[str, str] = REPLACED) -> list[str]:
    """Each replaced term `text` uses, with what the glossary says instead."""
    return [f"{re.search(pattern, text, re.I | re.M).group(0)!r} -> {instead}"
            for pattern, instead in table.items() if re.search(pattern, text, re.I | re.M)]


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def ui_messages() -> list[tuple[str, str, str]]:
    """(context, English, Spanish) for every UI string, mnemonics taken out."""
    out = []
    for context in ET.parse(TS).getroot():
        for message in context.findall("message"):
            out.append((context.findtext("name") or "", plain(message.findtext("source") or ""),
                        plain(message.findtext("translation") or "")))
    return out


def prompt_texts() -> dict[str, str]:
    out = {}
    for prompt in load_library():
        out[prompt.id] = prompt.es
        if prompt.follow_up_es:
            out[f"{prompt.id} follow-up"] = prompt.follow_up_es
    return out


def summary_texts() -> dict[str, str]:
    from journal.summary import text as summary_text

    return dict(summary_text.TEXT["es"])


# ---------------------------------------------------------------- the scanner itself


def test_the_scanner_finds_each_kind_of_replaced_term():
    """Control: text written the old way is caught, the glossary's way is not."""
    old = ("Pulsa Ctrl+Mayús+Intro. ¿Cuántas idas y vueltas hubo? Cansado/a. «Hola». "
           "Tu niño o niña. Tu diario está cerrado. Copias de seguridad. ¿Qué los separó?")
    found = " ".join(replaced_terms(old))
    for term in ("Pulsa", "Mayús", "Intro", "idas y vueltas", "o/a", "«", "niño o niña",
                 "cerrado", "Copias de seguridad", "separó"):
        assert term in found, term
    new = ("Presiona Ctrl+Shift+Enter. ¿Cuántas veces se respondieron? Con cansancio. "
           "“Hola”. Tu peque. Tu diario está bloqueado. Respaldos. ¿Qué los alejó? "
           "Dásela por separado. Bloquear. Cerrar sin guardar.")
    assert replaced_terms(new) == []
    assert replaced_terms("Se agregó 1 nota. Devolver.", REPLACED_IN_UI)
    assert replaced_terms("Anota uno. Recuperar.", REPLACED_IN_UI) == []


# ---------------------------------------------------------------- every Spanish text


def test_ui_strings_use_the_glossary():
    table = REPLACED | REPLACED_IN_UI
    found = {}
    for context, _english, spanish in ui_messages():
        text = spanish
        for allowed in ALLOWED_IN_UI:
            text = text.replace(allowed, "")
        hits = replaced_terms(text, table)
        if hits:
            found[f"{context}: {spanish[:60]}"] = hits
    assert found == {}


def test_prompts_use_the_glossary():
    found = {pid: hits for pid, text in prompt_texts().items() if (hits := replaced_terms(text))}
    assert found == {}


def test_prompts_say_tu_bebe_only_for_babies_and_tu_peque_after():
    baby = {"0-6m", "6-12m"}
    wrong = []
    for prompt in load_library():
        texts = f"{prompt.es} {prompt.follow_up_es or ''}".lower()
        is_baby = set(prompt.bands) <= baby
        if is_baby and "peque " in f"{texts} ":
            wrong.append(f"{prompt.id}: 'tu peque' in a prompt for babies")
        if not is_baby and "tu bebé" in texts:
            wrong.append(f"{prompt.id} {prompt.bands}: 'tu bebé' for an older child")
    assert wrong == []


def test_built_in_words_use_the_glossary():
    words = vocabulary.STRENGTHS + vocabulary.ROUTINES + vocabulary.FEELINGS
    found = {w.key: hits for w in words
             if (hits := replaced_terms(w.es, REPLACED | {r"\bbebé\b": "mi peque"}))}
    assert found == {}


def test_export_words_use_the_glossary():
    """The Markdown copy and its warning (shown on My data) speak the same Spanish."""
    from journal.transfer import export

    texts = {**export._MD["es"], "warning": export.EXPORT_WARNING["es"]}
    found = {key: hits for key, text in texts.items()
             if (hits := replaced_terms(text, REPLACED | REPLACED_IN_UI))}
    assert found == {}


def test_readme_es_uses_the_glossary():
    found = [(n, line, hits) for n, line in enumerate(
        (ROOT / "README.es.md").read_text(encoding="utf-8").splitlines(), 1)
        if (hits := replaced_terms(line))]
    assert found == []


def test_summary_texts_use_the_glossary():
    table = REPLACED | {r"\bbebé\b": "mi peque"}
    # the note for the reader may name children in general, in the third person
    found = {key: hits for key, text in summary_texts().items()
             if (hits := replaced_terms(text.replace("su bebé o niño pequeño", ""), table))}
    assert found == {}


# ---------------------------------------------------------------- one word, one meaning

LOCK = re.compile(r"\block(s|ed)?\b", re.I)
CLOSE = re.compile(r"(?<!felt )\bclose\b", re.I)  # "felt close" is nearness


def test_lock_is_bloquear_and_cerrar_only_closes():
    """A caregiver can tell "lock my journal" from "close this window"."""
    wrong = []
    for context, english, spanish in ui_messages():
        lower = spanish.lower()
        if LOCK.search(english):
            if re.search(r"\bcerr|\bcierr", lower):
                wrong.append(f"{context}: {english!r} -> {spanish!r} (lock said as close)")
            if english.lower().startswith("lock") and not lower.startswith("bloque"):
                wrong.append(f"{context}: {english!r} -> {spanish!r} (the lock action)")
        if CLOSE.search(english) and not re.search(r"\bcerr|\bcierr", lower):
            wrong.append(f"{context}: {english!r} -> {spanish!r} (close is Cerrar)")
        if "bloque" in lower and not LOCK.search(english):
            wrong.append(f"{context}: {english!r} -> {spanish!r} (bloquear only locks)")
    assert wrong == []
    locks = [s for _c, e, s in ui_messages() if e == "Lock"]
    assert locks and set(locks) == {"Bloquear"}


def test_a_backup_is_a_respaldo_and_a_copy_is_an_export():
    wrong = [f"{context}: {spanish}" for context, english, spanish in ui_messages()
             if re.search(r"\bbackups?\b", english, re.I)
             and ("respaldo" not in spanish.lower() or "copia" in spanish.lower())]
    assert wrong == []


def test_a_quoted_label_matches_the_real_label():
    """“Se puede compartir…” in the summary's steps is the checkbox's own wording."""
    spanish = {(c, e): s for c, e, s in ui_messages()}
    checkbox = spanish[("SaveBar", "OK to share")]
    items = spanish[("ItemsStep", "Tick what you want to share. Only what you tick goes in. "
                                  "We ticked the moments you marked “OK to share” and the "
                                  "counts.")]
    assert f"“{checkbox}”" in items
    backup_now = spanish[("BackupsBox", "Make a backup now")]
    assert f"“{backup_now}”" in spanish[("BackupsBox", "Today's automatic backup didn't work. "
                                                       "Your journal is fine. You can try "
                                                       "“Make a backup now”.")]


# ---------------------------------------------------------------- US Spanish at run time


def test_spanish_dates_and_times_are_us_spanish(qapp, ctx):
    from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

    from ui.moments.models import when_text

    spain = QLocale(QLocale.Language.Spanish).toString(QTime(13, 5),
                                                       QLocale.FormatType.ShortFormat)
    assert spain == "13:05"  # control: what plain QLocale(Spanish) gives, and we must not
    ctx.languages.switch("es")
    try:
        locale = QLocale()
        assert locale.name() == "es_US"
        clock = locale.toString(QTime(13, 5), QLocale.FormatType.ShortFormat)
        assert clock.startswith("1:05") and clock.endswith("p.m.")
        assert locale.toString(QDate(2026, 12, 1), QLocale.FormatType.LongFormat) \
            == "martes, 1 de diciembre de 2026"
        listed = when_text(datetime(2026, 12, 1, 13, 5))
        assert listed.startswith("mar, 1/12/2026, 1:05") and "13:05" not in listed
        # "%1 a las %2" would say "a las 1:05"; the day and the time are joined by a comma
        for context in ("EntryView", "UnlockPage", "BackupsBox"):
            assert QCoreApplication.translate(context, "%1 at %2") == "%1, %2"
    finally:
        ctx.languages.switch("en")
    assert QLocale().name() == "en_US"
    assert when_text(datetime(2026, 12, 1, 13, 5)).endswith("PM")


def test_key_names_are_the_ones_on_us_keyboards(qapp, ctx):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QKeySequence

    from ui.settings.keys_help import native

    def shown(keys: str) -> str:
        return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)

    ctx.languages.switch("es")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own
        assert native("Ctrl+Shift+S") == "Ctrl+Shift+S"
        assert shown("Ctrl+Return") == "Ctrl+Enter"
        assert shown("Del") == "Delete"
        assert shown("Shift+Tab") == "Shift+Tab"
        assert "archivo" in QCoreApplication.translate("QFileDialog", "File &name:").lower()
    finally:
        ctx.languages.switch("en")


def test_storage_and_locked_errors_have_their_own_words(qapp, ctx):
    """A full disk says to free space; a locked journal says to open it (both languages)."""
    from journal import errors
    from ui.plumbing.i18n import error_text

    for lang, space in (("en", "space"), ("es", "espacio")):
        ctx.languages.switch(lang)
        try:
            generic = error_text(errors.JournalError(), lang)
            texts = {kind: error_text(kind(), lang) for kind in
                     (errors.StorageFull, errors.StorageTrouble, errors.JournalClosed)}
            assert generic not in texts.values()
            assert len(set(texts.values())) == 3
            assert space in texts[errors.StorageFull] and space in texts[errors.StorageTrouble]
        finally:
            ctx.languages.switch("en")
    ctx.languages.switch("es")
    try:
        assert "bloqueado" in error_text(errors.JournalClosed(), "es")
    finally:
        ctx.languages.switch("en")
