"""Route exceptions that escape a slot or an event handler to ``ui.errors`` (imported only when needed)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType


def install_excepthook(log_file: Path | None) -> None:
    from ui.errors import set_log_file

    set_log_file(log_file)  # (every report names it, wherever it comes from)

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        from PySide6.QtWidgets import QApplication

        from ui.errors import report_exception

        exc.__traceback__ = tb
        report_exception(exc, log_file, QApplication.activeWindow())

    sys.excepthook = hook
