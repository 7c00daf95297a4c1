"""Pages closed while their background work reports, many times over (run as a
separate process, since a failure here is a crash, not an exception):

    python tests/support/handover_stress.py app|summary|bare ROUNDS

`app`: the app's own runner (`run_in_background`). `summary`: the summary wizard's
progress (ui/summary/background.py `Relay` and `scaled`, wired as the wizard wires them),
reported while a lock deletes the wizard. `bare`: the same pattern done the way that
crashed, a worker signalling through a QObject that belongs to the page being deleted
(the control: it shows this harness catches the crash). Prints "ok N" (N: callbacks
that ran, which must be 0: every page was gone) and exits 0, or dies."""

from __future__ import annotations

import contextlib
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import shiboken6  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal  # noqa: E402

from ui.plumbing.operations import run_in_background, settle  # noqa: E402
from ui.summary.background import Relay, scaled  # noqa: E402


class _Asker(QObject):
    said = Signal(object)


def bare(parent: QObject, gate: threading.Event, got: list) -> threading.Thread:
    asker = _Asker(parent)  # owned by the page, like the old Operation
    asker.said.connect(got.append)

    def work() -> None:
        gate.wait()
        with contextlib.suppress(RuntimeError):  # deleted before: PySide says so;
            asker.said.emit(1)  # deleted during: it crashes

    return _started(work)


def summary(wizard: QObject, gate: threading.Event, got: list) -> threading.Thread:
    relay = Relay(wizard)  # as SummaryWizard makes it: a child of the wizard
    relay.progress.connect(got.append)
    report = scaled(10, 100, relay)

    def work() -> None:  # the PDF worker
        gate.wait()
        with contextlib.suppress(RuntimeError):
            for i in range(3):
                report(i, 3)

    return _started(work)


def _started(work) -> threading.Thread:
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


def main() -> None:
    mode, rounds = sys.argv[1], int(sys.argv[2])
    app = QCoreApplication([])
    got: list = []
    threads: list[threading.Thread] = []
    for n in range(rounds):
        parent, gate = QObject(), threading.Event()
        for _ in range(4):
            if mode == "app":
                run_in_background(parent, gate.wait, got.append, got.append)
            else:
                threads.append((summary if mode == "summary" else bare)(parent, gate, got))
        gate.set()  # the work reports ...
        shiboken6.delete(parent)  # ... while its page is being deleted
        if n % 50 == 0:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            threads = [t for t in threads if t.is_alive()]
    settle()
    for thread in threads:  # (none left running as Python ends)
        thread.join()
    app.processEvents()
    print("ok", len(got), flush=True)


if __name__ == "__main__":
    main()
