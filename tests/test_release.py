"""What a release is, checked without building one: one version, the changelog, the
.deb's words and Depends logic, checksums, reproducible archives, the Windows and macOS
recipes, and the folders the README promises. (tests/test_packaging.py builds for real.)
"""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from journal import __version__

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
build = importlib.import_module("build")
compare_builds = importlib.import_module("compare_builds")
deb = importlib.import_module("deb")
debmeta = importlib.import_module("debmeta")
elfdeps = importlib.import_module("elfdeps")
sys.path.remove(str(ROOT / "packaging"))

CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
METAINFO = ROOT / "packaging" / "linux" / f"{deb.METAINFO_ID}.metainfo.xml"
WORKFLOWS = ROOT / ".github" / "workflows"


def test_one_version_from_pyproject_is_the_changelog_top_entry():
    with open(ROOT / "pyproject.toml", "rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    entries = debmeta.changelog_entries(CHANGELOG)
    assert __version__ == version == entries[0][0]
    assert [e[1] for e in entries] == sorted((e[1] for e in entries), reverse=True)
    versions = [tuple(map(int, e[0].split("."))) for e in entries]
    assert versions == sorted(versions, reverse=True) and len(set(versions)) == len(versions)
    assert all(bullets for _, _, bullets in entries)
    assert f"small-moments ({version}) unstable" in debmeta.debian_changelog(entries, version)
    with pytest.raises(SystemExit, match="no entry for 9.9.9"):  # control: a forgotten entry
        debmeta.debian_changelog(entries, "9.9.9")


def words_families_should_not_meet(text: str) -> set[str]:
    words = set(re.findall(r"[a-z]+", text.lower()))
    internals = {"pyinstaller", "sqlcipher", "icu", "refactor", "pytest", "module", "api",
                 "schema", "migration", "regroup", "lint", "ruff", "ci", "qt", "pyside"}
    erh_never = {"fail", "failure", "wrong", "score", "grade", "rating", "streak", "must",
                 "deficit", "problem", "should"}
    return words & (internals | erh_never)


def test_the_changelog_speaks_to_families_not_developers():
    assert words_families_should_not_meet(CHANGELOG) == set()
    control = "Fixed a failure in the ICU module"
    assert words_families_should_not_meet(control) == {"failure", "icu", "module"}


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstreamcli is not installed")
def test_the_appstream_metadata_validates_with_this_release(tmp_path):
    entries = debmeta.changelog_entries(CHANGELOG)
    text = debmeta.metainfo_with_releases(METAINFO.read_text(encoding="utf-8"), entries)
    assert f'<release version="{__version__}"' in text
    good = tmp_path / f"{deb.METAINFO_ID}.metainfo.xml"
    good.write_text(text, encoding="utf-8")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(good)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    broken = tmp_path / "broken" / good.name  # control: no summary, no licence
    broken.parent.mkdir()
    broken.write_text(re.sub(r"<(summary|metadata_license)[^>]*>.*?</\1>\n", "", text))
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(broken)],
                            capture_output=True, text=True)
    assert result.returncode != 0


def test_control_file_and_copyright_are_well_formed():
    control = debmeta.control_text("1.2.3", "libc6 (>= 2.36), libxcb1", 1234)
    fields = dict(re.findall(r"^([A-Z][\w-]+): (.*)$", control, re.M))
    assert fields["Package"] == "small-moments" and fields["Version"] == "1.2.3"
    assert fields["Depends"] == "libc6 (>= 2.36), libxcb1" and fields["Installed-Size"] == "1234"
    assert "fonts-dejavu-core" in fields["Recommends"]  # fonts are read, not linked
    body = control.split("Description: ", 1)[1].splitlines()
    assert all(line.startswith(" ") and len(line) <= 81 for line in body[1:])
    assert " ." in body and not debmeta.SYNOPSIS[0].isupper()
    assert "/usr/share/common-licenses/GPL-3" in debmeta.copyright_text()


def test_depends_come_from_dpkg_when_installed_else_from_the_table():
    owners = {"/lib/x86_64-linux-gnu/libxcb.so.1": "libxcb1"}
    paths = {"libxcb.so.1": "/lib/x86_64-linux-gnu/libxcb.so.1",
             "libc.so.6": "/lib/x86_64-linux-gnu/libc.so.6"}  # dpkg does not know this one
    rows = deb.resolve_depends(["libc.so.6", "libxcb.so.1", "libxcb-cursor.so.0"],
                               owner=owners.get, paths=paths)
    assert rows == [
        ("libc.so.6", "libc6", "fallback table (not installed here)"),
        ("libxcb.so.1", "libxcb1", "dpkg -S /lib/x86_64-linux-gnu/libxcb.so.1"),
        ("libxcb-cursor.so.0", "libxcb-cursor0", "fallback table (not installed here)")]
    assert deb.depends_line(rows, "2.36") == "libc6 (>= 2.36), libxcb-cursor0, libxcb1"
    with pytest.raises(SystemExit, match="libmystery.so.3"):  # unknown: stop, never guess
        deb.resolve_depends(["libmystery.so.3"], owner=owners.get, paths={})
    for soname in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
        assert soname in deb.FALLBACK_PACKAGES


@pytest.mark.skipif(not shutil.which("dpkg"), reason="dpkg is not installed (not Debian)")
def test_dpkg_names_the_package_of_an_installed_library():
    paths = deb.ldconfig_paths()
    assert deb.dpkg_owner(paths["libc.so.6"]) == "libc6"
    assert deb.dpkg_owner("/no/such/libnothing.so.1") is None  # control


def test_elf_reader_finds_needed_libraries_and_the_glibc_floor(tmp_path):
    python = Path(sys.executable).resolve()
    libraries = [p for p in Path(sys.base_prefix, "lib").glob("libpython3*.so*")] or [python]
    needed = elfdeps.elf_needed(libraries[0])
    assert needed is not None and "libc.so.6" in needed
    assert re.fullmatch(r"2\.\d+", elfdeps.glibc_floor(libraries))
    text = tmp_path / "script.sh"
    text.write_text("#!/bin/sh\n")
    assert elfdeps.elf_needed(text) is None  # control: not ELF


def test_checksums_are_what_sha256sum_checks(tmp_path):
    tmp_path = tmp_path / "dist"
    tmp_path.mkdir()
    for name, body in (("a.tar.gz", b"one"), ("b_0.2.0_amd64.deb", b"two")):
        (tmp_path / name).write_bytes(body)
    sums = build.write_checksums(tmp_path, sorted(tmp_path.iterdir()))
    lines = sums.read_text().splitlines()
    assert [line.split("  ")[1] for line in lines] == ["a.tar.gz", "b_0.2.0_amd64.deb"]
    if shutil.which("sha256sum"):
        check = ["sha256sum", "-c", "SHA256SUMS"]
        assert subprocess.run(check, cwd=tmp_path, capture_output=True).returncode == 0
        (tmp_path / "a.tar.gz").write_bytes(b"changed")  # control: a changed download
        assert subprocess.run(check, cwd=tmp_path, capture_output=True).returncode != 0


def test_the_tarball_is_the_same_bytes_when_built_again(tmp_path):
    folder = tmp_path / "small-moments"
    (folder / "_internal").mkdir(parents=True)
    (folder / "small-moments").write_bytes(b"\x7fELF app")
    (folder / "_internal" / "lib.so").write_bytes(b"library" * 100)
    first = build.write_tarball(folder, tmp_path / "one.tar.gz", 1_700_000_000).read_bytes()
    (folder / "small-moments").touch()  # a later build: new file times
    second = build.write_tarball(folder, tmp_path / "two.tar.gz", 1_700_000_000).read_bytes()
    assert first == second
    later = build.write_tarball(folder, tmp_path / "three.tar.gz", 1_800_000_000).read_bytes()
    assert later != first  # control: the date is really in there


def test_compare_builds_prints_missing_files_and_big_size_changes(tmp_path, capsys):
    for side, extra, size in (("a", "old.so", 1000), ("b", "new.so", 1005)):
        app = tmp_path / side / "small-moments"
        app.mkdir(parents=True)
        (app / "small-moments").write_bytes(b"x" * size)
        (app / extra).write_bytes(b"y")
        (app / "big.so").write_bytes(b"z" * (100 if side == "a" else 200))
    assert compare_builds.main([str(tmp_path / "a"), str(tmp_path / "b")]) == 1
    out = capsys.readouterr().out
    assert "old.so only in the first build" in out and "new.so only in the second" in out
    assert "DIFFERENT: small-moments/: big.so 100 -> 200" in out
    assert "within the margin: small-moments/: small-moments 1,000 -> 1,005" in out
    same = compare_builds.main([str(tmp_path / "a"), str(tmp_path / "a")])
    assert same == 0 and "0 difference(s)" in capsys.readouterr().out  # control


@pytest.mark.parametrize("name", ["release-windows.yml", "release-macos.yml"])
def test_the_windows_and_macos_recipes_read_right(name):
    recipe = yaml.safe_load((WORKFLOWS / name).read_text())
    text = (WORKFLOWS / name).read_text()
    assert "NOT RUN YET" in text
    on = recipe.get("on", recipe.get(True))  # YAML 1.1 reads a bare `on` as True
    assert "workflow_dispatch" in on
    steps = recipe["jobs"]["build"]["steps"]
    assert all(step.get("name") and ("run" in step) != ("uses" in step) for step in steps)
    runs = "\n".join(step["run"] for step in steps if "run" in step)
    assert "dev.py package" in runs and "--version" in runs and "--self-test" in runs
    assert "SHA256SUMS" in runs
    kind = "windows" if "windows" in name else "macos"
    uploads = [s["with"]["path"] for s in steps if s.get("uses", "").startswith(
        "actions/upload-artifact")][0]
    assert f"small-moments-*-{kind}.zip" in uploads and "SHA256SUMS" in uploads
    assert f'-{kind}.zip"' in (ROOT / "packaging" / "build.py").read_text()
    if kind == "macos":
        assert "Small Moments.app" in (ROOT / "packaging" / "small_moments.spec").read_text()
        for step in steps:  # a dry read: bash parses every shell step
            if "run" in step:
                parsed = subprocess.run(["bash", "-n"], input=step["run"], text=True,
                                        capture_output=True)
                assert parsed.returncode == 0, (step["name"], parsed.stderr)
    else:
        assert "small-moments.exe" in runs and recipe["jobs"]["build"]["defaults"]["run"][
            "shell"] == "pwsh"


def test_the_readme_lists_the_folders_platformdirs_gives(monkeypatch):
    import platformdirs.macos
    import platformdirs.unix
    import platformdirs.windows

    local = r"C:\Users\<you>\AppData\Local"
    monkeypatch.setattr(platformdirs.windows, "get_win_folder",
                        lambda csidl: {"CSIDL_LOCAL_APPDATA": local}[csidl])
    home = str(Path.home())
    for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(key, raising=False)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    spanish = (ROOT / "README.es.md").read_text(encoding="utf-8")
    for system, kind in (("Linux", platformdirs.unix.Unix), ("macOS", platformdirs.macos.MacOS),
                         ("Windows", platformdirs.windows.Windows)):
        dirs = kind("small-moments", appauthor=False)
        dirs = type("Dirs", (), {name: getattr(dirs, name).replace(home, "~")
                                 for name in ("user_data_dir", "user_config_dir")})
        data = dirs.user_data_dir.replace("/", "\\") if system == "Windows" else dirs.user_data_dir
        config = (dirs.user_config_dir.replace("/", "\\") if system == "Windows"
                  else dirs.user_config_dir)
        assert f"| {system} | `{data}` | `{config}` |" in readme
        assert f"| {system} | `{data.replace('<you>', '<tú>')}` |" in spanish
