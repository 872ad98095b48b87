"""Starting Fieldbrief: the `fieldbrief` command (a command-line command, or the desktop app: logging first,
then the QApplication, fonts, translations, the window)."""

from __future__ import annotations

import argparse
import sys

from models import APP_NAME, __version__
from models.runtime.logsetup import setup_logging
from models.storage.paths import DataPaths
from models.runtime.resources import APP_ICON_FILE


def main(argv: list[str] | None = None) -> int:
    """The ``fieldbrief`` entry point (and ``python main.py``): a command if one is given, else the window."""
    from models.cli.commands import parse_args, run_command

    args = parse_args(argv)
    if args.command is None:
        return run_gui(args)
    return run_command(args)


def create_application(lang: str | None = None):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ui.fonts import install_cjk_font
    from ui.i18n import install_translators

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(APP_ICON_FILE)))
    install_cjk_font(app)
    install_translators(app, lang)
    return app


def follow_in_qts_own_widgets(lang: str | None) -> None:
    """With --lang, Qt's own widgets write sizes and dates in that language too: the file dialog asks the
    system's locale (QLocale::system(), read from LC_ALL… when the QApplication starts), not the default one."""
    if lang:
        import os

        from ui.i18n import ui_locale

        os.environ["LC_ALL"] = f"{ui_locale(lang).name()}.UTF-8"


def run_gui(args: argparse.Namespace) -> int:
    paths = DataPaths.resolve(args.data_dir).ensure()
    setup_logging(paths.log_file)
    follow_in_qts_own_widgets(args.lang)
    app = create_application(args.lang)

    from ui.excepthook import install_excepthook
    from ui.main_window import MainWindow

    install_excepthook(paths.log_file)
    window = MainWindow(paths, args.database or paths.database_url)
    window.show()
    from ui.quit_signals import close_on_quit_signals

    close_on_quit_signals(window)  # a logout or Ctrl+C closes it as its close button does (backup on quit)
    if args.exit_on_first_paint:
        _exit_on_first_paint(window)
    return app.exec()


def _exit_on_first_paint(window) -> None:
    """For the packaging tests and bench/startup.py: print the wall-clock time once the window has painted, and
    end the process there (the database is only opened after the first paint, so nothing is cut short)."""
    import os
    import time

    from ui.first_paint import after_next_paint

    def report() -> None:
        sys.stdout.write(f"first paint {time.time():.6f}\n")
        sys.stdout.flush()
        os._exit(0)

    after_next_paint(window, report)
