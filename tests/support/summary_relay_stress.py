"""The summary wizard's progress, reported while the wizard is being deleted (a lock
deletes the shell without waiting for the PDF being made), many times over, in a
separate process (a failure here is a crash):

    python tests/support/summary_relay_stress.py ROUNDS

With the app's own classes (ui/summary/background.py `Relay` and `scaled`), the way
the wizard wires them. Prints "ok N" (N: progress values that reached a deleted
wizard's bar, which must be 0) and exits 0, or dies. The control for this pattern (a
worker signalling through a QObject of the dying page) is handover_stress.py `bare`."""

from __future__ import annotations

import contextlib
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import shiboken6  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject  # noqa: E402

from ui.summary.background import Relay, scaled  # noqa: E402


def main() -> None:
    rounds = int(sys.argv[1])
    app = QCoreApplication([])
    got: list = []
    threads = []
    for n in range(rounds):
        wizard, gate = QObject(), threading.Event()
        relay = Relay(wizard)  # as SummaryWizard makes it: a child of the wizard
        relay.progress.connect(got.append)
        report = scaled(10, 100, relay)

        def work(report=report, gate=gate) -> None:
            gate.wait()
            with contextlib.suppress(RuntimeError):
                for i in range(3):
                    report(i, 3)

        for _ in range(4):
            thread = threading.Thread(target=work, daemon=True)
            thread.start()
            threads.append(thread)
        gate.set()  # the PDF worker reports ...
        shiboken6.delete(wizard)  # ... while lock deletes the wizard
        if n % 50 == 0:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            threads = [t for t in threads if t.is_alive()]
    for thread in threads:
        thread.join()
    app.processEvents()
    print("ok", len(got), flush=True)


if __name__ == "__main__":
    main()
