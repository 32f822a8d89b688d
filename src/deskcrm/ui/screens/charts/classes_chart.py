"""Chart 6: contacts per ABCD class and how many of each are past their window (as of today)."""

from __future__ import annotations

from deskcrm.core.services.stats import classes
from deskcrm.core.services.stats.dashboard import Dashboard
from deskcrm.ui.screens.charts.card import ChartCard
from deskcrm.ui.screens.charts.plot import ALERT, COLORS, Bar, BarSeries, ChartSpec, Table, Target
from deskcrm.ui.vocabulary.classes import class_name
from deskcrm.ui.vocabulary.templates import fill

HALF = 0.4


class ClassesChart(ChartCard):
    key = "classes"

    def title_text(self) -> str:
        return self.tr("ABCD classes and overdue (today)")

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("No contact has a class yet"),
            self.tr(
                "On a contact's sales panel, tick “met the first key person”, “has a need” "
                "and “has buying power”, or mark that they declined: the class follows."
            ),
        )

    def _window(self, days: int | None) -> str:
        if days is None:
            return self.tr("stop following")
        return fill(self.tr("close within %1 days"), days)

    def build(self, dash: Dashboard) -> ChartSpec | None:
        c = dash.classes
        if c.classified == 0:
            return None
        counts: list[Bar] = []
        late: list[Bar] = []
        for i, k in enumerate(c.classes):
            name = class_name(k.code)
            hover = fill(
                self.tr("%1 (%2): %n contact(s), %3 overdue", "", k.contacts),
                name,
                self._window(k.window_days),
                k.overdue,
            )
            counts.append(
                Bar(
                    x=i - HALF / 2,
                    top=k.contacts,
                    hover=hover,
                    target=Target(classes.class_contacts, (k.code,), name),
                )
            )
            if k.overdue:
                late.append(
                    Bar(
                        x=i + HALF / 2,
                        top=k.overdue,
                        hover=hover,
                        target=Target(
                            classes.class_contacts,
                            (k.code, True),
                            fill(self.tr("%1 overdue"), name),
                        ),
                    )
                )
        return ChartSpec(
            ticks=tuple(class_name(k.code) for k in c.classes),
            bars=(
                BarSeries(self.tr("Contacts"), COLORS[0], tuple(counts), HALF),
                BarSeries(self.tr("Overdue"), ALERT, tuple(late), HALF),
            ),
            y_label=self.tr("Contacts"),
            table=Table(
                (self.tr("Class"), self.tr("Contacts"), self.tr("Overdue"), self.tr("Window")),
                tuple(
                    (k.code, k.contacts, k.overdue, "" if k.window_days is None else k.window_days)
                    for k in c.classes
                ),
            ),
        )

    def note_text(self, dash: Dashboard) -> str:
        c = dash.classes
        text = self.tr("As of today, whatever the period.")
        if c.unclassified:
            text += " " + self.tr("%n contact(s) without a class yet.", "", c.unclassified)
        return text
