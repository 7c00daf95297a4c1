"""The "one page" summary really on one page: when the family's words run long, the
moments go first (the last one, then the next), then the strength groups from the end,
until the PDF is one page. The agenda and the child always stay."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

import pikepdf

from journal.summary.model import Moment, Section, StrengthGroup, Summary


def pages(pdf: bytes) -> int:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return len(doc.pages)


def _shorter(summary: Summary) -> Summary | None:
    """The summary with one thing less: the last moment, else the last strength group."""
    sections = list(summary.sections)
    for key, kind in (("moments", Moment), ("strengths", StrengthGroup)):
        for i, section in enumerate(sections):
            found = [n for n, b in enumerate(section.blocks) if isinstance(b, kind)]
            if section.key == key and len(found) > (0 if key == "moments" else 1):
                blocks = section.blocks[:found[-1]] + section.blocks[found[-1] + 1:]
                if blocks:
                    sections[i] = Section(section.key, section.heading, blocks)
                else:
                    del sections[i]
                return replace(summary, sections=tuple(sections))
    return None


def fit_one_page(summary: Summary, render: Callable[[Summary], bytes]) -> bytes:
    pdf = render(summary)
    while pages(pdf) > 1:
        shorter = _shorter(summary)
        if shorter is None:
            return pdf  # the family's own note is longer than a page: it all stays
        summary = shorter
        pdf = render(summary)
    return pdf
