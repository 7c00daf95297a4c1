"""Issue 19: one journal, a passphrase of its own for each caregiver."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from journal import Entry, InvalidInput, Vault, WrongPassphrase
from journal.backups.manager import BackupManager
from journal.errors import KeyFileDamaged, KeyFileTooNew
from journal.fsutil import SET_ASIDE
from journal.records.models import Filters
from journal.vault import kdf, keyfile
from journal.vault.caregivers import add_caregiver, name_caregiver, remove_caregiver
from journal.vault.kept import kept_key_files
from journal.vault.keyfile import PASSPHRASE as FIRST

ANA = "ana sings in the morning"
BEA = "grandma bea walks to the park"


def note(journal, words: str) -> Entry:
    return journal.add_entry(Entry("reflection", datetime(2026, 11, 19, 20, 0), {"body": words}))


def add(vault: Vault, name: str = "Grandma", passphrase: str = BEA) -> str:
    return add_caregiver(vault, FIRST, PASSPHRASE, name, passphrase)


def opens_with(path: Path, passphrase: str) -> bool:
    kf = keyfile.load(path)
    return any(keyfile.find_caregiver(kf, ks, passphrase) is not None
               for ks in (kf.current, kf.pending) if ks is not None)


def test_two_caregivers_each_open_with_their_own_passphrase_and_see_the_same_entries(
        vault, created):
    journal, _code = created
    note(journal, "first steps by the window")
    bea = add(vault)
    journal.close()
    with vault.open(BEA, caregiver=bea) as as_bea:
        assert as_bea.writer == bea
        note(as_bea, "we read the duck book")
    with vault.open(PASSPHRASE, caregiver=FIRST) as as_first:
        texts = sorted(e.text["body"] for e in as_first.list_entries(Filters()).entries)
        writers = {e.text["body"]: e.writer for e in as_first.list_entries(Filters()).entries}
    with vault.open(BEA, caregiver=bea) as as_bea:
        assert sorted(e.text["body"] for e in as_bea.list_entries(Filters()).entries) == texts
    assert texts == ["first steps by the window", "we read the duck book"]
    assert writers == {"first steps by the window": FIRST, "we read the duck book": bea}
    # one person's passphrase does not open the other's slot
    with pytest.raises(WrongPassphrase):
        vault.open(PASSPHRASE, caregiver=bea)
    with pytest.raises(WrongPassphrase):
        vault.open(BEA, caregiver=FIRST)
    # without a choice, every slot is tried
    with vault.open(BEA) as anyone:
        assert anyone.writer == bea


def test_each_slot_has_its_own_salt_and_no_passphrase_is_in_the_key_file(vault, created):
    created[0].close()
    add(vault, "Grandma")
    raw = vault.key_path.read_text()
    assert PASSPHRASE not in raw and BEA not in raw
    kf = keyfile.load(vault.key_path)
    salts = [slot.salt for slot in kf.current.caregivers()]
    assert len(set(salts)) == 2
    assert [slot.name for slot in kf.current.caregivers()] == [None, "Grandma"]
    assert json.loads(raw)["version"] == 2  # names and sealed slots need the new format


def test_a_one_caregiver_journal_keeps_the_old_key_file_format(vault, created):
    created[0].close()
    assert json.loads(vault.key_path.read_text())["version"] == 1


def test_an_older_key_file_opens_and_a_newer_one_is_refused_untouched(vault, created):
    created[0].close()
    data = json.loads(vault.key_path.read_text())
    data["version"] = 3
    vault.key_path.write_text(json.dumps(data))
    before = vault.key_path.read_bytes()
    with pytest.raises(KeyFileTooNew) as info:
        vault.open(PASSPHRASE)
    assert isinstance(info.value, KeyFileDamaged)  # older screens still say something plain
    assert "newer version" in str(info.value)
    assert vault.key_path.read_bytes() == before


def test_up_to_eight_caregivers_and_names_are_checked(vault, created):
    created[0].close()
    fast = Vault(vault.folder, kdf_params=kdf.TEST_PARAMS)
    for n in range(7):
        add(fast, f"Helper {n}", f"helper passphrase {n}")
    with pytest.raises(InvalidInput):
        add(fast, "Ninth", "ninth passphrase here")
    assert len(fast.caregivers()) == 8
    for bad in ("", "   ", "x" * 41, "two\nlines"):
        with pytest.raises(InvalidInput):
            add_caregiver(fast, FIRST, PASSPHRASE, bad, "another passphrase")
    with pytest.raises(WrongPassphrase):
        add_caregiver(fast, FIRST, "not the passphrase", "Dad", "another passphrase")


def test_a_caregiver_can_name_themselves(vault, created):
    created[0].close()
    name_caregiver(vault, FIRST, PASSPHRASE, "  Ana  ")
    assert vault.caregivers() == [(FIRST, "Ana")]
    with vault.open(PASSPHRASE) as journal:
        assert journal.writer_names() == {FIRST: "Ana"}


def test_removing_a_caregiver_leaves_their_passphrase_opening_nothing_the_app_keeps(
        vault, created):
    journal, _code = created
    bea = add(vault)
    BackupManager.for_vault(vault).make_backup(journal)  # a backup that holds Bea's slot
    journal.close()
    aside = vault.folder / SET_ASIDE / "20261119-200000"
    aside.mkdir(parents=True)
    shutil.copy(vault.key_path, aside / "journal.key")
    kept = kept_key_files(vault.folder)
    assert len(kept) == 3
    assert all(opens_with(path, BEA) for path in kept)  # control: she opens every one

    written = remove_caregiver(vault, FIRST, PASSPHRASE, bea)

    assert sorted(written) == sorted(kept)
    assert not any(opens_with(path, BEA) for path in kept_key_files(vault.folder))
    assert all(opens_with(path, PASSPHRASE) for path in kept_key_files(vault.folder))
    with pytest.raises(WrongPassphrase):
        vault.open(BEA)
    assert [slot_id for slot_id, _ in vault.caregivers()] == [FIRST]


def test_the_last_caregiver_cannot_be_removed(vault, created):
    created[0].close()
    before = vault.key_path.read_bytes()
    with pytest.raises(InvalidInput):
        remove_caregiver(vault, FIRST, PASSPHRASE, FIRST)
    assert vault.key_path.read_bytes() == before


def test_a_caregiver_may_remove_the_first_one(vault, created):
    created[0].close()
    bea = add(vault)
    remove_caregiver(vault, bea, BEA, FIRST)
    with pytest.raises(WrongPassphrase):
        vault.open(PASSPHRASE)
    vault.open(BEA).close()


def test_rotating_after_a_removal_keeps_the_others_and_an_old_copy_learns_nothing(
        vault, created, tmp_path):
    journal, _code = created
    bea = add(vault)
    dad = add(vault, "Dad", "dad makes pancakes on sunday")
    journal.close()
    copied = tmp_path / "copied.key"
    shutil.copy(vault.key_path, copied)  # Dad keeps a copy before he is removed
    remove_caregiver(vault, FIRST, PASSPHRASE, dad)
    with vault.open(PASSPHRASE) as journal:
        vault.rotate_data_key(journal, PASSPHRASE)
        new_key = journal.data_key()
    with vault.open(BEA, caregiver=bea) as as_bea:  # Bea needs no new passphrase
        assert as_bea.data_key() == new_key
    old = keyfile.load(copied)
    old_key = keyfile.unlock_slot(old, old.current, dad, "dad makes pancakes on sunday")
    assert old_key is not None and old_key != new_key
    live = keyfile.load(vault.key_path)
    assert keyfile.find_caregiver(live, live.current, "dad makes pancakes on sunday") is None


def test_each_caregiver_changes_only_their_own_passphrase(vault, created):
    created[0].close()
    bea = add(vault)
    vault.change_passphrase(BEA, "bea has a new passphrase", caregiver=bea)
    vault.open(PASSPHRASE, caregiver=FIRST).close()
    vault.open("bea has a new passphrase", caregiver=bea).close()
    with pytest.raises(WrongPassphrase):
        vault.open(BEA, caregiver=bea)
    assert vault.caregivers()[1] == (bea, "Grandma")  # the name stays


def test_the_timeline_filters_by_writer(vault, created):
    journal, _code = created
    bea = add(vault)
    note(journal, "mine")
    journal.set_writer(bea, "Grandma")
    note(journal, "hers")
    assert [e.text["body"] for e in journal.list_entries(Filters(writer=bea)).entries] == [
        "hers"]
    assert [e.text["body"] for e in journal.list_entries(Filters(writer=FIRST)).entries] == [
        "mine"]
    assert journal.writers() == sorted([FIRST, bea])
    assert journal.writer_names() == {bea: "Grandma"}
    journal.close()


def test_drafts_and_prompt_history_are_each_caregivers_own(vault, created):
    from datetime import date

    journal, _code = created
    bea = add(vault)
    journal.save_draft("today", "half a thought")
    journal.record_prompt(date(2026, 11, 19), "calm-1", "shown")
    journal.set_writer(bea, "Grandma")
    assert journal.load_draft("today") is None
    assert journal.prompt_history() == []
    journal.save_draft("today", "her own words")
    journal.record_prompt(date(2026, 11, 19), "play-2", "answered")
    assert [r.prompt_id for r in journal.prompt_history()] == ["play-2"]
    journal.set_writer(FIRST, None)
    assert journal.load_draft("today") == "half a thought"
    assert [r.prompt_id for r in journal.prompt_history()] == ["calm-1"]
    journal.clear_draft("today")
    assert len(journal.drafts()) == 1  # hers stays (a full copy holds every draft)
    journal.close()


def test_a_tampered_sealed_slot_is_a_wrong_passphrase_not_a_crash(vault, created):
    import base64

    created[0].close()
    bea = add(vault)
    data = json.loads(vault.key_path.read_text())
    for slot in data["current"]["slots"]:
        if slot["id"] == bea:
            slot["sealed"]["ephemeral"] = base64.b64encode(bytes(32)).decode()  # low order
    vault.key_path.write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):
        vault.open(BEA, caregiver=bea)
    vault.open(PASSPHRASE, caregiver=FIRST).close()
