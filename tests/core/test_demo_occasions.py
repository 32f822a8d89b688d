"""Demo occasions: birthdays on about a quarter, a few company anniversaries, repurchase
cycles for some customers, and a fresh demo's draft shows all three kinds of line."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from deskcrm.core.demo import generate
from deskcrm.core.rules.plan_draft import Reason, template_purposes
from deskcrm.core.services import plan_draft, templates
from deskcrm.core.services.database import Database
from deskcrm.core.services.demo import seed_demo
from deskcrm.core.services.startup import open_database
from deskcrm.db.models import Contact, ContactOccasion

NOW = datetime(2026, 3, 4, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
TODAY = date(2026, 3, 4)
FOLDER = Path(__file__).resolve().parents[2] / "resources" / "templates"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TZ", "Asia/Shanghai")
        time.tzset()
        path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
        db = open_database(f"sqlite:///{path}", clock=lambda: NOW)
        seed_demo(db)
        try:
            yield db
        finally:
            db.dispose()
    time.tzset()


def test_occasions_and_cycles_stored(seeded: Database) -> None:
    with seeded.reading() as s:
        rows = s.execute(select(ContactOccasion.kind, ContactOccasion.label)).all()
        cycles = list(s.scalars(select(Contact.repurchase_days).where(Contact.repurchase_days > 0)))
    birthdays = [r for r in rows if r.kind == "birthday"]
    own = [r for r in rows if r.kind == "custom"]
    assert 60 <= len(birthdays) <= 90  # about a quarter of 300
    assert 5 <= len(own) <= 30 and {r.label for r in own} == {"公司周年"}
    assert len(cycles) >= 10


def test_a_fresh_demo_drafts_birthday_occasion_and_repurchase_lines(seeded: Database) -> None:
    for day in (TODAY, TODAY + timedelta(days=1)):  # the morning's plan, the evening's
        lines = plan_draft.draft(seeded, day)
        reasons = {s.reason for s in lines}
        assert {Reason.BIRTHDAY, Reason.OCCASION, Reason.REPURCHASE} <= reasons, day
    # Each of them finds a template by its purpose (the demo's and the starters).
    templates.install_defaults(seeded, FOLDER, "zh_CN")
    for reason in (Reason.BIRTHDAY, Reason.OCCASION, Reason.REPURCHASE):
        line = next(s for s in plan_draft.draft(seeded, TODAY) if s.reason == reason)
        assert templates.templates_for(seeded, template_purposes(line.origin())), reason


def test_same_seed_same_occasions_and_quick() -> None:
    started = time.perf_counter()
    first = generate(now=NOW, tz=UTC, stages=["初次接触", "报价", "谈判"], lost_reasons=["price"])
    second = generate(now=NOW, tz=UTC, stages=["初次接触", "报价", "谈判"], lost_reasons=["price"])
    assert first.occasions == second.occasions and first.repurchase == second.repurchase
    assert time.perf_counter() - started < 5
