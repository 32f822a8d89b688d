"""The benchmark suite runs end to end at a tiny scale, so it never rots."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from benchmarks import cases_cli, cases_messages, cases_method, cases_write, generate, run


def test_suite_runs_and_app_matches_floor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(generate, "CACHE", tmp_path / "cache")
    out = tmp_path / "bench.json"
    assert run.main(["--scale", "300", "--repeat", "1", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "list: Y AND VIP AND NOT M" in printed
    results = json.loads(out.read_text())
    assert len(results) >= 15
    cases = {r["case"].strip() for r in results}
    # Drafting tomorrow's plan, every chart series for 90 and 365 days, the call story.
    assert "plan: draft tomorrow" in cases
    for days in (90, 365):
        assert f"charts {days}d: all series (dashboard)" in cases
        for series in cases_method.SERIES:
            assert f"chart {days}d: {series}" in cases
    assert f"call: story of a contact with {generate.HEAVY_TOUCHES} touches" in cases
    assert {cases_method.TARGETS, cases_method.DAY_FIGURES} <= cases
    assert {cases_cli.STATS_JSON, cases_cli.CONTACTS_JSON} <= cases  # the commands' JSON
    assert cases_messages.CASE in cases  # on a copy too: the cache gets no template
    # The visit write, on an ordinary and on the heavy contact, wrote on a throwaway copy:
    # the cache keeps its rows and no copy is left behind.
    assert cases_write.VISIT in cases
    assert f"{cases_write.VISIT_HEAVY} {generate.HEAVY_TOUCHES} touches" in cases
    cache = generate.cache_path(300, 7)
    assert sorted(p.name for p in cache.parent.iterdir() if "write" in p.name) == []
    conn = sqlite3.connect(cache)
    try:
        assert conn.execute("SELECT count(*) FROM touches").fetchone()[0] == (
            generate.touches_for(300)
        )
        assert conn.execute("SELECT count(*) FROM tags WHERE name LIKE '意向-%'").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM message_templates").fetchone() == (0,)
    finally:
        conn.close()
    for r in results:
        assert {"case", "scale", "app_ms", "floor_ms", "ratio", "target_ratio", "ok"} <= set(r)
        assert r["scale"] == 300
        assert r["app_ms"] is not None and r["floor_ms"] is not None
        # The app and its floor compute the same answer, or the comparison is meaningless.
        assert "DIFFER" not in r["note"], r["case"]


def test_generator_is_deterministic_and_consistent(tmp_path: Path) -> None:
    a = generate.build(tmp_path / "a.sqlite3", 200, seed=3)
    b = generate.build(tmp_path / "b.sqlite3", 200, seed=3)
    dump = []
    for path in (a, b):
        conn = sqlite3.connect(path)
        dump.append(
            (
                conn.execute("SELECT id, name, name_pinyin, touch_count FROM contacts").fetchall(),
                conn.execute("SELECT count(*) FROM touches").fetchone(),
            )
        )
        # Stored touch counts agree with the touches table.
        wrong = conn.execute(
            "SELECT count(*) FROM contacts c WHERE c.touch_count !="
            " (SELECT count(*) FROM touches t WHERE t.contact_id = c.id)"
        ).fetchone()[0]
        conn.close()
        assert wrong == 0
    assert dump[0] == dump[1]
    assert dump[0][1][0] == generate.touches_for(200)
    # One contact has the call-screen case's 500 touches.
    heavy = [row for row in dump[0][0] if row[0] == generate.HEAVY_CONTACT]
    assert heavy[0][3] == generate.HEAVY_TOUCHES
