"""The app's identity: one place for its name and version."""

from __future__ import annotations

import re
from pathlib import Path

APP_NAME = "Small Moments"
APP_ID = "small-moments"


def _read_version() -> str:
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():  # its [project] table's version line (tomllib is slow to load)
        text = pyproject.read_text("utf-8")
        table = re.search(r"(?ms)^\[project\]\s*$(.*?)(?=^\[|\Z)", text)
        line = re.search(r'(?m)^version\s*=\s*"([^"]+)"', table.group(1)) if table else None
        if line:
            return line.group(1)
    from importlib import metadata  # slow to import: only without the source tree

    try:  # an installed or frozen build without the source tree
        return metadata.version(APP_ID)
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__ = _read_version()
