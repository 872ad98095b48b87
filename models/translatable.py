"""Marking text for translation in the Qt-free core.

``QT_TRANSLATE_NOOP(context, text)`` returns the text unchanged; Qt's lupdate finds the calls by name and
puts the text into resources/i18n/*.ts, where the window (Qt) and the PDF brief (models.brief.wording)
both look it up.

``translate(context, text)`` is the text in the user's language where the window installed its translator
(``set_translator``, from ui/i18n.py), and the English text elsewhere (the command line): messages of the
core that the window shows as they are, such as a server's trouble, read in Chinese there.
"""

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator is not None else text
