"""Starting the desktop app: logging first, then the QApplication, fonts, translations, the window."""

from __future__ import annotations

import argparse
import sys

from models import APP_NAME, __version__
from models.logsetup import setup_logging
from models.paths import DataPaths
from models.resources import RESOURCES_DIR


def create_application(lang: str | None = None):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ui.fonts import install_cjk_font
    from ui.i18n import install_translators

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(RESOURCES_DIR / "icons" / "fieldbrief.png")))  # PNG: no SVG plugin at start-up
    install_cjk_font(app)
    install_translators(app, lang)
    return app


def run_gui(args: argparse.Namespace) -> int:
    paths = DataPaths.resolve(args.data_dir).ensure()
    setup_logging(paths.log_file)
    app = create_application(args.lang)

    from ui.excepthook import install_excepthook
    from ui.main_window import MainWindow

    install_excepthook(paths.log_file)
    window = MainWindow(paths, args.database or paths.database_url)
    window.show()
    return app.exec()
