"""The packaged app: the per-user install scripts, and a real onedir build that runs.

The build test runs PyInstaller (about a minute on two cores) and then the frozen app:
`--version`, and `--self-test` offscreen. A bundle that builds but does not run fails.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journal import APP_ID, APP_NAME, __version__
from tests.support import bundle_cache

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
# The budget: 150 MB on disk, 60 MB as .tar.gz (about 142 MB and 56 MB since the bundle
# carries the slim ICU data, see the tests at the end of this file).
CEILING_ONEDIR_MB = 150
CEILING_ARCHIVE_MB = 60


LINUX_ICU = pytest.mark.skipif(not sys.platform.startswith("linux"),
                               reason="PySide6 bundles its own ICU data library on Linux only")


def load_slim_icu():
    spec = importlib.util.spec_from_file_location("slim_icu", ROOT / "packaging" / "slim_icu.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


slim_icu = load_slim_icu()  # packaging/slim_icu.py, which is no package
sys.path.insert(0, str(ROOT / "packaging"))
elfdeps = importlib.import_module("elfdeps")  # packaging/elfdeps.py: what ELF files link to
sys.path.remove(str(ROOT / "packaging"))


def fake_bundle(folder: Path) -> Path:
    bundle = folder / APP_ID
    (bundle / "share" / "icons").mkdir(parents=True)
    exe = bundle / APP_ID
    exe.write_text("#!/bin/sh\necho fake small moments\n")
    exe.chmod(0o755)
    shutil.copy(LINUX / f"{APP_ID}.desktop", bundle / "share")
    for icon in (LINUX / "icons").glob("*.png"):
        shutil.copy(icon, bundle / "share" / "icons")
    shutil.copy(ROOT / "ui" / "icons" / f"{APP_ID}.svg", bundle / "share" / "icons")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(LINUX / script, bundle)
    return bundle


def test_install_and_uninstall_per_user_never_touch_the_journal(tmp_path):
    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"))
    journal = home / ".local/share" / APP_ID
    journal.mkdir(parents=True)
    (journal / "journal.db").write_bytes(b"encrypted journal bytes")
    bundle = fake_bundle(tmp_path / "unpacked")

    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True,
                   capture_output=True)
    app = home / ".local/opt" / APP_ID
    assert (app / APP_ID).is_file()
    assert os.readlink(home / ".local/bin" / APP_ID) == str(app / APP_ID)
    desktop = (home / ".local/share/applications" / f"{APP_ID}.desktop").read_text()
    assert f'Exec="{app / APP_ID}" %U' in desktop and f"Name={APP_NAME}" in desktop
    assert (home / ".local/share/icons/hicolor/256x256/apps" / f"{APP_ID}.png").is_file()
    assert (home / ".local/share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()

    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True,
                   capture_output=True)  # installing again (an update) works too
    done = subprocess.run(["sh", str(app / "uninstall.sh")], env=env, check=True,
                          capture_output=True, text=True)
    assert not app.exists() and not (home / ".local/bin" / APP_ID).exists()
    assert not (home / ".local/share/applications" / f"{APP_ID}.desktop").exists()
    assert (journal / "journal.db").read_bytes() == b"encrypted journal bytes"
    assert "still in" in done.stdout


def test_desktop_file_is_valid_enough():
    fields = dict(line.split("=", 1) for line in
                  (LINUX / f"{APP_ID}.desktop").read_text().splitlines() if "=" in line)
    assert fields["Type"] == "Application" and fields["Name"] == APP_NAME
    assert fields["Icon"] == APP_ID and fields["StartupWMClass"] == APP_ID
    assert fields["Categories"].endswith(";")


def test_install_says_when_its_launcher_folder_is_not_on_path(tmp_path):
    home = tmp_path / "home"
    bundle = fake_bundle(tmp_path / "unpacked")
    said = {}
    for case, path in (("off", "/usr/bin:/bin"), ("on", f"{home}/.local/bin:/usr/bin:/bin")):
        env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"),
                   PATH=path)
        said[case] = subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True,
                                    capture_output=True, text=True).stdout
    assert "is not on your PATH" in said["off"] and ".local/bin:$PATH" in said["off"]
    assert "is not on your PATH" not in said["on"]  # control


LINTIAN: dict[str, object] = {}
TOC = ROOT / "build" / "pyinstaller" / "small_moments" / "PYZ-00.toc"  # PyInstaller's list


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    """The app built once for this file, or the kept build of the very same inputs
    (tests/support/bundle_cache.py)."""
    dist = tmp_path_factory.mktemp("dist")
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(ROOT / "build" / "pyinstaller-cache"),
               SMALL_MOMENTS_DEB_COMPRESSION="gzip:1")  # xz for releases; the files are the same
    key = bundle_cache.inputs_key(env)
    LINTIAN["key"] = key
    if (kept := bundle_cache.kept(key)) is not None:
        bundle_cache.bring_back(kept, dist)
        LINTIAN["toc"] = kept / "PYZ-00.toc"
        print(f"the kept build of these same inputs: {kept}")
    else:
        result = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"),
                                 "--dist", str(dist)], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=1200)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        print(result.stdout)
        LINTIAN["toc"] = TOC
        bundle_cache.keep(key, dist, TOC, result.stdout)
    deb = dist / f"{APP_ID}_{__version__}_amd64.deb"
    if bundle_cache.lintian_said(key) is None and shutil.which("lintian") and deb.is_file():
        # it takes a while: run it beside the tests
        LINTIAN["job"] = subprocess.Popen(["lintian", "--tag-display-limit", "0", str(deb)],
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                          text=True)
    yield dist / APP_ID
    if (job := LINTIAN.pop("job", None)) and job.poll() is None:
        job.kill()
        job.communicate()


def run_frozen(bundle: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    return subprocess.run([str(bundle / APP_ID), *args], env=env, capture_output=True,
                          text=True, timeout=300)


def test_the_frozen_app_says_its_version(bundle, tmp_path):
    result = run_frozen(bundle, "--version", home=tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == f"{APP_NAME} {__version__}"


def test_the_frozen_app_passes_its_self_test(bundle, tmp_path):
    result = run_frozen(bundle, "--self-test", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert not (tmp_path / "data").exists()  # it used a temporary folder, not the real one


def test_the_bundle_is_slim_and_carries_its_resources(bundle):
    internal = bundle / "_internal"
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file()
               and not p.is_symlink())
    assert size / 1e6 <= CEILING_ONEDIR_MB
    archive = bundle.parent / f"{APP_ID}-{__version__}-{sys.platform}.tar.gz"
    assert archive.stat().st_size / 1e6 <= CEILING_ARCHIVE_MB
    names = {p.name for p in internal.iterdir()}
    assert not names & {"pytest", "_pytest", "hypothesis", "PyInstaller", "pypdf", "ruff"}
    qt = internal / "PySide6" / "Qt"
    if sys.platform.startswith("linux"):
        icu = qt / "lib" / slim_icu.installed_library().name
        assert icu.stat().st_size < 8_000_000, "the full ICU data was bundled: is gcc missing?"
    assert {p.name for p in (qt / "plugins" / "platforms").iterdir()} == {
        "libqxcb.so", "libqwayland.so", "libqoffscreen.so"}
    foreign = [p.name for p in (qt / "translations").glob("*.qm")
               if not p.name.endswith(("_en.qm", "_es.qm"))]
    assert foreign == []
    assert not any("QtNetwork" in p.name or "Qt6Network" in p.name for p in internal.rglob("*"))
    assert list((internal / "prompts" / "data").glob("*.toml"))
    assert list((internal / "ui" / "translations").glob("*.qm"))
    assert (internal / "ui" / "icons" / f"{APP_ID}.svg").is_file()
    assert (bundle / "install.sh").is_file() and (bundle / "share" / f"{APP_ID}.desktop").is_file()
    assert list((internal / "journal" / "summary" / "fonts").glob("*.ttf"))


def test_the_bundle_carries_no_developer_tools_or_tests(bundle):
    """tools/ (screenshots, tour, clipping checks) and tests/ never ship in the app."""
    toc = LINTIAN["toc"].read_text()
    modules = set(re.findall(r"'((?:ui|journal|prompts|tools|tests)(?:\.\w+)*)'", toc))
    assert "ui.start.unlock" in modules and "journal.summary.pdf" in modules  # control
    assert sorted(m for m in modules if m.split(".")[0] in {"tools", "tests"}) == []


# ---- what a family downloads: checksums and the Debian package ------------------------------

DEB_TOOLS = pytest.mark.skipif(not shutil.which("dpkg-deb"),
                               reason="dpkg-deb is not installed: no .deb on this system")


def the_deb(bundle: Path) -> Path:
    return bundle.parent / f"{APP_ID}_{__version__}_amd64.deb"


def test_sha256sums_list_every_artefact_and_check(bundle):
    dist = bundle.parent
    names = [line.split("  ", 1)[1] for line in (dist / "SHA256SUMS").read_text().splitlines()]
    expected = [f"{APP_ID}-{__version__}-linux.tar.gz"]
    if shutil.which("dpkg-deb"):
        expected.append(the_deb(bundle).name)
    assert names == sorted(expected)
    if shutil.which("sha256sum"):
        check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=dist,
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_no_library_points_at_a_folder_of_the_build_machine(bundle):
    paths = {str(p.relative_to(bundle)): elfdeps.search_paths(p) for p in bundle.rglob("*")
             if p.is_file() and not p.is_symlink()}
    assert paths["_internal/PySide6/Qt/lib/libQt6Core.so.6"]  # control: Qt's own $ORIGIN
    assert {name: found for name, found in paths.items()
            if any(not part.startswith("$ORIGIN") for one in found for part in one.split(":"))
            } == {}


def deb_fields(deb: Path) -> dict[str, str]:
    out = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True,
                         check=True).stdout
    return dict(re.findall(r"^([\w-]+): (.*)$", out, re.M))


def depends_packages(deb: Path) -> list[str]:
    return [item.split()[0] for item in deb_fields(deb)["Depends"].split(", ")]


@DEB_TOOLS
def test_the_deb_holds_the_app_menu_entry_metainfo_and_names_its_libraries(bundle):
    deb = the_deb(bundle)
    fields = deb_fields(deb)
    assert (fields["Package"], fields["Version"], fields["Architecture"]) == (
        APP_ID, __version__, "amd64")
    print("Depends:", fields["Depends"])
    assert re.search(r"\blibc6 \(>= 2\.\d+\)", fields["Depends"])
    names = depends_packages(deb)  # one apt-cache call: each one costs half a second
    shown = subprocess.run(["apt-cache", "show", "-q", *names], capture_output=True,
                           text=True).stdout
    unknown = [name for name in names
               if name not in re.findall(r"^Package: (\S+)$", shown, re.M)]
    assert unknown == [], "no such Debian packages"
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    paths = {line.split()[5] for line in listing.splitlines()}
    assert f"./opt/{APP_ID}/{APP_ID}" in paths
    assert f"./usr/bin/{APP_ID} -> /opt/{APP_ID}/{APP_ID}" in listing
    for path in (f"applications/{APP_ID}.desktop", "metainfo/org.smallmoments.SmallMoments."
                 "metainfo.xml", f"icons/hicolor/256x256/apps/{APP_ID}.png",
                 f"icons/hicolor/scalable/apps/{APP_ID}.svg", f"doc/{APP_ID}/copyright",
                 f"doc/{APP_ID}/changelog.gz", f"lintian/overrides/{APP_ID}",
                 f"man/man1/{APP_ID}.1.gz"):
        assert f"./usr/share/{path}" in paths, path
    assert f"./opt/{APP_ID}/install.sh" not in paths  # the per-user installer stays out
    assert all(line.split()[1] == "root/root" for line in listing.splitlines())


def installed(package: str) -> bool:
    status = subprocess.run(["dpkg-query", "-W", "-f", "${Status}", package],
                            capture_output=True, text=True).stdout
    return status == "install ok installed"


def run_installed(app: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CONFIG_HOME=str(home / ".config"))
    return subprocess.run([str(app), *args], env=env, capture_output=True, text=True,
                          timeout=300)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@DEB_TOOLS
def test_the_deb_installs_runs_and_removes_without_touching_a_journal(bundle, tmp_path):
    """As root (CI): dpkg -i, run, install again (an update), dpkg -r. Elsewhere: dpkg -x."""
    deb, home = the_deb(bundle), tmp_path / "home"
    journal = home / ".local/share" / APP_ID
    (journal / "backups").mkdir(parents=True)
    (journal / "journal.db").write_bytes(b"encrypted journal bytes")
    (journal / "journal.key").write_bytes(b'{"key": "slots"}')
    before = snapshot(home)
    missing = [name for name in depends_packages(deb) if not installed(name)]
    print("Depends not installed here:", missing or "none")
    if os.geteuid() != 0:  # no root: unpack the package where it would go, and run it
        subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path / "root")], check=True)
        app = tmp_path / "root" / "opt" / APP_ID / APP_ID
        assert run_installed(app, "--version", home=home).returncode == 0
        assert snapshot(home) == before
        return
    install = ["dpkg", "--force-unsafe-io", "-i", *(["--force-depends"] if missing else []),
               str(deb)]  # unsafe-io: no fsync per file, a test machine needs no power-cut care
    app = Path("/usr/bin") / APP_ID
    try:
        for update in (False, True):  # a first install, then the same again as an update
            done = subprocess.run(install, capture_output=True, text=True)
            assert done.returncode == 0, done.stdout + done.stderr
            said = run_installed(app, "--version", home=home)
            assert said.stdout.strip() == f"{APP_NAME} {__version__}", said.stderr
            if not update:
                checked = run_installed(app, "--self-test", home=home)
                assert "self-test passed" in checked.stdout, checked.stdout + checked.stderr
            assert snapshot(home) == before
    finally:
        removed = subprocess.run(["dpkg", "-r", APP_ID], capture_output=True, text=True)
    assert removed.returncode == 0, removed.stderr
    assert "Your journal is still there" in removed.stdout
    assert not installed(APP_ID) and not Path(f"/opt/{APP_ID}").exists()
    assert not (Path("/usr/bin") / APP_ID).exists()
    assert snapshot(home) == before
    purged = subprocess.run(["dpkg", "-P", APP_ID], capture_output=True, text=True)
    assert purged.returncode == 0 and "Your journal is still there" in purged.stdout
    assert snapshot(home) == before  # purging forgets the package, never a journal


@DEB_TOOLS
@pytest.mark.skipif(not shutil.which("lintian"), reason="lintian is not installed")
def test_lintian_finds_no_errors_in_the_deb(bundle):
    """Started by the bundle fixture right after the build; read here (or what it said
    about the very same .deb, kept with the build)."""
    said = bundle_cache.lintian_said(LINTIAN["key"])
    if said is None:
        out, err = LINTIAN["job"].communicate(timeout=1200)
        said = {"out": out, "err": err, "code": LINTIAN["job"].returncode}
        bundle_cache.keep_lintian(LINTIAN["key"], out, err, said["code"])
    print(said["out"])
    tags = [line for line in said["out"].splitlines() if line[:2] in {"E:", "W:"}]
    assert [line for line in tags if line.startswith("E:")] == []
    assert said["code"] == 0, said["err"]


# ---- the slim ICU data library (packaging/slim_icu.py) -------------------------------------
#
# Qt's ICU data is 31 MB of the bundle; the spec ships a 6 MB copy with only root, English
# and Spanish locale data. These tests prove Qt gives the same answers with it: the same
# probe runs twice, once with PySide6's own libicudata and once with the slim one put first
# on LD_LIBRARY_PATH (which beats libicuuc's RUNPATH=$ORIGIN), and /proc/self/maps shows
# which of the two was really mapped.

ICU_PROBE = r'''
import json
from PySide6.QtCore import (QBuffer, QByteArray, QCollator, QDate, QDateTime, QIODevice, QLocale,
                            QStringConverter, QStringDecoder, QStringEncoder,
                            QTextBoundaryFinder, QTime, QTimeZone, QXmlStreamReader, Qt)

with open("/proc/self/maps") as maps:
    out = {"maps": sorted({line.split()[-1] for line in maps if "libicudata" in line})}
same = out["same"] = {}

# collation (ICU ucol_*): "ñ" after "n", accents and case as tie-breakers, numeric mode
words = ["ñu", "nube", "oso", "ñandú", "Ángel", "árbol", "azul", "cana", "caña", "cañón",
         "nada", "zorro", "éxito", "España", "Ecuador", "llama", "luz", "chico", "cuna",
         "Nuñez", "Núñez", "resume", "résumé", "Résumé", "co-op", "coop", "item 10",
         "item 9", "Äpfel", "apple", "ÑANDÚ", "Ñandú"]
for name in ("es", "es_ES", "es_MX", "es_AR", "en_US", "en_GB", "C"):
    for numeric in (False, True):
        for case in (Qt.CaseSensitivity.CaseSensitive, Qt.CaseSensitivity.CaseInsensitive):
            collator = QCollator(QLocale(name))
            collator.setNumericMode(numeric)
            collator.setCaseSensitivity(case)
            key = f"collate {name} numeric={numeric} {case.name}"
            same[key] = sorted(words, key=collator.sortKey)
            same[key + " compare"] = [collator.compare(a, b) for a in words for b in words]
collator = QCollator(QLocale("es"))
collator.setIgnorePunctuation(True)
same["collate es ignorePunctuation"] = [collator.compare("co-op", "coop"),
                                        collator.compare("a.b", "ab")]

# locale formatting, and locale case mapping (ICU u_strToUpper/u_strToLower)
day = QDate(2024, 3, 9)
moment = QDateTime(day, QTime(17, 5, 9), QTimeZone(b"Europe/Madrid"))
for name in ("es", "es_ES", "es_MX", "es_419", "es_US", "es_AR", "en_US", "en_GB", "en_IN"):
    loc = QLocale(name)
    same[f"locale {name}"] = [
        loc.name(), loc.bcp47Name(), loc.toString(day, QLocale.FormatType.LongFormat),
        loc.toString(day, QLocale.FormatType.ShortFormat), loc.toString(moment),
        loc.toString(moment, QLocale.FormatType.LongFormat),
        loc.toString(moment, "dddd d MMMM yyyy HH:mm t"), loc.toString(1234567.891, "f", 2),
        loc.toCurrencyString(1234.5), loc.monthName(9), loc.dayName(6),
        loc.standaloneMonthName(1), loc.nativeLanguageName(), loc.nativeTerritoryName(),
        loc.amText(), loc.pmText(), loc.formattedDataSize(123456789), loc.quoteString("hola"),
        loc.createSeparatedList(["uno", "dos", "tres"]),
        loc.toUpper("straße ñandú ǆ"), loc.toLower("ÑANDÚ ÉXITO Σ"),
    ]
for name in ("tr_TR", "az_AZ", "lt_LT", "el_GR", "nl_NL"):  # special casing is built in
    loc = QLocale(name)
    same[f"case {name}"] = [loc.toUpper("istanbul ǉ i̇ ίδιο ĳ"), loc.toLower("İSTANBUL I Ì ΣΑΣ")]

# time zones (offsets from the tz database; names and canonical IDs from ICU ucal_*)
ids = [bytes(zone).decode() for zone in QTimeZone.availableTimeZoneIds()]
same["tz ids"] = [len(ids), ids[:5], ids[-5:]]
for zone in ("America/Mexico_City", "Europe/Madrid", "America/New_York", "Europe/London",
             "America/Argentina/Buenos_Aires", "America/Bogota", "Atlantic/Canary", "UTC",
             "America/Los_Angeles", "Asia/Tokyo", "Australia/Sydney", "US/Pacific"):
    tz = QTimeZone(zone.encode())
    row = [tz.isValid(), bytes(tz.id()).decode(), tz.hasDaylightTime(), tz.comment(),
           tz.territory().name]
    for month in (1, 7):
        when = QDateTime(QDate(2024, month, 15), QTime(12, 0), QTimeZone.utc())
        row += [tz.offsetFromUtc(when), tz.standardTimeOffset(when),
                tz.daylightTimeOffset(when), tz.isDaylightTime(when), tz.abbreviation(when)]
        for loc in ("es_ES", "es_MX", "en_US", "en_GB"):
            for kind in QTimeZone.NameType:
                row.append(tz.displayName(when, kind, QLocale(loc)))
    for time_type in QTimeZone.TimeType:
        for loc in ("es", "es_MX", "en_US"):
            for kind in QTimeZone.NameType:
                row.append(tz.displayName(time_type, kind, QLocale(loc)))
    same[f"tz {zone}"] = row
same["tz windows"] = [bytes(QTimeZone.windowsIdToDefaultIanaId(b"Romance Standard Time")).decode(),
                      bytes(QTimeZone.ianaIdToWindowsId(b"America/Mexico_City")).decode()]

# text boundaries (Qt's own tables: they must not change either)
for text in ("The quick brown fox didn't jump over the lazy dog's 3.5 fences. Did it? Yes!",
             "¿Dónde está el niño? ¡Allí, señor! El pingüino comió 2,5 kg de ñoquis."):
    for kind in QTextBoundaryFinder.BoundaryType:
        finder = QTextBoundaryFinder(kind, text)
        cuts = []
        while (cut := finder.toNextBoundary()) != -1:
            cuts.append((cut, finder.boundaryReasons().value))
        same[f"boundaries {kind.name} {text[:10]}"] = cuts

# text codecs (ICU ucnv_* for everything but UTF-* and Latin-1), decoded the way Qt's
# XML reader decodes a legacy document
legacy = bytes(b for b in range(0x20, 0x100) if b not in b"<&\x7f")
for codec, body in (("UTF-8", legacy.decode("latin-1").encode()), ("ISO-8859-1", legacy),
                    ("Latin1", legacy), ("windows-1252", legacy), ("ISO-8859-15", legacy),
                    ("windows-1250", legacy), ("IBM437", legacy), ("IBM850", legacy),
                    ("KOI8-R", legacy), ("macintosh", legacy), ("US-ASCII", legacy[:90])):
    decoder, encoder = QStringDecoder(codec), QStringEncoder(codec)
    buffer = QBuffer()
    buffer.setData(QByteArray(f'<?xml version="1.0" encoding="{codec}"?><r>'.encode()
                              + body + b"</r>"))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    xml, text = QXmlStreamReader(buffer), []
    while not xml.atEnd():
        if xml.readNext() == QXmlStreamReader.TokenType.Characters:
            text.append(xml.text())
    same[f"codec {codec}"] = [decoder.isValid(), encoder.isValid(), str(decoder.name()),
                              "".join(text), xml.errorString()]

# what the slim data drops on purpose (other languages, CJK code pages): reported, not compared
differs = out["differs"] = {}
differs["codecs"] = len(QStringConverter.availableCodecs())
differs["Shift_JIS"] = QStringDecoder("Shift_JIS").isValid()
differs["de_DE zone name"] = QTimeZone(b"Europe/Madrid").displayName(
    QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("de_DE"))
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
'''


def full_icu_data() -> tuple[Path, bytes]:
    library = slim_icu.installed_library()
    raw = library.read_bytes()
    _, _, offset, size = slim_icu.read_elf(raw)
    return library, raw[offset:offset + size]


@LINUX_ICU
def test_the_icu_package_format_is_understood_byte_for_byte():
    _, blob = full_icu_data()
    header, package, items = slim_icu.parse_package(blob)
    assert package.startswith("icudt") and len(items) > 3000
    assert slim_icu.write_package(header, items) == blob  # same layout as ICU's icupkg


@LINUX_ICU
def test_the_slim_icu_data_keeps_root_english_and_spanish_everywhere():
    _, blob = full_icu_data()
    _, package, items = slim_icu.parse_package(blob)
    out, kept, dropped = slim_icu.slim_package(blob)
    assert len(out) < 8_000_000 < len(blob)
    kept = {name[len(package) + 1:] for name in kept}
    dropped = {name[len(package) + 1:] for name in dropped}
    for name, _ in items:
        name = name[len(package) + 1:]
        base = name.rsplit("/", 1)[-1]
        if base.split("_")[0].removesuffix(".res") in {"root", "en", "es"}:
            assert name in kept, name  # every tree, every region: es_MX, es_419, en_GB, …
    assert {"supplementalData.res", "likelySubtags.res", "metaZones.res", "timezoneTypes.res",
            "windowsZones.res", "zoneinfo64.res", "plurals.res", "numberingSystems.res",
            "dayPeriods.res", "grammaticalFeatures.res", "cnvalias.icu", "unames.icu",
            "nfkc.nrm", "nfkc_cf.nrm", "uts46.nrm", "coll/ucadata.icu", "coll/root.res",
            "coll/es.res", "coll/es__TRADITIONAL.res", "zone/es_MX.res", "zone/en_GB.res",
            "curr/pool.res", "res_index.res", "brkitr/word.brk", "brkitr/line.brk",
            "ibm-5348_P100-1997.cnv", "ibm-912_P100-1995.cnv"} <= kept
    assert {"fr.res", "coll/zh.res", "zone/de.res", "brkitr/cjdict.dict",
            "brkitr/thaidict.dict", "gb18030.cnv", "ibm-943_P15A-2003.cnv"} <= dropped


@pytest.fixture(scope="module")
def slim_icu_library(tmp_path_factory) -> Path:
    if not (os.environ.get("CC") or shutil.which("gcc") or shutil.which("cc")):
        pytest.skip("no C compiler: the build bundles the full ICU data")
    library = slim_icu.slim_library(out_dir=tmp_path_factory.mktemp("icu"), verbose=False)
    assert library is not None and library.name == slim_icu.installed_library().name
    assert library.stat().st_size < 8_000_000
    return library


def run_icu_probe(library_dir: Path | None) -> dict:
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", TZ="UTC")
    env.pop("LD_PRELOAD", None)
    if library_dir is None:
        env.pop("LD_LIBRARY_PATH", None)
    else:
        env["LD_LIBRARY_PATH"] = str(library_dir)
    result = subprocess.run([sys.executable, "-c", ICU_PROBE], env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


@LINUX_ICU
def test_qt_gives_the_same_answers_with_the_slim_icu_data(slim_icu_library):
    full = run_icu_probe(None)
    slim = run_icu_probe(slim_icu_library.parent)
    assert [str(Path(m).resolve()) for m in full["maps"]] == [
        str(slim_icu.installed_library().resolve())]  # .venv may be a link to a shared one
    assert slim["maps"] == [str(slim_icu_library)]
    assert slim["same"].keys() == full["same"].keys()
    assert [key for key in full["same"] if slim["same"][key] != full["same"][key]] == []
    print("differs on purpose (full / slim):", full["differs"], slim["differs"])

    same = slim["same"]
    spanish = same["collate es numeric=False CaseSensitive"].index
    assert spanish("nube") < spanish("ñandú") < spanish("ñu") < spanish("oso")
    assert spanish("árbol") < spanish("azul") and spanish("cana") < spanish("caña")
    numeric = same["collate es numeric=True CaseSensitive"]
    assert numeric.index("item 9") < numeric.index("item 10")
    assert same["locale es_MX"][2] == "sábado, 9 de marzo de 2024"
    assert same["locale en_US"][2] == "Saturday, March 9, 2024"
    assert same["locale es_ES"][7] == "1.234.567,89"
    assert "hora estándar de Europa central" in same["locale es_ES"][5]
    madrid, mexico = same["tz Europe/Madrid"], same["tz America/Mexico_City"]
    assert madrid[:3] == [True, "Europe/Madrid", True] and madrid[5] == 3600
    assert mexico[5] == -21600 and "hora estándar central" in mexico
    assert "Central European Standard Time" in madrid
    assert "hora de verano de Europa central" in madrid
    assert same["tz ids"][0] > 300
    assert same["case tr_TR"][0].startswith("İSTANBUL")
    assert same["codec windows-1252"][3].startswith(" !") and "€" in same["codec windows-1252"][3]
    assert "ñ" in same["codec ISO-8859-15"][3] and same["codec UTF-8"][4] == ""
