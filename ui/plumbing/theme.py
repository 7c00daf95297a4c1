"""A calm, warm look: a simple palette, generous spacing, readable text that scales."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

BASE_POINT_SIZE = 11.0

# One palette per look. Dark and high-contrast follow the system's own settings (Qt's
# QStyleHints.colorScheme() and accessibility().contrastPreference()); every pair of
# text and background keeps a contrast of at least 4.5:1 (7:1 in high contrast).
PALETTES = {
    "light": {"cream": "#fbf7f1", "paper": "#ffffff", "ink": "#2f2a26", "soft": "#5f5750",
              "accent": "#3d7a68", "accent_ink": "#ffffff", "accent_soft": "#e3efe9",
              "line": "#b9ada0", "message": "#fdf0dd", "disabled": "#8aa89d",
              "link": "#2f6a58"},
    "dark": {"cream": "#1f1c1a", "paper": "#2a2624", "ink": "#f1ebe4", "soft": "#c9bfb5",
             "accent": "#7cc2ad", "accent_ink": "#10201b", "accent_soft": "#2e4a41",
             "line": "#6b625a", "message": "#4a3a22", "disabled": "#51675f",
             "link": "#8fd3bf"},
    "light-contrast": {"cream": "#ffffff", "paper": "#ffffff", "ink": "#000000",
                       "soft": "#1a1a1a", "accent": "#00513f", "accent_ink": "#ffffff",
                       "accent_soft": "#d6f0e6", "line": "#000000", "message": "#fff0c8",
                       "disabled": "#6d6d6d", "link": "#00513f"},
    "dark-contrast": {"cream": "#000000", "paper": "#000000", "ink": "#ffffff",
                      "soft": "#f0f0f0", "accent": "#ffd84d", "accent_ink": "#000000",
                      "accent_soft": "#3a3000", "line": "#ffffff", "message": "#332800",
                      "disabled": "#8a8a8a", "link": "#ffd84d"},
}
# the drop-down and spin arrows (drawn by the style sheet, so no square frame comes with them)
ARROWS = Path(__file__).resolve().parent.parent / "icons"
CREAM, PAPER, INK = "#fbf7f1", "#ffffff", "#2f2a26"  # the light look (kept for callers)
SOFT_INK, ACCENT, ACCENT_SOFT = "#5f5750", "#3d7a68", "#e3efe9"
LINE, HIGHLIGHT = "#b9ada0", "#f6dfa6"

_STYLE = """
QWidget {{ color: {ink}; }}
QMainWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget {{
    background: {cream};
}}
QLabel[role="title"] {{ font-size: {title}pt; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {heading}pt; font-weight: 600; }}
QLabel[role="hint"] {{ color: {soft}; }}
QLabel[role="message"] {{ color: {ink}; background: {message}; border-radius: 6px;
    border: 1px solid {line}; padding: 8px; }}
QLabel[role="prompt"] {{ font-size: {heading}pt; }}
QLabel[role="code"], QLineEdit[role="code"] {{ font-family: monospace;
    font-size: {heading}pt; font-weight: 600;
    background: {paper}; border: 1px solid {line}; border-radius: 6px; padding: 10px; }}
QLabel[role="bigcode"] {{ font-family: monospace; font-size: {big}pt; font-weight: 700;
    letter-spacing: 2px; padding: 10px 16px; background: {paper}; border: 1px solid {line};
    border-radius: 6px; }}
QFrame[role="card"] {{ background: {paper}; border: 1px solid {line}; border-radius: 10px; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit, QDateTimeEdit,
QListView, QTextBrowser {{
    background: {paper}; border: 1px solid {line}; border-radius: 6px; padding: 4px;
}}
QComboBox::drop-down, QDateEdit::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 20px;
    border: none; background: transparent; }}
QSpinBox::up-button, QSpinBox::down-button, QDateEdit::up-button, QDateEdit::down-button,
QDateTimeEdit::up-button, QDateTimeEdit::down-button {{
    border: none; background: transparent; width: 18px; }}
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow,
QSpinBox::down-arrow, QDateEdit::down-arrow {{ image: url("{arrows}/arrow-down-{tone}.svg");
    width: 10px; height: 6px; }}
QSpinBox::up-arrow, QDateEdit::up-arrow, QDateTimeEdit::up-arrow {{
    image: url("{arrows}/arrow-up-{tone}.svg"); width: 10px; height: 6px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListView:focus {{
    border: 2px solid {accent};
}}
QPushButton {{ background: {paper}; border: 1px solid {line}; border-radius: 6px;
    padding: 6px 14px; }}
QPushButton:hover {{ border-color: {accent}; }}
QPushButton:focus {{ border: 2px solid {accent}; }}
QPushButton[role="primary"] {{ background: {accent}; color: {accent_ink};
    border-color: {accent}; font-weight: 600; }}
QPushButton[role="primary"]:disabled {{ background: {disabled}; border-color: {disabled}; }}
QPushButton:disabled {{ color: {soft}; border-style: dashed; }}
QPushButton[role="link"] {{ border: none; background: transparent; color: {link};
    text-decoration: underline; padding: 2px; }}
QPushButton[role="link"]:focus {{ border: 2px solid {accent}; }}
QPushButton[role="chip"], QRadioButton[role="chip"] {{ border-radius: 14px;
    padding: 4px 1em; background: {paper}; border: 1px solid {line}; }}
QPushButton[role="chip"]:checked, QRadioButton[role="chip"]:checked {{
    background: {accent_soft}; border: 1px solid {accent}; color: {ink}; font-weight: 600; }}
QPushButton[role="chip"]:focus, QRadioButton[role="chip"]:focus {{
    border: 2px solid {accent}; }}
QRadioButton[role="chip"]::indicator {{ width: 0; height: 0; border: none; image: none;
    margin: 0; }}
QRadioButton[role="chip"] {{ spacing: 0; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{ padding: 8px 16px; background: transparent; border: none;
    border-bottom: 3px solid transparent; }}
QTabBar::tab:selected {{ border-bottom: 3px solid {accent}; font-weight: 600; }}
QTabBar::tab:focus {{ border: 2px solid {accent}; }}
QCheckBox:focus, QRadioButton:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus {{
    border: 2px solid {accent}; }}
"""

# Above 100% the boxes, circles, arrows and scroll bars grow with the text (Fusion keeps
# them at 14 px whatever the font). At 100% nothing is added: the look stays as it was.
_SCALED = """
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator,
QGroupBox::indicator {{ width: {box}px; height: {box}px; }}
QCheckBox, QRadioButton {{ spacing: {gap}px; }}
QComboBox::drop-down, QDateEdit::drop-down, QDateTimeEdit::drop-down {{ width: {drop}px; }}
QSpinBox::up-button, QSpinBox::down-button, QDateEdit::up-button, QDateEdit::down-button,
QDateTimeEdit::up-button, QDateTimeEdit::down-button {{ width: {spin}px; }}
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow, QSpinBox::down-arrow,
QSpinBox::up-arrow, QDateEdit::up-arrow, QDateTimeEdit::up-arrow {{
    width: {arrow_w}px; height: {arrow_h}px; }}
QScrollBar:vertical {{ width: {bar}px; }}
QScrollBar:horizontal {{ height: {bar}px; }}
"""
INDICATOR_SIZE = 14  # px at 100%: Fusion's own check box, radio circle and scroll bar


def scaled_controls(scale: float) -> str:
    """The style-sheet rules that size the controls' own parts for `scale` (1.0–2.0)."""
    if scale <= 1.0:
        return ""
    return _SCALED.format(
        box=round(INDICATOR_SIZE * scale), gap=round(6 * scale), drop=round(20 * scale),
        spin=round(18 * scale), arrow_w=round(10 * scale), arrow_h=round(6 * scale),
        bar=round(INDICATOR_SIZE * scale))


def system_look(app: QApplication) -> str:
    """"light", "dark", "light-contrast" or "dark-contrast", from the system's settings
    (SMALL_MOMENTS_LOOK=… overrides, for screenshots and tests)."""
    forced = os.environ.get("SMALL_MOMENTS_LOOK", "")
    if forced in PALETTES:
        return forced
    hints = app.styleHints()
    dark = hints.colorScheme() == Qt.ColorScheme.Dark
    contrast = False
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    if accessibility is not None:
        contrast = (accessibility().contrastPreference()
                    == Qt.ContrastPreference.HighContrast)
    return ("dark" if dark else "light") + ("-contrast" if contrast else "")


def apply_theme(app: QApplication, text_size: int = 100, look: str | None = None) -> None:
    """Palette, style sheet and a font scaled to `text_size` percent (100–200), in the
    system's light or dark look and its high-contrast choice; follows later changes."""
    scale = max(100, min(200, int(text_size))) / 100
    look = look if look in PALETTES else system_look(app)
    colors = PALETTES[look]
    app.setProperty("small_moments_text_size", int(scale * 100))
    app.setProperty("small_moments_look", look)
    palette = app.palette()
    for role, key in (
        (QPalette.ColorRole.Window, "cream"), (QPalette.ColorRole.Base, "paper"),
        (QPalette.ColorRole.AlternateBase, "cream"),
        (QPalette.ColorRole.Text, "ink"), (QPalette.ColorRole.WindowText, "ink"),
        (QPalette.ColorRole.ButtonText, "ink"), (QPalette.ColorRole.Button, "paper"),
        (QPalette.ColorRole.Highlight, "accent"), (QPalette.ColorRole.HighlightedText,
                                                   "accent_ink"),
        (QPalette.ColorRole.PlaceholderText, "soft"), (QPalette.ColorRole.ToolTipBase, "paper"),
        (QPalette.ColorRole.ToolTipText, "ink"), (QPalette.ColorRole.Link, "link"),
    ):
        palette.setColor(role, QColor(colors[key]))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    app.setStyleSheet(_STYLE.format(
        ink=colors["ink"], cream=colors["cream"], paper=colors["paper"], soft=colors["soft"],
        accent=colors["accent"], line=colors["line"], accent_soft=colors["accent_soft"],
        accent_ink=colors["accent_ink"], message=colors["message"],
        disabled=colors["disabled"], link=colors["link"],
        arrows=ARROWS.as_posix(), tone="light" if look.startswith("dark") else "dark",
        title=round(18 * scale), heading=round(13.5 * scale), big=max(22, round(12 * scale)))
        + scaled_controls(scale))
    _follow_system(app)


def _follow_system(app: QApplication) -> None:
    """Apply the look again when the system switches light/dark or high contrast."""
    if app.property("small_moments_follows"):
        return
    app.setProperty("small_moments_follows", True)

    def again(*_args) -> None:
        apply_theme(app, int(app.property("small_moments_text_size") or 100))

    hints = app.styleHints()
    hints.colorSchemeChanged.connect(again)
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        accessibility().contrastPreferenceChanged.connect(again)


def set_role(widget, role: str):
    """Tag a widget for the style sheet (title, heading, hint, card, primary, chip…)."""
    widget.setProperty("role", role)
    if role in ("title", "heading") and hasattr(widget, "setWordWrap"):
        widget.setWordWrap(True)  # large text or longer words wrap instead of clipping
    return widget


def wrapped_label(role: str | None = None) -> QLabel:
    """A plain-text label that wraps (words a caregiver typed are never rich text)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        set_role(label, role)
    return label


def scroll_page(page: QWidget, body: QWidget) -> QScrollArea:
    """Make `body` fill `page` inside a scroll area, so large text scrolls, not squeezes."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside are the Tab stops
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
