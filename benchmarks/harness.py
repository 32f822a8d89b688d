"""Timing against a floor measured in the same run: medians, spread, ratio, peak memory."""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass
class Result:
    case: str
    scale: int
    app_ms: float | None
    floor_ms: float | None
    app_spread_ms: float | None = None
    floor_spread_ms: float | None = None
    ratio: float | None = None
    target_ratio: float | None = None
    target_ms: float | None = None
    ok: bool | None = None
    peak_rss_mib: float | None = None
    rows_per_s: float | None = None
    note: str = ""


def peak_rss_mib() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """Median and spread (max - min) in ms of `repeat` runs after one warm-up; last result."""
    result = fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times) - min(times), result


def compare(
    case: str,
    scale: int,
    app: Callable[[], Any],
    floor: Callable[[], Any],
    *,
    repeat: int,
    target_ratio: float | None,
    target_ms: float | None = None,
    same: Callable[[Any, Any], bool] | None = None,
) -> Result:
    """Run app and floor alternately-measured; both must compute the same answer."""
    floor_ms, floor_spread, floor_out = measure(floor, repeat)
    app_ms, app_spread, app_out = measure(app, repeat)
    check = same or (lambda a, b: a == b)
    note = "" if check(app_out, floor_out) else "RESULTS DIFFER from the floor"
    ratio = app_ms / floor_ms if floor_ms > 0 else None
    ok = not note and (target_ratio is None or (ratio is not None and ratio <= target_ratio))
    if target_ms is not None:
        ok = ok and app_ms <= target_ms
    return Result(
        case,
        scale,
        round(app_ms, 3),
        round(floor_ms, 3),
        round(app_spread, 3),
        round(floor_spread, 3),
        None if ratio is None else round(ratio, 2),
        target_ratio,
        target_ms,
        ok,
        round(peak_rss_mib(), 1),
        None,
        note,
    )


def table(results: list[Result]) -> str:
    head = f"{'case':44} {'app ms':>9} {'floor ms':>9} {'ratio':>6} {'target':>7} {'ok':>5}  note"
    lines = [head, "-" * len(head)]
    for r in results:

        def f(v: float | None) -> str:
            return "-" if v is None else f"{v:.2f}"

        target = "-" if r.target_ratio is None else f"≤{r.target_ratio:g}x"
        lines.append(
            f"{r.case:44} {f(r.app_ms):>9} {f(r.floor_ms):>9} {f(r.ratio):>6} {target:>7} "
            f"{'-' if r.ok is None else ('yes' if r.ok else 'NO'):>5}  {r.note}"
        )
    return "\n".join(lines)


def write_json(results: list[Result], path: Path) -> None:
    path.write_text(json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=1))
