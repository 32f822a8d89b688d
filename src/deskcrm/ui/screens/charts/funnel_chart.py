"""Chart 3: the funnel: deals reaching each stage, those lost there, and the top lost reasons."""

from __future__ import annotations

from deskcrm.core.services.stats import funnel
from deskcrm.core.services.stats.dashboard import Dashboard
from deskcrm.core.services.stats.funnel import StageGroup
from deskcrm.ui.screens.charts.card import ChartCard
from deskcrm.ui.screens.charts.plot import (
    ALERT,
    COLORS,
    Bar,
    BarSeries,
    ChartSpec,
    Table,
    Target,
)
from deskcrm.ui.screens.charts.wording import reason_name
from deskcrm.ui.vocabulary.deals import deal_stage
from deskcrm.ui.vocabulary.numbers import percent
from deskcrm.ui.vocabulary.templates import fill

HALF = 0.4


class FunnelChart(ChartCard):
    key = "funnel"

    def title_text(self) -> str:
        return self.tr("Funnel: where deals drop out")

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("No deals opened in this period"),
            self.tr(
                "Open a deal on a contact's sales panel, move it through the stages, and "
                "record why lost deals were lost."
            ),
        )

    def _reasons(self, pairs: tuple[tuple[str, int], ...]) -> str:
        return ", ".join(fill(self.tr("%1 (%2)"), reason_name(r), n) for r, n in pairs)

    def build(self, dash: Dashboard) -> ChartSpec | None:
        f = dash.funnel
        if f.funnel.total == 0:
            return None
        period = dash.period
        reached: list[Bar] = []
        lost: list[Bar] = []
        previous = None
        rows = []
        for i, st in enumerate(f.funnel.stages):
            name = deal_stage(st.stage)
            passed = st.passed_from(previous)
            previous = st
            reached.append(
                Bar(
                    x=i - HALF / 2,
                    top=st.reached,
                    hover=fill(
                        self.tr(
                            "%1: %n deal(s) got this far (%2 of the stage before)", "", st.reached
                        ),
                        name,
                        percent(passed),
                    ),
                    target=Target(
                        funnel.funnel_contacts,
                        (period, st.stage, StageGroup.REACHED),
                        fill(self.tr("Deals that reached %1"), name),
                    ),
                )
            )
            if st.lost_here:
                lost.append(
                    Bar(
                        x=i + HALF / 2,
                        top=st.lost_here,
                        hover=fill(
                            self.tr("%1: %2 lost here (%3 of those who got here): %4"),
                            name,
                            st.lost_here,
                            percent(f.lost_shares[i]),
                            self._reasons(st.lost_reasons),
                        ),
                        target=Target(
                            funnel.funnel_contacts,
                            (period, st.stage, StageGroup.LOST),
                            fill(self.tr("Deals lost at %1"), name),
                        ),
                    )
                )
            rows.append(
                (
                    name,
                    st.reached,
                    st.open_here,
                    st.won_here,
                    st.lost_here,
                    percent(f.lost_shares[i]),
                    "; ".join(f"{reason_name(r)}: {n}" for r, n in st.lost_reasons),
                )
            )
        return ChartSpec(
            ticks=tuple(deal_stage(st.stage) for st in f.funnel.stages),
            bars=(
                BarSeries(self.tr("Reached the stage"), COLORS[0], tuple(reached), HALF),
                BarSeries(self.tr("Lost at the stage"), ALERT, tuple(lost), HALF),
            ),
            y_label=self.tr("Deals"),
            table=Table(
                (
                    self.tr("Stage"),
                    self.tr("Reached"),
                    self.tr("Open here"),
                    self.tr("Won here"),
                    self.tr("Lost here"),
                    self.tr("Lost share"),
                    self.tr("Lost reasons"),
                ),
                tuple(rows),
            ),
        )

    def note_text(self, dash: Dashboard) -> str:
        f = dash.funnel
        if f.funnel.total == 0:
            return ""
        # Only deals opened in the period, followed to today: the closes chart counts the
        # deals won in the period instead, whenever they were opened.
        text = fill(
            self.tr(
                "%n deal(s) opened in the period: %1 won so far, %2 lost, %3 still open "
                "(deals opened earlier are left out, unlike in the closes chart).",
                "",
                f.funnel.total,
            ),
            f.funnel.won,
            f.funnel.lost,
            f.funnel.open,
        )
        if f.top_lost_reasons:
            text += " " + fill(self.tr("Top lost reasons: %1."), self._reasons(f.top_lost_reasons))
        return text
