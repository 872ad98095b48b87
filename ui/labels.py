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


@cached
def segment(value: str | None) -> str:
    return {"key_account": QCoreApplication.translate("labels", "Key account"), "business": QCoreApplication.translate("labels", "Business"), "consumer": QCoreApplication.translate("labels", "Consumer")}.get(value or "", "")


@cached
def tier(value: str | None) -> str:
    return {"diamond": QCoreApplication.translate("labels", "Diamond"), "gold": QCoreApplication.translate("labels", "Gold"), "silver": QCoreApplication.translate("labels", "Silver"), "none": QCoreApplication.translate("labels", "None")}.get(value or "", "")


@cached
def stage(value: str | None) -> str:
    return {"A": QCoreApplication.translate("labels", "A · Acquisition"), "B": QCoreApplication.translate("labels", "B · Build-up"), "C": QCoreApplication.translate("labels", "C · Maturity"),
            "D": QCoreApplication.translate("labels", "D · Decline"), "E": QCoreApplication.translate("labels", "E · Exit")}.get(value or "", "")


@cached
def stage_question(value: str | None) -> str:
    return {
        "A": QCoreApplication.translate("labels", "How do we find and win them?"),
        "B": QCoreApplication.translate("labels", "How do we grow their value: cross-selling, targeted offers?"),
        "C": QCoreApplication.translate("labels", "How do we keep them loyal: differentiated service?"),
        "D": QCoreApplication.translate("labels", "What is the early warning, and which retention measures?"),
        "E": QCoreApplication.translate("labels", "How do we win them back?"),
    }.get(value or "", "")


@cached
def kind(value: str | None) -> str:
    return {"company": QCoreApplication.translate("labels", "Company"), "person": QCoreApplication.translate("labels", "Person")}.get(value or "", "")


@cached
def relationship(value: str | None) -> str:
    return {"none": QCoreApplication.translate("labels", "None"), "supplier": QCoreApplication.translate("labels", "Supplier"), "partner": QCoreApplication.translate("labels", "Partner"), "friend": QCoreApplication.translate("labels", "Friend")}.get(value or "", "")


@cached
def contact_level(value: str | None) -> str:
    return {"new": QCoreApplication.translate("labels", "New"), "repeat": QCoreApplication.translate("labels", "Repeat caller or visitor"), "existing": QCoreApplication.translate("labels", "Existing customer"),
            "closed": QCoreApplication.translate("labels", "Closed (deal done)")}.get(value or "", "")


@cached
def psychology(value: str | None) -> str:
    return {"keeping_up": QCoreApplication.translate("labels", "Keeping up"), "habit": QCoreApplication.translate("labels", "Habit"), "price": QCoreApplication.translate("labels", "Price"), "preference": QCoreApplication.translate("labels", "Preference"),
            "prestige": QCoreApplication.translate("labels", "Prestige"), "curiosity": QCoreApplication.translate("labels", "Curiosity"), "safety": QCoreApplication.translate("labels", "Safety"),
            "communication": QCoreApplication.translate("labels", "Communication"), "herd": QCoreApplication.translate("labels", "Herd")}.get(value or "", "")


@cached
def buying_role(value: str | None) -> str:
    return {"approver": QCoreApplication.translate("labels", "Final approver"), "decision_maker": QCoreApplication.translate("labels", "Decision maker"), "evaluator": QCoreApplication.translate("labels", "Evaluator"),
            "user": QCoreApplication.translate("labels", "User"), "other": QCoreApplication.translate("labels", "Other")}.get(value or "", "")


@cached
def attitude(value: str | None) -> str:
    return {"sponsor": QCoreApplication.translate("labels", "Sponsor"), "supporter": QCoreApplication.translate("labels", "Supporter"), "neutral": QCoreApplication.translate("labels", "Neutral"),
            "non_supporter": QCoreApplication.translate("labels", "Non-supporter"), "opponent": QCoreApplication.translate("labels", "Opponent")}.get(value or "", "")


@cached
def influence(value: str | None) -> str:
    return {"high": QCoreApplication.translate("labels", "High"), "medium": QCoreApplication.translate("labels", "Medium"), "low": QCoreApplication.translate("labels", "Low")}.get(value or "", "")


@cached
def key_date_kind(value: str | None) -> str:
    return {"birthday": QCoreApplication.translate("labels", "Birthday"), "anniversary": QCoreApplication.translate("labels", "Anniversary"), "happy_event": QCoreApplication.translate("labels", "Happy event"),
            "misfortune": QCoreApplication.translate("labels", "Misfortune"), "business_event": QCoreApplication.translate("labels", "Business event"), "holiday": QCoreApplication.translate("labels", "Holiday"),
            "other": QCoreApplication.translate("labels", "Other")}.get(value or "", "")


def money(cents: int | None) -> str:
    return "" if cents is None else f"{cents / 100:,.2f}"
