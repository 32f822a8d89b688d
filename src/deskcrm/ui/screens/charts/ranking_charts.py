"""Chart 9: customers ranked by won amount (sharp falls in red); touches and closes by industry."""

from __future__ import annotations

from deskcrm.core.services.database import Database
from deskcrm.core.services.stats import ranking
from deskcrm.core.services.stats.dashboard import Dashboard
from deskcrm.core.services.stats.ranking import CustomerAmount
from deskcrm.ui.screens.charts.card import ChartCard
from deskcrm.ui.screens.charts.plot import (
    ALERT,
    COLORS,
    MUTED,
    Bar,
    BarSeries,
    ChartSpec,
    LineSeries,
    Table,
    Target,
)
from deskcrm.ui.screens.charts.wording import industry_name
from deskcrm.ui.vocabulary.numbers import money, money_tick, yuan
from deskcrm.ui.vocabulary.templates import fill

HALF = 0.4


def one_contact(db: Database, contact_id: int) -> tuple[int, ...]:
    """A customer's bar stands for that customer alone."""
    return (contact_id,)


class RankingChart(ChartCard):
    key = "customer-ranking"

    def title_text(self) -> str:
        return self.tr("Customers by amount won")

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("No deals won in this period or the one before"),
            self.tr("Record the amount of each deal and mark it as won to rank your customers."),
        )

    @staticmethod
    def customers(dash: Dashboard) -> list[CustomerAmount]:
        """The top customers, then fallen big ones missing from the top."""
        r = dash.ranking
        shown = {c.contact_id for c in r.top}
        return [*r.top, *(c for c in r.fallen if c.contact_id not in shown)]

    def _name(self, c: CustomerAmount) -> str:
        return f"{c.name} ({c.company})" if c.company else c.name

    def build(self, dash: Dashboard) -> ChartSpec | None:
        people = self.customers(dash)
        if not people:
            return None
        now: list[Bar] = []
        before: list[Bar] = []
        for i, c in enumerate(people):
            hover = fill(
                self.tr("%1: %2 in this period, %3 in the one before"),
                self._name(c),
                money(c.amount_cents),
                money(c.previous_cents),
            )
            target = Target(one_contact, (c.contact_id,), c.name)
            if c.amount_cents:
                now.append(
                    Bar(
                        x=i - HALF / 2,
                        top=yuan(c.amount_cents),
                        hover=hover,
                        target=target,
                        color=ALERT if c.fell else None,
                    )
                )
            if c.previous_cents:
                before.append(
                    Bar(x=i + HALF / 2, top=yuan(c.previous_cents), hover=hover, target=target)
                )
        return ChartSpec(
            ticks=tuple(c.name for c in people),
            bars=(
                BarSeries(self.tr("This period"), COLORS[0], tuple(now), HALF),
                BarSeries(self.tr("Period before"), MUTED, tuple(before), HALF),
            ),
            y_label="",
            x_label=self.tr("Amount won"),
            horizontal=True,
            value_format=money_tick,
            slots=tuple(Target(one_contact, (c.contact_id,), c.name) for c in people),
            slot_hover=tuple(
                fill(
                    self.tr("%1: %2 in this period, %3 in the one before"),
                    self._name(c),
                    money(c.amount_cents),
                    money(c.previous_cents),
                )
                for c in people
            ),
            table=Table(
                (
                    self.tr("Customer"),
                    self.tr("Company"),
                    self.tr("Amount"),
                    self.tr("Amount before"),
                    self.tr("Fell sharply"),
                ),
                tuple(
                    (
                        c.name,
                        c.company,
                        f"{c.amount_cents / 100:.2f}",
                        f"{c.previous_cents / 100:.2f}",
                        self.tr("yes") if c.fell else "",
                    )
                    for c in people
                ),
            ),
        )

    def note_text(self, dash: Dashboard) -> str:
        fallen = dash.ranking.fallen
        if not fallen:
            return ""
        shown = "; ".join(
            f"{c.name} {money(c.previous_cents)} → {money(c.amount_cents)}" for c in fallen[:5]
        )
        return fill(
            self.tr("Fell to under half of the period before (in red): %1. Call them."), shown
        )


class IndustryChart(ChartCard):
    key = "industries"

    def title_text(self) -> str:
        return self.tr("Touches and closes by industry")

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("No touches or closes in this period"),
            self.tr(
                "Log touches and won deals, and fill in each contact's industry to see "
                "where your effort and your closes go."
            ),
        )

    def build(self, dash: Dashboard) -> ChartSpec | None:
        rows = dash.industries.rows
        if not rows:
            return None
        targets = tuple(
            Target(
                ranking.industry_contacts,
                (dash.period, r.industry),
                fill(self.tr("Industry: %1"), industry_name(r.industry)),
            )
            for r in rows
        )
        hovers = tuple(
            fill(
                self.tr("%1 — touches: %2, closes: %3, amount %4"),
                industry_name(r.industry),
                r.touches,
                r.closes,
                money(r.amount_cents),
            )
            for r in rows
        )
        return ChartSpec(
            ticks=tuple(industry_name(r.industry) for r in rows),
            bars=(
                BarSeries(
                    self.tr("Touches"),
                    COLORS[0],
                    tuple(
                        Bar(x=i, top=r.touches, hover=hovers[i], target=targets[i])
                        for i, r in enumerate(rows)
                        if r.touches
                    ),
                ),
            ),
            lines=(
                LineSeries(
                    self.tr("Closes"),
                    COLORS[1],
                    tuple(float(i) for i in range(len(rows))),
                    tuple(float(r.closes) for r in rows),
                    symbols=True,
                    right=True,
                ),
            ),
            y_label=self.tr("Touches"),
            right_label=self.tr("Closes"),
            slots=targets,
            slot_hover=hovers,
            table=Table(
                (self.tr("Industry"), self.tr("Touches"), self.tr("Closes"), self.tr("Amount")),
                tuple(
                    (industry_name(r.industry), r.touches, r.closes, f"{r.amount_cents / 100:.2f}")
                    for r in rows
                ),
            ),
        )

    def note_text(self, dash: Dashboard) -> str:
        others = dash.industries.others
        if not others:
            return ""
        return fill(self.tr("Quieter industries not shown: %1."), others)
