"""The app's identity: one place for its name and version."""

from __future__ import annotations

import tomllib
from pathlib import Path

APP_NAME = "Small Moments"
APP_ID = "small-moments"


def _read_version() -> str:
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        with pyproject.open("rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    from importlib import metadata  # slow to import: only without the source tree

    try:  # an installed or frozen build without the source tree
        return metadata.version(APP_ID)
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__ = _read_version()
