"""Test setup: offscreen Qt, a fixed locale, a fresh data folder for every test."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "en_US.UTF-8"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Point every per-user folder at a temporary place, so no test touches real data."""
    home = tmp_path / "home"
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    yield


def pytest_configure(config):
    """The app opens every connection with cipher_memory_security=ON: SQLCipher locks and
    wipes each block it allocates, two system calls per allocation (about 0.15 s for a new
    journal, minutes over the suite). No test result depends on it, so the tests in this
    process run with it off, as they use TEST_PARAMS for Argon2. SQLCipher lets it be
    turned on but never off again in a process, so it is off for the whole session;
    test_journal_vault.py checks the app's setting in a process of its own, and every test
    that starts the app or a worker in its own process runs the app's settings untouched
    (this file is not loaded there)."""
    from journal.vault import db

    db._SETTINGS = tuple(
        ("cipher_memory_security = OFF", "cipher_memory_security", 0)
        if item[1] == "cipher_memory_security" else item for item in db._SETTINGS)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After pytest-qt has closed a test's widgets and every fixture is torn down, delete
    what was handed to deleteLater(). Outside a running event loop Qt keeps those objects
    alive, so each test's windows stayed behind (a thousand widgets per walked window) and
    made every later restyle, language switch and widget walk slower."""
    result = yield
    qt = sys.modules.get("PySide6.QtWidgets")
    if qt is not None and qt.QApplication.instance() is not None:
        from PySide6.QtCore import QEvent

        qt.QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return result


@pytest.fixture
def data_dir(tmp_path):
    """A fresh, empty data folder for a journal."""
    path = tmp_path / "data"
    path.mkdir()
    return path


PASSPHRASE = "a quiet morning walk"


@pytest.fixture
def vault(data_dir):
    """A vault with cheap key derivation (tests only; the app always uses strong params)."""
    from datetime import datetime

    from journal import FixedClock, Vault
    from journal.vault.kdf import TEST_PARAMS

    return Vault(data_dir, kdf_params=TEST_PARAMS, clock=FixedClock(datetime(2026, 11, 20, 9, 0)))


@pytest.fixture
def created(vault):
    """(journal, recovery code) for a new journal; closed at the end of the test."""
    journal, code = vault.create(PASSPHRASE)
    yield journal, code
    journal.close()


@pytest.fixture
def journal(created):
    return created[0]


@pytest.fixture
def fresh(tmp_path):
    """A second, empty journal in a folder of its own (where a copy is brought in)."""
    from datetime import datetime

    from journal import FixedClock, Vault
    from journal.vault.kdf import TEST_PARAMS

    vault = Vault(tmp_path / "other", kdf_params=TEST_PARAMS,
                  clock=FixedClock(datetime(2027, 1, 1, 10, 0)))
    journal, _ = vault.create(PASSPHRASE)
    yield journal
    journal.close()
