"""Start loads only what the unlock window needs: the PDF and summary code, the prompt
library and the journal's pages load on first use. Checked in a fresh process (a real
look at sys.modules), with a control that loads the journal's pages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("reportlab", "pikepdf", "pypdfium2", "journal.summary", "ui.summary", "prompts",
         "ui.shell.tabs", "ui.today", "ui.timeline")

CHILD = r"""
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import main  # noqa: F401 - what the app imports first
from journal import Vault
from journal.vault.kdf import TEST_PARAMS
from ui.plumbing.dialogs import Dialogs
from ui.shell.app import build_context, make_qapp
from ui.shell.window import MainWindow

data = Path(sys.argv[2])
Vault(data, kdf_params=TEST_PARAMS).create("a quiet morning walk")[0].close()
app = make_qapp([])
ctx = build_context(app, data, lang="en", settings_file=data.parent / "s.ini",
                    dialogs=Dialogs(headless=True), kdf_params=TEST_PARAMS)
window = MainWindow(ctx)
window.show()
app.processEvents()
assert window.state == "locked"
if sys.argv[3] == "control":
    import ui.shell.tabs  # noqa: F401 - what opening the journal loads
if sys.argv[3] == "later":  # the event loop runs on, as while a passphrase is typed
    import time
    from PySide6.QtCore import QEventLoop
    start = time.monotonic()
    while "ui.shell.tabs" not in sys.modules and time.monotonic() - start < 60:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
print(json.dumps(sorted(sys.modules)))
"""


def loaded(tmp_path: Path, mode: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(tmp_path / "data"),
                           mode], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_the_unlock_window_loads_no_pdf_summary_prompts_or_journal_pages(tmp_path):
    assert heavy(loaded(tmp_path, "unlock")) == []


def test_control_opening_the_journal_s_pages_loads_them(tmp_path):
    found = heavy(loaded(tmp_path, "control"))
    for name in ("reportlab", "pikepdf", "journal.summary", "ui.summary", "ui.shell.tabs"):
        assert name in found, name


def test_the_journal_s_pages_load_while_the_unlock_window_waits(tmp_path):
    """So the first unlock shows Today at once (the key is not typed that fast)."""
    found = heavy(loaded(tmp_path, "later"))
    assert "ui.shell.tabs" in found and "ui.today.page" in found
