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


def test_a_missing_display_or_xcb_library_is_named_before_qt_starts():
    everything = {"DISPLAY": ":0"}
    assert main.display_problem(everything, "linux", lambda _name: True) is None
    no_screen = main.display_problem({}, "linux", lambda _name: True)
    assert "no screen" in no_screen and "DISPLAY" in no_screen
    missing = main.display_problem(everything, "linux",
                                   lambda name: name != "libxcb-icccm.so.4")
    assert "sudo apt install libxcb-icccm4" in missing and "xcb-util-wm" in missing
    assert "cursor" not in missing  # only what is really missing, not Qt's usual guess
    assert main.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", lambda _n: False) \
        is None
    assert main.display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", lambda _n: False) \
        is None
    assert main.display_problem({}, "win32", lambda _n: False) is None


def test_control_the_libraries_on_this_machine_load():
    """The real loader finds what is installed here (the check does not cry wolf)."""
    assert main._loads("libc.so.6")
    assert not main._loads("libno-such-library-here.so.9")


def test_the_app_says_so_in_one_line_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir",
                             str(tmp_path)], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "no screen" in result.stderr
    assert "xcb-cursor0" not in result.stderr
