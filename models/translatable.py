"""Marking text for translation in the Qt-free core.

``QT_TRANSLATE_NOOP(context, text)`` returns the text unchanged; Qt's lupdate finds the calls by name and
puts the text into resources/i18n/*.ts, where the window (Qt) and the PDF brief (models.brief.wording)
both look it up.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
