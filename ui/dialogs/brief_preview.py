"""Preview a brief (or a day sheet) as the pages will print, then print it or save it as PDF.

Pages are rasterised with pdfium (pypdfium2): for the screen at preview size, for the printer at its
resolution, so what prints is exactly the PDF that would be saved.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.brief.render import write_pdf

log = logging.getLogger(__name__)
PREVIEW_SCALE = 1.35  # 72 dpi * 1.35 ≈ a sheet of A4 at readable size on a laptop screen


def page_images(pdf: bytes, scale: float) -> list[QImage]:
    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for page in document:
            bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB(A), as QImage wants it
            fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
            images.append(QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy())
            bitmap.close()
            page.close()
        return images
    finally:
        document.close()


class BriefPreview(QDialog):
    def __init__(self, pdf: bytes, suggested_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.setWindowTitle(self.tr("Brief: %1").replace("%1", suggested_name))
        pages = QWidget()
        column = QVBoxLayout(pages)
        self.page_labels = []
        for image in page_images(pdf, PREVIEW_SCALE):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid palette(mid); background: white;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.ask_print)
        self.save_button.clicked.connect(self.ask_save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, activated=self.ask_print)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.ask_save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(900, 980)

    def page_count(self) -> int:
        return len(self.page_labels)

    # -- printing ----------------------------------------------------------------------------------
    def ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each page rasterised at the printer's resolution and fitted to its printable area."""
        scale = printer.resolution() / 72
        painter = QPainter()
        if not painter.begin(printer):
            self._warn(self.tr("Not printed"), self.tr("The printer could not be opened."))
            return
        try:
            for number, image in enumerate(page_images(self.pdf, scale)):
                if number:
                    printer.newPage()
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
        finally:
            painter.end()

    # -- saving ------------------------------------------------------------------------------------
    def ask_save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the brief"), self.suggested_name,
                                                    self.tr("PDF files (*.pdf)"))
        if name:
            self.save_to(Path(name if name.lower().endswith(".pdf") else name + ".pdf"))

    def save_to(self, target: Path) -> bool:
        try:
            write_pdf(self.pdf, target)
        except OSError as exc:
            log.warning("Saving the brief to %s: %s", target, exc)
            self._warn(self.tr("Not saved"), self.tr("Could not write %1: %2. Choose another folder.")
                       .replace("%1", str(target)).replace("%2", exc.strerror or str(exc)))
            return False
        return True

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
