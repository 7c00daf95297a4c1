"""What every window is handed: no global singletons that tests must fight."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal import Clock, Vault
from journal.shelf import MAIN, Shelf
from ui.plumbing.dialogs import Dialogs
from ui.plumbing.i18n import Languages
from ui.plumbing.prefs import Preferences


@dataclass
class AppContext:
    data_dir: Path  # the open (or chosen) journal's folder
    clock: Clock
    prefs: Preferences
    dialogs: Dialogs
    languages: Languages
    kdf_params: Any = None  # None in the app (strong, calibrated); tests pass TEST_PARAMS
    library: Any = field(default=None)  # the prompt library, loaded lazily
    root: Path | None = None  # the data folder that holds every journal (the shelf)
    journal_id: str = MAIN
    seat: Any = None  # the chosen journal's single-instance lock (ui.plumbing.instance)

    def shelf(self) -> Shelf:
        return Shelf(self.root or self.data_dir)

    def choose_journal(self, journal_id: str) -> None:
        """From now on the vault, backups and per-journal settings are this journal's."""
        if self.root is None:
            self.root = self.data_dir
        self.data_dir = self.shelf().folder(journal_id)
        self.journal_id = journal_id
        self.prefs.journal_id = journal_id
        self.prefs.caregiver = None  # another journal's caregivers are its own
        self.prefs.last_journal = journal_id

    @property
    def lang(self) -> str:
        return self.prefs.language

    def vault(self) -> Vault:
        return Vault(self.data_dir, kdf_params=self.kdf_params, clock=self.clock,
                     lang=self.lang)

    def prompt_library(self) -> Any:
        if self.library is None:
            try:
                import prompts

                self.library = prompts.load_library()
            except Exception:  # noqa: BLE001 - Today works without prompts
                self.library = False
        return self.library or None
