"""What every screen must give a screen reader, as checks that return problems in words.

Used by tests/test_a11y_bus.py on what the AT-SPI recorder heard. Each check returns a
list of plain problems (empty: all good), so a failing test says exactly what is wrong.
"""

from __future__ import annotations

from support.atspi_session import Cycle, label, spoken_name

# Roles whose items a screen reader reads from the list, not as Tab stops of their own.
CONTAINERS = {"list", "table", "tree", "tree table", "list box", "page tab list"}
ONE_CHOICE_ROLES = {"radio button"}


def cycle_problems(cycle: Cycle) -> list[str]:
    """A full round of Tab: no trap, every stop named, stops in screen order."""
    problems = []
    if cycle.trap:
        problems.append(cycle.trap)
    for stop in cycle.controls():
        if not spoken_name(stop):  # an unnamed filler (a scroll area) says nothing at all
            problems.append(f"a Tab stop with no name: {stop['role']} at {stop['rect']}")
    problems += order_problems(cycle.controls())
    return problems


def _above_and_left(b: dict, a: dict, key: str = "rect") -> bool:
    """b sits wholly above a and does not start right of a: going there goes back."""
    ax, ay, aw, _ah = a[key]
    bx, by, _bw, bh = b[key]
    return by + bh <= ay and bx < ax + aw


def _goes_back(b: dict, a: dict) -> bool:
    """Back up the screen both where each was when it got focus and all at one moment.

    A scroll area moves its controls as focus goes down, so either view alone can
    mislead; a real jump back (chips after Save) is a jump back in both.
    """
    return _above_and_left(b, a) and _above_and_left(b, a, "rect_later" if (
        "rect_later" in a and "rect_later" in b) else "rect")


def order_problems(stops: list[dict]) -> list[str]:
    """Tab goes down the screen (or across to a new column); one jump back: the wrap."""
    rects = [s for s in stops if s.get("rect")]
    backs = []
    for i, a in enumerate(rects):
        b = rects[(i + 1) % len(rects)]
        if _goes_back(b, a):
            backs.append(f"{label(a)} -> {label(b)}")
    if len(backs) > 1:
        return ["Tab jumps back up the screen more than once (only the wrap to the top "
                "may): " + "; ".join(backs)]
    return []


def unnamed_focusable(nodes: list[dict]) -> list[str]:
    """Showing, focusable, enabled objects with no name (Orca says nothing for them)."""
    return [f"{n['role']} at {n['rect']}" for n in nodes
            if n["focusable"] and n["showing"] and n["enabled"] and not n["name"].strip()
            and n["role"] not in ("list item", "table cell", "page tab")]


def landed_named(event: dict, where: str) -> list[str]:
    if not event["name"].strip() or event["role"] in ("filler", "panel"):
        return [f"after {where} focus landed on {label(event)} (nothing to say)"]
    return []
