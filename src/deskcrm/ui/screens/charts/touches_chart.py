"""Chart 1: touches per day, stacked by kind, with the 7-day average and drops shaded."""

from __future__ import annotations

from datetime import timedelta

from deskcrm.core.services.stats import touches
from deskcrm.core.services.stats.dashboard import Dashboard
from deskcrm.ui.screens.charts.card import ChartCard
from deskcrm.ui.screens.charts.plot import (
    ALERT,
    COLORS,
    TARGET,
    Band,
    Bar,
    BarSeries,
    ChartSpec,
    Level,
    LineSeries,
    Table,
    Target,
    stacked,
)
from deskcrm.ui.vocabulary.dates import date_text, day_tick
from deskcrm.ui.vocabulary.numbers import number
from deskcrm.ui.vocabulary.targets import touches_attained
from deskcrm.ui.vocabulary.templates import fill
from deskcrm.ui.vocabulary.touches import touch_kind

AVERAGE_COLOR = "#333333"


class TouchesChart(ChartCard):
    key = "touches-per-day"

    def title_text(self) -> str:
        return self.tr("Touches per day")

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("No touches in this period"),
            self.tr(
                "Log each call, visit and WeChat message with a contact (Contacts or Call "
                "screen) to see your daily rhythm here."
            ),
        )

    def build(self, dash: Dashboard) -> ChartSpec | None:
        t = dash.touches
        if t.total == 0:
            return None
        n = len(t.days)
        bases = [0.0] * n
        series: list[BarSeries] = []
        for index, kc in enumerate(t.kinds):
            name = touch_kind(kc.kind)
            bars = []
            for i, (low, high) in enumerate(stacked(kc.counts, bases)):
                if kc.counts[i] == 0:
                    continue
                day = t.days[i]
                bars.append(
                    Bar(
                        x=i,
                        top=high,
                        base=low,
                        hover=fill(self.tr("%1 · %2: %3"), date_text(day), name, kc.counts[i]),
                        target=Target(
                            touches.touched_contacts,
                            (day, day + timedelta(days=1), kc.kind),
                            fill(self.tr("%1 on %2"), name, date_text(day)),
                        ),
                    )
                )
            series.append(BarSeries(name, COLORS[index % len(COLORS)], tuple(bars)))
        levels: tuple[Level, ...] = ()
        if t.usual is not None:
            levels = (Level(t.usual, fill(self.tr("Usual: %1 a day"), number(t.usual, 1))),)
        wanted = dash.attainment.targets.day_touches
        if wanted:
            target = fill(self.tr("Target: %1 a day"), number(wanted))
            levels += (Level(wanted, target, TARGET, right=True),)
        index_of = {day: i for i, day in enumerate(t.days)}
        kinds = [touch_kind(k.kind) for k in t.kinds]
        return ChartSpec(
            ticks=tuple(day_tick(d) for d in t.days),
            bars=tuple(series),
            lines=(
                LineSeries(
                    self.tr("7-day average"),
                    AVERAGE_COLOR,
                    tuple(float(i) for i in range(n)),
                    t.average7,
                ),
            ),
            bands=tuple(Band(index_of[d.start], index_of[d.end], ALERT) for d in t.drops),
            levels=levels,
            y_label=self.tr("Touches"),
            slots=tuple(
                Target(
                    touches.touched_contacts,
                    (day, day + timedelta(days=1), None),
                    fill(self.tr("Touched on %1"), date_text(day)),
                )
                for day in t.days
            ),
            slot_hover=tuple(
                fill(
                    self.tr("%1: %n touch(es), 7-day average %2", "", t.totals[i]),
                    date_text(day),
                    number(t.average7[i], 1),
                )
                for i, day in enumerate(t.days)
            ),
            table=Table(
                (self.tr("Date"), *kinds, self.tr("Total"), self.tr("7-day average")),
                tuple(
                    (
                        day.isoformat(),
                        *(k.counts[i] for k in t.kinds),
                        t.totals[i],
                        round(t.average7[i], 2),
                    )
                    for i, day in enumerate(t.days)
                ),
            ),
        )

    def note_text(self, dash: Dashboard) -> str:
        usual = self._usual_note(dash)
        wanted = dash.attainment.touches
        if not wanted.has_target:
            return usual
        line = fill(self.tr("Target for these days: %1."), touches_attained(wanted))
        return f"{usual}\n{line}" if usual else line

    def _usual_note(self, dash: Dashboard) -> str:
        t = dash.touches
        if t.total == 0:
            return ""
        if t.usual is None:
            return self.tr("Choose 14 days or more to compare with your usual level.")
        if t.dropping_now:
            return fill(
                self.tr(
                    "Warning: your touches are down. The 7-day average is %1 a day, under 70% "
                    "of your usual %2. Most deals need 5 to 12 follow-ups: keep calling."
                ),
                number(t.average7[-1], 1),
                number(t.usual, 1),
            )
        if t.drops:
            return fill(
                self.tr(
                    "Shaded: %n stretch(es) under 70% of your usual %1 touches a day.",
                    "",
                    len(t.drops),
                ),
                number(t.usual, 1),
            )
        return fill(
            self.tr("Your usual level: %1 touches a day; no drop in this period."),
            number(t.usual, 1),
        )
