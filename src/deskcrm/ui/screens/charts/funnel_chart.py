"""Chart 3: the funnel: deals reaching each stage, those lost there, and the top lost reasons."""

from __future__ import annotations

from deskcrm.core.services.stats import funnel, walk_ins
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
Row = tuple[object, ...]


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

    def _walk_in_bars(
        self, dash: Dashboard
    ) -> tuple[list[Bar], list[Bar], list[tuple[object, ...]]]:
        """The first two steps, when walk-ins without a name were counted: everyone who
        came in, and those recorded as contacts (the rest lost before any deal)."""
        w = dash.walk_ins
        walked = self.tr("Walk-ins")
        recorded = self.tr("Left a name")
        reached = [
            Bar(
                x=-HALF / 2,
                top=w.total,
                hover=fill(
                    self.tr("%1: %n visitor(s), %2 recorded (%3)", "", w.total),
                    walked,
                    w.recorded,
                    percent(w.recorded_share),
                ),
            ),
            Bar(
                x=1 - HALF / 2,
                top=w.recorded,
                hover=fill(
                    self.tr(
                        "%1: %n contact(s) recorded in the period (%2 of walk-ins)", "", w.recorded
                    ),
                    recorded,
                    percent(w.recorded_share),
                ),
                target=Target(
                    walk_ins.recorded_contacts,
                    (dash.period,),
                    self.tr("Contacts recorded in the period"),
                ),
            ),
        ]
        lost = [
            Bar(
                x=HALF / 2,
                top=w.unrecorded,
                hover=fill(
                    self.tr("%1: %n left no name (%2)", "", w.unrecorded),
                    walked,
                    percent(None if w.total == 0 else w.unrecorded / w.total),
                ),
            )
        ]
        rows: list[Row] = [
            (walked, w.total, "", "", w.unrecorded, percent(1 - (w.recorded_share or 0)), ""),
            (recorded, w.recorded, "", "", "", "", ""),
        ]
        return reached, lost, rows

    def _shows_walk_ins(self, dash: Dashboard) -> bool:
        return dash.walk_ins.unrecorded > 0

    def build(self, dash: Dashboard) -> ChartSpec | None:
        f = dash.funnel
        with_walk_ins = self._shows_walk_ins(dash)
        if f.funnel.total == 0 and not with_walk_ins:
            return None
        period = dash.period
        reached: list[Bar] = []
        lost: list[Bar] = []
        rows: list[Row] = []
        ticks: list[str] = []
        if with_walk_ins:
            reached, lost, rows = self._walk_in_bars(dash)
            ticks = [self.tr("Walk-ins"), self.tr("Left a name")]
        first = len(ticks)
        previous = None
        for i, st in enumerate(f.funnel.stages, start=first):
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
                            percent(f.lost_shares[i - first]),
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
                    percent(f.lost_shares[i - first]),
                    "; ".join(f"{reason_name(r)}: {n}" for r, n in st.lost_reasons),
                )
            )
        return ChartSpec(
            ticks=(*ticks, *(deal_stage(st.stage) for st in f.funnel.stages)),
            bars=(
                BarSeries(self.tr("Reached the stage"), COLORS[0], tuple(reached), HALF),
                BarSeries(self.tr("Lost at the stage"), ALERT, tuple(lost), HALF),
            ),
            y_label=self.tr("Walk-ins and deals") if with_walk_ins else self.tr("Deals"),
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
        w = dash.walk_ins
        walked = (
            fill(
                self.tr(
                    "%n walk-in(s): %1 recorded as contacts (%2), %3 left no name.", "", w.total
                ),
                w.recorded,
                percent(w.recorded_share),
                w.unrecorded,
            )
            if self._shows_walk_ins(dash)
            else ""
        )
        deals = self._deals_note(dash)
        return "\n".join(t for t in (walked, deals) if t)

    def _deals_note(self, dash: Dashboard) -> str:
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
