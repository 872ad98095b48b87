"""What the user reads for each stored value of the vocabulary: models.vocabulary_text names it, Qt translates it.

Views ask for these for every cell they paint, so each answer is cached; ``clear_cache()`` runs when
the translators change.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLocale

from models import vocabulary_text

_cached = []


def cached(function):
    wrapped = lru_cache(maxsize=None)(function)
    _cached.append(wrapped)
    return wrapped


def clear_cache() -> None:
    for function in _cached:
        function.cache_clear()


def _chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def colon() -> str:
    """After a label: "：" in Chinese (the UI's locale, QLocale's default), ": " otherwise (as the brief's)."""
    return "：" if _chinese() else ": "


def bracketed(inner: str) -> str:
    """``inner`` in brackets after what it qualifies: "（…）" in Chinese, " (…)" otherwise."""
    return f"（{inner}）" if _chinese() else f" ({inner})"


def tagged(inner: str) -> str:
    """A category before what it names: "【价格】" in Chinese, "[Price] " otherwise."""
    return f"【{inner}】" if _chinese() else f"[{inner}] "


def counted(count: int, one: str, many: str) -> str:
    """``one`` (already translated: "1 contact") for a count of 1, else ``many`` with %1 the count ("%1
    contacts"): two messages, so that each language writes both its own way."""
    return one if count == 1 else many.replace("%1", f"{count:,}")


label = cached(vocabulary_text.label)  # the translated name of a stored value: label("segment", "key_account")


def segment(value: str | None) -> str:
    return label("segment", value)


def tier(value: str | None) -> str:
    return label("tier", value)


def stage(value: str | None) -> str:
    return label("stage", value)


def stage_question(value: str | None) -> str:
    return label("stage_question", value)


def channel_label(stored: str) -> str:
    """A phone's or email's label as the user reads it: the usual ones ("mobile") translated, others as typed."""
    return label("channel_label", stored) or stored


def channel_label_code(typed: str) -> str:
    """What to store for a typed label: a usual one's code where the text names it, in English or the
    user's language ("Mobile", "手机" -> "mobile"), else the text as typed."""
    wanted = typed.strip()
    for code, english in vocabulary_text.TEXT["channel_label"].items():
        if wanted.casefold() in (code, english.casefold(), label("channel_label", code).casefold()):
            return code
    return wanted


def search_match(field: str) -> str:
    """"Contact: %1", "Pinyin: %1"…: what a search matched (models.book.search_match), %1 for the text."""
    return label("search_match", field)


def kind(value: str | None) -> str:
    return label("kind", value)


def relationship(value: str | None) -> str:
    return label("relationship", value)


def contact_level(value: str | None) -> str:
    return label("contact_level", value)


def psychology(value: str | None) -> str:
    return label("psychology", value)


def buying_role(value: str | None) -> str:
    return label("buying_role", value)


def attitude(value: str | None) -> str:
    return label("attitude", value)


def influence(value: str | None) -> str:
    return label("influence", value)


def key_date_kind(value: str | None) -> str:
    return label("key_date_kind", value)


def visit_status(value: str | None) -> str:
    return label("visit_status", value)


def cycle_step(value: str | None) -> str:
    return label("cycle_step", value)


def approach(value: str | None) -> str:
    return label("approach", value)


def approach_hint(value: str | None) -> str:
    return label("approach_hint", value)


def question_kind(value: str | None) -> str:
    return label("question_kind", value)


def checklist_kind(value: str | None) -> str:
    return label("checklist_kind", value)


def plan_answer(value: str | None) -> str:
    return label("plan_answer", value)


def objection_category(value: str | None) -> str:
    return label("objection_category", value)


def promise_by(value: str | None) -> str:
    return label("promise_by", value)


def outcome_result(value: str | None) -> str:
    return label("outcome_result", value)


def closing_signal(value: str | None) -> str:
    return label("closing_signal", value)


def follow_up_channel(value: str | None) -> str:
    return label("follow_up_channel", value)


def money(cents: int | None) -> str:
    return "" if cents is None else f"{cents / 100:,.2f}"


def day_month_format() -> str:
    """How a day without its year is written in the UI's language: 4 July, 7月4日 (a QDate format)."""
    from PySide6.QtCore import QLocale

    return "M月d日" if QLocale().language() == QLocale.Language.Chinese else "d MMMM"


def day_month(day) -> str:
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), day_month_format())


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def readiness(state, long: bool = False) -> str:
    """A visit's status and readiness (models.visits.readiness.Readiness), the same words in every view."""
    from models.visits.readiness import readiness_text

    return readiness_text(state, translate, long)


def menu_text(text: str) -> str:
    """Text from data as a menu item: "&" doubled, or Qt takes it for an access key ("Pioneer Hotels _Co")."""
    return text.replace("&", "&&")
