"""Call scripts (话术提纲): the stages of a call, prompts vs example questions, the outline."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# docs/method.md §9, in the order a call moves through them.
STAGES: tuple[str, ...] = (
    "prepare",
    "state",
    "trust",
    "discover",
    "propose",
    "compare",
    "objections",
    "close",
    "after_sales",
    "referral",
)
MAX_SECTIONS = 50
MAX_PROMPTS = 10_000  # characters of prompts per section


@dataclass(frozen=True)
class PromptLine:
    text: str
    question: bool  # an example question to ask, rather than a hint to the rep


def is_question(line: str) -> bool:
    return line.rstrip().endswith(("?", "？"))


def prompt_lines(prompts: str) -> list[PromptLine]:
    """A section's stored prompts (one per line) with the example questions marked."""
    out = []
    for raw in prompts.splitlines():
        line = raw.strip().lstrip("·•-*").strip()
        if line:
            out.append(PromptLine(line, is_question(line)))
    return out


def join_prompts(prompts: Iterable[str], questions: Iterable[str] = ()) -> str:
    """Stored form: hints first, then the example questions, one per line."""
    lines = [p.strip() for p in (*prompts, *questions)]
    return "\n".join(line for line in lines if line)


def outline_from(titles: Iterable[str], promised: str = "", sep: str = ": ") -> str:
    """The outline (提纲) a chosen script pre-fills: one line to complete per section,
    opening with what was promised last time, since the next touch opens with the hook."""
    lines = []
    if promised.strip():
        lines.append(f"→ {promised.strip()}")
    lines += [f"{title.strip()}{sep}" for title in titles if title.strip()]
    return "\n".join(lines)
