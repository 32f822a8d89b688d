"""Chart "my calls": per week (month over long periods) the share of calls that got through
and left a hook (bars), and the median share of the talk the rep did (line) against the aim."""

from __future__ import annotations

from deskcrm.core.model import TouchKind
from deskcrm.core.rules.stats_period import Grain
from deskcrm.core.services.stats import touches
from deskcrm.core.services.stats.dashboard import Dashboard
from deskcrm.core.services.stats.my_calls import CallBucket
from deskcrm.ui.screens.charts.card import ChartCard
from deskcrm.ui.screens.charts.plot import (
    COLORS,
    TARGET,
    Bar,
    BarSeries,
    ChartSpec,
    Level,
    LineSeries,
    Table,
    Target,
)
from deskcrm.ui.screens.charts.wording import span_text
from deskcrm.ui.vocabulary.dates import day_tick, month_tick
from deskcrm.ui.vocabulary.numbers import percent
from deskcrm.ui.vocabulary.templates import fill, sentences

HOOK_COLOR, TALK_COLOR = COLORS[4], COLORS[5]


def _share(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


class MyCallsChart(ChartCard):
    key = "my-calls"

    def title_text(self) -> str:
        return self.tr("My calls: talk share and hooks")

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("No calls in this period"),
            self.tr(
                "Make your calls from the Call screen: press F6 whenever the talking turns "
                "and leave a hook at the end, to see how much you talked and how often a "
                "call ended with a next step."
            ),
        )

    def hover(self, bucket: CallBucket) -> str:
        text = fill(
            self.tr("%1: %2 calls, %3 got through, %4 of them left a hook (%5)"),
            span_text(bucket.span),
            bucket.calls,
            bucket.reached,
            bucket.hooks,
            percent(bucket.hook_share),
        )
        if bucket.median_talk is not None:
            text += "; " + fill(
                self.tr("you talked %1 (median of %2 timed calls)"),
                percent(bucket.median_talk),
                bucket.timed,
            )
        return text

    def build(self, dash: Dashboard) -> ChartSpec | None:
        m = dash.my_calls
        if m.calls == 0:
            return None
        tick = month_tick if m.grain == Grain.MONTH else day_tick
        bars, xs, ys = [], [], []
        for i, b in enumerate(m.buckets):
            target = Target(
                touches.touched_contacts,
                (b.span.start, b.span.stop, TouchKind.CALL.value),
                fill(self.tr("Called %1"), span_text(b.span)),
            )
            if b.hook_share is not None:
                bars.append(Bar(x=i, top=b.hook_share * 100, hover=self.hover(b), target=target))
            if b.median_talk is not None:
                xs.append(float(i))
                ys.append(b.median_talk * 100)
        return ChartSpec(
            ticks=tuple(tick(b.span.start) for b in m.buckets),
            bars=(BarSeries(self.tr("Calls that left a hook"), HOOK_COLOR, tuple(bars)),),
            lines=(
                (
                    LineSeries(
                        self.tr("My talk share (median)"),
                        TALK_COLOR,
                        tuple(xs),
                        tuple(ys),
                        symbols=True,
                    ),
                )
                if xs
                else ()
            ),
            levels=(
                Level(
                    m.talk_target * 100,
                    fill(self.tr("Aim: talk %1"), percent(m.talk_target)),
                    TARGET,
                ),
            ),
            y_label=self.tr("Share of calls / of the talk (%)"),
            y_min_top=100.0,
            value_format=lambda v: percent(v / 100),
            slots=tuple(
                Target(
                    touches.touched_contacts,
                    (b.span.start, b.span.stop, TouchKind.CALL.value),
                    fill(self.tr("Called %1"), span_text(b.span)),
                )
                for b in m.buckets
            ),
            slot_hover=tuple(self.hover(b) for b in m.buckets),
            table=Table(
                (
                    self.tr("From"),
                    self.tr("To"),
                    self.tr("Calls"),
                    self.tr("Got through"),
                    self.tr("Left a hook"),
                    self.tr("Timed calls"),
                    self.tr("Median talk share"),
                ),
                tuple(
                    (
                        b.span.start.isoformat(),
                        b.span.last.isoformat(),
                        b.calls,
                        b.reached,
                        b.hooks,
                        b.timed,
                        _share(b.median_talk),
                    )
                    for b in m.buckets
                ),
            ),
        )

    def note_text(self, dash: Dashboard) -> str:
        m = dash.my_calls
        if m.calls == 0:
            return ""
        parts = []
        if m.median_talk is None:
            parts.append(
                self.tr(
                    "No call had its talk timed: press F6 on the Call screen whenever the "
                    "talking turns."
                )
            )
        else:
            parts.append(
                fill(
                    self.tr(
                        "You talked %1 of the time (median of %2 timed calls); aim at about "
                        "%3 and let them talk."
                    ),
                    percent(m.median_talk),
                    m.timed,
                    percent(m.talk_target),
                )
            )
            if m.talks_too_much:
                parts.append(self.tr("Ask more, and pause so the customer can speak."))
        if m.reached:
            parts.append(
                fill(
                    self.tr("%1 of %2 calls that got through left a hook (%3)."),
                    m.hooks,
                    m.reached,
                    percent(m.hook_share),
                )
            )
        return sentences(parts)
