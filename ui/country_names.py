"""Countries by name in the user's language (Settings' phone region): ISO 3166 names from pycountry, with
the translations of Debian's iso-codes it carries (中国, 德国…); Qt knows them in English only."""

from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry
from PySide6.QtCore import QLocale


@lru_cache(maxsize=8)
def _catalog(language: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def country_name(code: str, locale: QLocale | None = None) -> str:
    """The country of ISO code ``code`` (CN, DE…) as the UI's language names it; the code when unknown."""
    country = pycountry.countries.get(alpha_2=code) if code else None
    if country is None:
        return code
    english = getattr(country, "common_name", None) or country.name
    return _catalog((locale or QLocale()).name()).gettext(english)
