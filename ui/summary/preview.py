"""The real PDF, page by page, as pictures: what the caregiver sees is what they save.

A summary can run to hundreds of pages, so only the pages in view (and `AHEAD` more) are
drawn, as the caregiver scrolls, by one worker thread per PDF (`PageRenderer`); the
others are blank paper of the right size, and pictures far out of view are let go again
(at most `KEEP`). The PDF bytes stay in memory only. pdfium is not thread-safe: every
call to it holds `_PDFIUM`.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.plumbing.operations import emit_later, ready_to_hand_over

SCALE = 1.25  # 72 dpi points to screen pixels; an A4 page is about 740 pixels wide
_PDFIUM = threading.Lock()
_PAPER = "background: white; border: 1px solid #d8cfc4;"


def page_sizes(pdf: bytes, password: str | None = None) -> list[tuple[float, float]]:
    """Each page's (width, height) in points; cheap, nothing is drawn."""
    import pypdfium2

    with _PDFIUM:
        doc = pypdfium2.PdfDocument(pdf, password=password)
        try:
            return [tuple(doc.get_page_size(n)) for n in range(len(doc))]
        finally:
            doc.close()


def first_pages(pdf: bytes, password: str | None, count: int
                ) -> tuple[list[tuple[float, float]], dict[int, QImage]]:
    """Each page's size, and the first `count` pages drawn: made in the worker that made
    the PDF, so the first page shows as soon as the PDF is ready."""
    import pypdfium2

    with _PDFIUM:
        doc = pypdfium2.PdfDocument(pdf, password=password)
        try:
            sizes = [tuple(doc.get_page_size(n)) for n in range(len(doc))]
            return sizes, {n: render_page(doc, n) for n in range(min(count, len(doc)))}
        finally:
            doc.close()


def render_page(doc, number: int, scale: float = SCALE) -> QImage:
    """Page `number` of an open pdfium document as a QImage (the caller holds _PDFIUM)."""
    page = doc[number]
    try:
        picture = page.render(scale=scale).to_pil().convert("RGB")
    finally:
        page.close()
    raw = picture.tobytes()
    image = QImage(raw, picture.width, picture.height, 3 * picture.width,
                   QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels; `raw` goes away


class _Delivery(QObject):
    page = Signal(int, int, object)  # generation, page number, QImage


class PageRenderer:
    """One PDF, drawn a page at a time on a thread of its own, in the order last asked."""

    def __init__(self, pdf: bytes, password: str | None, generation: int,
                 delivery: _Delivery) -> None:
        self._pdf, self._password = pdf, password
        self._generation, self._delivery = generation, delivery
        self._wanted: list[int] = []
        self._current: int | None = None  # the page being drawn
        self._busy = False
        self._stopped = False
        self._lock = threading.Condition()
        self.thread = threading.Thread(target=self._run, name="summary-preview", daemon=True)
        self.thread.start()

    def want(self, numbers: list[int]) -> None:
        """Draw these pages next (in this order), instead of what was asked before."""
        with self._lock:
            self._wanted = [n for n in numbers if n != self._current]
            self._lock.notify()

    def idle(self) -> bool:
        with self._lock:
            return self._stopped or not (self._busy or self._wanted)

    def stop(self) -> None:
        """Stop soon (after the page being drawn, if any); nothing more is delivered."""
        with self._lock:
            self._stopped, self._wanted = True, []
            self._lock.notify()

    def _next(self) -> int | None:
        with self._lock:
            self._busy, self._current = False, None
            while not self._stopped and not self._wanted:
                self._lock.wait()
            if self._stopped:
                return None
            self._busy, self._current = True, self._wanted.pop(0)
            return self._current

    def _run(self) -> None:
        import pypdfium2

        with _PDFIUM:
            doc = pypdfium2.PdfDocument(self._pdf, password=self._password)
        try:
            while (number := self._next()) is not None:
                with _PDFIUM:
                    image = render_page(doc, number)
                with self._lock:
                    if self._stopped:
                        break
                # on the UI thread, if the preview is still there (the window may close)
                emit_later(self._delivery, "page", self._generation, number, image)
        finally:
            with _PDFIUM:
                doc.close()
            self._pdf = None
            with self._lock:
                self._busy, self._stopped = False, True


class PagePreview(QScrollArea):
    """The pages one under the other, each with a thin frame, like paper on a table."""

    AHEAD = 2  # pages drawn beyond the last one in view
    KEEP = 24  # pictures kept at most; the farthest from view go back to blank paper
    MARGIN, SPACING = 12, 18

    page_shown = Signal(int)  # a page's picture is in place (for the benchmark)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._new_body()
        self.pages: list[QLabel] = []
        self._drawn: list[int] = []  # pages with their picture, oldest first
        self._renderer: PageRenderer | None = None
        self._generation = 0
        ready_to_hand_over()
        self._delivery = _Delivery(self)
        self._delivery.page.connect(self._arrived)
        self._live: list[PageRenderer] = []  # outlives the widget, to stop it when it goes
        self.destroyed.connect(lambda *_args, live=self._live: [r.stop() for r in live])
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(self._ask)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._soon.start())
        self._name_pages()

    def _new_body(self) -> None:
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setSpacing(self.SPACING)
        self.column.setContentsMargins(*(self.MARGIN,) * 4)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self.body)

    def show_document(self, pdf: bytes, sizes: list[tuple[float, float]],
                      password: str | None = None,
                      drawn: dict[int, QImage] | None = None) -> None:
        """Blank pages of the right sizes at once (with the pictures `drawn` already);
        the other pictures as they come into view."""
        self.clear()
        for width, height in sizes:
            label = QLabel()
            label.setFixedSize(round(width * SCALE) + 2, round(height * SCALE) + 2)
            label.setStyleSheet(_PAPER)
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(label)
        for number, image in (drawn or {}).items():
            self.pages[number].setPixmap(QPixmap.fromImage(image))
            self._drawn.append(number)
        self._name_pages()
        self.verticalScrollBar().setValue(0)
        if sizes:
            self._renderer = PageRenderer(pdf, password, self._generation, self._delivery)
            self._live[:] = [self._renderer]
            self._ask()

    def visible_pages(self) -> list[int]:
        """The pages at least partly in view (worked out from the fixed page sizes, so it
        holds before the first layout too)."""
        top = self.verticalScrollBar().value()
        bottom = top + max(1, self.viewport().height())
        shown, y = [], self.MARGIN
        for number, label in enumerate(self.pages):
            height = label.height()
            if y < bottom and y + height > top:
                shown.append(number)
            elif y >= bottom:
                break
            y += height + self.SPACING
        return shown

    def idle(self) -> bool:
        """Every page asked for has been drawn (or there is nothing to draw)."""
        return self._renderer is None or (not self._soon.isActive() and self._renderer.idle())

    def _ask(self) -> None:
        if self._renderer is None or not self.pages:
            return
        shown = self.visible_pages() or [0]
        last = min(len(self.pages), shown[-1] + 1 + self.AHEAD)
        wanted = [n for n in range(shown[0], last) if n not in self._drawn]
        self._renderer.want(wanted)

    def _arrived(self, generation: int, number: int, image: QImage) -> None:
        if generation != self._generation or number >= len(self.pages):
            return  # a page of a PDF that was closed since
        self.pages[number].setPixmap(QPixmap.fromImage(image))
        self._drawn.append(number)
        self._let_go()
        self.page_shown.emit(number)

    def _let_go(self) -> None:
        """Back to blank paper for the pictures farthest from view, past `KEEP`."""
        if len(self._drawn) <= self.KEEP:
            return
        middle = (self.visible_pages() or [0])[0]
        for number in sorted(self._drawn, key=lambda n: -abs(n - middle))[
                :len(self._drawn) - self.KEEP]:
            self.pages[number].clear()
            self._drawn.remove(number)

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

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._soon.start()

    def clear(self) -> None:
        """Stop drawing (a page being drawn is dropped when it arrives) and forget it all."""
        if self._renderer is not None:
            self._renderer.stop()
            self._renderer = None
            self._live.clear()
        self._generation += 1
        if self.pages:  # one widget goes, with every page in it (no page-by-page unparenting)
            self.takeWidget().deleteLater()
            self._new_body()
        self.pages = []
        self._drawn = []
