"""The charts screen: the rep's own dashboard of touches and closes over a chosen period.

Every series comes from core.services.stats in one call run off the GUI thread;
pyqtgraph is imported here (through the chart modules) only when the screen is
first opened, so start-up stays fast. A click on a bar opens the Contacts screen
listing the contacts behind it.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from deskcrm.core.changes import Changes
from deskcrm.core.rules.stats_period import Grain, Period, auto_grain
from deskcrm.core.services.stats import closes
from deskcrm.core.services.stats.dashboard import Dashboard, dashboard
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.operations import Op
from deskcrm.ui.screens.base import Screen
from deskcrm.ui.screens.charts.calls_chart import MyCallsChart
from deskcrm.ui.screens.charts.card import ChartCard
from deskcrm.ui.screens.charts.classes_chart import ClassesChart
from deskcrm.ui.screens.charts.closes_chart import ClosesChart
from deskcrm.ui.screens.charts.conversion_chart import ConversionChart
from deskcrm.ui.screens.charts.funnel_chart import FunnelChart
from deskcrm.ui.screens.charts.period_bar import PeriodBar
from deskcrm.ui.screens.charts.persistence_chart import PersistenceChart
from deskcrm.ui.screens.charts.plan_chart import PlanChart
from deskcrm.ui.screens.charts.plot import Target
from deskcrm.ui.screens.charts.ranking_charts import IndustryChart, RankingChart
from deskcrm.ui.screens.charts.referral_charts import (
    ReferralSourcesChart,
    ReferralStagesChart,
    ReferralWeeksChart,
)
from deskcrm.ui.screens.charts.touches_chart import TouchesChart
from deskcrm.ui.vocabulary.dates import date_text
from deskcrm.ui.vocabulary.templates import fill

COLUMNS = 2


class ChartsScreen(Screen):
    loaded = Signal()  # every chart shows the data of the chosen period

    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        self.dashboard: Dashboard | None = None
        self._stale = True
        self._generation = 0
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.period_bar = PeriodBar(bridge.db.today)
        top.addWidget(self.period_bar, 1)
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(mid);")
        top.addWidget(self.status)
        outer.addLayout(top)
        self.touches = TouchesChart()
        self.closes = ClosesChart()
        self.funnel = FunnelChart()
        self.persistence = PersistenceChart()
        self.conversion = ConversionChart()
        self.classes = ClassesChart()
        self.referral_sources = ReferralSourcesChart()
        self.referral_weeks = ReferralWeeksChart()
        self.referral_stages = ReferralStagesChart()
        self.plan = PlanChart()
        self.ranking = RankingChart()
        self.industries = IndustryChart()
        self.my_calls = MyCallsChart()
        self.cards: tuple[ChartCard, ...] = (
            self.touches,
            self.closes,
            self.funnel,
            self.persistence,
            self.conversion,
            self.classes,
            self.referral_sources,
            self.referral_weeks,
            self.referral_stages,
            self.plan,
            self.ranking,
            self.industries,
            self.my_calls,
        )
        body = QWidget()
        grid = QGridLayout(body)
        # The daily touches are the chart a rep watches most: full width on top.
        grid.addWidget(self.touches, 0, 0, 1, COLUMNS)
        for i, card in enumerate(self.cards[1:]):
            grid.addWidget(card, 1 + i // COLUMNS, i % COLUMNS)
        for card in self.cards:
            card.target_chosen.connect(self.show_contacts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.period_bar.changed.connect(lambda _: self.reload())
        self.closes.grain_changed.connect(self._grain_changed)
        bridge.changed.connect(self._on_changed)

    # ---- loading ---------------------------------------------------------------------

    def on_shown(self) -> None:
        if self._stale:
            self.reload()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        # Any recorded work can move a chart; re-query now if visible, else when next shown.
        self._stale = True
        if self.isVisible():
            self.reload()

    def period(self) -> Period:
        return self.period_bar.period()

    def reload(self) -> None:
        self._stale = False
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("Loading…"))
        period, grain = self.period(), self.closes.grain()
        (
            Op(self.bridge, lambda db: dashboard(db, period, grain), parent=self)
            .success(lambda result: self._show(generation, result))
            .catch(BaseException, lambda exc: self._failed(generation, exc))
            .run_in_background()
        )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("Could not load the charts."))
            self._stale = True
            self.bridge.show_error(exc, self)

    def _show(self, generation: int, result: Dashboard) -> None:
        if generation != self._generation:
            return  # a newer period was asked for meanwhile
        self.dashboard = result
        for card in self.cards:
            card.show_data(result)
        self.status.setText(
            fill(
                self.tr("%1 – %2 (%n day(s))", "", result.period.days),
                date_text(result.period.start),
                date_text(result.period.end),
            )
        )
        self.loaded.emit()

    def _grain_changed(self, grain: Grain | None) -> None:
        if self.dashboard is None:
            return
        period = self.dashboard.period
        chosen = grain or auto_grain(period)
        series = Op(self.bridge, lambda db: closes.closes(db, period, chosen), parent=self).run()
        if series is not None:
            self.dashboard = dataclasses.replace(self.dashboard, closes=series)
            self.closes.show_data(self.dashboard)

    # ---- click-through ---------------------------------------------------------------

    def show_contacts(self, target: Target) -> None:
        """Open the Contacts screen listing the contacts behind a bar or point."""
        ids = Op(self.bridge, lambda db: target.fn(db, *target.args), parent=self).run()
        if ids is None:
            return
        if not ids:
            self.bridge.status.emit(self.tr("No contacts behind this (they may be in the trash)."))
            return
        self.bridge.navigate.emit("contacts", {"contact_ids": list(ids), "title": target.title})
