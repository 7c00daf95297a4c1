"""The summary PDF: exactly the ticked words, both languages, the embedded font, only a
title and a language as metadata, AES-256 (R6) passwords, and at most 6 pages for three
months of typical use (see test_summary_data for what "typical" means)."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

import pikepdf
import pypdf
import pytest
from test_summary_data import make_typical, typical_selection

from journal import Entry
from journal.summary.build import Selection, SummaryCancelled, build_summary
from journal.summary.pdf import (
    PASSWORD_ALPHABET,
    describe_character,
    missing_characters,
    new_password,
    paper_for_locale,
    render_pdf,
)

MARKER = "UNTICKED-MARKER"


def pdf_text(data: bytes, password: str | None = None) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def typical(journal):
    make_typical(journal, marker=MARKER)
    return journal


@pytest.mark.parametrize("lang, heading", [("en", "Strengths we noticed"),
                                           ("es", "Fortalezas que notamos")])
def test_three_months_of_typical_use_fit_in_six_pages(typical, lang, heading):
    selection = typical_selection(typical, lang)
    pdf = render_pdf(build_summary(typical, selection), paper="letter")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) <= 6
    text = flat(pdf_text(pdf))
    assert heading in text
    assert MARKER not in text  # nothing unticked, though most entries carry the marker
    chosen = typical.get_entries([int(k.split(":")[1]) for k in selection.ticked
                                  if k.startswith("entry:")])
    for entry in chosen.values():  # every ticked entry's words are there
        for words in entry.text.values():
            assert flat(words) in text
    page = "Page 1 of" if lang == "en" else "Página 1 de"
    assert page in text


def test_metadata_is_only_the_title_and_the_language(typical, tmp_path):
    summary = build_summary(typical, typical_selection(typical, "es"))
    pdf = render_pdf(summary)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert dict(reader.metadata) == {"/Title": "Un resumen de nuestras fortalezas"}
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "es"
    assert "/Metadata" not in root  # no XMP
    for leak in (b"ReportLab", b"reportlab", str(tmp_path).encode(), b"/Producer",
                 b"/Creator", b"/CreationDate", b"/Author", typical.journal_id.encode()):
        assert leak not in pdf
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert set(doc.docinfo.keys()) == {"/Title"}
        for page in doc.pages:
            for font in page.Resources.Font.values():
                assert "DejaVuSans" in str(font.BaseFont)


def test_same_summary_gives_the_same_bytes(typical):
    summary = build_summary(typical, typical_selection(typical))
    assert render_pdf(summary) == render_pdf(summary)  # no timestamps or random ids


def test_password_uses_aes_256_revision_6(typical):
    password = new_password()
    summary = build_summary(typical, typical_selection(typical))
    pdf = render_pdf(summary, password=password)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"]
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    with pytest.raises(pypdf.errors.FileNotDecryptedError):
        _ = reader.pages[0].extract_text()
    assert not pypdf.PdfReader(io.BytesIO(pdf)).decrypt("not the password")
    assert "Strengths we noticed" in pdf_text(pdf, password)
    with pikepdf.open(io.BytesIO(pdf), password=password) as doc:
        assert doc.encryption.R == 6 and doc.encryption.bits == 256
        assert set(doc.docinfo.keys()) == {"/Title"}
        assert str(doc.Root.Lang) == "en"


def test_passwords_are_easy_to_read_and_different():
    seen = {new_password() for _ in range(50)}
    assert len(seen) == 50
    for password in seen:
        assert re.fullmatch(r"[a-z2-9]{4}(-[a-z2-9]{4}){3}", password)
        assert not set(password) & set("01lio")
    assert set("".join(seen).replace("-", "")) <= set(PASSWORD_ALPHABET)


def names_summary(journal, name: str, lang: str = "en"):
    return build_summary(journal, Selection(date(2026, 11, 1), date(2026, 11, 30),
                                            frozenset(), name=name, lang=lang))


@pytest.mark.parametrize("name", ["Nguyễn Thị Ánh", "Ελένη", "Мария", "Zoë Ñúñez-Ålund"])
def test_latin_vietnamese_greek_and_cyrillic_names_render(journal, name):
    summary = names_summary(journal, name)
    assert missing_characters(summary) == []
    text = pdf_text(render_pdf(summary))
    assert name in text


def test_text_the_font_cannot_show_is_reported_not_dropped(journal):
    summary = names_summary(journal, "𓀀 and Leo 🦖 𐀀")  # letters no font here has
    missing = missing_characters(summary)
    assert missing == ["𓀀", "🦖", "𐀀"]
    assert missing_characters("Leo 😀") == []  # DejaVu Sans has the emoticons block
    assert describe_character("𓀀") == "𓀀 (EGYPTIAN HIEROGLYPH A001)"
    assert missing_characters("café\u200d ok\n") == []  # invisible marks are not a loss
    pdf = render_pdf(summary)  # still renders; the wizard shows `missing` beforehand
    assert "and Leo" in pdf_text(pdf)


def test_caregiver_text_that_looks_like_markup_is_shown_as_typed(journal):
    entry = journal.add_entry(Entry("reflection", datetime(2026, 11, 3, 9),
                                    {"body": "<b>Tom & Jerry</b> <br/> said \"hi\" & left"}))
    summary = build_summary(journal, Selection(date(2026, 11, 1), date(2026, 11, 30),
                                               frozenset({f"entry:{entry.id}"})))
    assert '<b>Tom & Jerry</b> <br/> said "hi" & left' in pdf_text(render_pdf(summary))


@pytest.mark.parametrize("locale_name, paper", [
    ("en_US.UTF-8", "letter"), ("es_US", "letter"), ("es-MX", "letter"), ("en_CA", "letter"),
    ("es_ES.UTF-8", "a4"), ("en_GB", "a4"), ("vi_VN", "a4"), ("C", "a4"), ("", "a4"),
    (None, "a4"),
])
def test_paper_follows_the_locale(locale_name, paper):
    assert paper_for_locale(locale_name) == paper


def test_paper_size_is_applied(journal):
    summary = names_summary(journal, "Leo")
    for paper, size in (("letter", (612, 792)), ("a4", (595.2756, 841.8898))):
        box = pypdf.PdfReader(io.BytesIO(render_pdf(summary, paper=paper))).pages[0].mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.01)


def test_rendering_reports_progress_and_can_be_cancelled(typical):
    summary = build_summary(typical, typical_selection(typical))
    seen = []
    render_pdf(summary, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    calls = []

    def cancel_after_five() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(SummaryCancelled):
        render_pdf(summary, cancelled=cancel_after_five)


def test_a_long_entry_flows_over_pages(journal):
    body = " ".join(["We sang and walked and talked about the birds."] * 600)
    entry = journal.add_entry(Entry("reflection", datetime(2026, 11, 3, 9), {"body": body}))
    summary = build_summary(journal, Selection(date(2026, 11, 1), date(2026, 11, 30),
                                               frozenset({f"entry:{entry.id}"})))
    pdf = render_pdf(summary)
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) > 3


def test_the_unprotected_pdf_never_touches_disk(typical, tmp_path, monkeypatch):
    summary = build_summary(typical, typical_selection(typical))
    before = sorted(p for p in tmp_path.rglob("*"))
    monkeypatch.chdir(tmp_path)
    written = []
    real_open = open

    def watching_open(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+"):
            written.append(file)
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", watching_open)
    pdf = render_pdf(summary, password=new_password())
    assert pdf.startswith(b"%PDF-") and written == []
    assert sorted(p for p in tmp_path.rglob("*")) == before
