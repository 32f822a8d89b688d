"""The call timer as pure state: elapsed time, who is talking, the pause cue, the 20/80 balance.

Times are seconds from any monotonic source (the UI passes its clock in), so tests can
drive a whole call without waiting.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

# docs/method.md §9: pause after a couple of sentences, and surely after a minute of talking.
CUE_EVERY_S = 60
# Ask about 80% of the time, talk about 20%.
TALK_TARGET = 0.2
# The balance turns into a warning only above this share (a little over the target is
# normal while proposing) and once enough talk was tracked to mean anything.
TALK_WARN = 0.35
BALANCE_MIN_S = 30


class Speaker(StrEnum):
    REP = "rep"
    CUSTOMER = "customer"


@dataclass(frozen=True)
class CallTimer:
    """Immutable: every method returns the next state; `t` is the current clock reading."""

    banked: float = 0.0  # call time before `since`
    since: float | None = None  # when the timer was last started; None when stopped
    speaker: Speaker | None = None  # who talks now; None while the rep does not track it
    speaker_since: float | None = None  # when `speaker` started (only while running)
    rep_s: float = 0.0  # banked talk time of the rep
    customer_s: float = 0.0  # banked talk time of the customer
    # Start of the rep's current stretch without a pause (call time, in seconds).
    stretch_from: float = 0.0

    @property
    def running(self) -> bool:
        return self.since is not None

    def elapsed(self, t: float) -> float:
        return self.banked + (t - self.since if self.since is not None else 0.0)

    def seconds(self, t: float) -> int:
        return int(self.elapsed(t))

    def _bank_speaker(self, t: float) -> CallTimer:
        if self.speaker_since is None or self.speaker is None:
            return self
        spoken = max(0.0, t - self.speaker_since)
        if self.speaker == Speaker.REP:
            return replace(self, rep_s=self.rep_s + spoken, speaker_since=t)
        return replace(self, customer_s=self.customer_s + spoken, speaker_since=t)

    def start(self, t: float) -> CallTimer:
        if self.running:
            return self
        return replace(self, since=t, speaker_since=t if self.speaker is not None else None)

    def stop(self, t: float) -> CallTimer:
        if not self.running:
            return self
        banked = self._bank_speaker(t)
        return replace(banked, banked=self.elapsed(t), since=None, speaker_since=None)

    def toggle(self, t: float) -> CallTimer:
        return self.stop(t) if self.running else self.start(t)

    def switch(self, t: float, speaker: Speaker | None = None) -> CallTimer:
        """Who talks now; None flips between the two (the rep starts)."""
        if speaker is None:
            speaker = Speaker.CUSTOMER if self.speaker == Speaker.REP else Speaker.REP
        banked = self._bank_speaker(t)
        stretch = self.stretch_from
        if speaker == Speaker.CUSTOMER or self.speaker != Speaker.REP:
            # The customer speaking is the pause; a new stretch of the rep starts now.
            stretch = self.elapsed(t)
        return replace(
            banked,
            speaker=speaker,
            speaker_since=t if self.running else None,
            stretch_from=stretch,
        )

    def talk(self, t: float) -> tuple[float, float]:
        """(rep, customer) seconds of tracked talk so far."""
        now = self._bank_speaker(t) if self.running else self
        return now.rep_s, now.customer_s

    def stretch(self, t: float) -> float:
        """Seconds the rep may have been talking without a pause.

        Without tracking, the whole call counts (a cue once a minute); while the
        customer talks, nothing does.
        """
        if self.speaker == Speaker.CUSTOMER:
            return 0.0
        return max(0.0, self.elapsed(t) - self.stretch_from)

    def cue_mark(self, t: float) -> int:
        """How many pause cues this stretch has earned; a new one is due when it grows."""
        if not self.running:
            return 0
        return int(self.stretch(t) // CUE_EVERY_S)


@dataclass(frozen=True)
class TalkBalance:
    rep_share: float | None  # None until enough talk was tracked
    target: float = TALK_TARGET

    @property
    def too_much(self) -> bool:
        return self.rep_share is not None and self.rep_share > TALK_WARN


def balance(rep_s: float, customer_s: float) -> TalkBalance:
    total = rep_s + customer_s
    if total < BALANCE_MIN_S:
        return TalkBalance(None)
    return TalkBalance(rep_s / total)


def clock_text(seconds: int) -> str:
    """ "07:05", or "1:02:03" past an hour."""
    seconds = max(0, seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
