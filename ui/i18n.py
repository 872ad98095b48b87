"""Translations: Qt's own (qtbase) and Fieldbrief's, built by the Makefile from resources/i18n/*.ts."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from models.resources import I18N_DIR

log = logging.getLogger(__name__)


def install_translators(app: QApplication, lang: str | None) -> list[QTranslator]:
    """Install the translations for ``lang`` (e.g. "zh_CN"; None means the system's locale)."""
    from models import language

    locale = QLocale(lang) if lang else QLocale.system()
    QLocale.setDefault(locale)
    language.use(locale.name())  # the core's own words (notes written at import) and the default phone region
    translators = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("fieldbrief", str(I18N_DIR)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            translators.append(translator)
        elif locale.language() not in (QLocale.Language.English, QLocale.Language.C):
            log.info("No %s translation for %s in %s", name, locale.name(), folder)
    from ui import labels

    labels.clear_cache()  # labels were cached in the previous language
    return translators
