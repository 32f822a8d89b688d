"""Chart 4: touches won deals needed, against the method's follow-up curve; early give-ups."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton, QWidget

from deskcrm.core.services.stats import touches_to_close
from deskcrm.core.services.stats.dashboard import Dashboard
from deskcrm.core.services.stats.touches_to_close import ABANDONED_AFTER_DAYS, QUIT_AT, TOP_BIN
from deskcrm.ui.screens.charts.card import ChartCard
from deskcrm.ui.screens.charts.plot import (
    COLORS,
    MUTED,
    Bar,
    BarSeries,
    ChartSpec,
    LineSeries,
    Table,
    Target,
)
from deskcrm.ui.vocabulary.numbers import percent
from deskcrm.ui.vocabulary.templates import fill


class PersistenceChart(ChartCard):
    key = "touches-before-close"

    def title_text(self) -> str:
        return self.tr("Touches before a close")

    def controls(self) -> list[QWidget]:
        self.gave_up_button = QToolButton()
        self.gave_up_button.setText(self.tr("Given up early…"))
        self.gave_up_button.setToolTip(
            self.tr("Open contacts left at 3 touches or fewer: follow them up again")
        )
        self.gave_up_button.clicked.connect(self._show_gave_up)
        return [self.gave_up_button]

    def _show_gave_up(self) -> None:
        self.target_chosen.emit(
            Target(
                touches_to_close.abandoned_contacts,
                (),
                self.tr("Given up at 3 touches or fewer"),
            )
        )

    def _label(self, n: int) -> str:
        return fill(self.tr("%1+"), n) if n == TOP_BIN else str(n)

    def _won_after(self, n: int) -> str:
        if n == TOP_BIN:
            return fill(self.tr("Won after %1 or more touches"), n)
        return self.tr("Won after %n touch(es)", "", n)

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("No deals won in this period"),
            self.tr(
                "Log every call and visit, and mark deals as won: this chart shows how many "
                "touches each close needed, against the follow-up curve."
            ),
        )

    def build(self, dash: Dashboard) -> ChartSpec | None:
        t = dash.touches_before_close
        self.gave_up_button.setEnabled(t.abandoned > 0)
        if t.won == 0:
            return None
        xs = tuple(float(b.touches) for b in t.bins)
        bars = [
            Bar(
                x=b.touches,
                top=100 * b.won / t.won,
                hover=fill(
                    self.tr("Touches %1: %n won deal(s) (%2); the method: %3 convert", "", b.won),
                    self._label(b.touches),
                    percent(b.won / t.won),
                    percent(b.reference),
                ),
                target=Target(
                    touches_to_close.contacts_closed_after,
                    (dash.period, b.touches),
                    self._won_after(b.touches),
                ),
            )
            for b in t.bins
            if b.won
        ]
        return ChartSpec(
            ticks=tuple(self._label(b.touches) for b in t.bins),
            bars=(BarSeries(self.tr("Your won deals"), COLORS[0], tuple(bars)),),
            lines=(
                LineSeries(
                    self.tr("Your closes within n touches"),
                    COLORS[2],
                    xs,
                    tuple(100 * (b.cumulative or 0.0) for b in t.bins),
                    symbols=True,
                ),
                LineSeries(
                    self.tr("Method: converted after n follow-ups"),
                    MUTED,
                    xs,
                    tuple(100 * b.reference for b in t.bins),
                    dashed=True,
                ),
            ),
            y_label=self.tr("Share (%)"),
            x_label=self.tr("Touches before the close"),
            table=Table(
                (
                    self.tr("Touches"),
                    self.tr("Won deals"),
                    self.tr("Share"),
                    self.tr("Closed within"),
                    self.tr("Method curve"),
                ),
                tuple(
                    (
                        self._label(b.touches),
                        b.won,
                        round(b.won / t.won, 4),
                        round(b.cumulative or 0.0, 4),
                        b.reference,
                    )
                    for b in t.bins
                ),
            ),
            y_min_top=100.0,
        )

    def note_text(self, dash: Dashboard) -> str:
        t = dash.touches_before_close
        if t.open_contacts == 0:
            return ""
        return fill(
            self.tr(
                "Of your %1 open contacts, %2 (%3) were given up at %4 touches or fewer "
                "(nothing for %5 days, no follow-up planned). A deal takes about 12 "
                "follow-ups on average: don't quit at 3."
            ),
            t.open_contacts,
            t.abandoned,
            percent(t.abandoned_share),
            QUIT_AT,
            ABANDONED_AFTER_DAYS,
        )
