"""The bundle's entry point, which PyInstaller freezes: the installed ``fieldbrief`` command."""

import sys

from ui.app import main

sys.exit(main())
