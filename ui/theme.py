"""A calm, warm look: a simple palette, generous spacing, readable text that scales."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11.0
CREAM = "#fbf7f1"
PAPER = "#ffffff"
INK = "#2f2a26"
SOFT_INK = "#6b625a"
ACCENT = "#3d7a68"
ACCENT_SOFT = "#e3efe9"
LINE = "#e4dbd0"
HIGHLIGHT = "#f6dfa6"

_STYLE = """
QWidget {{ color: {ink}; }}
QMainWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget {{
    background: {cream};
}}
QLabel[role="title"] {{ font-size: {title}pt; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {heading}pt; font-weight: 600; }}
QLabel[role="hint"] {{ color: {soft}; }}
QLabel[role="message"] {{ color: {ink}; background: #fdf0dd; border-radius: 6px;
    padding: 8px; }}
QLabel[role="prompt"] {{ font-size: {heading}pt; }}
QLabel[role="code"] {{ font-family: monospace; font-size: {heading}pt; font-weight: 600;
    background: {paper}; border: 1px solid {line}; border-radius: 6px; padding: 10px; }}
QFrame[role="card"] {{ background: {paper}; border: 1px solid {line}; border-radius: 10px; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit, QDateTimeEdit,
QListView, QTextBrowser {{
    background: {paper}; border: 1px solid {line}; border-radius: 6px; padding: 4px;
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListView:focus {{
    border: 2px solid {accent};
}}
QPushButton {{ background: {paper}; border: 1px solid {line}; border-radius: 6px;
    padding: 6px 14px; }}
QPushButton:hover {{ border-color: {accent}; }}
QPushButton:focus {{ border: 2px solid {accent}; }}
QPushButton[role="primary"] {{ background: {accent}; color: white; border-color: {accent};
    font-weight: 600; }}
QPushButton[role="primary"]:disabled {{ background: #a9c4ba; border-color: #a9c4ba; }}
QPushButton[role="link"] {{ border: none; background: transparent; color: {accent};
    text-decoration: underline; padding: 2px; }}
QPushButton[role="chip"] {{ border-radius: 14px; padding: 4px 12px; }}
QPushButton[role="chip"]:checked {{ background: {accent_soft}; border: 1px solid {accent};
    color: {ink}; font-weight: 600; }}
QPushButton[role="chip"]:focus {{ border: 2px solid {accent}; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{ padding: 8px 16px; background: transparent; border: none;
    border-bottom: 3px solid transparent; }}
QTabBar::tab:selected {{ border-bottom: 3px solid {accent}; font-weight: 600; }}
"""


def apply_theme(app: QApplication, text_size: int = 100) -> None:
    """Palette, style sheet and a font scaled to `text_size` percent (100–200)."""
    scale = max(100, min(200, int(text_size))) / 100
    palette = app.palette()
    for role, color in (
        (QPalette.ColorRole.Window, CREAM), (QPalette.ColorRole.Base, PAPER),
        (QPalette.ColorRole.Text, INK), (QPalette.ColorRole.WindowText, INK),
        (QPalette.ColorRole.ButtonText, INK), (QPalette.ColorRole.Button, PAPER),
        (QPalette.ColorRole.Highlight, ACCENT), (QPalette.ColorRole.HighlightedText, PAPER),
        (QPalette.ColorRole.PlaceholderText, SOFT_INK),
    ):
        palette.setColor(role, QColor(color))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    app.setStyleSheet(_STYLE.format(
        ink=INK, cream=CREAM, paper=PAPER, soft=SOFT_INK, accent=ACCENT, line=LINE,
        accent_soft=ACCENT_SOFT, title=round(18 * scale), heading=round(13.5 * scale)))


def set_role(widget, role: str):
    """Tag a widget for the style sheet (title, heading, hint, card, primary, chip…)."""
    widget.setProperty("role", role)
    return widget
