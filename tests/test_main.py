"""main.py: --version, --self-test (as packaging runs it), and argument parsing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import main
from journal import __version__

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_version_prints_and_exits_zero():
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Small Moments {__version__}"


def test_self_test_runs_every_step_headless_and_exits_zero():
    result = _run("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    for step in ("create", "write", "search", "lock", "unlock", "close"):
        assert f"ok   {step}" in result.stdout
    assert "self-test passed" in result.stdout


def test_arguments(tmp_path):
    args = main.parse_args(["--data-dir", str(tmp_path), "--lang", "es"])
    assert args.data_dir == tmp_path and args.lang == "es"
    assert not args.self_test and not args.version


def test_default_data_folder_is_per_user(tmp_path):
    from ui.plumbing.paths import default_data_dir, default_settings_file

    home = Path(os.environ["HOME"]).parent
    assert default_data_dir().name == "small-moments"
    assert home in default_data_dir().parents
    assert home in default_settings_file().parents
