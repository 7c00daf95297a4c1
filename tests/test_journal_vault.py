"""The vault: creating, opening, and changing the keys of a journal."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from journal import (
    Entry,
    InvalidInput,
    JournalDamaged,
    KeyFileDamaged,
    KeyFileMissing,
    RecoveryCodeTypo,
    Vault,
    WrongPassphrase,
    WrongRecoveryCode,
    kdf,
    keyfile,
    recovery,
)
from journal.errors import JournalClosed


def names(folder) -> list[str]:
    """The journal's own files (the OS lock file beside them is not one)."""
    return sorted(p.name for p in folder.iterdir() if p.name != "journal.lock")


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in the folder and a hash of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def add_note(journal, words: str) -> Entry:
    return journal.add_entry(Entry("reflection", datetime(2026, 11, 19, 20, 0), {"body": words}))


def test_create_then_open_with_passphrase_and_recovery_code(vault, created):
    journal, code = created
    add_note(journal, "Bath time giggles")
    journal.close()
    assert names(vault.folder) == ["journal.db", "journal.key"]
    with vault.open(PASSPHRASE) as again:
        assert again.get_entry(1).text["body"] == "Bath time giggles"
    with vault.open_with_recovery(code) as again:
        assert again.get_entry(1).text["body"] == "Bath time giggles"


def test_a_second_create_refuses_to_overwrite(vault, created):
    before = fingerprint(vault.folder)
    with pytest.raises(FileExistsError):
        vault.create("another passphrase")
    assert fingerprint(vault.folder) == before


def test_empty_passphrase_is_refused_with_a_message(vault):
    with pytest.raises(InvalidInput, match="choose a passphrase"):
        vault.create("")
    assert not vault.exists()


def test_key_file_has_two_slots_and_binds_its_journal(vault, created):
    data = json.loads(vault.key_path.read_text())
    assert data["format"] == "small-moments-key" and data["version"] == 1
    slots = {s["id"]: s for s in data["current"]["slots"]}
    assert set(slots) == {"passphrase", "recovery"}
    assert slots["passphrase"]["kdf"] == "argon2id"
    assert slots["passphrase"]["params"] == kdf.TEST_PARAMS.as_dict()


def test_wrong_passphrase_changes_no_byte(vault, created):
    created[0].close()
    before = fingerprint(vault.folder)
    with pytest.raises(WrongPassphrase) as info:
        vault.open("a loud evening walk")
    assert "doesn't open" in str(info.value)
    assert fingerprint(vault.folder) == before


def test_wrong_recovery_code_changes_no_byte(vault, created):
    created[0].close()
    before = fingerprint(vault.folder)
    with pytest.raises(WrongRecoveryCode):
        vault.open_with_recovery(recovery.new_code()[0])
    assert fingerprint(vault.folder) == before


def test_recovery_code_typo_is_caught_before_key_derivation(vault, created, monkeypatch):
    code = created[1]
    created[0].close()
    calls = []
    monkeypatch.setattr(kdf, "derive_secret_key", lambda *a: calls.append(a) or b"\0" * 32)
    swapped = code[:-1] + ("0" if code[-1] != "0" else "1")
    with pytest.raises(RecoveryCodeTypo):
        vault.open_with_recovery(swapped)
    assert calls == []


def test_recovery_then_reset_passphrase_retires_the_old_one(vault, created):
    journal, code = created
    add_note(journal, "First steps to the window")
    journal.close()
    with vault.reset_passphrase(code, "a brand new passphrase") as again:
        assert again.get_entry(1) is not None
    with pytest.raises(WrongPassphrase):
        vault.open(PASSPHRASE)
    vault.open("a brand new passphrase").close()
    vault.open_with_recovery(code).close()  # the recovery code still works


def test_change_passphrase_leaves_database_bytes_unchanged(vault, created):
    journal = created[0]
    add_note(journal, "Sang in the car")
    journal.close()
    db_before = vault.db_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not it", "whatever comes next")
    vault.change_passphrase(PASSPHRASE, "whatever comes next")
    assert vault.db_path.read_bytes() == db_before
    with pytest.raises(WrongPassphrase):
        vault.open(PASSPHRASE)
    vault.open("whatever comes next").close()


def test_new_recovery_code_retires_the_old_one(vault, created):
    old_code = created[1]
    created[0].close()
    new_code = vault.new_recovery_code(PASSPHRASE)
    assert new_code != old_code
    with pytest.raises(WrongRecoveryCode):
        vault.open_with_recovery(old_code)
    vault.open_with_recovery(new_code).close()


def test_rotate_data_key_re_encrypts_and_issues_a_new_code(vault, created):
    journal, old_code = created
    add_note(journal, "Peekaboo behind the blanket")
    old_key = journal.data_key()
    db_before = vault.db_path.read_bytes()
    new_code = vault.rotate_data_key(journal, PASSPHRASE)
    assert journal.data_key() != old_key
    assert journal.get_entry(1).text["body"] == "Peekaboo behind the blanket"
    journal.close()
    assert vault.db_path.read_bytes() != db_before
    with pytest.raises(WrongRecoveryCode):
        vault.open_with_recovery(old_code)
    with vault.open_with_recovery(new_code) as again:
        assert again.get_entry(1).text["body"] == "Peekaboo behind the blanket"
    assert "pending" not in json.loads(vault.key_path.read_text())


@pytest.mark.parametrize("stop_after", ["pending_written", "rekeyed"])
def test_rotation_interrupted_at_any_step_still_opens(vault, created, monkeypatch, stop_after):
    """Simulate a crash between the steps of a rotation: the journal opens either way."""
    journal, code = created
    add_note(journal, "Rocking chair lullaby")

    class Crash(Exception):
        pass

    real_rekey = type(journal).rekey
    saves = []
    real_save = keyfile.KeyFile.save

    def save(self, path):
        saves.append(self)
        if stop_after == "rekeyed" and len(saves) == 2:
            raise Crash()
        real_save(self, path)

    def rekey(self, new_key):
        if stop_after == "pending_written":
            raise Crash()
        real_rekey(self, new_key)

    monkeypatch.setattr(keyfile.KeyFile, "save", save)
    monkeypatch.setattr(type(journal), "rekey", rekey)
    with pytest.raises(Crash):
        vault.rotate_data_key(journal, PASSPHRASE)
    monkeypatch.undo()
    journal.close()
    assert "pending" in json.loads(vault.key_path.read_text())
    with vault.open(PASSPHRASE) as again:
        assert again.get_entry(1).text["body"] == "Rocking chair lullaby"
    # opening settled the key file on whichever key the database really has
    assert "pending" not in json.loads(vault.key_path.read_text())
    vault.open(PASSPHRASE).close()
    if stop_after == "pending_written":
        vault.open_with_recovery(code).close()  # the rotation never happened


def test_rotation_interrupted_after_rekey_opens_with_the_old_recovery_code(
        vault, created, monkeypatch):
    journal, code = created
    real_save = keyfile.KeyFile.save
    saves = []

    def save(self, path):
        saves.append(self)
        if len(saves) == 2:
            raise RuntimeError("power cut")
        real_save(self, path)

    monkeypatch.setattr(keyfile.KeyFile, "save", save)
    with pytest.raises(RuntimeError):
        vault.rotate_data_key(journal, PASSPHRASE)
    monkeypatch.undo()
    journal.close()
    vault.open_with_recovery(code).close()


def test_closing_drops_the_key(vault, created):
    journal = created[0]
    journal.close()
    assert not journal.is_open
    with pytest.raises(JournalClosed):
        journal.data_key()
    with pytest.raises(JournalClosed):
        journal.list_entries()


MEMORY_SECURITY = """
import sys
sys.path.insert(0, {root!r})
from journal import Vault
from journal.vault.kdf import TEST_PARAMS
journal, _ = Vault(sys.argv[1], kdf_params=TEST_PARAMS).create("a quiet morning walk")
print(journal.conn.execute("PRAGMA cipher_memory_security").fetchone()[0])
journal.close()
"""


def test_every_connection_setting_is_in_force(journal, tmp_path):
    """cipher_memory_security in a process of its own, where tests/conftest.py has not
    turned it off (SQLCipher never turns it off again once on, so it can't be here)."""
    script = MEMORY_SECURITY.format(root=str(Path(__file__).resolve().parent.parent))
    said = subprocess.run([sys.executable, "-c", script, str(tmp_path / "own")],
                          capture_output=True, text=True, timeout=120)
    assert said.stdout.split() == ["1"], said.stdout + said.stderr
    conn = journal.conn
    assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] in (0, "0")  # control
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_the_app_defaults_are_strong(data_dir):
    params = Vault(data_dir).kdf_params()
    assert params.memory_kib >= 64 * 1024
    assert params.time_cost >= 3
    assert params.parallelism >= 1
    assert kdf.Argon2Params() == kdf.Argon2Params(3, 64 * 1024, 4)


def test_recovery_code_format():
    code, secret = recovery.new_code()
    groups = code.split("-")
    assert len(groups) == 7 and all(len(g) == 4 for g in groups)
    assert set(code.replace("-", "")) <= set(recovery.ALPHABET)
    assert not set("ILOU") & set(code)
    assert len(secret) * 8 >= 128
    assert recovery.parse_code(code) == secret
    # forgiving of case, spaces and look-alike letters
    relaxed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert recovery.parse_code(relaxed) == secret


def test_every_single_character_typo_is_caught_or_harmless():
    code, secret = recovery.new_code()
    raw = code.replace("-", "")
    caught = 0
    for i, ch in enumerate(raw):
        for other in recovery.ALPHABET:
            if other == ch:
                continue
            try:
                got = recovery.parse_code(raw[:i] + other + raw[i + 1:])
            except RecoveryCodeTypo:
                caught += 1
            else:
                assert got != secret
    total = len(raw) * (len(recovery.ALPHABET) - 1)
    assert caught / total > 0.99


# -- damaged and missing files ------------------------------------------------------


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))


KEYFILE_DAMAGE = {
    "missing": (lambda p: p.unlink(), KeyFileMissing),
    "truncated": (lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
                  KeyFileDamaged),
    "empty": (lambda p: p.write_bytes(b""), KeyFileDamaged),
    "not json": (lambda p: p.write_bytes(b"\x00\xffhello"), KeyFileDamaged),
    "bit flip in a slot": (
        lambda p: p.write_text(p.read_text().replace('"ciphertext": "A', '"ciphertext": "B', 1)
                               if '"ciphertext": "A' in p.read_text()
                               else p.read_text().replace('"ciphertext": "', '"ciphertext": "A',
                                                          1)),
        (KeyFileDamaged, WrongPassphrase)),
    "wrong journal id": (
        lambda p: p.write_text(json.dumps({**json.loads(p.read_text()),
                                           "journal_id": "ab" * 16})),
        WrongPassphrase),
}


@pytest.mark.parametrize("case", sorted(KEYFILE_DAMAGE))
def test_key_file_damage_gets_its_own_message_and_changes_nothing(vault, created, case):
    created[0].close()
    damage, expected = KEYFILE_DAMAGE[case]
    damage(vault.key_path)
    before = fingerprint(vault.folder)
    with pytest.raises(expected) as info:
        vault.open(PASSPHRASE)
    assert str(info.value)
    assert fingerprint(vault.folder) == before


# Damage to the database itself: tests/test_reliability_damage.py (with backups).


def test_missing_database_is_damage_not_a_wrong_passphrase(vault, created):
    created[0].close()
    vault.db_path.unlink()
    with pytest.raises(JournalDamaged, match="missing"):
        vault.open(PASSPHRASE)
    assert names(vault.folder) == ["journal.key"]


def test_key_file_parser_refuses_odd_shapes():
    good = {"format": "small-moments-key", "version": 1, "journal_id": "ab" * 16,
            "current": {"generation": 1, "slots": []}}
    for bad in (b"[]", b"null", json.dumps(good).encode(), b"{" * 5000,
                json.dumps({**good, "version": 99}).encode(), b"x" * 70_000):
        with pytest.raises(KeyFileDamaged):
            keyfile.KeyFile.from_bytes(bad)


def test_a_crash_while_writing_the_key_file_keeps_the_old_one(vault, created, monkeypatch):
    from journal import fsutil

    created[0].close()
    before = vault.key_path.read_bytes()

    def power_cut(src, dst):
        raise OSError("power cut during rename")

    monkeypatch.setattr(fsutil.os, "replace", power_cut)
    with pytest.raises(OSError):
        vault.change_passphrase(PASSPHRASE, "never lands")
    monkeypatch.undo()
    assert vault.key_path.read_bytes() == before
    assert names(vault.folder) == ["journal.db", "journal.key"]
    vault.open(PASSPHRASE).close()
