"""Where the prompt data files live, in a checkout and in a packaged (PyInstaller) build.

This is the only place in ``prompts/`` that knows about file locations. A frozen build
must ship ``prompts/data/*.toml``, ``prompts/language_rules.toml`` and
``prompts/sources.toml`` under a ``prompts/`` folder inside the bundle, e.g. in the spec:
``datas=[("prompts/data", "prompts/data"), ("prompts/*.toml", "prompts")]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_NAME = "prompts"


def package_dir() -> Path:
    """The folder that holds this package's data files."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / PACKAGE_NAME
    return Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """The path of a data file that ships with the package, e.g. ``resource_path("data")``."""
    return package_dir().joinpath(*parts)
