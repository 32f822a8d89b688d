"""The call screen's data: who to call next, the contact's story, and saving a call in one go.

A call is saved as ONE touch with its duration, in ONE transaction together with
everything it decided: tag changes, the won deal (and M) or the lost one, answers to
the qualification questions, what it verified (kept on the contact by the touch writer),
the coach, a referred contact, the plan item it ticks off and the script the rep used
(remembered for the contact).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import (
    BuiltinTag,
    ContactDetail,
    ContactInput,
    DealInfo,
    DealStatus,
    Outcome,
    PlanItemInfo,
    PlanSide,
    ReferrerKind,
    TouchInfo,
    TouchKind,
)
from deskcrm.core.rules.call_details import CallDetails
from deskcrm.core.rules.call_finish import (
    carry_hook,
    needs_follow_up,
    needs_next_step,
    reached,
)
from deskcrm.core.rules.plan_draft import KA_SCORE_CAP
from deskcrm.core.rules.qualification import parse_question, parse_state
from deskcrm.core.rules.qualification_score import Shortfall, queue_value
from deskcrm.core.rules.scoring import Targets
from deskcrm.core.services import contacts, deals, plan, scoring
from deskcrm.core.services.classification import reclassify
from deskcrm.core.services.database import Database
from deskcrm.core.services.deals import _amount as check_amount
from deskcrm.core.services.deals import _title as check_title
from deskcrm.core.services.method_view import MethodView, method_view
from deskcrm.core.services.qualification import (
    AnswerInput,
    OwnAnswerInput,
    standings,
    store_answers,
    validate_answers,
)
from deskcrm.core.services.referrals import ThanksTask, assign_coach, thank_for_close
from deskcrm.core.services.tagging import apply_tag_changes, builtin_ids
from deskcrm.core.services.touches import TouchInput, live_contact, validate_touch, write_touch
from deskcrm.db.models import (
    LONG_NOTE,
    CallScript,
    Contact,
    Deal,
    DealStageChange,
    PlanItem,
    Touch,
)

# check_amount and check_title are private to the deals service; calling them keeps one
# rule for what a deal may hold (validate_touch does the same for a touch).

QUEUE_FROM_CALL_LIST = 30
STORY_TOUCHES = 5


# ---- the queue ------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueEntry:
    contact_id: int
    name: str
    company: str
    planned: bool  # on today's plan (else from the call list by key-account score)
    plan_item: PlanItemInfo | None = None  # worded by the UI in the current language
    score: int | None = None  # key-account score, for call-list entries
    called_today: bool = False  # tried already today (a planned call nobody answered)
    # Why the contact reads as not qualified (its worst bad answer, or most questions
    # still open after three touches); None when nothing speaks against it.
    shortfall: Shortfall | None = None

    @property
    def plan_item_id(self) -> int | None:
        return self.plan_item.id if self.plan_item is not None else None


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


def call_queue(db: Database, day: date) -> list[QueueEntry]:
    """Who to call: `day`'s planned sales items with a contact (in plan order, not done),
    then prospects from the call list by key-account score.

    Contacts already called that day leave the call-list part; a planned call that did
    not get through stays, after the others, to be tried again, and so does anyone
    called that day whose follow-up is that same day.
    """
    since = _midnight(day)
    with db.reading() as s:
        rows = s.execute(
            select(Contact.id, Contact.name, Contact.company, Contact.last_call_at, PlanItem)
            .join(PlanItem, PlanItem.contact_id == Contact.id)
            .where(
                PlanItem.day == day,
                PlanItem.side == PlanSide.SALES.value,
                PlanItem.done.is_(False),
                Contact.deleted_at.is_(None),
            )
            .order_by(PlanItem.rank, PlanItem.id)
        ).all()
        infos = {i.id: i for i in plan.item_infos(s, [row[4] for row in rows])}
    fresh: list[QueueEntry] = []
    tried: list[QueueEntry] = []
    seen: set[int] = set()
    for cid, name, company, last_call, item in rows:
        if cid in seen:
            continue
        seen.add(cid)
        called = last_call is not None and last_call >= since
        entry = QueueEntry(cid, name, company, True, infos[item.id], called_today=called)
        (tried if called else fresh).append(entry)
    # Called today and due again today ("try again later today", or "call me back this
    # afternoon") without being on the plan: back at the end, like a planned retry.
    with db.reading() as s:
        retries = s.execute(
            select(Contact.id, Contact.name, Contact.company)
            .where(
                Contact.next_follow_up == day,
                Contact.last_call_at >= since,
                Contact.deleted_at.is_(None),
            )
            .order_by(Contact.last_call_at, Contact.id)
        ).all()
    for cid, name, company in retries:
        if cid not in seen:
            seen.add(cid)
            tried.append(QueueEntry(cid, name, company, False, called_today=True))
    listed: list[QueueEntry] = []
    for row in scoring.call_list(db, limit=QUEUE_FROM_CALL_LIST + len(seen) + 20):
        if row.contact_id in seen or (row.last_call_at is not None and row.last_call_at >= since):
            continue
        seen.add(row.contact_id)
        listed.append(QueueEntry(row.contact_id, row.name, row.company, False, score=row.score))
    return _by_qualification(db, fresh, listed, tried)


def _by_qualification(
    db: Database, fresh: list[QueueEntry], listed: list[QueueEntry], tried: list[QueueEntry]
) -> list[QueueEntry]:
    """Every entry marked with its qualification; the call-list part re-ranked by its
    key-account score less the points its answers cost (bad and missing answers lower a
    prospect), then cut to its length. Planned calls keep the plan's order: the draft
    ranked them already and the rep may have reordered them."""
    with db.reading() as s:
        found = standings(s, [e.contact_id for e in (*fresh, *listed, *tried)])

    def marked(entry: QueueEntry) -> QueueEntry:
        st = found.get(entry.contact_id)
        return replace(entry, shortfall=st.shortfall) if st is not None else entry

    def place(entry: QueueEntry) -> int:
        st = found.get(entry.contact_id)
        return -queue_value(entry.score, st.against if st else 0, KA_SCORE_CAP)

    # sorted() is stable: equal places keep the call list's own order (score, then name).
    listed = sorted(listed, key=place)[:QUEUE_FROM_CALL_LIST]
    return [marked(e) for e in (*fresh, *listed, *tried)]


def planned_item(db: Database, contact_id: int, day: date) -> int | None:
    """The first undone sales item of `day` for this contact (a call opened from elsewhere)."""
    with db.reading() as s:
        return s.scalar(
            select(PlanItem.id)
            .where(
                PlanItem.contact_id == contact_id,
                PlanItem.day == day,
                PlanItem.side == PlanSide.SALES.value,
                PlanItem.done.is_(False),
            )
            .order_by(PlanItem.rank, PlanItem.id)
            .limit(1)
        )


# ---- the story ------------------------------------------------------------------------


@dataclass(frozen=True)
class StoryTouch:
    touch: TouchInfo
    details: CallDetails


@dataclass(frozen=True)
class CallStory:
    """What the rep reads before dialling."""

    contact: ContactDetail
    method: MethodView  # class with days left, curve step, nudge, the nine questions, deals
    touches: tuple[StoryTouch, ...]  # the last few, newest first, with what calls captured
    script_id: int | None  # the script remembered for this contact
    lost_reasons: tuple[str, ...]

    @property
    def open_deals(self) -> tuple[DealInfo, ...]:
        return tuple(d.deal for d in self.method.deals if d.deal.status == DealStatus.OPEN)

    @property
    def bought(self) -> bool:
        return self.method.state.bought


def call_story(db: Database, contact_id: int) -> CallStory:
    detail = contacts.get_contact(db, contact_id, timeline=STORY_TOUCHES)
    view = method_view(db, contact_id)
    if view is None or detail.deleted_at is not None:
        raise NotFound(f"contact {contact_id}", contact_id=contact_id)
    with db.reading() as s:
        script_id = s.scalar(select(Contact.script_id).where(Contact.id == contact_id))
        details = dict(
            s.execute(
                select(Touch.id, Touch.details).where(Touch.id.in_([t.id for t in detail.touches]))
            ).all()
        )
    return CallStory(
        contact=detail,
        method=view,
        touches=tuple(
            StoryTouch(t, CallDetails.from_json(details.get(t.id, ""))) for t in detail.touches
        ),
        script_id=script_id,
        lost_reasons=view.deal_options.lost_reasons,
    )


# ---- saving a call --------------------------------------------------------------------


@dataclass(frozen=True)
class WonDeal:
    """The deal a won call closes: one of the contact's open deals, or a new one."""

    deal_id: int | None = None
    title: str = ""
    amount_cents: int = 0


@dataclass(frozen=True)
class LostDeal:
    reason: str  # one of the configured lost reasons (deal.lost_reasons)
    deal_id: int | None = None  # the open deal that is lost; None: no deal to close
    declined: bool = False  # they will not buy at all: the contact goes to D


@dataclass(frozen=True)
class Referral:
    """Someone the customer named when asked for a referral (转介绍)."""

    contact: ContactInput
    kind: str | None = None  # a ReferrerKind value: what kind of source the caller is


@dataclass(frozen=True)
class CoachChange:
    """The coach the finish form set (None: cleared); a record without one leaves it."""

    coach_id: int | None


@dataclass(frozen=True)
class CallRecord:
    contact_id: int
    outcome: str
    duration_s: int = 0
    notes: str = ""
    next_step: str = ""
    next_follow_up: date | None = None
    add_tags: tuple[int, ...] = ()
    remove_tags: tuple[int, ...] = ()
    new_tags: str = ""  # tags as typed ("北京、意向A"), matched or created on save
    details: CallDetails = field(default_factory=CallDetails)
    answers: tuple[AnswerInput, ...] = ()
    own_answers: tuple[OwnAnswerInput, ...] = ()  # the rep's own questions
    won: WonDeal | None = None  # for a won call (None: a new deal without a title)
    lost: LostDeal | None = None  # required for a lost call
    referral: Referral | None = None
    plan_item_id: int | None = None  # the planned call this was; ticked off when reached
    script_id: int | None = None  # remembered for the contact
    coach: CoachChange | None = None


@dataclass(frozen=True)
class SavedCall:
    touch_id: int
    deal_id: int | None
    referred_contact_id: int | None
    thanks: ThanksTask | None  # "thank the referrer / coach" planned after a won deal
    plan_item_done: bool


def _outcome(value: str) -> Outcome:
    try:
        result = Outcome(value)
    except ValueError:
        raise ValidationError("outcome", "invalid", value=value) from None
    if result == Outcome.NONE:
        raise ValidationError("outcome", "required")
    return result


def _touch_input(record: CallRecord, outcome: Outcome) -> TouchInput:
    """The call as the touch the one touch writer stores (hook and details set on save)."""
    return TouchInput(
        contact_id=record.contact_id,
        kind=TouchKind.CALL,
        duration_s=record.duration_s,
        outcome=outcome.value,
        notes=record.notes,
        next_step=record.next_step,
        next_follow_up=record.next_follow_up,
        add_tags=record.add_tags,
        remove_tags=record.remove_tags,
        new_tags=record.new_tags,
        # A referral taken in the call was asked for: the caller is not asked again soon.
        asked_referral=record.referral is not None,
    )


def _check(db: Database, record: CallRecord) -> Outcome:
    """Everything that can be refused before a transaction is opened."""
    outcome = _outcome(record.outcome)
    validate_touch(_touch_input(record, outcome), db.today())
    if needs_next_step(outcome) and not record.next_step.strip():
        raise ValidationError("next_step", "required")
    if needs_follow_up(outcome) and record.next_follow_up is None:
        raise ValidationError("next_follow_up", "required")
    if outcome == Outcome.LOST:
        if record.lost is None or not record.lost.reason:
            raise ValidationError("lost_reason", "required")
        if record.lost.reason not in deals.options(db).lost_reasons:
            raise ValidationError("lost_reason", "invalid", value=record.lost.reason)
    if outcome == Outcome.WON and record.won is not None:
        check_title(record.won.title)
        check_amount(record.won.amount_cents)
    for answer in record.answers:
        try:
            parse_question(answer.question)
        except ValueError:
            raise ValidationError("question", "invalid", value=answer.question) from None
        try:
            parse_state(answer.state)
        except ValueError:
            raise ValidationError("answer", "invalid", value=answer.state) from None
        if answer.note is not None and len(answer.note) > LONG_NOTE:
            raise ValidationError("note", "too_long", limit=LONG_NOTE)
    if record.coach is not None and record.coach.coach_id == record.contact_id:
        raise ValidationError("coach", "self")
    validate_answers(record.own_answers)
    if record.referral is not None:
        kind = record.referral.kind
        if kind is not None and kind not in set(ReferrerKind):
            raise ValidationError("referrer_kind", "invalid", value=kind)
    return outcome


def _open_deal(s: Session, contact_id: int, deal_id: int) -> Deal:
    deal = s.get(Deal, deal_id)
    if deal is None or deal.contact_id != contact_id:
        raise ValidationError("deal", "not_found", value=deal_id)
    if deal.status != DealStatus.OPEN:
        raise ValidationError("deal", "closed", value=deal_id)
    return deal


def win_in_session(s: Session, contact: Contact, won: WonDeal, stage: str, now: datetime) -> Deal:
    """Inside a unit: close an open deal of the contact as won, or a new one; tags M.

    The session-level counterpart of deals.create_deal + deals.win_deal (which each
    open their own transaction); the thank-you task is planned by the caller.
    """
    if won.deal_id is not None:
        deal = _open_deal(s, contact.id, won.deal_id)
        if won.title.strip():
            deal.title = check_title(won.title)
        if won.amount_cents:
            deal.amount_cents = check_amount(won.amount_cents)
    else:
        deal = Deal(
            contact_id=contact.id,
            title=check_title(won.title),
            amount_cents=check_amount(won.amount_cents),
            stage=stage,
            status=DealStatus.OPEN.value,
            created_at=now,
        )
        deal.history.append(DealStageChange(stage=stage, at=now))
        s.add(deal)
    deal.status = DealStatus.WON.value
    deal.closed_at = now
    deal.lost_reason = ""
    s.flush()
    apply_tag_changes(s, [contact.id], add=[builtin_ids(s)[BuiltinTag.M]])
    return deal


def lose_in_session(
    s: Session, contact: Contact, lost: LostDeal, today: date, now: datetime
) -> Deal | None:
    """Inside a unit: the session-level counterpart of deals.lose_deal."""
    deal = None
    if lost.deal_id is not None:
        deal = _open_deal(s, contact.id, lost.deal_id)
        deal.status = DealStatus.LOST.value
        deal.closed_at = now
        deal.lost_reason = lost.reason
    if lost.declined:
        contact.declined = True
        reclassify(contact, today)
    return deal


def add_referred_contact(
    s: Session, referrer: Contact, referral: Referral, region: str, goal: Targets, now: datetime
) -> int:
    """Inside a unit: the contact `referrer` named during the call, stored as the contact
    form stores one (DuplicateContact when they are already known)."""
    data = replace(referral.contact, referred_by_id=referrer.id, referrer_kind=referral.kind)
    clean, phones = contacts.validate(data, region)
    return contacts.insert_contact(s, clean, phones, goal, now)


def save_call(db: Database, record: CallRecord) -> tuple[SavedCall, Changes]:
    """The call as one touch (kind call) with everything it decided; one transaction."""
    outcome = _check(db, record)
    region = db.get_setting("phone.default_region")
    goal = scoring.targets(db)
    first_stage = deals.options(db).stages[0]
    now, today = db.now(), db.today()
    details = record.details.cleaned()
    with db.unit() as s:
        contact = live_contact(s, record.contact_id)
        step, follow_up = carry_hook(
            outcome,
            record.next_step,
            record.next_follow_up,
            contact.next_step,
            contact.next_follow_up,
            today,
        )
        deal: Deal | None = None
        if outcome == Outcome.WON:
            deal = win_in_session(s, contact, record.won or WonDeal(), first_stage, now)
        elif outcome == Outcome.LOST and record.lost is not None:
            deal = lose_in_session(s, contact, record.lost, today, now)
            details = replace(details, lost_reason=record.lost.reason)
        referred_id = None
        if record.referral is not None:
            referred_id = add_referred_contact(s, contact, record.referral, region, goal, now)
        script_id = record.script_id
        if script_id is not None and s.get(CallScript, script_id) is None:
            script_id = None
        details = replace(
            details,
            deal_id=deal.id if deal is not None else None,
            referred_contact_id=referred_id,
            script_id=script_id if script_id is not None else details.script_id,
        )
        written = write_touch(
            s,
            contact,
            replace(
                _touch_input(record, outcome),
                next_step=step,
                next_follow_up=follow_up,
                details=details.to_json(),
            ),
            now,
        )
        if record.answers or record.own_answers:
            store_answers(s, contact.id, record.answers, now, record.own_answers)
        coaches: set[int] = set()
        if record.coach is not None:
            # After the answers: a coach set in the same call answers question 7.
            coaches = assign_coach(s, contact, record.coach.coach_id, now)
        done = False
        if record.plan_item_id is not None and reached(outcome):
            item = s.get(PlanItem, record.plan_item_id)
            if item is not None and item.contact_id == contact.id and not item.done:
                item.done, item.done_at, done = True, now, True
        if script_id is not None:
            contact.script_id = script_id
        thanks = None
        if deal is not None and outcome == Outcome.WON:
            thanks = thank_for_close(s, deal, today, now)
        saved = SavedCall(
            touch_id=written.touch_id,
            deal_id=deal.id if deal is not None else None,
            referred_contact_id=referred_id,
            thanks=thanks,
            plan_item_done=done,
        )
    touched = {record.contact_id, *coaches}
    if referred_id is not None:
        touched.add(referred_id)
    if thanks is not None:
        touched.add(thanks.thank_contact_id)
    return saved, Changes(
        contacts=frozenset(touched),
        contact_list=referred_id is not None,
        touches=True,
        tags=written.tags_changed or outcome == Outcome.WON,
        deals=deal is not None,
        plan=True,
        stats=True,
    )
