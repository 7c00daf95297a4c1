"""The app process dumps no core and reports errors without what a caregiver wrote."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = "ZQX-private-words-of-a-family"

SCRIPT = f"""
import resource, sys, threading
sys.path.insert(0, {str(ROOT)!r})
from journal.hardening import harden_process
harden_process()
print("core", resource.getrlimit(resource.RLIMIT_CORE), flush=True)
t = threading.Thread(target=lambda: "{MARKER}".encode("ascii", "strict") and
                     "\\ud800{MARKER}".encode("utf-8"))
t.start(); t.join()
raise ValueError("cannot save {MARKER} right now")
"""


def test_no_core_dumps_and_no_journal_text_in_error_reports():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=60)
    assert "core (0, 0)" in result.stdout
    assert result.returncode == 1
    assert MARKER not in result.stderr and MARKER not in result.stdout
    assert "UnicodeEncodeError" in result.stderr  # the thread's error, by type only
    assert "ValueError" in result.stderr and "<string>" in result.stderr

