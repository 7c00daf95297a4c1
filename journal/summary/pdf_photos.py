"""Ticked photos in the summary PDF: drawn from the bytes in memory (reportlab reads
them through Pillow from a BytesIO, never from a file), their words small beneath."""

from __future__ import annotations

import io

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, Image, Spacer

from journal.summary.glyphs import _for_pdf
from journal.summary.glyphs import paragraph as _p
from journal.summary.model import Moment

MAX_WIDTH, MAX_HEIGHT = 4.5 * inch, 3.2 * inch  # fits A4 and Letter with room for words


def photo_flowables(block: Moment, caption_style) -> list[Flowable]:
    out: list[Flowable] = []
    for photo in block.photos:
        scale = min(MAX_WIDTH / photo.width, MAX_HEIGHT / photo.height, 1.0)
        image = Image(io.BytesIO(photo.data), width=photo.width * scale,
                      height=photo.height * scale)
        image.hAlign = "LEFT"
        out += [Spacer(1, 4), image]
        if photo.alt:
            out.append(_p(_for_pdf(photo.alt), caption_style))
    return out
