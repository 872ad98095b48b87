"""The language the app or a command runs in ("zh_CN", "en_US"…), for the few things the Qt-free core
writes in it: the field names of values kept in a person's notes at import, the default phone region."""

from __future__ import annotations

_current = ""


def use(lang: str | None) -> None:
    global _current
    _current = lang or ""


def current() -> str:
    return _current


def word(context: str, text: str) -> str:
    """``text`` in the current language, from the same translation file as the window."""
    if not _current or _current.split("_")[0] == "en":
        return text
    from models.runtime.catalog import catalog

    return catalog(_current).get((context, text), text)
