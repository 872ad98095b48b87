"""Countries by name in the user's language (Settings' phone region): the names Google's libphonenumber
keeps for its regions (中国, 德国…), through the phonenumbers package the app has already; Qt knows them
in English only."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
from phonenumbers.geocoder import country_name_for_number
from PySide6.QtCore import QCoreApplication, QLocale

from models.runtime.translatable import QT_TRANSLATE_NOOP

# the regions libphonenumber names in no language (Qt's English names), translated by the "countries" context
UNNAMED = [QT_TRANSLATE_NOOP("countries", "Ascension Island"), QT_TRANSLATE_NOOP("countries", "Kosovo"),
           QT_TRANSLATE_NOOP("countries", "St. Martin"), QT_TRANSLATE_NOOP("countries", "Tristan da Cunha"),
           QT_TRANSLATE_NOOP("countries", "Western Sahara"), QT_TRANSLATE_NOOP("countries", "St. Barthélemy"),
           QT_TRANSLATE_NOOP("countries", "Samoa")]  # (libphonenumber's Chinese name of WS is a placeholder, "*zh")


@lru_cache(maxsize=1024)
def _name(code: str, language: str, territory: str) -> str:
    example = phonenumbers.example_number(code)
    named = country_name_for_number(example, language, region=territory or None) if example is not None else ""
    if named and not named.startswith("*"):  # ("*zh": a name its data has not got yet)
        return named
    qt = QLocale.codeToTerritory(code)  # a region libphonenumber names in no language: Qt's name, translated
    return QCoreApplication.translate("countries", QLocale.territoryToString(qt)) \
        if qt != QLocale.Country.AnyTerritory else code


def country_name(code: str, locale: QLocale | None = None) -> str:
    """The country of region code ``code`` (CN, DE…) as the UI's language names it; the code when unknown."""
    if not code:
        return ""
    language, _, territory = (locale or QLocale()).name().partition("_")
    return _name(code, language, territory)
