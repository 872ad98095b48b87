"""Preview a brief (or a day sheet) as the pages will print, then print it or save it as PDF.

The preview's pages are rasterised with pdfium (pypdfium2). Printing sends the PDF itself, text and
lines as they are, wherever Qt lets it: "Print to File" writes it (the pages chosen, with pypdf), and
a CUPS printer (Linux, macOS) gets it from CUPS's ``lp`` with the copies, pages and sides chosen in the
print dialog. Qt has no way to hand a PDF to a printer itself (its print engine takes only what is
painted), so elsewhere (Windows, or without ``lp``) each page is painted as an image at the printer's
resolution: exactly the saved PDF's look, sharp at 600 dpi, but not text.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt, QTimer
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
from ui.settings import documents_folder

log = logging.getLogger(__name__)
PREVIEW_SCALE = 1.35  # 72 dpi * 1.35 ≈ a sheet of A4 at readable size on a laptop screen


def page_images(pdf: bytes, scale: float) -> list[QImage]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [_picture(document[i], scale) for i in range(len(document))]
    finally:
        document.close()


def page_image(pdf: bytes, index: int, scale: float) -> QImage:
    document = pdfium.PdfDocument(pdf)
    try:
        return _picture(document[index], scale)
    finally:
        document.close()


def _picture(page, scale: float) -> QImage:
    try:
        bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB(A), as QImage wants it
        fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
        bitmap.close()
        return image
    finally:
        page.close()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's width and height in points, without drawing it."""
    document = pdfium.PdfDocument(pdf)
    try:
        return [document[i].get_size() for i in range(len(document))]
    finally:
        document.close()


def pages_of(pdf: bytes, first: int, last: int) -> bytes:
    """Pages ``first`` to ``last`` (from 1; 0 and 0 for all) of the PDF, as they are (pypdf)."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(pdf))
    if first <= 0 and last <= 0:
        return pdf
    writer = PdfWriter()
    for page in reader.pages[max(first, 1) - 1:last or len(reader.pages)]:
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass(frozen=True)
class PrintChoice:
    """What the print dialog was set to, as CUPS takes it."""

    printer: str
    copies: int = 1
    pages: tuple[int, int] = (0, 0)  # first and last, from 1; (0, 0): all
    sides: str | None = None  # "one-sided", "two-sided-long-edge", "two-sided-short-edge"; None: the printer's
    grey: bool = False

    @classmethod
    def of(cls, printer: QPrinter) -> "PrintChoice":
        sides = {QPrinter.DuplexMode.DuplexNone: "one-sided", QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
                 QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge"}.get(printer.duplex())
        return cls(printer.printerName(), max(printer.copyCount(), 1), page_range(printer), sides,
                   printer.colorMode() == QPrinter.ColorMode.GrayScale)


def page_range(printer: QPrinter) -> tuple[int, int]:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return printer.fromPage(), printer.toPage() or printer.fromPage()
    return 0, 0


def lp_command(choice: PrintChoice, title: str) -> list[str]:
    """CUPS's ``lp`` printing a PDF from its standard input as the print dialog set it up."""
    command = ["lp", "-d", choice.printer, "-t", title, "-n", str(choice.copies)]
    if choice.pages != (0, 0):
        command += ["-P", "{}-{}".format(*choice.pages)]
    if choice.sides:
        command += ["-o", f"sides={choice.sides}"]
    if choice.grey:
        command += ["-o", "print-color-mode=monochrome"]
    return command + ["-"]


def cups_can_print(printer: QPrinter) -> bool:
    """A CUPS printer, and ``lp`` to give it the PDF (not on Windows, whose print system is another)."""
    return (sys.platform != "win32" and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
            and bool(printer.printerName()) and shutil.which("lp") is not None)


class BriefPreview(QDialog):
    def __init__(self, pdf: bytes, suggested_name: str, parent: QWidget | None = None, folders=None):
        """``folders``: the UI settings whose ``file_folder`` is the folder last used (Documents at first)."""
        super().__init__(parent)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.folders = folders
        self.save_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Brief: %1").replace("%1", suggested_name))
        pages = QWidget()
        column = QVBoxLayout(pages)
        self.page_labels = []
        for width, height in page_sizes(pdf):  # each page's place at once; its picture drawn one by one
            label = QLabel()
            label.setFixedSize(round(width * PREVIEW_SCALE), round(height * PREVIEW_SCALE))
            label.setStyleSheet("border: 1px solid palette(mid); background: white;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self._drawn = 0
        self._draw_next()  # the first page before the window shows; the others as the event loop goes on
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

    def pages_drawn(self) -> int:
        return self._drawn

    def _draw_next(self) -> None:
        """One page's picture (a day sheet of many pages opens at once, not after all are drawn)."""
        if self._drawn >= len(self.page_labels):
            return
        image = page_image(self.pdf, self._drawn, PREVIEW_SCALE)
        label = self.page_labels[self._drawn]
        label.setFixedSize(image.size())
        label.setPixmap(QPixmap.fromImage(image))
        self._drawn += 1
        QTimer.singleShot(0, self._draw_next)

    # -- printing ----------------------------------------------------------------------------------
    def ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count())  # "Pages from … to …" up to the last page
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """The PDF itself to a file or a CUPS printer; elsewhere its pages as images (see the module's note)."""
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            self.save_to(Path(printer.outputFileName()), pages_of(self.pdf, *page_range(printer)))
            return
        if cups_can_print(printer):
            self._print_with_cups(printer)
            return
        self._print_images(printer)

    def _print_with_cups(self, printer: QPrinter) -> None:
        try:
            done = subprocess.run(lp_command(PrintChoice.of(printer), self.suggested_name), input=self.pdf, capture_output=True,
                                  timeout=60)
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.warning("Printing with lp: %s", exc)
            self._warn(self.tr("Not printed"), self.tr("The printer could not be reached: %1").replace("%1", str(exc)))
            return
        if done.returncode != 0:
            reason = done.stderr.decode(errors="replace").strip() or str(done.returncode)
            log.warning("lp refused the brief: %s", reason)
            self._warn(self.tr("Not printed"), self.tr("The printer refused the brief: %1").replace("%1", reason))

    def _print_images(self, printer: QPrinter) -> None:
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
        """The save dialog, in the folder last used for a file (Documents at first), as the others."""
        folder = self.folders.file_folder if self.folders is not None else documents_folder()
        dialog = QFileDialog(self, self.tr("Save the brief"), folder, self.tr("PDF files (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(str(Path(folder) / self.suggested_name))
        dialog.fileSelected.connect(self._chosen)
        self.save_dialog = dialog
        dialog.open()

    def _chosen(self, name: str) -> None:
        if not name:
            return
        target = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        if self.save_to(target) and self.folders is not None:
            self.folders.file_folder = str(target.parent)

    def save_to(self, target: Path, pdf: bytes | None = None) -> bool:
        try:
            write_pdf(self.pdf if pdf is None else pdf, target)
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
