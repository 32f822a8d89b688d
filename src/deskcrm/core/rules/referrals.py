"""Referrals and coaches (docs/method.md §7): source ranking, close rates, thank-you task, goal."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, ClassVar

from deskcrm.core.model import Outcome, ReferralStage, ReferrerKind

# Best referral sources first: suppliers/vendors/agencies (乙方), satisfied customers,
# declining prospects ("who else might need this?"), exchanges between organisations.
KIND_ORDER: tuple[ReferrerKind, ...] = (
    ReferrerKind.SUPPLIER,
    ReferrerKind.CUSTOMER,
    ReferrerKind.DECLINING,
    ReferrerKind.EXCHANGE,
)
# Referred prospects close at about 54% when followed up properly (docs/method.md §7).
REFERRED_CLOSE_RATE = 0.54
# ... and about 92% of those keep buying.
REFERRED_REPEAT_RATE = 0.92

THANKS_ORIGIN = "referral_thanks"


def thanks_key(deal_id: int) -> str:
    """The plan item key of "thank / reward the coach" for one won deal: one per deal, ever."""
    return f"{THANKS_ORIGIN}:{deal_id}"


def parse_kind(value: str | None) -> ReferrerKind | None:
    """The referrer kind spelled `value` (None or "" for none); ValueError otherwise."""
    return None if not value else ReferrerKind(value)


def who_to_thank(referred_by_id: int | None, coach_id: int | None) -> int | None:
    """The referrer is thanked for a close; without one, the prospect's coach is."""
    return referred_by_id if referred_by_id is not None else coach_id


@dataclass(frozen=True)
class KindStats:
    kind: ReferrerKind | None  # None: referred, but the source's kind was not recorded
    referred: int
    closed: int

    @property
    def close_rate(self) -> float | None:
        return None if self.referred == 0 else self.closed / self.referred


def kind_stats(rows: Iterable[tuple[str | None, bool]]) -> list[KindStats]:
    """Counts and close rates per kind from (kind, closed) of each referred contact.

    Every kind is listed, best source first, so an empty source shows as 0; the
    unrecorded kind comes last and only when it occurs.
    """
    referred: dict[ReferrerKind | None, int] = {k: 0 for k in KIND_ORDER}
    closed: dict[ReferrerKind | None, int] = {k: 0 for k in KIND_ORDER}
    for raw, was_closed in rows:
        kind = ReferrerKind(raw) if raw in set(ReferrerKind) else None
        referred[kind] = referred.get(kind, 0) + 1
        closed[kind] = closed.get(kind, 0) + (1 if was_closed else 0)
    order: list[ReferrerKind | None] = [*KIND_ORDER]
    if referred.get(None):
        order.append(None)
    return [KindStats(k, referred[k], closed[k]) for k in order]


def week_of(day: date) -> tuple[date, date]:
    """The Monday starting `day`'s week and the Monday after it (exclusive end)."""
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=7)


@dataclass(frozen=True)
class GoalProgress:
    start: date
    end: date  # exclusive
    done: int
    target: int

    @property
    def met(self) -> bool:
        return self.done >= self.target

    @property
    def remaining(self) -> int:
        return max(0, self.target - self.done)


# Referral stages in order (docs/method.md §7): asked → name given → contacted → met → closed.
STAGE_ORDER: tuple[ReferralStage, ...] = tuple(ReferralStage)
# A touch that did not reach the person does not make the referral "contacted".
_UNREACHED = frozenset({Outcome.NO_ANSWER.value, Outcome.BUSY.value})
_MEETING_KINDS = frozenset({"visit", "meeting"})


def stage_of(value: str | None) -> ReferralStage:
    """The stored stage of a referred contact; none stored (or unknown) is "name given"."""
    try:
        stage = ReferralStage(value or ReferralStage.NAME_GIVEN.value)
    except ValueError:
        return ReferralStage.NAME_GIVEN
    return ReferralStage.NAME_GIVEN if stage == ReferralStage.ASKED else stage


def parse_stage(value: str | None) -> ReferralStage | None:
    """A stage a referred contact may hold (not ASKED), None for "" or None; ValueError
    for anything else."""
    if not value:
        return None
    stage = ReferralStage(value)
    if stage == ReferralStage.ASKED:
        raise ValueError(value)
    return stage


def stage_reached_by_touch(kind: str, outcome: str) -> ReferralStage | None:
    """How far a touch takes a referral: won closes it, a visit or meeting meets the
    person, any other touch that reached them contacts them."""
    if outcome == Outcome.WON.value:
        return ReferralStage.CLOSED
    if outcome in _UNREACHED:
        return None
    if kind in _MEETING_KINDS:
        return ReferralStage.MET
    return ReferralStage.CONTACTED


def advance(current: str | None, reached: ReferralStage | None) -> str:
    """The stage after reaching `reached`: stages only move forward by themselves (the
    rep may still set an earlier one by hand)."""
    now = stage_of(current)
    if reached is None or STAGE_ORDER.index(reached) <= STAGE_ORDER.index(now):
        return now.value
    return reached.value


def stage_counts(
    asked: int, stages: Iterable[tuple[str | None, int]]
) -> list[tuple[ReferralStage, int]]:
    """The funnel from the number asked and (stage, how many) of the referred contacts:
    each stage counts the referrals that reached it or went further (a closed referral
    was also contacted and met)."""
    reached = [0] * len(STAGE_ORDER)
    for raw, n in stages:
        top = STAGE_ORDER.index(stage_of(raw))
        for i in range(1, top + 1):
            reached[i] += n
    reached[0] = asked
    return list(zip(STAGE_ORDER, reached, strict=True))


@dataclass(frozen=True)
class AskTimes:
    """When to ask for a referral (settings "referral.*"): a contact asked within
    `interval` days is not asked again; a decliner is asked `rest` days after the lost
    deal at the earliest, and no longer once it is `window` days old."""

    interval: int = 90
    rest: int = 30
    window: int = 180

    KEYS: ClassVar[tuple[str, ...]] = (
        "referral.ask_interval_days",
        "referral.decliner_rest_days",
        "referral.decliner_window_days",
    )

    @classmethod
    def read(cls, get_many: Callable[[Sequence[str]], Mapping[str, Any]]) -> AskTimes:
        """From a reader of several settings at once (Database.get_settings)."""
        got = get_many(cls.KEYS)
        return cls(*(int(got[k]) for k in cls.KEYS))
