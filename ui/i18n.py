"""Translations: Qt's own (qtbase) and Fieldbrief's, built by the Makefile from resources/i18n/*.ts."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from models.runtime.resources import I18N_DIR

log = logging.getLogger(__name__)

# Qt 6's file and print dialogs ask for these, and qtbase's Chinese translation has only their Qt 5 spellings
# ("Look in:") or none: ours are installed after qtbase's, so Qt finds them here.
QTBASE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"), QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Job &priority:"), QT_TRANSLATE_NOOP("QCupsJobWidget", "Scheduled &printing:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "&Billing information:"), QT_TRANSLATE_NOOP("QCupsJobWidget", "&Start:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "&End:"),
)


def ui_locale(lang: str | None, system: QLocale | None = None) -> QLocale:
    """The locale dates and numbers are written in: ``lang``'s, or the system's; never the C locale (a
    machine with no locale set, LANG=C: "2 12 2026", 1234567), which is English here, as the words are."""
    locale = QLocale(lang) if lang else (system or QLocale.system())
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def install_translators(app: QApplication, lang: str | None) -> list[QTranslator]:
    """Install the translations for ``lang`` (e.g. "zh_CN"; None means the system's locale)."""
    from models.runtime import language

    locale = QLocale(lang) if lang else QLocale.system()
    QLocale.setDefault(ui_locale(lang))
    # the core's own words (notes written at import) and the default phone region (none for the C locale)
    language.use(locale.name())
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
    from models.runtime.translatable import set_translator
    from ui import labels

    set_translator(QApplication.translate)  # the core's messages (a server's trouble…) in the same language
    labels.clear_cache()  # labels were cached in the previous language
    return translators
