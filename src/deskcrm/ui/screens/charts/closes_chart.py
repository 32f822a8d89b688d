"""Chart 2: closes per week or month, the amount as bars and the count as a line."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from deskcrm.core.rules.stats_period import Grain, Period
from deskcrm.core.rules.targets import month_share
from deskcrm.core.services.stats import closes
from deskcrm.core.services.stats.dashboard import Dashboard
from deskcrm.ui.screens.charts.card import ChartCard
from deskcrm.ui.screens.charts.plot import (
    COLORS,
    TARGET,
    Bar,
    BarSeries,
    ChartSpec,
    LineSeries,
    Table,
    Target,
)
from deskcrm.ui.screens.charts.wording import span_text
from deskcrm.ui.vocabulary.dates import day_tick, month_tick
from deskcrm.ui.vocabulary.numbers import money, money_tick, yuan
from deskcrm.ui.vocabulary.targets import amount_attained, closes_attained
from deskcrm.ui.vocabulary.templates import fill


class ClosesChart(ChartCard):
    key = "closes"
    grain_changed = Signal(object)  # Grain, or None for automatic

    def title_text(self) -> str:
        return self.tr("Closes per week or month")

    def controls(self) -> list[QWidget]:
        self.grain_box = QComboBox()
        self.grain_box.addItem(self.tr("Automatic"), None)
        self.grain_box.addItem(self.tr("Per week"), Grain.WEEK)
        self.grain_box.addItem(self.tr("Per month"), Grain.MONTH)
        self.grain_box.setToolTip(self.tr("Weekly up to four months, then monthly"))
        self.grain_box.currentIndexChanged.connect(lambda _: self.grain_changed.emit(self.grain()))
        return [self.grain_box]

    def grain(self) -> Grain | None:
        value = self.grain_box.currentData()
        return None if value is None else Grain(value)

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("No closes in this period"),
            self.tr("Mark a deal as won on a contact's sales panel to see your closes here."),
        )

    def build(self, dash: Dashboard) -> ChartSpec | None:
        c = dash.closes
        if c.count == 0:
            return None
        tick = day_tick if c.grain == Grain.WEEK else month_tick
        bars = []
        for i, bucket in enumerate(c.buckets):
            if bucket.count == 0:
                continue
            bars.append(
                Bar(
                    x=i,
                    top=yuan(bucket.amount_cents),
                    hover=fill(
                        self.tr("%1: %n close(s), amount %2", "", bucket.count),
                        span_text(bucket.span),
                        money(bucket.amount_cents),
                    ),
                    target=Target(
                        closes.won_contacts,
                        (bucket.span.start, bucket.span.stop),
                        fill(self.tr("Closed %1"), span_text(bucket.span)),
                    ),
                )
            )
        n = len(c.buckets)
        xs = tuple(float(i) for i in range(n))
        return ChartSpec(
            ticks=tuple(tick(b.span.start) for b in c.buckets),
            bars=(BarSeries(self.tr("Amount"), COLORS[0], tuple(bars)),),
            lines=(
                LineSeries(
                    self.tr("Number of closes"),
                    COLORS[1],
                    tuple(float(i) for i in range(n)),
                    tuple(float(b.count) for b in c.buckets),
                    symbols=True,
                    right=True,
                ),
                *self._target_lines(dash, xs),
            ),
            y_label=self.tr("Amount"),
            right_label=self.tr("Closes"),
            value_format=money_tick,
            slots=tuple(
                Target(
                    closes.won_contacts,
                    (b.span.start, b.span.stop),
                    fill(self.tr("Closed %1"), span_text(b.span)),
                )
                for b in c.buckets
            ),
            slot_hover=tuple(
                fill(
                    self.tr("%1: %n close(s), amount %2", "", b.count),
                    span_text(b.span),
                    money(b.amount_cents),
                )
                for b in c.buckets
            ),
            table=Table(
                (self.tr("From"), self.tr("To"), self.tr("Closes"), self.tr("Amount")),
                tuple(
                    (
                        b.span.start.isoformat(),
                        b.span.last.isoformat(),
                        b.count,
                        f"{b.amount_cents / 100:.2f}",
                    )
                    for b in c.buckets
                ),
            ),
        )

    def _target_lines(self, dash: Dashboard, xs: tuple[float, ...]) -> tuple[LineSeries, ...]:
        """Each bucket's share of the monthly targets (a week ~ a quarter of its month)."""
        targets = dash.attainment.targets
        periods = [Period(b.span.start, b.span.last) for b in dash.closes.buckets]
        lines = []
        if targets.month_amount_cents:
            lines.append(
                LineSeries(
                    self.tr("Amount target"),
                    TARGET,
                    xs,
                    tuple(month_share(yuan(targets.month_amount_cents), p) for p in periods),
                    dashed=True,
                )
            )
        if targets.month_closes:
            lines.append(
                LineSeries(
                    self.tr("Closes target"),
                    COLORS[1],
                    xs,
                    tuple(month_share(targets.month_closes, p) for p in periods),
                    dashed=True,
                    right=True,
                )
            )
        return tuple(lines)

    def note_text(self, dash: Dashboard) -> str:
        lines = [self._closes_note(dash)] if dash.closes.count else []
        targets = dash.attainment.targets
        if targets.month_amount_cents or targets.month_closes:
            period, month = dash.attainment, dash.month
            lines.append(
                fill(
                    self.tr("Target for these days: %1, %2."),
                    closes_attained(period.closes),
                    amount_attained(period.amount_cents),
                )
            )
            lines.append(
                fill(
                    self.tr("%1: %2, %3."),
                    month_tick(month.period.start),
                    closes_attained(month.closes),
                    amount_attained(month.amount_cents),
                )
            )
        return "\n".join(lines)

    def _closes_note(self, dash: Dashboard) -> str:
        c = dash.closes
        # The funnel counts deals opened in the period; this counts deals won in it.
        return fill(
            self.tr(
                "%n deal(s) won in the period, amount %1. Each counts on the day it was won, "
                "whenever it was opened, so this differs from the funnel's won deals.",
                "",
                c.count,
            ),
            money(c.amount_cents),
        )
