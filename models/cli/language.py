"""The command line in the user's language: ``--lang``, else the system's (LC_ALL, LC_MESSAGES, LANG).

Our own words are looked up in resources/i18n/*.ts (context "cli") through models.runtime.language; argparse's
("usage:", "the following arguments are required", "show this help message and exit"…) go through the
same file, context "argparse", by handing argparse a lookup for the gettext it calls.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata

from models.runtime.translatable import QT_TRANSLATE_NOOP, fill, in_language, set_translator, translate

# argparse's messages (Python 3.11-3.13) that a user of these commands can meet
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def system_language(environ=os.environ) -> str:
    """The first of LC_ALL, LC_MESSAGES, LANG that is set ("zh_CN.UTF-8"; ``spoken`` reads it); "" for C/POSIX."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "" if value.split(".")[0] in ("C", "POSIX") else value
    return ""


def spoken(lang: str) -> str:
    """The language Fieldbrief has for what a user asked: zh, zh-CN, zh_cn, zh_Hans, zh_CN.UTF-8 and cn are
    Simplified Chinese (zh_CN); anything else is what it says (English where there is no translation)."""
    code = lang.split(".")[0].split("@")[0].replace("-", "_")
    lowered = code.lower()
    if lowered in ("zh", "cn", "zh_cn", "zh_hans", "zh_hans_cn", "zh_sg"):
        return "zh_CN"
    return code


def speak(lang: str | None) -> None:
    """Every later message of the core, the commands and argparse in ``lang`` (else the system's)."""
    from models.runtime import language

    language.use(spoken(lang or system_language()))
    set_translator(language.word)
    argparse._ = _argparse_word  # argparse looks its words up through this module-level gettext
    argparse.ngettext = lambda one, many, n: _argparse_word(one if n == 1 else many)


def _argparse_word(text: str) -> str:
    found = translate("argparse", text)
    ending = text[len(text.rstrip("\n")):]  # the .ts loses the error line's newline
    return found if found is text or found.endswith(ending) else found + ending


# a Chinese character or full-width sign, a run of other non-space characters, or spaces
_WRAP_PIECE = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+|\s+")
_CHINESE_HEADING = re.compile(r"^(\S[^\n]*[\u4e00-\u9fff]):$", re.MULTILINE)
_NO_LINE_START = set("，。、；：？！）」』》〉”’%,.;:?!)")


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrapped(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns, broken at spaces or between Chinese characters (never
    before a closing sign such as "，" or "）"); a word longer than a line keeps a line of its own."""
    lines, line, used, space = [], "", 0, False
    for piece in _WRAP_PIECE.findall(text):
        if piece.isspace():
            space = bool(line)
            continue
        size = columns(piece) + space
        if line and used + size > width and piece not in _NO_LINE_START:
            lines.append(line)
            line, used, size = "", 0, size - space
        elif space:
            line += " "
        line += piece
        used += size
        space = False
    return lines + [line] if line else lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help with the lines wrapped by the columns they take, so that Chinese help fits too."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrapped(text, width)

    def format_help(self) -> str:
        """argparse ends a section's heading with ":" whatever the language: a Chinese one with "："."""
        return _CHINESE_HEADING.sub(r"\1：", super().format_help())

    def _format_usage(self, usage, actions, groups, prefix):
        """The usage wrapped and indented by the columns "用法：" takes (six, where argparse counts three)."""
        prefix = argparse._("usage: ") if prefix is None else prefix
        stand_in = "\0" * columns(prefix)
        return super()._format_usage(usage, actions, groups, stand_in).replace(stand_in, prefix, 1)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrapped(text, width - len(indent)))


def say(template: str, *values: object, error: bool = False) -> None:
    """Print a translated ``template`` (``translate("cli", …)``) with its %1, %2… filled in."""
    print(fill(template, [in_language(v) for v in values]), file=sys.stderr if error else sys.stdout)


# what the commands count, each in its forms for one and for more (Chinese has one form for both)
NOUNS = {
    "customer": (QT_TRANSLATE_NOOP("cli", "%1 customer"), QT_TRANSLATE_NOOP("cli", "%1 customers")),
    "contact": (QT_TRANSLATE_NOOP("cli", "%1 contact"), QT_TRANSLATE_NOOP("cli", "%1 contacts")),
    "visit": (QT_TRANSLATE_NOOP("cli", "%1 visit"), QT_TRANSLATE_NOOP("cli", "%1 visits")),
    "older backup": (QT_TRANSLATE_NOOP("cli", "%1 older backup"), QT_TRANSLATE_NOOP("cli", "%1 older backups")),
    "row": (QT_TRANSLATE_NOOP("cli", "%1 row"), QT_TRANSLATE_NOOP("cli", "%1 rows")),
    "table": (QT_TRANSLATE_NOOP("cli", "%1 table"), QT_TRANSLATE_NOOP("cli", "%1 tables")),
    "month": (QT_TRANSLATE_NOOP("cli", "%1 month"), QT_TRANSLATE_NOOP("cli", "%1 months")),
    "value": (QT_TRANSLATE_NOOP("cli", "%1 value"), QT_TRANSLATE_NOOP("cli", "%1 values")),
    "card": (QT_TRANSLATE_NOOP("cli", "%1 card"), QT_TRANSLATE_NOOP("cli", "%1 cards")),
    "event": (QT_TRANSLATE_NOOP("cli", "%1 event"), QT_TRANSLATE_NOOP("cli", "%1 events")),
    "follow-up": (QT_TRANSLATE_NOOP("cli", "%1 open follow-up"), QT_TRANSLATE_NOOP("cli", "%1 open follow-ups")),
    "promise": (QT_TRANSLATE_NOOP("cli", "%1 open promise"), QT_TRANSLATE_NOOP("cli", "%1 open promises")),
    "visit to come": (QT_TRANSLATE_NOOP("cli", "%1 visit to come"), QT_TRANSLATE_NOOP("cli", "%1 visits to come")),
}


def count(n: int, noun: str) -> str:
    """"1 customer", "100,000 customers", "100,000 个客户"."""
    one, many = NOUNS[noun]
    return fill(translate("cli", one if n == 1 else many), [f"{n:,}"])
