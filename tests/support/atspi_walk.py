"""Walk every screen through AT-SPI and write each Tab sequence and problem as JSON.

    .venv/bin/python tests/support/atspi_walk.py ROOT LANG OUT.json

ROOT is a checkout of the app (this one, or an older copy to compare with); LANG is en
or es. For the closing notes of accessibility work; not part of the test suite.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS.parent), str(TESTS)]

import test_a11y_bus as T  # noqa: E402
from a11y_checks import cycle_problems, unnamed_focusable  # noqa: E402

from support.atspi_session import HarnessError, Session  # noqa: E402

KEYS = {"en": {"start": "alt+s", "next": "alt+n", "pass": "Passphrase",
               "tabs": ["alt+m", "alt+v", "alt+d", "alt+g"]},
        "es": {"start": "alt+e", "next": "alt+s", "pass": "Frase de acceso",
               "tabs": ["alt+m", "alt+t", "alt+d", "alt+j"]}}


class Walk:
    def __init__(self, root: Path, lang: str) -> None:
        self.root, self.lang, self.keys = root, lang, KEYS[lang]
        self.out: dict[str, dict] = {}

    def argv(self, data: Path) -> list[str]:
        return [sys.executable, str(self.root / "main.py"), "--data-dir", str(data),
                "--lang", self.lang]

    def screen(self, session: Session, name: str) -> None:
        try:
            cycle = session.tab_cycle(limit=60)
            problems, sequence = cycle_problems(cycle), cycle.sequence()
        except HarnessError as exc:
            problems, sequence = [str(exc)[:200]], []
        problems += ["unnamed focusable: " + p for p in unnamed_focusable(session.tree())]
        self.out[name] = {"sequence": sequence, "count": len(sequence), "problems": problems}

    @staticmethod
    def step(session: Session, key: str) -> None:
        try:
            session.press(key, timeout=6)
        except HarnessError:
            print("no focus move after", key, file=sys.stderr)

    def type_passphrase(self, session: Session, twice: bool) -> None:
        session.focus_on(self.keys["pass"])
        session.type(T.PASSPHRASE)
        if twice:
            session.key("Tab")
            session.type(T.PASSPHRASE)
        session.key("Return")
        session.expect(lambda e: e["type"] == "focus" and e["role"] != "password text",
                       what="the next screen", timeout=30)
        session.sync()
        session.drain()

    def first_run(self) -> None:
        work = Path(tempfile.mkdtemp())
        (work / "data").mkdir()
        with Session(work, self.argv(work / "data")) as session:
            T.first_focus(session)
            self.screen(session, "first run: welcome")
            self.step(session, self.keys["start"])
            self.screen(session, "first run: passphrase")
            self.type_passphrase(session, twice=True)
            self.screen(session, "first run: recovery code")

    def journal(self) -> None:
        work = Path(tempfile.mkdtemp())
        with Session(work, self.argv(T.make_journal(work))) as session:
            T.first_focus(session)
            self.screen(session, "unlock")
            self.type_passphrase(session, twice=False)
            self.screen(session, "Today")
            for key, name in (("ctrl+1", "connection moment form"),
                              ("ctrl+2", "repair moment form")):
                self.step(session, key)
                self.screen(session, name)
                self.step(session, "Escape")
            for key, name in zip(self.keys["tabs"], ["Moments", "My village", "My data",
                                                     "Settings"], strict=True):
                self.step(session, key)
                self.screen(session, name)
            self.step(session, "F1")
            self.screen(session, "Keys that help")
            self.step(session, "Escape")
            self.step(session, "ctrl+shift+s")
            self.screen(session, "Summary step 1 (days)")
            for number in (2, 3):
                self.step(session, self.keys["next"])
                self.screen(session, f"Summary step {number}")


def main() -> int:
    walk = Walk(Path(sys.argv[1]), sys.argv[2])
    walk.first_run()
    walk.journal()
    Path(sys.argv[3]).write_text(json.dumps(walk.out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
