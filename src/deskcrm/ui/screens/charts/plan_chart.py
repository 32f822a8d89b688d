"""Chart 8: per week, planned and done items, sales and non-sales stacked side by side."""

from __future__ import annotations

from deskcrm.core.model import PlanSide
from deskcrm.core.services.stats import plan_balance
from deskcrm.core.services.stats.dashboard import Dashboard
from deskcrm.ui.screens.charts.card import ChartCard
from deskcrm.ui.screens.charts.plot import ALERT, Band, Bar, BarSeries, ChartSpec, Table, Target
from deskcrm.ui.vocabulary.dates import date_text, day_tick
from deskcrm.ui.vocabulary.numbers import percent
from deskcrm.ui.vocabulary.plan_sides import side_name
from deskcrm.ui.vocabulary.templates import fill

HALF = 0.4
# Planned bars are the light shade of their side's colour, done bars the full one.
SALES_PLANNED, SALES_DONE = "#9CCBEA", "#0072B2"
OTHER_PLANNED, OTHER_DONE = "#F3D08A", "#E69F00"


class PlanChart(ChartCard):
    key = "plan-balance"

    def title_text(self) -> str:
        return self.tr("Plan balance per week")

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("No plans in this period"),
            self.tr(
                "Plan tomorrow on the Plan screen each evening (sales work left, the rest "
                "right) and tick what got done."
            ),
        )

    def build(self, dash: Dashboard) -> ChartSpec | None:
        p = dash.plan
        if p.planned == 0:
            return None
        layers: dict[str, list[Bar]] = {k: [] for k in ("sp", "sd", "np", "nd")}
        bands = []
        for i, week in enumerate(p.weeks):
            c = week.counts
            sunday = week.sunday
            share = None if c.done == 0 else c.non_sales_done / c.done
            hover = fill(
                self.tr(
                    "Week of %1: sales %2 planned, %3 done; non-sales %4 planned, %5 done "
                    "(non-sales share of done: %6)"
                ),
                date_text(week.monday),
                c.sales_planned,
                c.sales_done,
                c.non_sales_planned,
                c.non_sales_done,
                percent(share),
            )
            if week.non_sales_heavy:
                bands.append(Band(i, i, ALERT))
            for key, x, base, value, side, done in (
                ("sp", i - HALF / 2, 0, c.sales_planned, PlanSide.SALES, False),
                (
                    "np",
                    i - HALF / 2,
                    c.sales_planned,
                    c.non_sales_planned,
                    PlanSide.NON_SALES,
                    False,
                ),
                ("sd", i + HALF / 2, 0, c.sales_done, PlanSide.SALES, True),
                ("nd", i + HALF / 2, c.sales_done, c.non_sales_done, PlanSide.NON_SALES, True),
            ):
                if value == 0:
                    continue
                words = self.tr("done") if done else self.tr("planned")
                layers[key].append(
                    Bar(
                        x=x,
                        base=base,
                        top=base + value,
                        hover=hover,
                        target=Target(
                            plan_balance.plan_contacts,
                            (week.monday, sunday, side.value, done),
                            fill(
                                self.tr("%1 items %2, week of %3"),
                                side_name(side.value),
                                words,
                                date_text(week.monday),
                            ),
                        ),
                    )
                )
        return ChartSpec(
            ticks=tuple(day_tick(w.monday) for w in p.weeks),
            bars=(
                BarSeries(self.tr("Sales planned"), SALES_PLANNED, tuple(layers["sp"]), HALF),
                BarSeries(self.tr("Non-sales planned"), OTHER_PLANNED, tuple(layers["np"]), HALF),
                BarSeries(self.tr("Sales done"), SALES_DONE, tuple(layers["sd"]), HALF),
                BarSeries(self.tr("Non-sales done"), OTHER_DONE, tuple(layers["nd"]), HALF),
            ),
            bands=tuple(bands),
            y_label=self.tr("Plan items"),
            table=Table(
                (
                    self.tr("Week from"),
                    self.tr("Sales planned"),
                    self.tr("Sales done"),
                    self.tr("Non-sales planned"),
                    self.tr("Non-sales done"),
                    self.tr("Closes"),
                ),
                tuple(
                    (
                        w.monday.isoformat(),
                        w.counts.sales_planned,
                        w.counts.sales_done,
                        w.counts.non_sales_planned,
                        w.counts.non_sales_done,
                        w.closes,
                    )
                    for w in p.weeks
                ),
            ),
        )

    def note_text(self, dash: Dashboard) -> str:
        p = dash.plan
        if p.planned == 0:
            return ""
        heavy = sum(1 for w in p.weeks if w.non_sales_heavy)
        few = sum(1 for w in p.weeks if w.few_closes)
        parts = [
            self.tr("Left bar: planned; right bar: done; sales at the bottom."),
        ]
        if heavy:
            parts.append(
                fill(
                    self.tr(
                        "Shaded: %n week(s) where non-sales work took more than %1.", "", heavy
                    ),
                    percent(p.warn_share),
                )
            )
        if few:
            parts.append(
                self.tr(
                    "%n week(s) with many sales actions and few closes: check how you "
                    "qualify prospects.",
                    "",
                    few,
                )
            )
        return " ".join(parts)
