"""The translations of a language as the Qt-free core reads them: resources/i18n/fieldbrief_LANG.ts (plain
XML, the same file the window's .qm is built from), by context and source text."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from models.runtime.resources import I18N_DIR


@cache
def catalog(lang: str) -> dict[tuple[str, str], str]:
    path = I18N_DIR / f"fieldbrief_{lang}.ts"
    if not path.exists():
        return {}
    catalog = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            # as written (a line's indent too); a message with plural forms has its text in <numerusform>
            text = translation.text if (translation.text or "").strip() else translation.findtext("numerusform") or ""
            if text:
                catalog[(name, message.findtext("source") or "")] = text
    return catalog
