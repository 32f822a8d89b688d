"""Chart 7: referred contacts and their closes per referrer kind; referrals per week vs goal;
how far referrals get (stages)."""

from __future__ import annotations

from deskcrm.core.model import ReferralStage
from deskcrm.core.services.stats import referrals
from deskcrm.core.services.stats.dashboard import Dashboard
from deskcrm.ui.screens.charts.card import ChartCard
from deskcrm.ui.screens.charts.plot import (
    ALERT,
    COLORS,
    MUTED,
    Bar,
    BarSeries,
    ChartSpec,
    Level,
    Table,
    Target,
)
from deskcrm.ui.screens.charts.wording import referrer_name, span_text
from deskcrm.ui.vocabulary.dates import day_tick
from deskcrm.ui.vocabulary.numbers import percent
from deskcrm.ui.vocabulary.referrers import referral_stage, referrer_short
from deskcrm.ui.vocabulary.templates import fill

HALF = 0.4


class ReferralSourcesChart(ChartCard):
    key = "referral-sources"

    def title_text(self) -> str:
        return self.tr("Referrals by source")

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("No referred contacts added in this period"),
            self.tr(
                "When you add a contact someone recommended, set “referred by” and the "
                "referrer's kind (supplier, customer, declining prospect, exchange)."
            ),
        )

    def build(self, dash: Dashboard) -> ChartSpec | None:
        r = dash.referrals
        if r.referred == 0:
            return None
        referred: list[Bar] = []
        closed: list[Bar] = []
        for i, k in enumerate(r.kinds):
            name = referrer_name(k.kind)
            hover = fill(
                self.tr("%1: %2 referred, %3 bought (%4)"),
                name,
                k.referred,
                k.closed,
                percent(k.close_rate),
            )
            target = Target(
                referrals.referred_by_kind,
                (r.period, None if k.kind is None else k.kind.value),
                fill(self.tr("Referred by: %1"), name),
            )
            if k.referred:
                referred.append(Bar(x=i - HALF / 2, top=k.referred, hover=hover, target=target))
            if k.closed:
                closed.append(Bar(x=i + HALF / 2, top=k.closed, hover=hover, target=target))
        return ChartSpec(
            ticks=tuple(referrer_short(k.kind) for k in r.kinds),
            bars=(
                BarSeries(self.tr("Referred"), COLORS[0], tuple(referred), HALF),
                BarSeries(self.tr("Bought"), COLORS[2], tuple(closed), HALF),
            ),
            y_label=self.tr("Contacts"),
            table=Table(
                (self.tr("Source"), self.tr("Referred"), self.tr("Bought"), self.tr("Close rate")),
                tuple(
                    (
                        referrer_name(k.kind),
                        k.referred,
                        k.closed,
                        "" if k.close_rate is None else round(k.close_rate, 4),
                    )
                    for k in r.kinds
                ),
            ),
        )

    def note_text(self, dash: Dashboard) -> str:
        if dash.referrals.referred == 0:
            return ""
        return self.tr(
            "Referred prospects close at about 54% when followed up properly: make the "
            "referrer their coach, and thank them after a close."
        )


class ReferralWeeksChart(ChartCard):
    key = "referral-weeks"

    def title_text(self) -> str:
        return self.tr("New referrals per week")

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("No referrals in this period"),
            self.tr(
                "Ask satisfied customers, suppliers and even declining prospects “who else "
                "might need this?”, and record who referred each new contact."
            ),
        )

    def build(self, dash: Dashboard) -> ChartSpec | None:
        r = dash.referrals
        if r.referred == 0:
            return None
        bars = []
        for i, week in enumerate(r.weeks):
            if week.added == 0:
                continue
            color = MUTED if week.partial else (COLORS[2] if week.added >= week.target else ALERT)
            bars.append(
                Bar(
                    x=i,
                    top=week.added,
                    color=color,
                    hover=fill(
                        self.tr("%1: %n new referral(s) (goal %2)", "", week.added),
                        span_text(week.span),
                        week.target,
                    ),
                    target=Target(
                        referrals.referred_contacts,
                        (week.span.start, week.span.stop),
                        fill(self.tr("Referred, added %1"), span_text(week.span)),
                    ),
                )
            )
        levels: tuple[Level, ...] = ()
        if r.weekly_goal:
            levels = (Level(r.weekly_goal, fill(self.tr("Goal: %1 a week"), r.weekly_goal)),)
        return ChartSpec(
            ticks=tuple(day_tick(w.span.start) for w in r.weeks),
            bars=(BarSeries(self.tr("New referrals"), COLORS[0], tuple(bars)),),
            levels=levels,
            y_label=self.tr("Referrals"),
            table=Table(
                (self.tr("From"), self.tr("To"), self.tr("New referrals"), self.tr("Goal")),
                tuple(
                    (w.span.start.isoformat(), w.span.last.isoformat(), w.added, w.target)
                    for w in r.weeks
                ),
            ),
        )

    def note_text(self, dash: Dashboard) -> str:
        r = dash.referrals
        if r.referred == 0 or not r.weeks:
            return ""
        full = [w for w in r.weeks if not w.partial]
        text = fill(self.tr("Goal met in %1 of %n full week(s).", "", len(full)), r.weeks_met)
        last = r.weeks[-1]
        if last.span.last == dash.today:
            text += " " + fill(self.tr("This week so far: %1 of %2."), last.added, last.target)
        return text


class ReferralStagesChart(ChartCard):
    """How far referrals get: asked → name given → contacted → met → closed."""

    key = "referral-stages"

    def title_text(self) -> str:
        return self.tr("Referral stages")

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("No referral asks or referrals in this period"),
            self.tr(
                "Tick “asked for a referral” when you log a call or visit, and record who "
                "referred each new contact; the contacts list's “Ask for a referral” view "
                "says whom to ask."
            ),
        )

    def build(self, dash: Dashboard) -> ChartSpec | None:
        r = dash.referrals
        if not any(n for _, n in r.stages):
            return None
        bars = []
        for i, (stage, n) in enumerate(r.stages):
            name = referral_stage(stage.value)
            if not n:
                continue
            bars.append(
                Bar(
                    x=i,
                    top=n,
                    hover=fill(self.tr("%1: %2"), name, n),
                    target=Target(
                        referrals.at_stage,
                        (r.period, stage.value),
                        fill(self.tr("Referral stage: %1"), name),
                    ),
                )
            )
        return ChartSpec(
            ticks=tuple(referral_stage(stage.value) for stage, _ in r.stages),
            bars=(BarSeries(self.tr("Contacts"), COLORS[0], tuple(bars)),),
            y_label=self.tr("Contacts"),
            table=Table(
                (self.tr("Stage"), self.tr("Contacts")),
                tuple((referral_stage(stage.value), n) for stage, n in r.stages),
            ),
        )

    def note_text(self, dash: Dashboard) -> str:
        stages = dict(dash.referrals.stages)
        given = stages.get(ReferralStage.NAME_GIVEN, 0)
        if not given:
            return ""
        return fill(
            self.tr("%1 of %2 referrals added in this period closed."),
            stages.get(ReferralStage.CLOSED, 0),
            given,
        )
