"""The closed lists of the domain (../shared/DOMAIN.md), as stored in the database.

Values are stable identifiers kept in the database and in exports; what a user reads is translated in
the UI. Adding a member is a schema change (the CHECK constraints list the values): write a migration.
"""

from __future__ import annotations

from enum import StrEnum

NO_YEAR = 1904  # the year a date without a known year is stored in: a leap year, so 29 February fits
PAPERS = ("A4", "Letter")  # what a brief and a day sheet are printed on


class CustomerKind(StrEnum):
    COMPANY = "company"
    PERSON = "person"


class Segment(StrEnum):
    KEY_ACCOUNT = "key_account"  # 大客户
    BUSINESS = "business"  # 企业客户
    CONSUMER = "consumer"  # 公众客户


class RelationshipLevel(StrEnum):
    NONE = "none"
    SUPPLIER = "supplier"
    PARTNER = "partner"
    FRIEND = "friend"


class ContactLevel(StrEnum):
    NEW = "new"
    REPEAT = "repeat"
    EXISTING = "existing"
    CLOSED = "closed"


class Psychology(StrEnum):
    """Buying psychology types (消费心理)."""

    KEEPING_UP = "keeping_up"
    HABIT = "habit"
    PRICE = "price"
    PREFERENCE = "preference"
    PRESTIGE = "prestige"
    CURIOSITY = "curiosity"
    SAFETY = "safety"
    COMMUNICATION = "communication"
    HERD = "herd"


class LifecycleStage(StrEnum):
    """Customer lifecycle (客户生命周期): acquisition, build-up, climax, decline, exit."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"


class Tier(StrEnum):
    """VIP tier (会员分级), computed from spend: see models/book/spend.py."""

    DIAMOND = "diamond"
    GOLD = "gold"
    SILVER = "silver"
    NONE = "none"


class BuyingRole(StrEnum):
    APPROVER = "approver"
    DECISION_MAKER = "decision_maker"
    EVALUATOR = "evaluator"
    USER = "user"
    OTHER = "other"


class Attitude(StrEnum):
    SPONSOR = "sponsor"
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    NON_SUPPORTER = "non_supporter"
    OPPONENT = "opponent"


class Influence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ChannelKind(StrEnum):
    """How to reach a customer or contact."""

    PHONE = "phone"
    EMAIL = "email"


class KeyDateKind(StrEnum):
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"
    HAPPY_EVENT = "happy_event"
    MISFORTUNE = "misfortune"
    BUSINESS_EVENT = "business_event"
    HOLIDAY = "holiday"
    OTHER = "other"


class VisitStatus(StrEnum):
    PLANNED = "planned"
    READY = "ready"
    DONE = "done"
    CANCELLED = "cancelled"


class CycleStep(StrEnum):
    """Steps of the sales cycle a visit aims at or reaches."""

    PLAN = "plan"  # 计划与活动
    APPROACH = "approach"  # 接触
    PRESENTATION = "presentation"  # 说明
    CLOSING = "closing"  # 促成
    OBJECTION_HANDLING = "objection_handling"  # 拒绝处理
    AFTER_SALES = "after_sales"  # 售后服务


class ApproachMethod(StrEnum):
    """The six ways to open a visit (常用的客户拜访方法)."""

    DIRECT = "direct"
    GIFT = "gift"
    SERVICE = "service"
    SURVEY = "survey"
    REFERENCE = "reference"
    USAGE_ANALYSIS = "usage_analysis"


class ChecklistKind(StrEnum):
    QUESTION = "question"
    PACKING = "packing"
    DEPARTURE = "departure"


class QuestionKind(StrEnum):
    """The four kinds of needs-discovery question (SPIN)."""

    SITUATION = "situation"  # 背景问题
    PROBLEM = "problem"  # 难点问题
    IMPLICATION = "implication"  # 暗示问题
    NEED_PAYOFF = "need_payoff"  # 示益问题


class PlanAnswer(StrEnum):
    """The part of a visit plan that answers a checklist question, so the item ticks itself."""

    CUSTOMER_PROFILE = "customer_profile"
    PRODUCTS = "products"
    EXPECTED_RECEPTION = "expected_reception"
    PURPOSE = "purpose"
    OPENING_LINE = "opening_line"
    QUESTIONS = "questions"
    DECISION_MAKER_PLAN = "decision_maker_plan"
    NEXT_STEP = "next_step"


class OutcomeResult(StrEnum):
    WON = "won"
    PROGRESSED = "progressed"
    NO_DECISION = "no_decision"
    LOST = "lost"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class ObjectionCategory(StrEnum):
    """What an objection is really about (DOMAIN.md section 4, the customer's side)."""

    PRICE = "price"
    NEED = "need"
    TIMING = "timing"
    CHANGE = "change"  # unwilling to change
    TRUST = "trust"
    COMPETITOR = "competitor"
    EXCUSE = "excuse"
    OTHER = "other"


class ClosingSignal(StrEnum):
    """Signs that a customer is ready to buy (DOMAIN.md section 4, 成交信号)."""

    NODDING = "nodding"
    REREADING = "rereading"
    LEANING_IN = "leaning_in"
    ORDER_FORM = "order_form"
    RELAXED = "relaxed"
    ASKS_WHAT_THEY_GET = "asks_what_they_get"
    COMPARES_TARIFFS = "compares_tariffs"
    ASKS_HOW_SOON = "asks_how_soon"


class PromiseBy(StrEnum):
    US = "us"
    CUSTOMER = "customer"


class FollowUpChannel(StrEnum):
    VISIT = "visit"
    PHONE = "phone"
    MESSAGE = "message"


class FollowUpStatus(StrEnum):
    """Where a follow-up stands: open until done or dropped (a rescheduled one stays open, on its new date)."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class PromiseStatus(StrEnum):
    """Where a promise stands: open until kept or broken (a moved one stays open, on its new date)."""

    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"


class RepRole(StrEnum):
    """What a person of the team may change on the team database: a rep their own customers, a manager all."""

    REP = "rep"
    MANAGER = "manager"
