"""The shared summary as one accessible HTML file (offered beside the PDF, which cannot be
tagged): `lang` set, real headings, the chart as text and a table, print styles, no
scripts, nothing loaded from elsewhere, and no metadata beyond the title."""

from __future__ import annotations

import base64
from contextvars import ContextVar
from html import escape

from journal.summary.model import (
    Block,
    Bullets,
    Chart,
    Moment,
    People,
    Picture,
    StrengthGroup,
    Subheading,
    Summary,
    Text,
)
from journal.summary.two_languages import SEP

_CSS = """
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Noto Sans", system-ui, sans-serif; color: #2b2a28;
       background: #fff; max-width: 44rem; margin: 2rem auto; padding: 0 1.25rem;
       font-size: 1.05rem; line-height: 1.55; }
header { background: #fbf3ea; border-left: 6px solid #d9825b; padding: 1rem 1.25rem;
         margin-bottom: 1.5rem; }
h1 { color: #1e5f5b; font-size: 1.9rem; margin: 0 0 .25rem; line-height: 1.2; }
h2 { color: #1e5f5b; font-size: 1.35rem; margin: 1.75rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 .35rem; }
.moment h3, .moment h4 { color: #1e5f5b; }
h4 { font-size: 1.05rem; margin: 1rem 0 .35rem; }
.name { font-size: 1.3rem; margin: 0 0 .4rem; }
.quiet, .intro, .notes, .note { color: #5c5954; }
.chose { color: #1e5f5b; font-weight: bold; margin-top: .6rem; }
.count { font-weight: bold; }
.framework { color: #5c5954; font-size: .8rem; font-weight: normal; }
p.framework { margin: -.2rem 0 .4rem; }
.group-count { margin: 0 0 .2rem; color: #5c5954; }
.example { color: #5c5954; font-size: .95rem; margin: .2rem 0 .6rem 1.2rem; }
.notes { font-size: .9rem; margin-top: .2rem; }
.note { font-size: .95rem; }
.moment-body { margin: 0 0 .9rem .8rem; }
.moment-body p { margin: .15rem 0; }
.words { white-space: pre-line; }
figure { margin: 1rem 0; }
caption { text-align: left; padding-bottom: .3rem; }
table.weeks { border-collapse: collapse; font-size: .9rem; }
table.weeks th, table.weeks td { padding: .15rem .6rem .15rem 0; text-align: left;
                                 vertical-align: middle; }
table.weeks .n { display: inline-block; min-width: 1.6em; }
table.weeks .track { display: inline-block; width: min(8rem, 30vw); vertical-align: middle; }
table.weeks .bar { display: block; height: .8rem; background: #d9825b; }
table.weeks tr.partial .bar { background: #efc3ad; }
ul.strengths { columns: 2; column-gap: 2rem; }
ul.strengths li { break-inside: avoid; }
@media (max-width: 36rem) { ul.strengths { columns: 1; } }
figure.photo { margin: .5rem 0; } figure.photo img { max-width: 100%; height: auto; }
@page { margin: 2cm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  header, article.moment, figure, li { break-inside: avoid; }
  h2, h3, h4, .intro, .count { break-after: avoid; }
  table.weeks .bar { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


_SECOND: ContextVar[str | None] = ContextVar("second_lang", default=None)


def _label(text: str) -> str:
    """A heading or label; in a two-language summary its second half is marked with its
    language ("Strengths we noticed / <span lang="es">Fortalezas que notamos</span>")."""
    second = _SECOND.get()
    if not second or SEP not in text:
        return _e(text)
    first, other = text.split(SEP, 1)
    return f'{_e(first)}{SEP}<span lang="{_e(second)}">{_e(other)}</span>'


def _lines(text: str) -> str:
    """Our own sentences; in a two-language summary the second line is in the second
    language (two_languages puts each on its own line) and is marked so."""
    second = _SECOND.get()
    if not second or "\n" not in text:
        return _e(text)
    first, other = text.split("\n", 1)
    return f'{_e(first)}<br><span lang="{_e(second)}">{_e(other)}</span>'


def _lang(lang: str | None) -> str:
    """` lang="es"` for the caregiver's words in another language, so a screen reader
    switches voice; nothing when they are in the summary's language."""
    return f' lang="{_e(lang)}"' if lang else ""


def _block(block: Block, section_key: str, level: int = 3) -> list[str]:
    if isinstance(block, Text):
        css = {"body": "words", "intro": "intro", "count": "count", "note": "note",
               "framework": "framework"}[block.role]
        auto = ' dir="auto"' if block.role == "body" else ""  # the family's own words
        words = _e(block.text) if block.role == "body" else _lines(block.text)
        return [f'<p class="{css}"{auto}{_lang(block.lang)}>{words}</p>']
    if isinstance(block, Subheading):
        return [f"<h3>{_label(block.text)}</h3>"]
    if isinstance(block, Bullets):
        css = ' class="strengths"' if section_key == "strengths" else ""
        return [f"<ul{css}{_lang(block.lang)}>", *(f"<li>{_e(item)}</li>"
                                                  for item in block.items), "</ul>"]
    if isinstance(block, StrengthGroup):
        example = ([f'<p class="example"{_lang(block.lang)}>{_e(block.example)}</p>']
                   if block.example else [])
        return [f'<h4>{_label(block.title)} <small class="framework">'
                f'{_label(block.framework)}</small></h4>',
                f'<p class="group-count">{_label(block.count)}</p>',
                '<ul class="strengths">', *(f"<li>{_e(item)}</li>" for item in block.items),
                "</ul>", *example]
    if isinstance(block, People):
        return ["<ul>", *(f"<li><strong>{_e(name)}</strong>" + (f" — {_e(how)}" if how else "")
                          + "</li>" for name, how in block.items), "</ul>"]
    if isinstance(block, Moment):
        out = ['<article class="moment">', f"<h{level}>{_label(block.heading)}</h{level}>",
               '<div class="moment-body">']
        for label, words in block.fields:
            label_html = f"<strong>{_label(label)}:</strong> " if label else ""
            words_html = f'<span dir="auto"{_lang(block.lang)}>{_e(words)}</span>'
            out.append(f'<p class="words">{label_html}{words_html}</p>')
        if block.notes:
            out.append(f'<p class="notes">{" · ".join(_e(n) for n in block.notes)}</p>')
        out += [_picture(photo, block.lang) for photo in block.photos]
        out += ["</div>", "</article>"]
        return out
    return _chart(block)


def _picture(photo: Picture, lang: str | None) -> str:
    """A ticked photo, inside the one file (no link to anything), its words as alt text."""
    data = base64.b64encode(photo.data).decode("ascii")
    return (f'<figure class="photo"><img src="data:image/jpeg;base64,{data}" '
            f'alt="{_e(photo.alt)}"{_lang(lang)} width="{photo.width}" '
            f'height="{photo.height}"></figure>')


def _chart(chart: Chart) -> list[str]:
    """The sentence, then a two-column table (week, moments) with the bar drawn beside
    each number and hidden from screen readers; a shorter last week is lighter and said."""
    most = max((n for _, n in chart.weeks), default=0) or 1
    days = chart.days or (7,) * len(chart.weeks)
    rows = []
    for label, (_, n), length in zip(chart.labels, chart.weeks, days, strict=True):
        css = ' class="partial"' if length < 7 else ""
        rows.append(f'<tr{css}><th scope="row">{_e(label)}</th><td><span class="n">{n}</span>'
                    f'<span class="track" aria-hidden="true"><span class="bar" '
                    f'style="width:{round(100 * n / most, 1)}%"></span></span></td></tr>')
    note = [f'<p class="note">{_e(chart.note)}</p>'] if chart.note else []
    return ["<figure>", f"<p>{_e(chart.description)}</p>", *note,
            f'<table class="weeks"><caption class="quiet">{_e(chart.caption)}</caption>',
            f'<thead><tr><th scope="col">{_e(chart.week_header)}</th>'
            f'<th scope="col">{_e(chart.count_header)}</th></tr></thead>',
            "<tbody>", *rows, "</tbody></table>", "</figure>"]


def render_html(summary: Summary) -> bytes:
    """The summary as one UTF-8 HTML file, same words as the PDF."""
    token = _SECOND.set(summary.second_lang)
    try:
        return _render_html(summary)
    finally:
        _SECOND.reset(token)


def _render_html(summary: Summary) -> bytes:
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(summary.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(summary.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{_label(summary.title)}</h1>",
        f'<p class="name">{_e(summary.name)}</p>',
        f'<p class="quiet">{_label(summary.dates)}<br>{_lines(summary.shared_by)}</p>',
        f'<p class="chose">{_lines(summary.chose)}</p>',
        "</header>",
        "<main>",
    ]
    for section in summary.sections:
        parts.append(f'<section aria-labelledby="s-{section.key}">')
        parts.append(f'<h2 id="s-{section.key}">{_label(section.heading)}</h2>')
        level = 3  # moments under "A few we want to share" are one level down
        for block in section.blocks:
            parts.extend(_block(block, section.key, level))
            if isinstance(block, Subheading) and section.key == "connection":
                level = 4
        parts.append("</section>")
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts).encode("utf-8")
