"""What every window is handed: no global singletons that tests must fight."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal import Clock, Vault
from ui.plumbing.dialogs import Dialogs
from ui.plumbing.i18n import Languages
from ui.plumbing.prefs import Preferences


@dataclass
class AppContext:
    data_dir: Path
    clock: Clock
    prefs: Preferences
    dialogs: Dialogs
    languages: Languages
    kdf_params: Any = None  # None in the app (strong, calibrated); tests pass TEST_PARAMS
    library: Any = field(default=None)  # the prompt library, loaded lazily

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
