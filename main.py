"""Fieldbrief from the source tree: ``python main.py`` is the installed ``fieldbrief`` command.

The function lives in ``ui.app`` so that the wheel installs no top-level module named ``main``.
"""

import sys

from ui.app import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
