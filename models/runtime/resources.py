"""Where the bundled resources are (fonts, translations, templates, icons, migrations), for the UI and the core.

The repository's ``resources/`` folder is installed as the package ``fieldbrief_resources`` (setup.py maps
it; the name cannot collide with another distribution's). Every path is found through importlib.resources,
never from the working directory or the source tree, so the same code finds them in the source tree's
editable install, an installed wheel and the PyInstaller bundle.
"""

from importlib.resources import files
from pathlib import Path

RESOURCES_PACKAGE = "fieldbrief_resources"


def package_folder(package: str) -> Path:
    """The folder of an installed package's files, as a real path (Qt, reportlab and Alembic open files by name)."""
    folder = files(package)
    if not isinstance(folder, Path):  # e.g. imported from a zip file: nothing could open the fonts by name
        raise RuntimeError(f"Fieldbrief's package {package} is not installed as plain files ({folder!r}); "
                           "reinstall Fieldbrief with pip or pipx")
    return folder


RESOURCES_DIR = package_folder(RESOURCES_PACKAGE)
FONTS_DIR = RESOURCES_DIR / "fonts"
I18N_DIR = RESOURCES_DIR / "i18n"
TEMPLATES_DIR = RESOURCES_DIR / "templates"
ICONS_DIR = RESOURCES_DIR / "icons"
APP_ICON_FILE = ICONS_DIR / "fieldbrief.png"  # PNG: the window loads it without the SVG plugin at start-up

# WenQuanYi Micro Hei: TrueType outlines, so reportlab can embed it as well as Qt draw it.
CJK_FONT_FILE = FONTS_DIR / "wqy-microhei.ttc"
CJK_FONT_FAMILY = "WenQuanYi Micro Hei"
EXTENSION_B_FONT_FILE = FONTS_DIR / "HanaMinB.ttf"  # CJK Extension B (U+20000-2A6DF) and beyond


def migrations_dir() -> Path:
    """Alembic's script folder (env.py and versions/), read from files when the schema is checked or upgraded."""
    return package_folder("models.storage.migrations")
