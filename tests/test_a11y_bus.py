"""Screen readers for real: the app on the Linux accessibility bus (AT-SPI), by keyboard.

Each test starts the real app (main.py) on its own Xvfb display with a private D-Bus
session and the AT-SPI bus, presses keys with xdotool and checks what a screen reader
(Orca) would be told: where focus lands (role, name, description), announcements, and
the text of fields. See tests/support/atspi_session.py.

Not tried here: Orca speaking aloud, NVDA (Windows), VoiceOver (macOS).
"""

from __future__ import annotations

import os
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from a11y_checks import cycle_problems, landed_named, unnamed_focusable
from support.atspi_session import (
    A11Y_PACKAGES,
    HarnessError,
    Session,
    app_argv,
    label,
    missing_packages,
)

PASSPHRASE = "a quiet morning walk"
CONTROL_APP = Path(__file__).parent / "support" / "atspi_control_app.py"
CODE_SHAPE = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){3,}$")


def _need_packages() -> None:
    missing = missing_packages()
    if not missing:
        return
    line = ("accessibility-bus tests need these Debian packages: " + " ".join(missing)
            + " (" + "; ".join(A11Y_PACKAGES.get(m, "a library") for m in missing) + ")")
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(line)
    pytest.skip(line)


@pytest.fixture(scope="module", autouse=True)
def _packages():
    _need_packages()


@pytest.fixture
def session_for(tmp_path):
    """Start a session; stopped (every process we started) at the end of the test."""
    started = []

    def start(argv, env=None) -> Session:
        session = Session(tmp_path, argv, env).start()
        started.append(session)
        return session

    yield start
    for session in started:
        session.stop()


@pytest.fixture
def journal_dir(tmp_path):
    return make_journal(tmp_path)


def make_journal(tmp_path: Path) -> Path:
    """A journal with a few moments and Grandma Rosa (cheap key derivation)."""
    from journal import Entry, Person, StrengthMark, Vault
    from journal.vault.kdf import TEST_PARAMS

    data = tmp_path / "data"
    data.mkdir()
    journal, _code = Vault(data, kdf_params=TEST_PARAMS).create(PASSPHRASE)
    grandma = journal.add_person(Person("village", "Grandma Rosa",
                                        how_they_help="Sunday dinners and stories"))
    strengths = journal.strengths("en")
    now = datetime.now()
    texts = [("connection", {"child_did": "Pointed at the dog.", "i_did": "Waved with her."}),
             ("repair", {"pulled_apart": "Things got loud at bath time.",
                         "reconnected": "We sang the duck song."})]
    for i in range(4):
        kind, text = texts[i % 2]
        journal.add_entry(Entry(kind, now - timedelta(days=i, hours=1), text,
                                people=[grandma.id], strengths=[StrengthMark(strengths[i].id)],
                                ok_to_share=True))
    journal.close()
    return data


def first_focus(session: Session) -> dict:
    return session.expect(lambda e: e["type"] == "focus", what="focus in the new window")


def last_focus(session: Session) -> dict:
    """Where focus is once the app has handled everything so far."""
    session.sync()
    session.drain()
    return session.heard.focus()[-1]


def unlock(session: Session) -> dict:
    """Type the passphrase on the unlock screen; return where focus lands once open."""
    start = first_focus(session)
    assert start["name"] == "Passphrase", f"unlock starts on {label(start)}"
    session.type(PASSPHRASE)
    session.key("Return")
    return session.expect(lambda e: e["type"] == "focus" and e["name"] != "Passphrase",
                          what="focus on the open journal")


def assert_screen(session: Session, name: str) -> list[dict]:
    """A full Tab round and the whole tree of the screen: no trap, nothing unnamed."""
    cycle = session.tab_cycle()
    problems = cycle_problems(cycle)
    problems += [f"focusable with no name: {p}" for p in unnamed_focusable(session.tree())]
    assert problems == [], f"{name}: Tab goes {cycle.sequence()}"
    return cycle.controls()


# -- the harness bites ----------------------------------------------------------------


def test_control_unnamed_focusable_panel_and_silence_are_caught(session_for):
    session = session_for([sys.executable, str(CONTROL_APP), "faulty"])
    start = first_focus(session)
    assert start["name"] == "Your name"
    cycle = session.tab_cycle()
    problems = cycle_problems(cycle)
    assert any("no name" in p for p in problems), cycle.sequence()
    assert unnamed_focusable(session.tree()) != []
    press_keep_it(session)
    with pytest.raises(HarnessError):
        session.announced("Kept in your journal", timeout=0)


def test_control_qt_alert_event_never_reaches_the_bus(session_for):
    """Why ui/widgets/announce.py changed: the Alert event it sent was never heard."""
    session = session_for([sys.executable, str(CONTROL_APP), "alert"])
    first_focus(session)
    press_keep_it(session)
    with pytest.raises(HarnessError):
        session.announced("Kept in your journal", timeout=0)


def test_control_good_window_passes_and_is_heard(session_for):
    session = session_for([sys.executable, str(CONTROL_APP), "good"])
    first_focus(session)
    assert_screen(session, "control window")
    press_keep_it(session)  # what the two tests above wait for, heard after the words:
    assert session.announced("Kept in your journal", timeout=0)["type"] == "announcement"


def press_keep_it(session: Session) -> None:
    """Press the control window's button and wait until the app has handled it: its last
    act is to describe the button as pressed, so whatever it said before has been heard
    (one app's events reach the recorder in order). No waiting for silence on a clock."""
    session.focus_on("Keep it")
    session.key("space")
    session.expect(lambda e: e["type"] == "description" and e.get("name") == "Keep it"
                   and e.get("description") == "Pressed", what="the press handled")
    session.sync()
    session.drain()


# -- first run ------------------------------------------------------------------------


def test_first_run_by_keyboard_reads_the_recovery_code_as_text(session_for, data_dir):
    session = session_for(app_argv(data_dir))
    start = first_focus(session)
    assert label(start) == "radio button: English"
    assert_screen(session, "welcome")
    landed = session.press("alt+s")
    assert label(landed) == "password text: Passphrase"
    assert "Create my journal" not in [s["name"] for s in assert_screen(session, "passphrase")]
    nodes = {n["name"]: n for n in session.tree()}
    create = nodes["Create my journal"]
    assert not create["enabled"] and "passphrase" in create["description"].lower()
    session.type(PASSPHRASE)
    session.key("Tab")
    session.type(PASSPHRASE)
    session.announced("Both match")
    session.key("Return")
    landed = session.expect(lambda e: e["type"] == "focus" and e["name"] == "Recovery code",
                            what="focus on the recovery code")
    assert landed["role"] == "text"
    code = landed["text"]
    assert CODE_SHAPE.match(code), f"the recovery code reads as {code!r}"
    controls = assert_screen(session, "recovery code")
    assert [label(c) for c in controls[:2]] == ["text: Recovery code",
                                                "push button: Print…"]
    session.focus_on("Type the recovery code back")
    session.type(code)
    session.announced("That matches")
    landed = session.press("Return")
    assert label(landed) == "text: Child's nickname"
    assert_screen(session, "your little one")
    session.key("alt+k")
    landed = session.expect(lambda e: e["type"] == "focus" and e["name"] != "Child's nickname",
                            what="focus on Today")
    assert landed_named(landed, "first run") == []
    seen = [e["name"] for e in session.heard.focus()]
    assert "List of keys" not in seen


# -- today ----------------------------------------------------------------------------


def test_today_reflection_kept_by_keyboard(session_for, journal_dir):
    session = session_for(app_argv(journal_dir))
    landed = unlock(session)
    assert label(landed) == "text: Your reflection"
    assert landed["description"], "today's question is not tied to the reflection box"
    assert any(a["name"] == "Today" for a in landed["ancestors"]), landed["ancestors"]
    names = [label(c) for c in assert_screen(session, "today")]
    assert "page tab list: Today" in names, names
    session.type("We read the duck book twice.")
    session.key("ctrl+Return")
    session.announced("Kept in your journal")


# -- a moment, saved by keyboard ------------------------------------------------------


def test_connection_moment_by_keyboard(session_for, journal_dir):
    session = session_for(app_argv(journal_dir))
    unlock(session)
    landed = session.press("ctrl+1")
    assert label(landed) == "text: What happened?"
    controls = assert_screen(session, "connection moment form")
    groups = {}
    for control in controls:
        if control["role"] in ("check box", "radio button"):
            groups[control["role"]] = [a["name"] for a in control["ancestors"]]
    assert "Who was there?" in groups["check box"]
    assert "radio button" in groups, "one-choice groups are not radio buttons"
    session.focus_on("We laughed")
    session.key("space")  # "what we did": enough to keep a moment with taps only
    session.focus_on("Add more about this moment")
    session.key("space")  # the second column opens
    session.focus_on("Stayed calm")
    session.key("space")  # a strength ticked: "whose was it?" chips appear under it
    assert_screen(session, "connection moment form, more, with a strength")
    session.focus_on("What happened?")
    session.type("Pointed at the moon.")
    session.key("ctrl+Return")
    session.announced("kept in your journal")
    assert landed_named(last_focus(session), "saving a moment") == []
    session.press("ctrl+2")
    landed = session.press("Escape")
    assert landed_named(landed, "Esc from the form") == []


def test_a_photo_getting_ready_is_heard_then_its_words_are_asked(session_for, journal_dir,
                                                                 tmp_path):
    """A 12 MP photo picked by keyboard: made ready off the UI thread, "Getting the photo
    ready…" is said, then focus lands on the named words question, then back on the
    add button, and the new tile is named with the words."""
    from tests.photo_samples import big_jpeg

    photo = tmp_path / "bath.jpg"
    photo.write_bytes(big_jpeg(12))
    session = session_for(app_argv(journal_dir))
    unlock(session)
    session.press("ctrl+1")
    landed = session.press("alt+a")
    assert label(landed).startswith("text: File name"), label(landed)
    session.type(str(photo))
    landed = session.press("Return", what="focus on the words question")
    session.announced("Getting the photo ready")
    assert label(landed).startswith("text: If you like, say in a few words"), label(landed)
    session.type("Splashing")
    landed = session.press("Return")
    assert label(landed) == "push button: Add a photo", label(landed)
    names = [node["name"] for node in session.tree()]
    assert "Photo 1: Splashing" in names, names


# -- Moments: search and filters ------------------------------------------------------


def test_moments_search_and_filters(session_for, journal_dir):
    session = session_for(app_argv(journal_dir))
    unlock(session)
    landed = session.press("alt+m")
    assert landed_named(landed, "Alt+M") == []
    controls = assert_screen(session, "moments")
    names = [label(c) for c in controls]
    for wanted in ("spin button: From:", "spin button: To:", "push button: Open"):
        assert wanted in names, names
    assert any(n.startswith("combo box: Kind of moment") for n in names), names
    session.focus_on("Search")
    session.type("duck")
    session.announced("Moments found: 2")
    session.key("ctrl+a")
    session.type("zebra")
    session.announced("No moments with those words yet")
    session.key("ctrl+a")
    session.key("BackSpace")
    landed = session.focus_on("All your moments, newest first")
    session.key("Down")
    session.key("Delete")
    session.announced("Moved to the trash")
    session.key("ctrl+z")
    session.focus_on("All your moments, newest first")
    session.key("Down")
    landed = session.press("Return")  # opening lands on the moment's words, read as text
    assert label(landed) == "label: How you found each other again", label(landed)
    assert landed["description"] == "We sang the duck song."  # said after the caption
    assert_screen(session, "a moment")
    landed = session.press("Escape")
    assert landed_named(landed, "Esc from a moment") == []


def in_list(event: dict, name: str) -> bool:
    return event["role"] == "list" and event["name"] == name or any(
        a["role"] == "list" and a["name"] == name for a in event.get("ancestors") or [])


def test_delete_from_a_moment_then_the_trash_by_keyboard(session_for, journal_dir):
    session = session_for(app_argv(journal_dir))
    unlock(session)
    session.press("alt+m")
    session.focus_on("All your moments, newest first")
    session.key("Down")
    session.press("Return", what="focus on the moment's words")
    session.focus_on("Delete")
    landed = session.press("space", what="focus back in the list after Delete")
    assert in_list(landed, "All your moments, newest first"), label(landed)
    session.announced("Moved to the trash. Ctrl+Z brings it back.")
    session.focus_on("Trash")
    landed = session.press("space", what="focus in the trash")
    assert in_list(landed, "Trash"), label(landed)
    session.focus_on("Put back")
    landed = session.press("space", what="focus after Put back")
    session.announced("Put back in your moments. The trash is empty.")
    assert label(landed) == "push button: Back to my moments", label(landed)


# -- My village, Settings, the keys ---------------------------------------------------


def test_village_settings_and_keys(session_for, journal_dir):
    session = session_for(app_argv(journal_dir))
    unlock(session)
    landed = session.press("alt+v")
    assert landed_named(landed, "Alt+V") == []
    assert_screen(session, "my village")
    session.focus_on("Add someone")
    session.key("space")
    session.focus_on("Name")
    session.type("Aunt May")
    session.focus_on("Save")
    session.key("space")
    session.announced("Saved in your village")
    landed = session.press("alt+g")
    assert landed_named(landed, "Alt+G") == []
    names = [label(c) for c in assert_screen(session, "settings")]
    # each choice is named by its own label, not also by its group's title
    for wanted in ("combo box: Language: (English)", "combo box: Text size: (100%)"):
        assert wanted in names, names
    passphrases = [n for n in names if n.startswith("password text")]
    assert passphrases[:3] == ["password text: Current passphrase",
                               "password text: New passphrase",
                               "password text: Type the new passphrase again"], names
    session.focus_on("Current passphrase")
    session.type(PASSPHRASE)
    session.focus_on("Make a new recovery code")
    # one plain question first (issue 12): was the old code seen? Yes, the safe answer,
    # has the focus, inside a dialog a screen reader names
    asked = session.press("space", what="focus on the question about the old code")
    assert label(asked) == "push button: Yes", label(asked)
    assert {"role": "alert", "name": "A new recovery code \u2014 Small Moments"} in \
        asked["ancestors"], asked["ancestors"]
    session.key("Return")  # yes: lock out the old code for good (a new key, one backup)
    landed = session.expect(lambda e: e["type"] == "focus" and e["name"] == "Recovery code",
                            what="focus on the new recovery code", timeout=90)
    session.announced("Done. Your journal has a new key")
    assert CODE_SHAPE.match(landed["text"]), f"the new code reads as {landed['text']!r}"
    session.focus_on("Type the recovery code back")
    session.type(landed["text"])
    session.announced("That matches")
    landed = session.focus_on("Done")
    landed = session.press("space")
    assert label(landed) == "push button: Make a new recovery code"
    landed = session.press("F1")
    assert landed["role"] == "table" and landed["name"] == "List of keys"
    assert landed["rows"] >= 10 and landed["columns"] == 2
    landed = session.press("Escape")
    assert landed_named(landed, "Esc from the keys") == []
    landed = session.press("alt+d")
    assert landed_named(landed, "Alt+D") == []
    assert_screen(session, "my data")
    session.focus_on("Make a backup now")
    session.key("space")  # focus stays on the button while it works; short words after
    said = session.announced("A new backup was made just now")
    assert "/" not in said["text"], said["text"]  # the folder's path is only on screen
    assert label(last_focus(session)) == "push button: Make a backup now"


# -- lock and unlock, and Spanish -----------------------------------------------------


def test_forgot_passphrase_by_enter_then_today_says_what_works(session_for, tmp_path):
    from journal import Vault
    from journal.vault.kdf import TEST_PARAMS

    data = tmp_path / "data"
    data.mkdir()
    journal, code = Vault(data, kdf_params=TEST_PARAMS).create(PASSPHRASE)
    journal.close()
    session = session_for(app_argv(data))
    first_focus(session)
    session.focus_on("I forgot my passphrase")
    landed = session.press("space")
    assert label(landed) == "text: Recovery code", label(landed)
    session.type(code)
    landed = session.press("Return")
    assert label(landed) == "password text: Passphrase", label(landed)
    session.type("brand new words here")
    landed = session.press("Return")
    assert label(landed) == "password text: Type the passphrase again", label(landed)
    session.key("Return")  # the second box is empty: say so, stay there
    session.announced("Type the same passphrase again in this box.")
    session.type("brand new words here")
    landed = session.press("Return", what="focus on Today after the reset")
    assert landed_named(landed, "the reset") == []
    session.announced("Your new passphrase works now.")



def test_lock_and_unlock(session_for, journal_dir):
    session = session_for(app_argv(journal_dir))
    unlock(session)
    landed = session.press("ctrl+l")
    assert label(landed) == "password text: Passphrase"
    assert_screen(session, "unlock")
    session.type("not the passphrase")
    session.key("Return")
    session.announced("passphrase")
    session.key("ctrl+a")
    session.type(PASSPHRASE)
    session.key("Return")
    landed = session.expect(lambda e: e["type"] == "focus" and e["name"] != "Passphrase",
                            what="focus on the open journal")
    assert label(landed) == "text: Your reflection"


def test_spanish_screens_are_named(session_for, journal_dir):
    session = session_for(app_argv(journal_dir, "es"))
    start = first_focus(session)
    assert label(start) == "password text: Frase de acceso", label(start)
    session.type(PASSPHRASE)
    session.key("Return")
    landed = session.expect(lambda e: e["type"] == "focus" and e["name"] != start["name"],
                            what="focus on the open journal")
    assert label(landed) == "text: Tu reflexión"
    assert_screen(session, "hoy")
    session.press("ctrl+1")
    assert_screen(session, "momento de conexión")
    session.press("Escape")
    session.press("alt+m")
    assert_screen(session, "momentos")
    session.press("alt+j")
    assert_screen(session, "ajustes")


# -- the summary wizard, to a saved PDF -----------------------------------------------


def test_summary_wizard_to_a_saved_pdf(session_for, journal_dir, tmp_path):
    saves = tmp_path / "saved"
    saves.mkdir()
    session = session_for(app_argv(journal_dir), env={
        "SMALL_MOMENTS_TEST_SEAMS": "1", "SMALL_MOMENTS_TEST_SAVE_DIR": str(saves)})
    unlock(session)
    landed = session.press("ctrl+shift+s")
    assert landed_named(landed, "opening the summary") == []
    session.announced("Step 1 of 5")
    steps = {}
    for number in range(1, 4):
        steps[number] = [label(c) for c in assert_screen(session, f"summary step {number}")]
        session.key("alt+n")
        session.announced(f"Step {number + 1} of 5")
    session.announced("ready to look over")
    steps[4] = [label(c) for c in assert_screen(session, "summary step 4")]
    session.key("alt+n")
    session.announced("Step 5 of 5")
    landed = last_focus(session)
    assert label(landed).startswith("push button: Save the PDF"), label(landed)
    steps[5] = [label(c) for c in assert_screen(session, "summary step 5")]
    session.key("space")
    session.announced("Saved the PDF")
    saved = list(saves.glob("*.pdf"))
    assert len(saved) == 1 and saved[0].read_bytes().startswith(b"%PDF")


# -- caregivers: "Who is opening the journal?" --------------------------------------------


def test_unlock_picker_for_two_caregivers_by_keyboard(session_for, journal_dir):
    from journal import Vault
    from journal.vault.caregivers import add_caregiver
    from journal.vault.kdf import TEST_PARAMS

    theirs = "grandma bea walks to the park"
    add_caregiver(Vault(journal_dir, kdf_params=TEST_PARAMS), "passphrase", PASSPHRASE,
                  "Grandma Bea", theirs)
    session = session_for(app_argv(journal_dir))
    start = first_focus(session)
    assert start["name"] == "Passphrase", f"unlock starts on {label(start)}"
    assert_screen(session, "unlock with two caregivers")
    if last_focus(session)["name"] != "Passphrase":
        session.press("shift+Tab")  # back from where the Tab round ended
    picker = session.press("shift+Tab")
    assert label(picker) == "combo box: Who is opening the journal? (Caregiver 1)"
    assert picker["description"].startswith("Each caregiver has their own passphrase")
    session.key("Down")
    session.sync()
    landed = session.press("Tab")
    assert landed["name"] == "Passphrase", label(landed)
    session.type(theirs)
    session.key("Return")
    opened = session.expect(lambda e: e["type"] == "focus" and e["name"] != "Passphrase",
                            what="focus on the open journal")
    assert label(opened) == "text: Your reflection"
