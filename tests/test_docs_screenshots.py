"""docs/screenshots/ holds the README's pictures, made by tools/docs_screenshots.py from
the real widgets; regenerating them gives the same screens (names, sizes, roughly the
same amount of picture)."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

from tools.docs_screenshots import SIZE, names

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "screenshots"


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", head[16:24])


def test_the_readmes_show_every_screenshot():
    assert len(names()) >= 8
    for readme in ("README.md", "README.es.md"):
        text = (ROOT / readme).read_text(encoding="utf-8")
        missing = [n for n in names() if f"docs/screenshots/{n}" not in text]
        assert missing == [], f"{readme} does not show {missing}"


def test_screenshots_are_up_to_date_with_the_script(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "tools.docs_screenshots", str(tmp_path)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    for name in names():
        fresh, kept = tmp_path / name, DOCS / name
        assert kept.exists(), f"run tools/docs_screenshots.py: {name} is missing"
        assert _png_size(fresh) == _png_size(kept) == SIZE, name
        ratio = fresh.stat().st_size / kept.stat().st_size
        assert 0.7 < ratio < 1.4, f"{name} changed a lot: run tools/docs_screenshots.py"
