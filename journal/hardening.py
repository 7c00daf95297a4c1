"""Process hardening for the app: no core dumps, and crash reports without journal text.

A core dump would hold decrypted journal text and the data key; an exception message
can quote what a caregiver typed (a UnicodeEncodeError does). So the app turns core
dumps off and reports an unexpected error by its type and where it happened only.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys
import threading
import traceback
from types import TracebackType

PR_SET_DUMPABLE = 4


def disable_core_dumps() -> bool:
    """Turn core dumps off for this process where the platform allows. True if done."""
    done = False
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done = True
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError, TypeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    return done


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Where an error happened, without its message (which may quote journal text)."""
    frames = traceback.extract_tb(tb)
    places = [f"  {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} in {frame.name}"
              for frame in frames[-8:]]
    return "\n".join([f"Small Moments met an unexpected problem: {exc_type.__name__}",
                      *places])


def _hook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    sys.stderr.write(describe(exc_type, tb) + "\n")


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    _hook(args.exc_type, args.exc_value, args.exc_traceback)


def harden_process() -> None:
    """Call once, first thing, in the app process."""
    disable_core_dumps()
    sys.excepthook = _hook
    threading.excepthook = _thread_hook
