"""Benchmark the real window, offscreen, at 1,000 and 100,000 entries (a script, not a test).

    .venv/bin/python tests/benchmarks/bench_ui.py [--sizes 1000,100000] [--runs 5]

Each journal is built once with the generator of bench_journal.py into a cache folder
under /tmp (about 2 minutes for 100,000 entries) and reused; `--cache` picks another
folder (a branch with another schema must not upgrade the shared one). Every step is driven like a
caregiver would (keys and buttons) and counts as done only when the widget that shows its
result has painted. Prints the median and max over the runs for each step of issue 24:
unlock beyond key derivation, the summary wizard's Next to the item list (12 months),
closing it (Esc), Next to the notes and to the first preview page, one search keystroke
(debounce + search + paint) and its part after the debounce (the pause ends -> results
painted), lock, and lock while the day's first backup is running.

The timeline (issues 14 and 24: first page within 100 ms, "page 50 as fast as page 1"):
the Moments tab's first page painted; PageDown at screen 1 and at screen 50; and End at
the bottom, which reads the next 200 entries, when the list holds 1 and 50 such pages.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LC_ALL", "C.UTF-8")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_journal import PASSPHRASE, fill  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from journal import FixedClock, Person, Vault  # noqa: E402
from journal.backups.manager import BackupManager  # noqa: E402
from journal.vault.kdf import TEST_PARAMS  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "small-moments-bench-ui"
T0 = datetime(2026, 1, 1, 9, 0)  # the generated journal runs 2021-01-01 .. 2025-12-31
YEAR = (date(2025, 1, 1), date(2025, 12, 31))
LIMIT = 900.0  # seconds: a step that takes longer is reported as stuck


def set_cache(folder: Path) -> None:
    global CACHE
    CACHE = folder


def journal_folder(n: int) -> Path:
    """The cached journal of `n` entries (built once), with a backup made at T0."""
    folder = CACHE / f"j{n}"
    if (folder / "ready").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    building = CACHE / f"j{n}.building"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    print(f"building a journal of {n:,} entries in {folder} (once) ...", flush=True)
    vault = Vault(building, kdf_params=TEST_PARAMS, clock=FixedClock(T0))
    journal, _ = vault.create(PASSPHRASE)
    people = [journal.add_person(Person("child", "Leo", "2025-01")).id,
              journal.add_person(Person("caregiver", "Mama")).id,
              journal.add_person(Person("village", "Abuela")).id]
    strengths = [s.id for s in journal.strengths()]
    fill(journal, random.Random(7), n, n, people, strengths, 0)
    BackupManager.for_vault(vault).make_backup(journal)
    journal.close()
    (building / "ready").write_text("ok")
    building.rename(folder)
    return folder


class TimerWatch(QObject):
    """When a QTimer's time is up (its Timer event, just before `timeout` is sent)."""

    def __init__(self, timer: QObject) -> None:
        super().__init__()
        self.at: float | None = None
        self.cpu_at = 0.0
        timer.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Timer:
            self.at, self.cpu_at = time.perf_counter(), time.process_time()
        return False


class PaintWatch(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        self.widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False

    def done(self) -> None:
        self.widget.removeEventFilter(self)


def until(condition, limit: float = LIMIT) -> None:
    start = time.perf_counter()
    while not condition():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() - start > limit:
            raise TimeoutError("stuck")


def painted(widget_of) -> None:
    """Wait until the widget showing the result has painted (after it became ready)."""
    widget = widget_of()
    watch = PaintWatch(widget)
    widget.update()
    try:
        until(lambda: watch.count > 0)
    finally:
        watch.done()


def step(action, ready, widget_of) -> float:
    start = time.perf_counter()
    action()
    until(ready)
    painted(widget_of)
    return time.perf_counter() - start


def backup_running(window) -> bool:
    shell = window.shell
    page = getattr(shell, "my_data", None) if not hasattr(shell, "daily_backup") else None
    if page is not None:
        return page.working
    return shell.daily_backup.running


def item_rows(items) -> int:
    if hasattr(items, "boxes"):  # the list of check boxes (before issue 24)
        return len(items.boxes)
    return items.model.total


def items_loaded(items) -> bool:
    return not getattr(items, "loading", False)


def items_target(items) -> QWidget:
    return items.view.viewport() if hasattr(items, "view") else items.scroll.viewport()


class Bench:
    def __init__(self, n: int, runs: int, skip: set[str], verbose: bool = False) -> None:
        from ui.plumbing.dialogs import Dialogs
        from ui.shell.app import build_context, make_qapp

        self.app = make_qapp([])
        self.n, self.runs, self.skip, self.verbose = n, runs, skip, verbose
        self.folder = journal_folder(n)
        self.clock = FixedClock(T0)
        self.ctx = build_context(self.app, self.folder, lang="en",
                                 settings_file=CACHE / "settings.ini",
                                 dialogs=Dialogs(headless=True), clock=self.clock,
                                 kdf_params=TEST_PARAMS)
        self.vaults: list[Vault] = []
        plain = self.ctx.vault

        def remember() -> Vault:
            vault = plain()
            self.vaults.append(vault)
            return vault
        self.ctx.vault = remember  # to read the key derivation time of each unlock
        self.samples: dict[str, list[float]] = {}
        self.tick = QTimer()  # wakes the waits now and then
        self.tick.start(50)

    def add(self, name: str, seconds: float) -> None:
        self.samples.setdefault(name, []).append(seconds)
        if self.verbose:
            print(f"  {self.n:,} entries: {name}: {seconds:.3f}", flush=True)

    def unlock(self, window) -> float:
        page = window.unlock_page
        page.passphrase.setText(PASSPHRASE)
        opened: list[float] = []
        def note(_journal) -> None:
            opened.append(time.perf_counter())
        page.unlocked.connect(note)
        start = time.perf_counter()
        QTest.keyClick(page.passphrase, Qt.Key.Key_Return)
        until(lambda: window.shell is not None)
        painted(lambda: window.shell.today)
        end = time.perf_counter()
        page.unlocked.disconnect(note)
        self.add("unlock: journal open -> Today painted", end - opened[0])
        return end - start - self.vaults[-1].last_kdf_seconds

    def run_once(self, number: int) -> None:
        from ui.shell.window import MainWindow

        self.clock.at = T0
        window = MainWindow(self.ctx)
        window.resize(1280, 800)
        window.show()
        until(window.isVisible)
        self.add("unlock, beyond key derivation", self.unlock(window))
        shell = window.shell
        if "wizard" not in self.skip:
            self.wizard(window, shell)
        if "timeline" not in self.skip:
            self.timeline(shell)
        if "search" not in self.skip:
            self.search(shell)
        self.add("lock", step(lambda: QTest.keyClick(shell, Qt.Key.Key_L,
                                                     Qt.KeyboardModifier.ControlModifier),
                              lambda: window.shell is None, lambda: window.unlock_page))
        if "backup" not in self.skip:
            self.clock.at = T0 + timedelta(days=2 * (number + 1))
            self.unlock(window)
            if backup_running(window):  # the day's first backup (unless already done)
                self.add("lock while the backup runs",
                         step(window.lock, lambda: window.shell is None,
                              lambda: window.unlock_page))
            else:
                window.lock()
            QThreadPoolWait()
            self.clock.at = T0
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    def wizard(self, window, shell) -> None:
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        QTest.keyClick(shell, Qt.Key.Key_S, ctrl_shift)
        wizard = shell.wizard
        until(lambda: shell.stack.currentWidget() is wizard)
        wizard.dates.custom.setChecked(True)
        wizard.dates.start.setDate(YEAR[0])
        wizard.dates.end.setDate(YEAR[1])
        items = wizard.items
        self.add("wizard: Next -> item list (12 months), first rows",
                 step(wizard.next_button.click,
                      lambda: wizard.steps.currentWidget() is items and item_rows(items) > 0,
                      lambda: items_target(items)))
        start = time.perf_counter()
        until(lambda: items_loaded(items))
        self.add("wizard: item list, every item loaded",
                 time.perf_counter() - start + self.samples[
                     "wizard: Next -> item list (12 months), first rows"][-1])
        self.add("wizard: items in the list", item_rows(items))
        self.add("wizard: Next -> notes",
                 step(wizard.next_button.click,
                      lambda: wizard.steps.currentWidget() is wizard.notes,
                      lambda: wizard.notes))
        self.add("wizard: Next -> first preview page",
                 step(wizard.next_button.click,
                      lambda: wizard._pdf is not None and bool(wizard.preview.pages.pages)
                      and not wizard.preview.pages.pages[0].pixmap().isNull(),  # drawn
                      lambda: wizard.preview.pages.pages[0]))
        self.add("wizard: close (Esc)",
                 step(lambda: QTest.keyClick(wizard.next_button, Qt.Key.Key_Escape),
                      lambda: shell.stack.currentWidget() is shell.tabs,
                      lambda: shell.tabs.currentWidget()))

    def timeline(self, shell) -> None:
        from ui.moments.models import PAGE_SIZE

        self.add("timeline: Moments tab -> first page painted",
                 step(lambda: shell.tabs.setCurrentIndex(1),
                      lambda: shell.tabs.currentWidget() is shell.timeline
                      and shell.timeline.model.rowCount() > 0,
                      lambda: shell.timeline.list.viewport()))
        view = shell.timeline.list
        view.setFocus()
        view.setCurrentIndex(view.model().index(0, 0))
        for screen in range(1, 51):
            row = view.currentIndex().row()
            took = step(lambda: QTest.keyClick(view, Qt.Key.Key_PageDown),
                        lambda r=row: view.currentIndex().row() != r, lambda: view.viewport())
            if screen in (1, 50):
                self.add(f"timeline: PageDown at screen {screen}", took)
        model = shell.timeline.model
        for page in range(1, 51):
            if not model.canFetchMore():
                break
            rows = model.rowCount()
            took = step(lambda: QTest.keyClick(view, Qt.Key.Key_End),
                        lambda r=rows: model.rowCount() > r or not model.canFetchMore(),
                        lambda: view.viewport())
            if page in (1, 50):
                self.add(f"timeline: End reads {PAGE_SIZE} more, list at page {page}", took)
        view.scrollToTop()

    def search(self, shell) -> None:
        QTest.keyClick(shell, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        page = shell.timeline
        until(lambda: page.search.hasFocus() or page.isVisible())
        resets = {"n": 0}
        page.search_model.modelReset.connect(lambda: resets.__setitem__("n", resets["n"] + 1))
        pause = TimerWatch(page.search_timer)
        for letter in "bath":
            before = resets["n"]
            pause.at = None
            self.add("search keystroke (debounce + search + paint)",
                     step(lambda ch=letter: QTest.keyClicks(page.search, ch),
                          lambda b=before: resets["n"] > b,
                          lambda: page.results.viewport()))
            if pause.at is not None:
                self.add("search: pause over -> results painted",
                         time.perf_counter() - pause.at)
                self.add("search: pause over -> painted, processor time",
                         time.process_time() - pause.cpu_at)
        page.search_timer.removeEventFilter(pause)
        self.add(f"search: the pause before searching ({page.search_timer.interval()} ms)",
                 page.search_timer.interval() / 1000)
        page.search.clear()

    def report(self) -> None:
        print(f"\n== {self.n:,} entries, {self.runs} runs ==")
        for name, values in self.samples.items():
            if name == "wizard: items in the list":
                print(f"{name:<52} {int(values[-1]):>9,}")
                continue
            print(f"{name:<52} median {statistics.median(values):8.3f} s"
                  f"   max {max(values):8.3f} s")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{'peak RSS':<52} {rss:8.0f} MB")


def QThreadPoolWait() -> None:  # noqa: N802
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip", default="", help="comma list: wizard, timeline, search, backup")
    parser.add_argument("--verbose", action="store_true", help="print each sample")
    parser.add_argument("--cache", type=Path, default=CACHE,
                        help="where the built journals are kept (one folder per schema)")
    args = parser.parse_args()
    set_cache(args.cache)
    skip = {s for s in args.skip.split(",") if s}
    for n in (int(s) for s in args.sizes.split(",")):
        bench = Bench(n, args.runs, skip, args.verbose)
        for number in range(args.runs):
            bench.run_once(number)
        bench.report()


if __name__ == "__main__":
    main()
