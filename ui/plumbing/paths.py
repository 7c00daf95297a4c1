"""Where things live on disk: the journal's data folder and the plain settings file."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from journal import APP_ID


def default_data_dir() -> Path:
    """The usual per-user place for the journals (e.g. ~/.local/share/small-moments): the
    first journal's files, the others in journals/ (see journal/shelf.py)."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def default_settings_file() -> Path:
    """Non-sensitive preferences only: language, auto-lock, text size, window size, and
    the id (never the name) of the journal opened last."""
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / "settings.ini"


def translations_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "translations"
