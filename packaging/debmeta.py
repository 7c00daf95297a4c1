"""The words inside the .deb: control file, copyright, Debian changelog, AppStream releases.

Everything about versions is read from CHANGELOG.md (and the version from pyproject.toml
through journal.about), so a release is written down in one place.
"""

from __future__ import annotations

import re
import textwrap
from datetime import UTC, datetime
from xml.sax.saxutils import escape

APP_ID = "small-moments"
# A placeholder address until the project has a real one (see the README).
MAINTAINER = "Small Moments team <small-moments@example.org>"
SYNOPSIS = "private family journal for the moments you share with your little one"
DESCRIPTION = """\
Small Moments is a private journal for the everyday moments you share with your
baby or toddler. You answer short, warm questions, note moments of connection and
the times you found your way back to each other, and keep what your family already
does well. English and Spanish.
.
Everything stays on this computer, encrypted with your passphrase; the app never
goes on the internet. If you choose, you can make a short summary to share with your
home visitor or your child's doctor. Your journal lives in your home folder: removing
this package never removes it."""

# Not linked, so not in DT_NEEDED: the bundled fontconfig reads /etc/fonts and needs at
# least one font on the system to draw any text.
RECOMMENDS = "fontconfig-config, fonts-dejavu-core"

HEADING = re.compile(r"^## (\d+\.\d+\.\d+\S*) \((\d{4}-\d{2}-\d{2})\)\s*$")


def changelog_entries(markdown: str) -> list[tuple[str, str, list[str]]]:
    """[(version, 'YYYY-MM-DD', [bullet text])] from CHANGELOG.md, newest first."""
    entries: list[tuple[str, str, list[str]]] = []
    for line in markdown.splitlines():
        if match := HEADING.match(line):
            entries.append((match.group(1), match.group(2), []))
        elif entries and line.startswith("- "):
            entries[-1][2].append(line[2:].strip())
        elif entries and line.startswith("  ") and entries[-1][2]:
            entries[-1][2][-1] += " " + line.strip()
    return entries


def plain(text: str) -> str:
    return text.replace("`", "")


def control_text(version: str, depends: str, installed_kb: int) -> str:
    paragraphs = [" ".join(part.split()) for part in DESCRIPTION.split("\n.\n")]
    body = "\n .\n".join(textwrap.fill(part, 79, initial_indent=" ", subsequent_indent=" ")
                          for part in paragraphs)
    return (f"Package: {APP_ID}\nVersion: {version}\nArchitecture: amd64\n"
            f"Maintainer: {MAINTAINER}\nInstalled-Size: {installed_kb}\nDepends: {depends}\n"
            f"Recommends: {RECOMMENDS}\n"
            f"Section: misc\nPriority: optional\nDescription: {SYNOPSIS}\n{body}\n")


def copyright_text() -> str:
    return f"""\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Small Moments
Upstream-Contact: {MAINTAINER}

Files: *
Copyright: 2026 The Small Moments team
License: GPL-3+
Comment: /opt/{APP_ID}/_internal also holds the Python runtime, Qt (PySide6, LGPL-3),
 SQLCipher and the summary fonts (SIL Open Font License, beside the fonts), each
 under its own licence.

License: GPL-3+
 This program is free software: you can redistribute it and/or modify it under
 the terms of the GNU General Public License as published by the Free Software
 Foundation, either version 3 of the License, or (at your option) any later
 version.
 .
 On Debian systems, the complete text of the GNU General Public License version 3
 can be found in "/usr/share/common-licenses/GPL-3".
"""


def debian_changelog(entries: list[tuple[str, str, list[str]]], version: str) -> str:
    if not entries or entries[0][0] != version:
        raise SystemExit(f"CHANGELOG.md has no entry for {version} at the top: add one first")
    blocks = []
    for number, day, bullets in entries:
        lines = [f"{APP_ID} ({number}) unstable; urgency=medium", ""]
        for bullet in bullets:
            lines += textwrap.wrap(plain(bullet), 76, initial_indent="  * ",
                                   subsequent_indent="    ")
        when = datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=UTC)
        lines += ["", f" -- {MAINTAINER}  {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}"]
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def metainfo_with_releases(template: str, entries: list[tuple[str, str, list[str]]]) -> str:
    releases = ["  <releases>"]
    for number, day, bullets in entries:
        releases.append(f'    <release version="{number}" date="{day}">')
        items = "".join(f"<li>{escape(plain(b))}</li>" for b in bullets)
        releases.append(f"      <description><ul>{items}</ul></description>")
        releases.append("    </release>")
    releases.append("  </releases>")
    return template.replace("</component>", "\n".join(releases) + "\n</component>")
