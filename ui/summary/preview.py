"""The real PDF, page by page, as pictures: what the caregiver sees is what they save.

`page_images` renders PDF bytes (held in memory only) with pdfium; it may run off the
UI thread (QImage is safe there). `PagePreview` shows the pictures in a scroll area.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from journal.summary.model import SummaryCancelled

SCALE = 1.25  # 72 dpi points to screen pixels; an A4 page is about 740 pixels wide


def page_images(pdf: bytes, *, password: str | None = None, scale: float = SCALE,
                cancelled: Callable[[], bool] | None = None,
                progress: Callable[[int, int], None] | None = None) -> list[QImage]:
    """Every page of `pdf` as a QImage (opened with `password` when it has one)."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf, password=password)
    try:
        images = []
        total = len(doc)
        for number in range(total):
            if cancelled is not None and cancelled():
                raise SummaryCancelled()
            page = doc[number]
            try:
                picture = page.render(scale=scale).to_pil().convert("RGB")
            finally:
                page.close()
            raw = picture.tobytes()
            image = QImage(raw, picture.width, picture.height, 3 * picture.width,
                           QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels; `raw` goes away
            if progress is not None:
                progress(number + 1, total)
        return images
    finally:
        doc.close()


class PagePreview(QScrollArea):
    """The pages one under the other, each with a thin frame, like paper on a table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setSpacing(18)
        self.column.setContentsMargins(12, 12, 12, 12)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self.body)
        self.pages: list[QLabel] = []
        self._images: list[QImage] = []
        self._name_pages()

    def set_images(self, images: list[QImage]) -> None:
        self.clear()
        self._images = list(images)
        for image in self._images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white; border: 1px solid #d8cfc4;")
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(label)
        self._name_pages()
        self.verticalScrollBar().setValue(0)

    def _name_pages(self) -> None:
        # A Tab stop of its own (arrow keys scroll the pages), so it needs a name.
        self.setAccessibleName(self.tr("The summary, page by page"))
        total = len(self.pages)
        for number, label in enumerate(self.pages, start=1):
            label.setAccessibleName(self.tr("Page %1 of %2").replace("%1", str(number))
                                    .replace("%2", str(total)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._name_pages()
        super().changeEvent(event)

    def clear(self) -> None:
        for label in self.pages:
            self.column.removeWidget(label)
            label.setParent(None)
            label.deleteLater()
        self.pages = []
        self._images = []
