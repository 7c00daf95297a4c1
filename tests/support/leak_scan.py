"""Look for private words in files: raw bytes in UTF-8 and UTF-16/32, any case, and inside
PDFs, every stream decompressed (pikepdf) and the text as a reader would extract it
(pypdf, through the fonts' ToUnicode maps: a summary's words are glyph codes in its
content streams, not letters). A PDF that needs a password to open yields nothing more
than its bytes: that is what protecting it means."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le")


def readable_forms(data: bytes) -> list[bytes]:
    """The file's bytes, and, for a PDF anyone can open, what it holds decoded."""
    forms = [data]
    if b"%PDF-" not in data[:1024]:
        return forms
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        return forms  # protected: nothing inside can be read without the password
    with pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    forms.append(obj.read_bytes())
                except pikepdf.PdfError:
                    forms.append(obj.read_raw_bytes())
            elif isinstance(obj, pikepdf.String):
                forms.append(bytes(obj))
        for value in pdf.trailer.get("/Info", pikepdf.Dictionary()).values():
            if isinstance(value, pikepdf.String):
                forms.append(str(value).encode("utf-8"))
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    forms.append(" ".join(text.split()).encode("utf-8"))  # line breaks read as spaces
    return forms


def needles(secret: str) -> list[bytes]:
    return sorted({form.encode(encoding) for form in (secret, secret.lower(), secret.upper())
                   for encoding in ENCODINGS})


def found_in(root: Path, secrets: dict[str, str]) -> list[str]:
    """"<file>: <name>" for every secret readable in a file under `root`."""
    wanted = {name: needles(secret) for name, secret in secrets.items()}
    hits = set()
    for path in Path(root).rglob("*"):
        if not path.is_file():
            continue
        forms = readable_forms(path.read_bytes())
        for name, raws in wanted.items():
            if any(raw in form for form in forms for raw in raws):
                hits.add(f"{path.relative_to(root)}: {name}")
    return sorted(hits)
