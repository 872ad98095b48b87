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


@cached
def visit_status(value: str | None) -> str:
    return {"planned": QCoreApplication.translate("labels", "Planned"), "ready": QCoreApplication.translate("labels", "Ready"),
            "done": QCoreApplication.translate("labels", "Done"), "cancelled": QCoreApplication.translate("labels", "Cancelled")}.get(value or "", "")


@cached
def cycle_step(value: str | None) -> str:
    return {"plan": QCoreApplication.translate("labels", "Plan & activity"), "approach": QCoreApplication.translate("labels", "Approach"),
            "presentation": QCoreApplication.translate("labels", "Presentation"), "closing": QCoreApplication.translate("labels", "Closing"),
            "objection_handling": QCoreApplication.translate("labels", "Objection handling"),
            "after_sales": QCoreApplication.translate("labels", "After-sales service")}.get(value or "", "")


@cached
def approach(value: str | None) -> str:
    return {"direct": QCoreApplication.translate("labels", "Direct"), "gift": QCoreApplication.translate("labels", "Gift or offer"),
            "service": QCoreApplication.translate("labels", "Service"), "survey": QCoreApplication.translate("labels", "Opinion survey"),
            "reference": QCoreApplication.translate("labels", "Reference"),
            "usage_analysis": QCoreApplication.translate("labels", "Usage analysis")}.get(value or "", "")


@cached
def approach_hint(value: str | None) -> str:
    return {
        "direct": QCoreApplication.translate("labels", "Say the real purpose and the benefit. When you can judge the need and trust the product."),
        "gift": QCoreApplication.translate("labels", "Open with a current offer or a small gift. Cold visits; customers who like a bargain."),
        "service": QCoreApplication.translate("labels", "Come to do a service: check the line before storm season, go through the bill."),
        "survey": QCoreApplication.translate("labels", "Ask for their opinion and advice. Customers with time to talk."),
        "reference": QCoreApplication.translate("labels", "A peer, neighbour or similar company already uses it with good results."),
        "usage_analysis": QCoreApplication.translate("labels", "An analysis of their current usage shows a better option. Loyal customers with low take-up of new products."),
    }.get(value or "", "")


@cached
def question_kind(value: str | None) -> str:
    return {"situation": QCoreApplication.translate("labels", "Situation"), "problem": QCoreApplication.translate("labels", "Problem"),
            "implication": QCoreApplication.translate("labels", "Implication"),
            "need_payoff": QCoreApplication.translate("labels", "Need-payoff")}.get(value or "", "")


@cached
def checklist_kind(value: str | None) -> str:
    return {"question": QCoreApplication.translate("labels", "Preparation questions"), "packing": QCoreApplication.translate("labels", "Pack"),
            "departure": QCoreApplication.translate("labels", "Before leaving")}.get(value or "", "")


@cached
def plan_answer(value: str | None) -> str:
    return {"customer_profile": QCoreApplication.translate("labels", "What kind of customer"), "products": QCoreApplication.translate("labels", "Products"),
            "expected_reception": QCoreApplication.translate("labels", "Expected reception"), "purpose": QCoreApplication.translate("labels", "Purpose"),
            "opening_line": QCoreApplication.translate("labels", "Opening line"), "questions": QCoreApplication.translate("labels", "Questions"),
            "decision_maker_plan": QCoreApplication.translate("labels", "If the decision maker is there"),
            "next_step": QCoreApplication.translate("labels", "Next step")}.get(value or "", "")


@cached
def objection_category(value: str | None) -> str:
    return {"price": QCoreApplication.translate("labels", "Price"), "need": QCoreApplication.translate("labels", "Need not met"),
            "timing": QCoreApplication.translate("labels", "Timing"), "change": QCoreApplication.translate("labels", "Unwilling to change"),
            "trust": QCoreApplication.translate("labels", "Trust"), "competitor": QCoreApplication.translate("labels", "Competitor"),
            "excuse": QCoreApplication.translate("labels", "Excuse"), "other": QCoreApplication.translate("labels", "Other")}.get(value or "", "")


@cached
def promise_by(value: str | None) -> str:
    return {"us": QCoreApplication.translate("labels", "We promised"),
            "customer": QCoreApplication.translate("labels", "They promised")}.get(value or "", "")


@cached
def outcome_result(value: str | None) -> str:
    return {"won": QCoreApplication.translate("labels", "Won"), "progressed": QCoreApplication.translate("labels", "Progressed"),
            "no_decision": QCoreApplication.translate("labels", "No decision"), "lost": QCoreApplication.translate("labels", "Lost"),
            "postponed": QCoreApplication.translate("labels", "Postponed"),
            "cancelled": QCoreApplication.translate("labels", "Cancelled")}.get(value or "", "")
