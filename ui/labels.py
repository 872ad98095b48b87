"""What the user reads for each stored value of the vocabulary, translated (models keeps only values).

Views ask for these for every cell they paint, so each answer is cached; ``clear_cache()`` runs when
the translators change.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication

_cached = []


def cached(function):
    wrapped = lru_cache(maxsize=None)(function)
    _cached.append(wrapped)
    return wrapped


def clear_cache() -> None:
    for function in _cached:
        function.cache_clear()


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


@cached
def segment(value: str | None) -> str:
    return {"key_account": _t("Key account"), "business": _t("Business"), "consumer": _t("Consumer")}.get(value or "", "")


@cached
def tier(value: str | None) -> str:
    return {"diamond": _t("Diamond"), "gold": _t("Gold"), "silver": _t("Silver"), "none": _t("None")}.get(value or "", "")


@cached
def stage(value: str | None) -> str:
    return {"A": _t("A · Acquisition"), "B": _t("B · Build-up"), "C": _t("C · Maturity"),
            "D": _t("D · Decline"), "E": _t("E · Exit")}.get(value or "", "")


@cached
def stage_question(value: str | None) -> str:
    return {
        "A": _t("How do we find and win them?"),
        "B": _t("How do we grow their value: cross-selling, targeted offers?"),
        "C": _t("How do we keep them loyal: differentiated service?"),
        "D": _t("What is the early warning, and which retention measures?"),
        "E": _t("How do we win them back?"),
    }.get(value or "", "")


@cached
def kind(value: str | None) -> str:
    return {"company": _t("Company"), "person": _t("Person")}.get(value or "", "")


@cached
def relationship(value: str | None) -> str:
    return {"none": _t("None"), "supplier": _t("Supplier"), "partner": _t("Partner"), "friend": _t("Friend")}.get(value or "", "")


@cached
def contact_level(value: str | None) -> str:
    return {"new": _t("New"), "repeat": _t("Repeat caller or visitor"), "existing": _t("Existing customer"),
            "closed": _t("Closed (deal done)")}.get(value or "", "")


@cached
def psychology(value: str | None) -> str:
    return {"keeping_up": _t("Keeping up"), "habit": _t("Habit"), "price": _t("Price"), "preference": _t("Preference"),
            "prestige": _t("Prestige"), "curiosity": _t("Curiosity"), "safety": _t("Safety"),
            "communication": _t("Communication"), "herd": _t("Herd")}.get(value or "", "")


@cached
def buying_role(value: str | None) -> str:
    return {"approver": _t("Final approver"), "decision_maker": _t("Decision maker"), "evaluator": _t("Evaluator"),
            "user": _t("User"), "other": _t("Other")}.get(value or "", "")


@cached
def attitude(value: str | None) -> str:
    return {"sponsor": _t("Sponsor"), "supporter": _t("Supporter"), "neutral": _t("Neutral"),
            "non_supporter": _t("Non-supporter"), "opponent": _t("Opponent")}.get(value or "", "")


@cached
def influence(value: str | None) -> str:
    return {"high": _t("High"), "medium": _t("Medium"), "low": _t("Low")}.get(value or "", "")


@cached
def key_date_kind(value: str | None) -> str:
    return {"birthday": _t("Birthday"), "anniversary": _t("Anniversary"), "happy_event": _t("Happy event"),
            "misfortune": _t("Misfortune"), "business_event": _t("Business event"), "holiday": _t("Holiday"),
            "other": _t("Other")}.get(value or "", "")


def money(cents: int | None) -> str:
    return "" if cents is None else f"{cents / 100:,.2f}"
