"""Chart 5: paying customers per ten prospects called, per month, against the 1-in-10 aim."""

from __future__ import annotations

from deskcrm.core.services.stats import conversion
from deskcrm.core.services.stats.dashboard import Dashboard
from deskcrm.ui.screens.charts.card import ChartCard
from deskcrm.ui.screens.charts.plot import (
    ALERT,
    COLORS,
    Bar,
    BarSeries,
    ChartSpec,
    Level,
    Table,
    Target,
)
from deskcrm.ui.screens.charts.wording import span_text
from deskcrm.ui.vocabulary.dates import month_tick
from deskcrm.ui.vocabulary.numbers import number
from deskcrm.ui.vocabulary.templates import fill


class ConversionChart(ChartCard):
    key = "conversion"

    def title_text(self) -> str:
        return self.tr("Conversion: paying customers per 10 called")

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("No calls in this period"),
            self.tr(
                "Log your calls (Call screen, or a touch of kind Call) and mark deals as won "
                "to compare with the aim of one paying customer per ten called."
            ),
        )

    def build(self, dash: Dashboard) -> ChartSpec | None:
        c = dash.conversion
        if c.called == 0:
            return None
        bars = []
        for i, month in enumerate(c.months):
            rate = month.rate
            if rate.called == 0:
                continue
            bars.append(
                Bar(
                    x=i,
                    top=rate.per_ten or 0.0,
                    color=None if rate.meets_aim else ALERT,
                    hover=fill(
                        self.tr("%1: %2 paying of %3 called = %4 per 10"),
                        span_text(month.span),
                        rate.paying,
                        rate.called,
                        number(rate.per_ten or 0.0, 1),
                    ),
                    target=Target(
                        conversion.paying_contacts,
                        (month.span.start, month.span.stop),
                        fill(self.tr("Paying customers %1"), span_text(month.span)),
                    ),
                )
            )
        return ChartSpec(
            ticks=tuple(month_tick(m.span.start) for m in c.months),
            bars=(BarSeries(self.tr("Paying per 10 called"), COLORS[2], tuple(bars)),),
            levels=(Level(c.aim_per_ten, self.tr("Aim: 1 in 10")),),
            y_label=self.tr("Paying per 10 called"),
            # Above a month's bar: everyone called that month.
            slots=tuple(
                Target(
                    conversion.called_contacts,
                    (m.span.start, m.span.stop),
                    fill(self.tr("Called %1"), span_text(m.span)),
                )
                for m in c.months
            ),
            slot_hover=tuple(
                fill(self.tr("%1: %2 called"), span_text(m.span), m.rate.called) for m in c.months
            ),
            table=Table(
                (
                    self.tr("From"),
                    self.tr("To"),
                    self.tr("Called"),
                    self.tr("Paying"),
                    self.tr("Per 10 called"),
                ),
                tuple(
                    (
                        m.span.start.isoformat(),
                        m.span.last.isoformat(),
                        m.rate.called,
                        m.rate.paying,
                        "" if m.rate.per_ten is None else round(m.rate.per_ten, 2),
                    )
                    for m in c.months
                ),
            ),
        )

    def note_text(self, dash: Dashboard) -> str:
        c = dash.conversion
        if c.called == 0:
            return ""
        per_ten = c.paying * 10 / c.called
        text = fill(
            self.tr("In the period: %1 paying customers, %2 prospects called: %3 per 10."),
            c.paying,
            c.called,
            number(per_ten, 1),
        )
        if per_ten < c.aim_per_ten:
            text += " " + self.tr(
                "Below the aim: refine your target industries, positions and regions."
            )
        return text
