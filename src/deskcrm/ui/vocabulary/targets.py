"""Targets in words: "3 of 6 closes (50%)", amounts in ¥, today's touches, walk-ins."""

from __future__ import annotations

from PySide6.QtCore import QObject

from deskcrm.core.rules.targets import Measure
from deskcrm.core.services.stats.walk_ins import WalkIns
from deskcrm.ui.vocabulary.numbers import money, percent
from deskcrm.ui.vocabulary.templates import fill


class TargetWords(QObject):
    """Holds the words so pyside6-lupdate files the counted ones as plural messages."""

    def closes(self, m: Measure) -> str:
        if not m.has_target:
            return self.tr("%n close(s)", "", m.done)
        return fill(self.tr("%1 of %n close(s) (%2)", "", m.target), m.done, percent(m.share))

    def amount(self, m: Measure) -> str:
        if not m.has_target:
            return fill(self.tr("amount %1"), money(m.done))
        return fill(
            self.tr("amount %1 of %2 (%3)"), money(m.done), money(m.target), percent(m.share)
        )

    def touches(self, m: Measure) -> str:
        if not m.has_target:
            return self.tr("%n touch(es)", "", m.done)
        return fill(self.tr("%1 of %n touch(es) (%2)", "", m.target), m.done, percent(m.share))

    def today_touches(self, m: Measure) -> str:
        if not m.has_target:
            return self.tr("Today: %n touch(es)", "", m.done)
        return fill(
            self.tr("Today: %1 of %n touch(es) (%2)", "", m.target), m.done, percent(m.share)
        )

    def unrecorded(self, count: int) -> str:
        return self.tr("%n walk-in(s) not recorded", "", count)

    def walk_ins_summary(self, w: WalkIns) -> str:
        return fill(
            self.tr("%n walk-in(s): %1 recorded as contacts (%2), %3 left no name", "", w.total),
            w.recorded,
            percent(w.recorded_share),
            w.unrecorded,
        )

    def weekly_referrals(self, goal: int) -> str:
        if goal <= 0:
            return self.tr("No weekly referral goal")
        return self.tr("Referrals wanted: %n a week", "", goal)

    def walk_in_key_hint(self) -> str:
        return self.tr("A visitor left without giving a name: Ctrl+Shift+W counts one for today")


_WORDS = TargetWords()


def closes_attained(m: Measure) -> str:
    return _WORDS.closes(m)


def amount_attained(m: Measure) -> str:
    return _WORDS.amount(m)


def touches_attained(m: Measure) -> str:
    return _WORDS.touches(m)


def today_touches(m: Measure) -> str:
    return _WORDS.today_touches(m)


def unrecorded_walk_ins(count: int) -> str:
    return _WORDS.unrecorded(count)


def walk_ins_summary(w: WalkIns) -> str:
    return _WORDS.walk_ins_summary(w)


def weekly_referrals(goal: int) -> str:
    return _WORDS.weekly_referrals(goal)


def walk_in_key_hint() -> str:
    return _WORDS.walk_in_key_hint()


WALK_IN_KEY = "Ctrl+Shift+W"
