"""What each stored vocabulary value is called, in English; translated by the "labels" context of
resources/i18n/*.ts for the window (ui/labels.py) and the printed brief (models/brief/wording.py)."""

from models.runtime.translatable import QT_TRANSLATE_NOOP, translate

TEXT: dict[str, dict[str, str]] = {
    "segment": {
        "key_account": QT_TRANSLATE_NOOP("labels", "Key account"),
        "business": QT_TRANSLATE_NOOP("labels", "Business"),
        "consumer": QT_TRANSLATE_NOOP("labels", "Consumer"),
    },
    "tier": {
        "diamond": QT_TRANSLATE_NOOP("labels", "Diamond"),
        "gold": QT_TRANSLATE_NOOP("labels", "Gold"),
        "silver": QT_TRANSLATE_NOOP("labels", "Silver"),
        "none": QT_TRANSLATE_NOOP("labels", "None"),
    },
    "stage": {
        "A": QT_TRANSLATE_NOOP("labels", "A · Acquisition"),
        "B": QT_TRANSLATE_NOOP("labels", "B · Build-up"),
        "C": QT_TRANSLATE_NOOP("labels", "C · Maturity"),
        "D": QT_TRANSLATE_NOOP("labels", "D · Decline"),
        "E": QT_TRANSLATE_NOOP("labels", "E · Exit"),
    },
    "stage_question": {
        "A": QT_TRANSLATE_NOOP("labels", "How do we find and win them?"),
        "B": QT_TRANSLATE_NOOP("labels", "How do we grow their value: cross-selling, targeted offers?"),
        "C": QT_TRANSLATE_NOOP("labels", "How do we keep them loyal: differentiated service?"),
        "D": QT_TRANSLATE_NOOP("labels", "What is the early warning, and which retention measures?"),
        "E": QT_TRANSLATE_NOOP("labels", "How do we win them back?"),
    },
    "kind": {
        "company": QT_TRANSLATE_NOOP("labels", "Company"),
        "person": QT_TRANSLATE_NOOP("labels", "Person"),
    },
    "relationship": {
        "none": QT_TRANSLATE_NOOP("labels", "None"),
        "supplier": QT_TRANSLATE_NOOP("labels", "Supplier"),
        "partner": QT_TRANSLATE_NOOP("labels", "Partner"),
        "friend": QT_TRANSLATE_NOOP("labels", "Friend"),
    },
    "contact_level": {
        "new": QT_TRANSLATE_NOOP("labels", "New"),
        "repeat": QT_TRANSLATE_NOOP("labels", "Repeat caller or visitor"),
        "existing": QT_TRANSLATE_NOOP("labels", "Existing customer"),
        "closed": QT_TRANSLATE_NOOP("labels", "Closed (deal done)"),
    },
    "psychology": {
        "keeping_up": QT_TRANSLATE_NOOP("labels", "Keeping up"),
        "habit": QT_TRANSLATE_NOOP("labels", "Habit"),
        "price": QT_TRANSLATE_NOOP("labels", "Price"),
        "preference": QT_TRANSLATE_NOOP("labels", "Preference"),
        "prestige": QT_TRANSLATE_NOOP("labels", "Prestige"),
        "curiosity": QT_TRANSLATE_NOOP("labels", "Curiosity"),
        "safety": QT_TRANSLATE_NOOP("labels", "Safety"),
        "communication": QT_TRANSLATE_NOOP("labels", "Communication"),
        "herd": QT_TRANSLATE_NOOP("labels", "Herd"),
    },
    "buying_role": {
        "approver": QT_TRANSLATE_NOOP("labels", "Final approver"),
        "decision_maker": QT_TRANSLATE_NOOP("labels", "Decision maker"),
        "evaluator": QT_TRANSLATE_NOOP("labels", "Evaluator"),
        "user": QT_TRANSLATE_NOOP("labels", "User"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "attitude": {
        "sponsor": QT_TRANSLATE_NOOP("labels", "Sponsor"),
        "supporter": QT_TRANSLATE_NOOP("labels", "Supporter"),
        "neutral": QT_TRANSLATE_NOOP("labels", "Neutral"),
        "non_supporter": QT_TRANSLATE_NOOP("labels", "Non-supporter"),
        "opponent": QT_TRANSLATE_NOOP("labels", "Opponent"),
    },
    "influence": {
        "high": QT_TRANSLATE_NOOP("labels", "High"),
        "medium": QT_TRANSLATE_NOOP("labels", "Medium"),
        "low": QT_TRANSLATE_NOOP("labels", "Low"),
    },
    "key_date_kind": {
        "birthday": QT_TRANSLATE_NOOP("labels", "Birthday"),
        "anniversary": QT_TRANSLATE_NOOP("labels", "Anniversary"),
        "happy_event": QT_TRANSLATE_NOOP("labels", "Happy event"),
        "misfortune": QT_TRANSLATE_NOOP("labels", "Misfortune"),
        "business_event": QT_TRANSLATE_NOOP("labels", "Business event"),
        "holiday": QT_TRANSLATE_NOOP("labels", "Holiday"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "visit_status": {
        "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
        "ready": QT_TRANSLATE_NOOP("labels", "Ready"),
        "done": QT_TRANSLATE_NOOP("labels", "Done"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    "cycle_step": {
        "plan": QT_TRANSLATE_NOOP("labels", "Plan & activity"),
        "approach": QT_TRANSLATE_NOOP("labels", "Approach"),
        "presentation": QT_TRANSLATE_NOOP("labels", "Presentation"),
        "closing": QT_TRANSLATE_NOOP("labels", "Closing"),
        "objection_handling": QT_TRANSLATE_NOOP("labels", "Objection handling"),
        "after_sales": QT_TRANSLATE_NOOP("labels", "After-sales service"),
    },
    "approach": {
        "direct": QT_TRANSLATE_NOOP("labels", "Direct"),
        "gift": QT_TRANSLATE_NOOP("labels", "Gift or offer"),
        "service": QT_TRANSLATE_NOOP("labels", "Service"),
        "survey": QT_TRANSLATE_NOOP("labels", "Opinion survey"),
        "reference": QT_TRANSLATE_NOOP("labels", "Reference"),
        "usage_analysis": QT_TRANSLATE_NOOP("labels", "Usage analysis"),
    },
    "approach_hint": {
        "direct": QT_TRANSLATE_NOOP("labels", "Say the real purpose and the benefit. When you can judge the need and trust the product."),
        "gift": QT_TRANSLATE_NOOP("labels", "Open with a current offer or a small gift. Cold visits; customers who like a bargain."),
        "service": QT_TRANSLATE_NOOP("labels", "Come to do a service: check the line before storm season, go through the bill."),
        "survey": QT_TRANSLATE_NOOP("labels", "Ask for their opinion and advice. Customers with time to talk."),
        "reference": QT_TRANSLATE_NOOP("labels", "A peer, neighbour or similar company already uses it with good results."),
        "usage_analysis": QT_TRANSLATE_NOOP("labels", "An analysis of their current usage shows a better option. Loyal customers with low take-up of new products."),
    },
    "question_kind": {
        "situation": QT_TRANSLATE_NOOP("labels", "Situation"),
        "problem": QT_TRANSLATE_NOOP("labels", "Problem"),
        "implication": QT_TRANSLATE_NOOP("labels", "Implication"),
        "need_payoff": QT_TRANSLATE_NOOP("labels", "Need-payoff"),
    },
    "checklist_kind": {
        "question": QT_TRANSLATE_NOOP("labels", "Preparation questions"),
        "packing": QT_TRANSLATE_NOOP("labels", "Pack"),
        "departure": QT_TRANSLATE_NOOP("labels", "Before leaving"),
    },
    "plan_answer": {
        "customer_profile": QT_TRANSLATE_NOOP("labels", "What kind of customer"),
        "products": QT_TRANSLATE_NOOP("labels", "Products"),
        "expected_reception": QT_TRANSLATE_NOOP("labels", "Expected reception"),
        "purpose": QT_TRANSLATE_NOOP("labels", "Purpose"),
        "opening_line": QT_TRANSLATE_NOOP("labels", "Opening line"),
        "questions": QT_TRANSLATE_NOOP("labels", "Questions"),
        "decision_maker_plan": QT_TRANSLATE_NOOP("labels", "If the decision maker is there"),
        "next_step": QT_TRANSLATE_NOOP("labels", "Next step"),
    },
    "objection_category": {
        "price": QT_TRANSLATE_NOOP("labels", "Price"),
        "need": QT_TRANSLATE_NOOP("labels", "Need not met"),
        "timing": QT_TRANSLATE_NOOP("labels", "Timing"),
        "change": QT_TRANSLATE_NOOP("labels", "Unwilling to change"),
        "trust": QT_TRANSLATE_NOOP("labels", "Trust"),
        "competitor": QT_TRANSLATE_NOOP("labels", "Competitor"),
        "excuse": QT_TRANSLATE_NOOP("labels", "Excuse"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "promise_by": {
        "us": QT_TRANSLATE_NOOP("labels", "We promised"),
        "customer": QT_TRANSLATE_NOOP("labels", "They promised"),
    },
    "outcome_result": {
        "won": QT_TRANSLATE_NOOP("labels", "Won"),
        "progressed": QT_TRANSLATE_NOOP("labels", "Progressed"),
        "no_decision": QT_TRANSLATE_NOOP("labels", "No decision"),
        "lost": QT_TRANSLATE_NOOP("labels", "Lost"),
        "postponed": QT_TRANSLATE_NOOP("labels", "Postponed"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    "closing_signal": {
        "nodding": QT_TRANSLATE_NOOP("labels", "Nodding"),
        "rereading": QT_TRANSLATE_NOOP("labels", "Re-reading the material"),
        "leaning_in": QT_TRANSLATE_NOOP("labels", "Leaning in"),
        "order_form": QT_TRANSLATE_NOOP("labels", "Handling the order form"),
        "relaxed": QT_TRANSLATE_NOOP("labels", "Brows relaxing"),
        "asks_what_they_get": QT_TRANSLATE_NOOP("labels", "Asking what they get"),
        "compares_tariffs": QT_TRANSLATE_NOOP("labels", "Comparing tariffs"),
        "asks_how_soon": QT_TRANSLATE_NOOP("labels", "Asking how soon it can start"),
    },
    "follow_up_channel": {
        "visit": QT_TRANSLATE_NOOP("labels", "Visit"),
        "phone": QT_TRANSLATE_NOOP("labels", "Phone"),
        "message": QT_TRANSLATE_NOOP("labels", "Message"),
    },
    "follow_up_status": {
        "open": QT_TRANSLATE_NOOP("labels", "Open"),
        "done": QT_TRANSLATE_NOOP("labels", "Done"),
        "dropped": QT_TRANSLATE_NOOP("labels", "Dropped"),
    },
    "promise_status": {
        "open": QT_TRANSLATE_NOOP("labels", "Open"),
        "kept": QT_TRANSLATE_NOOP("labels", "Kept"),
        "broken": QT_TRANSLATE_NOOP("labels", "Broken"),
    },
    # a phone's or an email's label, where it is one of the usual ones (else it is shown as typed)
    "channel_label": {
        "mobile": QT_TRANSLATE_NOOP("labels", "Mobile"),
        "work": QT_TRANSLATE_NOOP("labels", "Work"),
        "home": QT_TRANSLATE_NOOP("labels", "Home"),
        "main": QT_TRANSLATE_NOOP("labels", "Main"),
        "fax": QT_TRANSLATE_NOOP("labels", "Fax"),
        "pager": QT_TRANSLATE_NOOP("labels", "Pager"),
        "iphone": QT_TRANSLATE_NOOP("labels", "iPhone"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    # what a search matched, when not the name as written (models/book/search_match.py); %1: the text
    "search_match": {
        "pinyin": QT_TRANSLATE_NOOP("labels", "Pinyin: %1"),
        "city": QT_TRANSLATE_NOOP("labels", "City: %1"),
        "contact": QT_TRANSLATE_NOOP("labels", "Contact: %1"),
        "phone": QT_TRANSLATE_NOOP("labels", "Phone: %1"),
        "email": QT_TRANSLATE_NOOP("labels", "Email: %1"),
    },
}


def label(group: str, value: str | None) -> str:
    """A stored value as the user reads it, in the user's language (``translate``), e.g. ``label("tier", "gold")``."""
    english = TEXT[group].get(value or "", "")
    return translate("labels", english) if english else ""
