"""The first-run offer on an empty database: load demo data to look around, or start empty."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

DEFAULT_DEMO_CUSTOMERS = 500


class DemoOffer(QFrame):
    load_requested = Signal(int)
    cancel_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("demoOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#demoOffer { background: palette(alternate-base); border-radius: 6px; }")
        text = QLabel(self.tr(
            "<b>Your customer book is empty.</b><br>Load demo data to look around with realistic Chinese and "
            "English customers, visits and outcomes, or start with an empty book and add your own."))
        text.setWordWrap(True)
        self.count = QSpinBox()
        self.count.setRange(10, 100_000)
        self.count.setSingleStep(100)
        self.count.setValue(DEFAULT_DEMO_CUSTOMERS)
        self.count.setSuffix(self.tr(" customers"))
        self.count.setAccessibleName(self.tr("Number of demo customers"))
        self.load_button = QPushButton(self.tr("&Load demo data"))
        self.load_button.setDefault(True)
        self.empty_button = QPushButton(self.tr("Start &empty"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m customers"))
        buttons = QHBoxLayout()
        for widget in (self.count, self.load_button, self.empty_button, self.progress, self.cancel_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(buttons)
        self.load_button.clicked.connect(lambda: self.load_requested.emit(self.count.value()))
        self.empty_button.clicked.connect(self.dismissed.emit)
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.count, self.load_button, self.empty_button):
            widget.setVisible(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
