"""Render the app icon (ui/icons/small-moments.svg) to the PNG sizes the Linux desktop
uses, into packaging/linux/icons/. Run when the SVG changes:

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "ui" / "icons" / "small-moments.svg"
OUT = ROOT / "packaging" / "linux" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841 - QPainter needs an application
    renderer = QSvgRenderer(str(SVG))
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(OUT / f"small-moments-{size}.png"))
    print("wrote", ", ".join(str(s) for s in SIZES), "px icons to", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
