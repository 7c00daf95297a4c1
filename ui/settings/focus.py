"""What a caregiver would like to notice more: the prompt focuses in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def focus_choices() -> list[tuple[str, str]]:
    """(focus id, plain words) in the order the prompts' vocabulary lists them."""
    words = {
        "noticing": QCoreApplication.translate("Focus", "Noticing what my child shows me"),
        "responding": QCoreApplication.translate("Focus", "Answering my child's signals"),
        "naming": QCoreApplication.translate("Focus", "Putting things into words"),
        "taking_turns": QCoreApplication.translate("Focus", "Taking turns, back and forth"),
        "endings_beginnings": QCoreApplication.translate(
            "Focus", "Gentle endings and new starts"),
        "resilience": QCoreApplication.translate("Focus", "Caring for myself on hard days"),
        "social_connections": QCoreApplication.translate(
            "Focus", "My people and the help around me"),
        "knowledge": QCoreApplication.translate("Focus", "Learning how my child grows"),
        "concrete_support": QCoreApplication.translate(
            "Focus", "Getting help when I need it"),
        "child_competence": QCoreApplication.translate(
            "Focus", "How my child handles big feelings"),
        "warmth": QCoreApplication.translate("Focus", "Warmth and cuddles"),
        "encouraging": QCoreApplication.translate("Focus", "Cheering my child on"),
        "teaching": QCoreApplication.translate("Focus", "Showing and teaching"),
    }
    try:
        from prompts import FOCUSES
    except Exception:  # noqa: BLE001 - without prompts there is nothing to lean toward
        return []
    return [(key, words.get(key, key.replace("_", " "))) for key in FOCUSES]
