"""The layers stay apart (STYLE.md, habits 1 and 13; docs/ARCHITECTURE.md).

- `journal/` and `prompts/` never import Qt.
- `ui/` runs no SQL and no crypto: it calls the core.
- Developer tools (`tools/`) are imported only by `tools/` and `tests/`, so the app
  bundle never carries them.
- No file outside `tests/` passes 400 lines.
Each rule has a control test that shows its detector catches the fault.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_MODULES = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}
CRYPTO_AND_DB_MODULES = {"sqlite3", "sqlcipher3", "cryptography", "argon2", "hashlib", "hmac",
                         "secrets", "nacl", "Crypto"}
SQL = re.compile(r"\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                 r"CREATE\s+(TABLE|INDEX|TRIGGER)|PRAGMA\s+\w+)\b",
                 re.DOTALL)  # SQL in this project is written in capitals
PRODUCT = ("journal", "prompts", "ui")
MAX_LINES = 400


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def _sql_in(path: Path) -> list[str]:
    """String constants that read as SQL, and calls of `.execute(`/`.executemany(`."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and SQL.search(node.value):
            found.append(node.value[:40])
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in {"execute", "executemany", "executescript"}:
            found.append(f".{node.func.attr}(")
    return found


def _python_files(*folders: str) -> list[Path]:
    return [p for folder in folders for p in (ROOT / folder).rglob("*.py")]


def test_core_and_prompts_never_import_qt():
    offenders = []
    files = _python_files("journal", "prompts")
    assert files, "expected Python files under journal/ and prompts/"
    for path in files:
        hits = _imported_roots(path) & QT_MODULES
        if hits:
            offenders.append(f"{path.relative_to(ROOT)}: {sorted(hits)}")
    assert offenders == []


def test_ui_runs_no_sql_and_no_crypto():
    offenders = []
    for path in [*_python_files("ui"), ROOT / "main.py"]:
        hits = sorted(_imported_roots(path) & CRYPTO_AND_DB_MODULES) + _sql_in(path)
        if hits:
            offenders.append(f"{path.relative_to(ROOT)}: {hits}")
    assert offenders == []


def test_only_tools_and_tests_import_tools():
    offenders = [str(p.relative_to(ROOT)) for p in [*_python_files(*PRODUCT), ROOT / "main.py"]
                 if "tools" in _imported_roots(p)]
    assert offenders == []


def test_no_file_outside_tests_passes_400_lines():
    files = [*_python_files(*PRODUCT, "tools", "packaging"), *ROOT.glob("*.py")]
    long = {str(p.relative_to(ROOT)): n for p in files
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


# -- controls: each detector catches the fault it exists for ---------------------------------
def test_detector_catches_a_qt_import(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n")
    assert _imported_roots(sample) & QT_MODULES == {"PySide6"}


def test_detectors_catch_sql_crypto_and_tools_in_ui(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("import hashlib\nfrom tools.tour import tour\n"
                      "def f(conn):\n    conn.execute('SELECT id FROM entries')\n")
    roots = _imported_roots(sample)
    assert roots & CRYPTO_AND_DB_MODULES == {"hashlib"} and "tools" in roots
    assert sorted(_sql_in(sample)) == [".execute(", "SELECT id FROM entries"]
    plain = tmp_path / "y.py"
    plain.write_text("label = 'Select the moments to share from this week'\n")
    assert _sql_in(plain) == []
    assert _sql_in(ROOT / "journal" / "records" / "store.py")  # the core's real SQL is seen
