"""Marking text for translation in the Qt-free core.

``QT_TRANSLATE_NOOP(context, text)`` returns the text unchanged; Qt's lupdate finds the calls by name and
puts the text into resources/i18n/*.ts, where the window (Qt), the command line (``--lang``, through
models.runtime.language) and the PDF brief (models.brief.wording) look it up.

``translate(context, text)`` is the text in the user's language where a translator is installed
(``set_translator``: the window's, from ui/i18n.py, or the command line's), and the English text elsewhere.

``Text`` is a message of the core: English as a ``str`` (for logs, tests and code that only needs the
text), with its template and values, so that ``in_language`` writes it in the user's language. A value
may be a ``Text`` itself (the reason inside "… was not restored: %2").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_translator: Callable[[str, str], str] | None = None
_PLACE = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator is not None else text


def fill(template: str, values: Sequence[object]) -> str:
    """%1, %2… of ``template`` replaced by the values, in one pass (a value holding "%2" stays as it is)."""
    def value(found: re.Match) -> str:
        number = int(found.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else found.group(0)

    return _PLACE.sub(value, template) if values else template


class Text(str):
    """A message of the core: the English text, which also knows its template (marked with
    QT_TRANSLATE_NOOP in ``context``) and values, to be written in the user's language (``in_language``)."""

    def __new__(cls, context: str, template: str, *values: object) -> Text:
        made = super().__new__(cls, fill(template, [str(v) for v in values]))
        made.context, made.template, made.values = context, template, values
        return made

    def translated(self) -> str:
        return fill(translate(self.context, self.template), [in_language(v) for v in self.values])


def in_language(value: object) -> str:
    """A ``Text`` (or a ``KnownError``: models.errors) in the user's language; anything else as it is."""
    translated = getattr(value, "translated", None)
    return translated() if callable(translated) else str(value)
