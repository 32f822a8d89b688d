"""Where a deal stands in the configured stages: which of them come after finding the need."""

from __future__ import annotations

from collections.abc import Sequence

# The stage in which the need is found (core/settings.py: DEFAULT_STAGES). Past it a
# proposal is near: the coach is asked about budget and power, and what early talk hid
# (who decides, who can veto, when it really starts) should be known (docs/method.md §9).
NEEDS_STAGE = "needs_found"
# Where the needs stage stands in the default list; a rep who renamed the stages has no
# "needs_found", and the stages after this position are taken as past it.
NEEDS_POSITION = 1


def after_needs(stages: Sequence[str]) -> tuple[str, ...]:
    """The configured stages past finding the need, in their order."""
    stages = tuple(stages)
    at = stages.index(NEEDS_STAGE) if NEEDS_STAGE in stages else NEEDS_POSITION
    return stages[at + 1 :]


def past_needs(stage: str, stages: Sequence[str]) -> bool:
    return stage in after_needs(stages)
