"""The SQLAlchemy 2 typed ORM classes for the whole domain.

Every change here is a schema change: add an Alembic migration under ``models/storage/migrations/versions``
and a stored database of the previous schema under ``tests/fixtures/schemas`` (see tests/README.md).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum as PyEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from models.storage.dialect import month_day

from models.vocabulary import (
    ApproachMethod,
    Attitude,
    BuyingRole,
    ChannelKind,
    ChecklistKind,
    ContactLevel,
    CustomerKind,
    CycleStep,
    FollowUpChannel,
    FollowUpStatus,
    Influence,
    KeyDateKind,
    LifecycleStage,
    ObjectionCategory,
    OutcomeResult,
    PlanAnswer,
    PromiseBy,
    PromiseStatus,
    Psychology,
    QuestionKind,
    RelationshipLevel,
    RepRole,
    Segment,
    Tier,
    VisitStatus,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class _NoNul:
    """Text that can be stored anywhere: PostgreSQL refuses a NUL character in text (SQLite takes it),
    and no one means one, so it is left out on the way in, on every database."""

    def process_bind_param(self, value, dialect):
        return value.replace("\x00", "") if isinstance(value, str) and "\x00" in value else value


class Str(_NoNul, TypeDecorator):
    impl = String
    cache_ok = True


class LongText(_NoNul, TypeDecorator):
    impl = Text
    cache_ok = True


def vocabulary(enum_cls: type[PyEnum], column_name: str) -> Enum:
    """A string column restricted by a CHECK constraint to the values of ``enum_cls``."""
    return Enum(
        enum_cls,
        name=column_name,
        native_enum=False,
        create_constraint=True,
        length=24,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
    )


def text_field() -> Mapped[str]:
    """Free text that is never NULL: an empty string when nothing is written."""
    return mapped_column(LongText, nullable=False, default="", server_default="")



TIER_RANKS = {Tier.DIAMOND.value: 3, Tier.GOLD.value: 2, Tier.SILVER.value: 1}
# the segments by size, as the tiers by rank: a list sorted by segment has the key accounts together at one
# end, whatever the segments are called in the user's language
SEGMENT_RANKS = {Segment.KEY_ACCOUNT.value: 3, Segment.BUSINESS.value: 2, Segment.CONSUMER.value: 1}


def rank_sql(column: str, ranks: dict[str, int], table: str = "") -> str:
    """A vocabulary column as a number that sorts (the highest rank highest, none 0); indexed, so the list
    sorts by it at any size. A query must spell it exactly like the index for SQLite to use the index."""
    name = f"{table}.{column}" if table else column
    whens = " ".join(f"WHEN '{value}' THEN {rank}" for value, rank in ranks.items())
    return f"CASE {name} {whens} ELSE 0 END"


def tier_rank_sql(table: str = "") -> str:
    return rank_sql("tier", TIER_RANKS, table)


def segment_rank_sql(table: str = "") -> str:
    return rank_sql("segment", SEGMENT_RANKS, table)


# An id once given is never given again (SQLite's AUTOINCREMENT; sequences elsewhere do this anyway): undo
# puts a deleted row back under its own id, and that id must still be free.
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


customer_tags = Table(
    "customer_tags",
    Base.metadata,
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)

visit_contacts = Table(
    "visit_contacts",
    Base.metadata,
    Column("visit_id", ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Tag(Base):
    __tablename__ = "tags"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Str(50), unique=True)


class Rep(Base):
    """A person of the team, by the name customers, visits, follow-ups and promises are owned under
    (``owner``); on the team database, the login they connect with, and what they may change (``role``)."""

    __tablename__ = "reps"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Str(100), unique=True)
    login: Mapped[str | None] = mapped_column(Str(63), unique=True)  # a PostgreSQL role name
    role: Mapped[RepRole] = mapped_column(vocabulary(RepRole, "role"), default=RepRole.REP,
                                          server_default=RepRole.REP.value)


class Setting(Base):
    """A domain setting as JSON (see models/book/settings.py)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(Str(100), primary_key=True)
    value: Mapped[str] = mapped_column(LongText)


DERIVED_CUSTOMER_COLUMNS = ("derived_stale", "search_text", "sort_name", "sort_city", "spend_tier", "avg_spend_cents", "last_spend_cents", "trend_bp",
                            "spend_drop", "follow_ups_done", "follow_ups_open", "last_follow_up_at",
                            "last_visit_at", "next_visit_at")


class Customer(Base):
    """A company or a person we sell to.

    The columns after ``updated_at`` are derived (a cache kept by models/book/summaries.py, rebuilt after
    every schema upgrade): they let the customer list sort, filter and search 100,000 rows in SQL.
    """

    __tablename__ = "customers"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("acquisition_cost_cents IS NULL OR acquisition_cost_cents >= 0",
                        name="acquisition_cost_not_negative"),
        CheckConstraint("referred_by_id IS NULL OR referred_by_id != id", name="not_referred_by_itself"),
        # (filter, name's sort key): a filtered list sorted by name; single columns: the list sorted by that column.
        Index("ix_customers_sort_name", "sort_name"),
        # SQLite: a search reads this instead of the table (models/book/customer_list.py; PostgreSQL has its index of grams)
        Index("ix_customers_search", "search_text", "archived", "sort_name").ddl_if(dialect="sqlite"),
        Index("ix_customers_segment_sort_name", "segment", "sort_name"),
        Index("ix_customers_lifecycle_stage_sort_name", "lifecycle_stage", "sort_name"),
        Index("ix_customers_tier_sort_name", "tier", "sort_name"),
        Index("ix_customers_segment", "segment"),
        Index("ix_customers_lifecycle_stage", "lifecycle_stage"),
        Index("ix_customers_tier_rank", text(f"({tier_rank_sql()})")),  # in parentheses: PostgreSQL wants them
        Index("ix_customers_segment_rank", text(f"({segment_rank_sql()})")),
        Index("ix_customers_sort_city", "sort_city"),
        # the few customers whose derived columns are out of date, found at once
        Index("ix_customers_derived_stale", "derived_stale", sqlite_where=text("derived_stale"),
              postgresql_where=text("derived_stale")),
        # The Today page's sections, each counted and cut at 100,000 customers (bench/today.py): the
        # columns they filter on first, then the order they show, so the index alone answers the count.
        Index("ix_customers_stalled", "follow_ups_open", "archived", "last_follow_up_at", "follow_ups_done"),
        Index("ix_customers_unvisited", "next_visit_at", "archived", "last_visit_at", "tier"),
        # (PostgreSQL's indexes hold no id by themselves: the suggestions' counts need it, for the decisions)
        Index("ix_customers_spend_drop", "spend_drop", "archived", "trend_bp", "lifecycle_stage",
              postgresql_include=["id"]),
        Index("ix_customers_archived", "id", sqlite_where=text("archived = 1"), postgresql_where=text("archived")),
        Index("ix_customers_unconfirmed_tier", "avg_spend_cents", "archived", "tier", "spend_tier",
              sqlite_where=text("spend_tier != tier"), postgresql_where=text("spend_tier != tier"),
              postgresql_include=["id"]),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[CustomerKind] = mapped_column(vocabulary(CustomerKind, "kind"), default=CustomerKind.COMPANY)
    name: Mapped[str] = mapped_column(Str(200), index=True)
    segment: Mapped[Segment | None] = mapped_column(vocabulary(Segment, "segment"))
    industry: Mapped[str] = mapped_column(Str(100), default="", server_default="")
    address: Mapped[str] = mapped_column(Str(300), default="", server_default="")
    city: Mapped[str] = mapped_column(Str(100), default="", server_default="", index=True)
    website: Mapped[str] = mapped_column(Str(200), default="", server_default="")
    owner: Mapped[str] = mapped_column(Str(100), default="", server_default="", index=True)
    relationship_level: Mapped[RelationshipLevel] = mapped_column(
        vocabulary(RelationshipLevel, "relationship_level"), default=RelationshipLevel.NONE
    )
    contact_level: Mapped[ContactLevel] = mapped_column(
        vocabulary(ContactLevel, "contact_level"), default=ContactLevel.NEW
    )
    psychology: Mapped[Psychology | None] = mapped_column(vocabulary(Psychology, "psychology"))
    lifecycle_stage: Mapped[LifecycleStage] = mapped_column(
        vocabulary(LifecycleStage, "lifecycle_stage"), default=LifecycleStage.A
    )
    stage_entered_on: Mapped[dt.date | None] = mapped_column(Date)
    # The tier the rep confirmed; ``spend_tier`` (derived) is what the spend rules say, and a difference
    # is offered as a suggestion (models/book/suggestions.py), never applied silently.
    tier: Mapped[Tier] = mapped_column(vocabulary(Tier, "tier"), default=Tier.NONE, server_default=Tier.NONE.value)
    # For the lifetime value (models/book/lifetime_value.py): who referred them, what winning them cost.
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True)
    acquisition_cost_cents: Mapped[int | None] = mapped_column(BigInteger)  # None: the default in settings
    notes: Mapped[str] = text_field()
    archived: Mapped[bool] = mapped_column(Boolean(name="archived"), default=False, server_default=false())
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now, onupdate=now)
    # Goes up with every change to the record or its rows (contacts, phones, spend, dates, tags): a save
    # from a record loaded at another version would overwrite someone's change; undo keeps what changed since.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # -- derived -----------------------------------------------------------------------------------
    # set by the database's triggers when a row the derived columns come from was written, by anyone
    # (models/storage/derived_triggers.py); cleared once they are computed again
    derived_stale: Mapped[bool] = mapped_column(Boolean(name="derived_stale"), default=False, server_default=false())
    search_text: Mapped[str] = text_field()
    # what the list sorts names by: Chinese names by their pinyin (models/book/search_text.py sort_key)
    sort_name: Mapped[str] = text_field()
    sort_city: Mapped[str] = text_field()  # the city's, the same way
    spend_tier: Mapped[Tier] = mapped_column(vocabulary(Tier, "spend_tier"), default=Tier.NONE,
                                             server_default=Tier.NONE.value)
    avg_spend_cents: Mapped[int | None] = mapped_column(BigInteger, index=True)
    last_spend_cents: Mapped[int | None] = mapped_column(BigInteger)
    trend_bp: Mapped[int | None] = mapped_column(Integer, index=True)  # latest month vs. baseline, basis points
    spend_drop: Mapped[bool] = mapped_column(Boolean(name="spend_drop"), default=False, server_default=false())
    # follow-ups on the current opportunity (since the last outcome that ended one), for the Today page
    follow_ups_done: Mapped[int] = mapped_column(Integer, default=0, server_default="0", index=True)
    follow_ups_open: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_follow_up_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_visit_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    next_visit_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", passive_deletes=True, order_by="Contact.position"
    )
    channels: Mapped[list[Channel]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        passive_deletes=True,
        primaryjoin="and_(Channel.customer_id == Customer.id, Channel.contact_id.is_(None))",
        order_by="Channel.position",
        overlaps="channels",
    )
    spend: Mapped[list[MonthlySpend]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="(MonthlySpend.year, MonthlySpend.month)"
    )
    key_dates: Mapped[list[KeyDate]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", passive_deletes=True
    )
    tags: Mapped[list[Tag]] = relationship(secondary=customer_tags, order_by=Tag.name)
    visits: Mapped[list[Visit]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", passive_deletes=True, order_by="Visit.planned_start"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", passive_deletes=True, order_by="FollowUp.due_on"
    )

    __mapper_args__ = {"version_id_col": version}


class Contact(Base):
    """A person at a customer, with the part they play in buying."""

    __tablename__ = "contacts"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Str(200), index=True)
    title: Mapped[str] = mapped_column(Str(100), default="", server_default="")
    buying_role: Mapped[BuyingRole | None] = mapped_column(vocabulary(BuyingRole, "buying_role"))
    attitude: Mapped[Attitude | None] = mapped_column(vocabulary(Attitude, "attitude"))
    influence: Mapped[Influence | None] = mapped_column(vocabulary(Influence, "influence"))
    notes: Mapped[str] = text_field()
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    customer: Mapped[Customer] = relationship(back_populates="contacts")
    channels: Mapped[list[Channel]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True, order_by="Channel.position"
    )
    key_dates: Mapped[list[KeyDate]] = relationship(back_populates="contact", passive_deletes=True, overlaps="key_dates")


class Channel(Base):
    """A phone number or an email address of a customer, or of one of its contacts, with its label."""

    __tablename__ = "channels"
    __table_args__ = (CheckConstraint("length(trim(value)) > 0", name="value_not_blank"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ChannelKind] = mapped_column(vocabulary(ChannelKind, "kind"))
    label: Mapped[str] = mapped_column(Str(50), default="", server_default="")
    value: Mapped[str] = mapped_column(Str(200))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    customer: Mapped[Customer] = relationship(overlaps="channels")
    contact: Mapped[Contact | None] = relationship(back_populates="channels")


class MonthlySpend(Base):
    """What a customer spent in one calendar month, in cents of the local currency."""

    __tablename__ = "monthly_spend"
    __table_args__ = (
        CheckConstraint("month BETWEEN 1 AND 12", name="month_range"),
        CheckConstraint("year BETWEEN 1900 AND 2999", name="year_range"),
        CheckConstraint("amount_cents >= 0", name="amount_not_negative"),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount_cents: Mapped[int] = mapped_column(BigInteger)


class KeyDate(Base):
    """A personal or business date worth a call: a birthday, an anniversary, a shop opening."""

    __tablename__ = "key_dates"
    __table_args__ = (Index("ix_key_dates_date", "date"),
                      Index("ix_key_dates_yearly_date", "yearly", "date", "customer_id"),  # Today: one-off dates ahead
                      NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[KeyDateKind] = mapped_column(vocabulary(KeyDateKind, "kind"))
    label: Mapped[str] = mapped_column(Str(200), default="", server_default="")
    date: Mapped[dt.date] = mapped_column(Date)  # without a known year: that day in NO_YEAR
    year_known: Mapped[bool] = mapped_column(Boolean(name="year_known"), default=True, server_default=true())
    yearly: Mapped[bool] = mapped_column(Boolean(name="yearly"), default=True, server_default=true())

    customer: Mapped[Customer] = relationship(back_populates="key_dates", overlaps="key_dates")
    contact: Mapped[Contact | None] = relationship(back_populates="key_dates", overlaps="key_dates")


# Today's dates ahead: the yearly ones by their month and day, a range of this index (two across New Year),
# counted and cut in its order from it alone.
Index("ix_key_dates_month_day", KeyDate.yearly, month_day(KeyDate.date), KeyDate.id, KeyDate.customer_id, KeyDate.date)


class Visit(Base):
    """A planned (or held) visit and its plan: purpose, action plan, expected result, opening line."""

    __tablename__ = "visits"
    __table_args__ = (
        CheckConstraint("duration_minutes BETWEEN 1 AND 1440", name="duration_range"),
        Index("ix_visits_customer_id_planned_start", "customer_id", "planned_start"),
        # (with the id on PostgreSQL, whose indexes hold none by themselves: Today counts the visits without an
        # outcome from it alone)
        Index("ix_visits_status_planned_start", "status", "planned_start", postgresql_include=["id"]),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    planned_start: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60, server_default="60")
    place: Mapped[str] = mapped_column(Str(300), default="", server_default="")
    status: Mapped[VisitStatus] = mapped_column(vocabulary(VisitStatus, "status"), default=VisitStatus.PLANNED)
    cycle_step: Mapped[CycleStep | None] = mapped_column(vocabulary(CycleStep, "cycle_step"))
    approach_method: Mapped[ApproachMethod | None] = mapped_column(vocabulary(ApproachMethod, "approach_method"))
    purpose: Mapped[str] = text_field()
    action_plan: Mapped[str] = text_field()
    expected_result: Mapped[str] = text_field()
    opening_line: Mapped[str] = text_field()
    decision_maker_plan: Mapped[str] = text_field()
    next_step: Mapped[str] = text_field()
    customer_profile: Mapped[str] = text_field()  # "what kind of customer is this?"
    expected_reception: Mapped[str] = text_field()
    ready_override_reason: Mapped[str | None] = mapped_column(LongText)
    cancel_reason: Mapped[str] = text_field()  # why a cancelled visit did not happen
    # The outcome form as last typed and not yet saved (JSON, models/visits/outcome_drafts.py): it survives a kill.
    outcome_draft: Mapped[str | None] = mapped_column(LongText)
    owner: Mapped[str] = mapped_column(Str(100), default="", server_default="", index=True)  # the rep, as customers.owner
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now, onupdate=now)
    # goes up with every save of the plan: a save from a plan loaded at another version overwrites nothing
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    customer: Mapped[Customer] = relationship(back_populates="visits")
    contacts: Mapped[list[Contact]] = relationship(secondary=visit_contacts, order_by=Contact.position)
    checklist: Mapped[list[ChecklistItem]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True, order_by="ChecklistItem.position"
    )
    questions: Mapped[list[PlanQuestion]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PlanQuestion.position"
    )
    products: Mapped[list[PlanProduct]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PlanProduct.position"
    )
    objections: Mapped[list[PlanObjection]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PlanObjection.position"
    )
    outcome: Mapped[Outcome | None] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": version}


class PlanQuestion(Base):
    """A question the rep means to ask at a visit, of one of the four SPIN kinds."""

    __tablename__ = "plan_questions"
    __table_args__ = (
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
        Index("ix_plan_questions_visit_id_position", "visit_id", "position"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[QuestionKind] = mapped_column(vocabulary(QuestionKind, "kind"))
    text: Mapped[str] = mapped_column(Str(500))


class PlanProduct(Base):
    """A product to present at a visit, with its feature, advantage and benefit (FAB). Any part may be
    blank while the rep is still typing the row."""

    __tablename__ = "plan_products"
    __table_args__ = (
        Index("ix_plan_products_visit_id_position", "visit_id", "position"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    product: Mapped[str] = mapped_column(Str(200))
    feature: Mapped[str] = text_field()
    advantage: Mapped[str] = text_field()
    benefit: Mapped[str] = text_field()


class PlanObjection(Base):
    """An objection the rep expects at a visit, with the answer prepared for it."""

    __tablename__ = "plan_objections"
    __table_args__ = (
        Index("ix_plan_objections_visit_id_position", "visit_id", "position"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    objection: Mapped[str] = mapped_column(Str(1000))
    answer: Mapped[str] = text_field()


class ChecklistItem(Base):
    """One line of a visit's pre-visit checklist: a preparation question, an item to pack, a last check."""

    __tablename__ = "checklist_items"
    __table_args__ = (
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
        Index("ix_checklist_items_visit_id_position", "visit_id", "position"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ChecklistKind] = mapped_column(vocabulary(ChecklistKind, "kind"))
    text: Mapped[str] = mapped_column(Str(500))
    critical: Mapped[bool] = mapped_column(Boolean(name="critical"), default=False, server_default=false())
    answered_by: Mapped[PlanAnswer | None] = mapped_column(vocabulary(PlanAnswer, "answered_by"))
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Open when the visit was marked Ready with a reason: the reason covers this item (and only the items
    # open then); unticking any other critical item puts the visit back to Planned.
    covered_by_override: Mapped[bool] = mapped_column(Boolean(name="covered_by_override"), default=False,
                                                      server_default=false())

    visit: Mapped[Visit] = relationship(back_populates="checklist")


class Outcome(Base):
    """What came of a visit, logged after it."""

    __tablename__ = "outcomes"
    __table_args__ = (CheckConstraint("amount_cents IS NULL OR amount_cents >= 0", name="amount_not_negative"),
                      NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), unique=True)
    result: Mapped[OutcomeResult] = mapped_column(vocabulary(OutcomeResult, "result"))
    step_reached: Mapped[CycleStep | None] = mapped_column(vocabulary(CycleStep, "step_reached"))
    summary: Mapped[str] = text_field()
    signal_keys: Mapped[str] = text_field()  # ClosingSignal values seen, comma-separated
    signals: Mapped[str] = text_field()  # other signals, in the rep's words
    agreed: Mapped[str] = text_field()
    amount_cents: Mapped[int | None] = mapped_column(BigInteger)
    next_step: Mapped[str] = text_field()
    logged_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)

    visit: Mapped[Visit] = relationship(back_populates="outcome")
    follow_ups: Mapped[list[FollowUp]] = relationship(back_populates="outcome", passive_deletes=True)
    objections: Mapped[list[MetObjection]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="MetObjection.position"
    )
    promises: Mapped[list[Promise]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Promise.position"
    )


class MetObjection(Base):
    """An objection the customer raised at a visit: what they said, how it was answered, resolved or not."""

    __tablename__ = "met_objections"
    __table_args__ = (
        CheckConstraint("length(trim(said)) > 0", name="said_not_blank"),
        Index("ix_met_objections_outcome_id_position", "outcome_id", "position"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    outcome_id: Mapped[int] = mapped_column(ForeignKey("outcomes.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    category: Mapped[ObjectionCategory] = mapped_column(vocabulary(ObjectionCategory, "category"))
    said: Mapped[str] = mapped_column(Str(1000))
    answer: Mapped[str] = text_field()
    resolved: Mapped[bool] = mapped_column(Boolean(name="resolved"), default=False, server_default=false())


# A follow-up or promise is closed (done_at, the time it was done, kept, dropped or broken) exactly when its
# status is not open: every "what is still to do" query asks done_at IS NULL.
CLOSED_MATCHES_STATUS = "(status = 'open' AND done_at IS NULL) OR (status != 'open' AND done_at IS NOT NULL)"
# The open ones by due date (the Today page's due and overdue lists, cut and counted in this order): only
# the few still open are indexed.
OPEN_ONLY = {"sqlite_where": text("done_at IS NULL"), "postgresql_where": text("done_at IS NULL")}


class Promise(Base):
    """Something promised at a visit, by us or by the customer, with a due date; open until kept or broken.
    Moved to a new date, it keeps the date first agreed (``moved_from``) and why."""

    __tablename__ = "promises"
    __table_args__ = (
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
        CheckConstraint(CLOSED_MATCHES_STATUS, name="closed_matches_status"),
        Index("ix_promises_outcome_id_position", "outcome_id", "position"),
        Index("ix_promises_open_due_on", "due_on", "id", **OPEN_ONLY),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    outcome_id: Mapped[int] = mapped_column(ForeignKey("outcomes.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    by: Mapped[PromiseBy] = mapped_column(vocabulary(PromiseBy, "by"))
    text: Mapped[str] = mapped_column(Str(1000))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    status: Mapped[PromiseStatus] = mapped_column(vocabulary(PromiseStatus, "status"), default=PromiseStatus.OPEN,
                                                  server_default=PromiseStatus.OPEN.value)
    note: Mapped[str] = text_field()  # how it was kept, or why it was broken
    moved_from: Mapped[dt.date | None] = mapped_column(Date)  # the due date first agreed, once moved
    move_reason: Mapped[str] = text_field()
    owner: Mapped[str] = mapped_column(Str(100), default="", server_default="", index=True)  # the rep, as customers.owner


class FollowUp(Base):
    """A planned next contact with a customer, and what it brings them. Done (with what happened, in
    ``note``), dropped (with why), or rescheduled: then it keeps the date first planned and why it moved."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        CheckConstraint(CLOSED_MATCHES_STATUS, name="closed_matches_status"),
        Index("ix_follow_ups_open_due_on", "due_on", "id", **OPEN_ONLY),
        Index("ix_follow_ups_customer_id_due_on", "customer_id", "due_on"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    outcome_id: Mapped[int | None] = mapped_column(ForeignKey("outcomes.id", ondelete="SET NULL"), index=True)
    due_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[FollowUpChannel] = mapped_column(vocabulary(FollowUpChannel, "channel"))
    brings: Mapped[str] = text_field()
    note: Mapped[str] = text_field()
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    status: Mapped[FollowUpStatus] = mapped_column(vocabulary(FollowUpStatus, "status"),
                                                   default=FollowUpStatus.OPEN, server_default=FollowUpStatus.OPEN.value)
    moved_from: Mapped[dt.date | None] = mapped_column(Date)  # the date first planned, once rescheduled
    move_reason: Mapped[str] = text_field()
    moves: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # times rescheduled
    owner: Mapped[str] = mapped_column(Str(100), default="", server_default="", index=True)  # the rep, as customers.owner

    customer: Mapped[Customer] = relationship(back_populates="follow_ups")
    outcome: Mapped[Outcome | None] = relationship(back_populates="follow_ups")


class HandOver(Base):
    """A customer handed over from one rep to another, with the open follow-ups and promises and the visits
    still to come that went with it."""

    __tablename__ = "hand_overs"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    from_owner: Mapped[str] = mapped_column(Str(100))
    to_owner: Mapped[str] = mapped_column(Str(100))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    by: Mapped[str] = mapped_column(Str(100), default="", server_default="")  # who handed it over
    visits: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    follow_ups: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    promises: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SuggestionDecision(Base):
    """The rep's answer to a suggested change of a customer's tier or lifecycle stage (models/book/suggestions.py).

    A decision on a change (from, to) holds for a while: a declined suggestion is not offered again until
    then, or until the customer's tier or stage is something else."""

    __tablename__ = "suggestion_decisions"
    __table_args__ = (Index("ix_suggestion_decisions_customer_id_kind", "customer_id", "kind", "to_value"),
                      NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(Str(10))  # "tier" or "stage"
    from_value: Mapped[str] = mapped_column(Str(24))
    to_value: Mapped[str] = mapped_column(Str(24))
    reason: Mapped[str] = mapped_column(Str(24))
    accepted: Mapped[bool] = mapped_column(Boolean(name="accepted"))
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
