"""What a screen reader hears, written as JSON lines: run with Debian's /usr/bin/python3.

This script talks to the AT-SPI bus the way Orca does (through libatspi, from the
`python3-gi` + `gir1.2-atspi-2.0` packages that `python3-pyatspi` brings). It is not
imported by the test suite: tests/support/atspi_session.py starts it as a child process
and reads its standard output.

Output, one JSON object a line:
  {"type": "ready"}                                         listening
  {"type": "focus", ...object...}                           a control got focus
  {"type": "announcement", "text": ...}                     object:announcement
  {"type": "description", ...object...}                     a description changed
  {"type": "reply", "id": n, ...}                           answer to a command

Commands on standard input, one JSON object a line:
  {"id": n, "cmd": "focused"}           the focused object, with its text
  {"id": n, "cmd": "tree", "pid": p}    every showing object of that process
"""

from __future__ import annotations

import json
import os
import sys

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

FOCUSABLE = Atspi.StateType.FOCUSABLE
SHOWING = Atspi.StateType.SHOWING
FOCUSED = Atspi.StateType.FOCUSED
ENABLED = Atspi.StateType.ENABLED
CHECKED = Atspi.StateType.CHECKED
NO_DESCENT = {"list", "table", "tree", "tree table", "list box", "page tab list"}
_last_focus: list = [None]
DEBUG = bool(os.environ.get("A11Y_RECORDER_DEBUG"))


def emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _safe(call, default=None):
    try:
        return call()
    except Exception:  # a widget that went away while we asked about it
        return default


def text_of(acc) -> str | None:
    if _safe(acc.get_text_iface) is None:
        return None
    count = _safe(lambda: Atspi.Text.get_character_count(acc), 0)
    return _safe(lambda: Atspi.Text.get_text(acc, 0, count), None)


def labelled_by(acc) -> list[str]:
    names = []
    for relation in _safe(acc.get_relation_set, []) or []:
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            for i in range(relation.get_n_targets()):
                names.append(_safe(relation.get_target(i).get_name, ""))
    return names


def ancestors(acc) -> list[dict]:
    """Named containers around `acc`, innermost first, up to the window."""
    out = []
    parent = _safe(acc.get_parent)
    while parent is not None and len(out) < 12:
        role = _safe(parent.get_role_name, "")
        if role == "application":
            break
        name = _safe(parent.get_name, "")
        if name:
            out.append({"role": role, "name": name})
        parent = _safe(parent.get_parent)
    return out


def describe(acc, deep: bool = False) -> dict:
    states = _safe(acc.get_state_set)
    ext = _safe(lambda: acc.get_extents(Atspi.CoordType.SCREEN))
    out = {
        "path": _safe(lambda: acc.path, ""),
        "role": _safe(acc.get_role_name, ""),
        "name": _safe(acc.get_name, ""),
        "description": _safe(acc.get_description, ""),
        "rect": [ext.x, ext.y, ext.width, ext.height] if ext else None,
        "focusable": bool(states and states.contains(FOCUSABLE)),
        "showing": bool(states and states.contains(SHOWING)),
        "enabled": bool(states and states.contains(ENABLED)),
        "checked": bool(states and states.contains(CHECKED)),
    }
    if deep:
        out["text"] = text_of(acc)
        out["labelled_by"] = labelled_by(acc)
        out["ancestors"] = ancestors(acc)
        out["children"] = _safe(acc.get_child_count, 0)
        if out["role"] == "table":
            out["rows"] = _safe(lambda: Atspi.Table.get_n_rows(acc), 0)
            out["columns"] = _safe(lambda: Atspi.Table.get_n_columns(acc), 0)
    return out


def walk(acc, out: list, depth: int = 0) -> None:
    if depth > 40 or len(out) > 3000:
        return
    info = describe(acc)
    out.append(info)
    if info["role"] in NO_DESCENT or (not info["showing"] and depth > 1):
        return
    for i in range(min(_safe(acc.get_child_count, 0) or 0, 300)):
        child = _safe(lambda i=i: acc.get_child_at_index(i))
        if child is not None:
            walk(child, out, depth + 1)


def app_of(pid: int):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = _safe(lambda i=i: desktop.get_child_at_index(i))
        if app is not None and _safe(app.get_process_id) == pid:
            return app
    return None


def on_event(event) -> None:
    kind = event.type
    if DEBUG:
        sys.stderr.write(f"{kind} {event.detail1} {_safe(event.source.get_role_name)}: "
                         f"{_safe(event.source.get_name)}\n")
    if kind.startswith("object:state-changed:focused"):
        if event.detail1:
            _last_focus[0] = event.source
            emit({"type": "focus", **describe(event.source, deep=True)})
    elif kind.startswith("object:announcement"):
        data = event.any_data
        emit({"type": "announcement", "text": data if isinstance(data, str) else str(data),
              "source": _safe(event.source.get_name, "")})
    elif kind.startswith("object:property-change:accessible-description"):
        emit({"type": "description", **describe(event.source)})
    elif kind.startswith("object:property-change:accessible-name"):
        emit({"type": "name", **describe(event.source)})


def _window_of(pid: int):
    app = app_of(pid)
    return _safe(lambda: app.get_child_at_index(0)) if app is not None else None


def on_command(line: str) -> None:
    request = json.loads(line)
    reply: dict = {"type": "reply", "id": request.get("id")}
    cmd = request.get("cmd")
    if cmd == "sync":
        # A question the app must answer itself (extents are never cached): it answers
        # only after handling everything before it, and its earlier events come first on
        # the same connection. The reply waits until those events are written out.
        window = _window_of(int(request["pid"]))
        if window is not None:
            _safe(lambda: window.get_extents(Atspi.CoordType.SCREEN))
        GLib.idle_add(lambda: emit(reply) and False, priority=GLib.PRIORITY_LOW)
        return
    if cmd == "focused":
        acc = _last_focus[0]
        reply["object"] = describe(acc, deep=True) if acc is not None else None
    elif cmd == "tree":
        app = app_of(int(request["pid"]))
        nodes: list = []
        if app is not None:
            walk(app, nodes)
        reply["found"] = app is not None
        reply["nodes"] = nodes
    emit(reply)


def main() -> int:
    listener = Atspi.EventListener.new(on_event)
    for kind in ("object:state-changed:focused", "object:announcement",
                 "object:property-change:accessible-description",
                 "object:property-change:accessible-name",
                 # as Orca does: Qt refreshes a combo box's name (its value) on the bus
                 # only while someone listens for value changes
                 "object:property-change:accessible-value"):
        listener.register(kind)

    def on_stdin(channel, condition):
        line = channel.readline()
        if not line:
            Atspi.event_quit()
            return False
        if line.strip():
            on_command(line)
        return True

    channel = GLib.IOChannel.unix_new(sys.stdin.fileno())
    GLib.io_add_watch(channel, GLib.PRIORITY_DEFAULT, GLib.IO_IN | GLib.IO_HUP, on_stdin)
    emit({"type": "ready"})
    Atspi.event_main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
