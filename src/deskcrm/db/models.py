"""ORM models for the whole domain; enum-like columns hold the values of core.model enums."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deskcrm.db.base import Base
from deskcrm.db.types import EpochSeconds

SHORT = 200
LONG_NOTE = 100_000


class Contact(Base):
    """A person the rep sells to (soft-deleted into the trash by `deleted_at`)."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT))
    # Search keys, lower case without spaces: "zhangwei" and "zw" for 张伟.
    name_pinyin: Mapped[str] = mapped_column(String(SHORT * 6), default="")
    name_initials: Mapped[str] = mapped_column(String(SHORT), default="")
    # List order: syllables with spaces ("chen jia hao"), so 陈 sorts before 程.
    name_sort: Mapped[str] = mapped_column(String(SHORT * 7), default="", server_default="")
    # Typed-syllable search ("zhangsf"): each syllable in a 6-letter field, "zhang san   feng",
    # so a LIKE pattern finds syllable n at a fixed place (core/rules/pinyin.py).
    name_syllables: Mapped[str] = mapped_column(String(SHORT * 7), default="", server_default="")
    company: Mapped[str] = mapped_column(String(SHORT), default="")
    title: Mapped[str] = mapped_column(String(SHORT), default="")
    industry: Mapped[str] = mapped_column(String(SHORT), default="")
    city: Mapped[str] = mapped_column(String(SHORT), default="")
    region: Mapped[str] = mapped_column(String(SHORT), default="")
    wechat_id: Mapped[str] = mapped_column(String(SHORT), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(SHORT), default="")

    # Referrals and coaches (docs/method.md §7).
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), default=None
    )
    referrer_kind: Mapped[str | None] = mapped_column(String(32), default=None)
    coach_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), default=None
    )
    is_coach: Mapped[bool] = mapped_column(Boolean, default=False)
    # When this contact was last asked for a referral (a touch that asked, see
    # core/services/touches.py), and how far its own referral got (core.model.ReferralStage).
    referral_asked_at: Mapped[datetime | None] = mapped_column(EpochSeconds, default=None)
    referral_stage: Mapped[str | None] = mapped_column(String(16), default=None)

    # What early talk hides, verified on calls (docs/method.md §9): who else decides, who
    # can veto, when it would really start. Kept on the contact, not on a deal: they are
    # asked on the first calls, often before any deal exists; a call does not say which
    # open deal it was about (only the one it wins or loses); and a contact's open deals
    # are decided by the same people. A call that learns one of them writes it here
    # (core/services/verification.py); the method panel edits them.
    verify_deciders: Mapped[str] = mapped_column(Text, default="", server_default="")
    verify_veto: Mapped[str] = mapped_column(Text, default="", server_default="")
    verify_start: Mapped[str] = mapped_column(Text, default="", server_default="")

    # ABCD classes (docs/method.md §5): flags are typed; the class is derived, stored for queries.
    met_first_kp: Mapped[bool] = mapped_column(Boolean, default=False)
    has_need: Mapped[bool] = mapped_column(Boolean, default=False)
    has_power: Mapped[bool] = mapped_column(Boolean, default=False)
    kp_level: Mapped[str | None] = mapped_column(String(16), default=None)
    declined: Mapped[bool] = mapped_column(Boolean, default=False)
    class_code: Mapped[str | None] = mapped_column(String(1), default=None)
    class_since: Mapped[date | None] = mapped_column(Date, default=None)
    # The day the rep extended a missed class window (once per class; the window restarts
    # on that day, so class_since moves to it). None: not extended since entering the class.
    class_extended_on: Mapped[date | None] = mapped_column(Date, default=None)

    # Key-account scoring inputs (docs/method.md §6); the score is derived and stored for sorting.
    trigger_event: Mapped[str] = mapped_column(String(SHORT), default="")
    sold_in_industry: Mapped[bool] = mapped_column(Boolean, default=False)
    has_reference: Mapped[bool] = mapped_column(Boolean, default=False)
    personally_involved: Mapped[bool] = mapped_column(Boolean, default=False)
    ka_score: Mapped[int | None] = mapped_column(Integer, default=None)

    # Denormalised from touches so lists and saved views need no aggregate per row.
    touch_count: Mapped[int] = mapped_column(Integer, default=0)
    last_touch_at: Mapped[datetime | None] = mapped_column(EpochSeconds, default=None)
    last_call_at: Mapped[datetime | None] = mapped_column(EpochSeconds, default=None)
    next_follow_up: Mapped[date | None] = mapped_column(Date, default=None)
    next_step: Mapped[str] = mapped_column(Text, default="")
    # The first touch and the touches in person or by voice (visit, meeting, call): with
    # the count and the last touch they give closeness and the usual gap between touches
    # (core/rules/closeness.py) without reading the touches.
    first_touch_at: Mapped[datetime | None] = mapped_column(EpochSeconds, default=None)
    near_touches: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    # Qualification summary (core/rules/qualification_score.py), refreshed whenever answers
    # are written, so the draft, the call queue and the not_qualified view never read the
    # answers themselves: bad answers' points, answers given, the worst bad answer ("q4").
    qual_bad_points: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    qual_answered: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    qual_worst: Mapped[str] = mapped_column(String(16), default="", server_default="")

    # Days between purchases (a consumable, a service due again); None: no cycle. The draft
    # proposes a repurchase call when the last won deal is this old (docs/method.md §8).
    repurchase_days: Mapped[int | None] = mapped_column(Integer, default=None)

    script_id: Mapped[int | None] = mapped_column(
        ForeignKey("call_scripts.id", ondelete="SET NULL"), default=None
    )
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(EpochSeconds)
    updated_at: Mapped[datetime] = mapped_column(EpochSeconds)
    deleted_at: Mapped[datetime | None] = mapped_column(EpochSeconds, default=None)

    phones: Mapped[list[ContactPhone]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        order_by="ContactPhone.position",
    )
    # Loaded only when asked for (the form, the detail): the list never pays for them.
    occasions: Mapped[list[ContactOccasion]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        order_by="ContactOccasion.position",
    )
    tags: Mapped[list[Tag]] = relationship(secondary="contact_tags", lazy="selectin")

    __table_args__ = (
        Index("ix_contacts_name_id", "name", "id"),
        Index("ix_contacts_name_pinyin", "name_pinyin", "deleted_at"),
        # Initials then the cut key: a typed cut reads a range of initials ("zsf") and
        # tests its LIKE pattern in the index, never touching the table.
        Index("ix_contacts_name_initials_syllables", "name_initials", "name_syllables"),
        # (name_sort, id) is the list order; deleted_at makes the index cover the filter.
        Index("ix_contacts_name_sort", "name_sort", "id", "deleted_at"),
        Index("ix_contacts_next_follow_up", "next_follow_up"),
        Index("ix_contacts_last_touch_at", "last_touch_at"),
        Index("ix_contacts_class_code_since", "class_code", "class_since"),
        Index("ix_contacts_referred_by_id", "referred_by_id"),
        # Every foreign key is indexed: deleting the row it points at (undoing an
        # import, emptying the trash) must not scan this table once per row.
        Index("ix_contacts_coach_id", "coach_id"),
        Index("ix_contacts_script_id", "script_id"),
        Index("ix_contacts_import_batch_id", "import_batch_id"),
        Index("ix_contacts_ka_score", "ka_score"),
        Index("ix_contacts_deleted_at", "deleted_at"),
        Index("ix_contacts_repurchase_days", "repurchase_days"),
        # Contacts recorded in a period, the funnel's recorded walk-ins (stats/walk_ins.py):
        # covering, so a year's count reads the index alone (no row per contact).
        Index("ix_contacts_created_at", "created_at", "import_batch_id", "deleted_at"),
        Index("ix_contacts_referral_asked_at", "referral_asked_at"),
    )


class ContactOccasion(Base):
    """A contact's birthday or own dated occasion (a company anniversary), by month and day.

    Its own small table, so the contact list reads no more columns; `month_day` (1230 for
    30 December) is indexed so the draft finds the next few days' occasions directly.
    """

    __tablename__ = "contact_occasions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # "birthday" or "custom"
    label: Mapped[str] = mapped_column(String(SHORT), default="")  # custom: what it is
    year: Mapped[int | None] = mapped_column(Integer, default=None)  # a birth year, if known
    month_day: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="occasions")

    __table_args__ = (
        Index("ix_contact_occasions_contact_id", "contact_id"),
        Index("ix_contact_occasions_month_day", "month_day"),
    )


class ContactPhone(Base):
    """One phone number of a contact, as typed and normalised."""

    __tablename__ = "contact_phones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    raw: Mapped[str] = mapped_column(String(64))
    # E.164 ("+8613800138001") when the number parsed, else "".
    e164: Mapped[str] = mapped_column(String(32), default="")
    extension: Mapped[str] = mapped_column(String(16), default="")
    # Every digit of the number (national and international forms) for "8001 finds it".
    digits: Mapped[str] = mapped_column(String(64), default="")
    label: Mapped[str] = mapped_column(String(32), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="phones")

    __table_args__ = (
        Index("ix_contact_phones_contact_id", "contact_id"),
        Index("ix_contact_phones_e164", "e164"),
    )


class TagGroup(Base):
    __tablename__ = "tag_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Tag(Base):
    """A WeChat-style tag; `builtin` is Y/N/M/O/VIP for the five protected ones."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT), unique=True)
    builtin: Mapped[str | None] = mapped_column(String(8), unique=True, default=None)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("tag_groups.id", ondelete="SET NULL"), default=None
    )
    color: Mapped[str] = mapped_column(String(9), default="#808080")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # A product tag's repurchase cycle in days: its customers are proposed a repurchase
    # call when their last purchase is this old (unless their own cycle says otherwise).
    repurchase_days: Mapped[int | None] = mapped_column(Integer, default=None)

    __table_args__ = (Index("ix_tags_group_id", "group_id"),)


class ContactTag(Base):
    __tablename__ = "contact_tags"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)

    # Tag filters start from a tag's rows (docs/performance.md §2).
    __table_args__ = (Index("ix_contact_tags_tag_contact", "tag_id", "contact_id"),)


class Touch(Base):
    """A contact event (call, visit, WeChat...) with its outcome and the promised next step."""

    __tablename__ = "touches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(EpochSeconds)
    duration_s: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(32), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    next_follow_up: Mapped[date | None] = mapped_column(Date, default=None)
    # Call captures (key words, objections with their "why?" chains, answers) as JSON text.
    details: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(EpochSeconds)

    __table_args__ = (
        Index("ix_touches_contact_at", "contact_id", "at"),
        Index("ix_touches_at", "at"),
        Index("ix_touches_at_kind_contact", "at", "kind", "contact_id"),
        # Calls only: the "my calls" chart counts hooks per call from the index alone, and
        # reads the details (talk share) of just the calls that have them.
        Index(
            "ix_touches_call_hooks",
            "at",
            "contact_id",
            "outcome",
            "next_step",
            sqlite_where=text("kind = 'call'"),
            postgresql_where=text("kind = 'call'"),
        ),
        Index(
            "ix_touches_call_details",
            "at",
            "contact_id",
            sqlite_where=text("kind = 'call' AND details <> ''"),
            postgresql_where=text("kind = 'call' AND details <> ''"),
        ),
        CheckConstraint("duration_s >= 0", name="duration_nonneg"),
    )


class TouchDay(Base):
    """Derived: touches per local day, kind and industry of contacts not in the trash.

    Kept by SQLite triggers (db/touch_days.py) so the charts need not read a year of
    touches; rebuilt from `touches` whenever in doubt, so nothing here is original data.
    """

    __tablename__ = "touch_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    industry: Mapped[str] = mapped_column(String(SHORT), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class DerivedState(Base):
    """What derived tables were built under (e.g. the zone of touch_days' local days)."""

    __tablename__ = "derived_state"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(SHORT), default="")


class Deal(Base):
    """A sale in progress or decided; a repeat purchase is a new deal."""

    __tablename__ = "deals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(SHORT), default="")
    # Money in cents: exact on every backend, no Decimal-on-SQLite warnings.
    amount_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    stage: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(8), default="open")
    lost_reason: Mapped[str] = mapped_column(String(SHORT), default="")
    created_at: Mapped[datetime] = mapped_column(EpochSeconds)
    closed_at: Mapped[datetime | None] = mapped_column(EpochSeconds, default=None)

    history: Mapped[list[DealStageChange]] = relationship(
        cascade="all, delete-orphan", order_by="DealStageChange.at"
    )

    __table_args__ = (
        Index("ix_deals_contact_id", "contact_id"),
        Index("ix_deals_status_closed_at", "status", "closed_at"),
        CheckConstraint("status IN ('open', 'won', 'lost')", name="status_known"),
        CheckConstraint("amount_cents >= 0", name="amount_nonneg"),
    )


class DealStageChange(Base):
    __tablename__ = "deal_stage_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(EpochSeconds)

    __table_args__ = (Index("ix_deal_stage_changes_deal_id", "deal_id"),)


class QualificationAnswer(Base):
    """The answer to one of the nine qualification questions (docs/method.md §4)."""

    __tablename__ = "qualification_answers"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    question: Mapped[int] = mapped_column(Integer, primary_key=True)
    state: Mapped[str] = mapped_column(String(8), default="unknown")
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(EpochSeconds)

    __table_args__ = (CheckConstraint("question BETWEEN 1 AND 9", name="question_range"),)


class OwnQuestion(Base):
    """One of the rep's own (industry-specific) qualification questions, up to five."""

    __tablename__ = "own_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(200))


class OwnAnswer(Base):
    """A contact's answer to one of the rep's own questions (gone with the question)."""

    __tablename__ = "own_answers"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("own_questions.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(8), default="unknown")
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(EpochSeconds)

    __table_args__ = (Index("ix_own_answers_question_id", "question_id"),)


class PlanItem(Base):
    """One line of a day's plan sheet, on the sales or the non-sales side."""

    __tablename__ = "plan_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    side: Mapped[str] = mapped_column(String(16))
    rank: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(500))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column(EpochSeconds, default=None)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), default=None
    )
    # Why the item is there: "manual", "carried", or a draft reason code.
    origin: Mapped[str] = mapped_column(String(32), default="manual")
    # Identity of what produced it ("follow_up:42") so a draft never proposes it twice.
    origin_key: Mapped[str] = mapped_column(String(64), default="")
    # Why a drafted line is there, as data worded in the reader's language when shown
    # (core.rules.plan_draft.Origin): the reason code ("" for hand-written lines), its
    # detail (promised step, class, ...) and its date. Drafted lines keep an empty title
    # until the rep words them; hand-written ones keep what was typed.
    reason: Mapped[str] = mapped_column(String(32), default="", server_default="")
    detail: Mapped[str] = mapped_column(String(500), default="", server_default="")
    due: Mapped[date | None] = mapped_column(Date, default=None)
    created_at: Mapped[datetime] = mapped_column(EpochSeconds)

    __table_args__ = (
        Index("ix_plan_items_day_side_rank", "day", "side", "rank"),
        Index("ix_plan_items_contact_id", "contact_id"),
        CheckConstraint("side IN ('sales', 'non_sales')", name="side_known"),
    )


class CallScript(Base):
    __tablename__ = "call_scripts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT))
    lang: Mapped[str] = mapped_column(String(8), default="")
    # Key of the shipped script it was loaded from, "" for the rep's own.
    builtin_key: Mapped[str] = mapped_column(String(64), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(EpochSeconds)

    sections: Mapped[list[ScriptSection]] = relationship(
        cascade="all, delete-orphan", order_by="ScriptSection.position"
    )


class ScriptSection(Base):
    __tablename__ = "script_sections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("call_scripts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    stage: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(SHORT))
    prompts: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_script_sections_script_id", "script_id"),)


class MessageTemplate(Base):
    """A batch-message template (话术); placeholders are filled per contact
    (core/rules/message_fill.py). `audience` is its purpose (a tag segment such as N or
    Y+O, a class, an occasion)."""

    __tablename__ = "message_templates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT))
    audience: Mapped[str] = mapped_column(String(16), default="")
    occasion: Mapped[str] = mapped_column(String(32), default="")
    body: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The shipped template it came from (resources/templates), "" for the rep's own.
    builtin_key: Mapped[str] = mapped_column(String(64), default="", server_default="")


class SavedView(Base):
    """A named search + tag filter; the query is JSON produced by core.model.ContactQuery."""

    __tablename__ = "saved_views"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT), unique=True)
    query: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class WalkInDay(Base):
    """Visitors who came in but left no name, counted per local day (the funnel's first step).

    Recorded visitors are contacts; these are the ones who were not, so the funnel can
    show what share of walk-ins got recorded.
    """

    __tablename__ = "walk_in_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    unrecorded: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Base):
    """A stored setting; declarations, types and defaults live in core.settings."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ImportBatch(Base):
    """One committed import, so it can be undone as a single step."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(1000), default="")
    created_at: Mapped[datetime] = mapped_column(EpochSeconds)
    added: Mapped[int] = mapped_column(Integer, default=0)
    merged: Mapped[int] = mapped_column(Integer, default=0)
    # JSON: what merging rows changed on existing contacts, so undo can put it back.
    undo_data: Mapped[str] = mapped_column(Text, default="")
    undone_at: Mapped[datetime | None] = mapped_column(EpochSeconds, default=None)


__all__ = [
    "Base",
    "CallScript",
    "Contact",
    "ContactPhone",
    "ContactTag",
    "Deal",
    "DealStageChange",
    "DerivedState",
    "ImportBatch",
    "MessageTemplate",
    "OwnAnswer",
    "OwnQuestion",
    "PlanItem",
    "QualificationAnswer",
    "SavedView",
    "ScriptSection",
    "Setting",
    "Tag",
    "TagGroup",
    "Touch",
    "TouchDay",
    "WalkInDay",
]
