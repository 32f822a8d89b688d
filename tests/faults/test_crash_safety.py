"""Kill a writing process at random moments: every reported commit survives, the file checks.

The default run kills a few times; `pytest -m slow` runs the 50-kill tier.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deskcrm.core.services.startup import open_database
from deskcrm.db.dialect import diagnose_sqlite_file

WRITER = Path(__file__).with_name("crash_writer.py")


def _kill_rounds(tmp_path: Path, rounds: int, seed: int) -> None:
    rng = random.Random(seed)
    path = tmp_path / "crash.sqlite3"
    url = f"sqlite:///{path}"
    open_database(url).dispose()
    reported: list[int] = []
    for _ in range(rounds):
        start = reported[-1] + 1 if reported else 0
        child = subprocess.Popen(
            [sys.executable, str(WRITER), url, str(start)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        want = rng.randint(1, 15)
        for _ in range(want):
            line = child.stdout.readline()
            if not line:
                break
            reported.append(int(line))
        # Let it get part-way into the next transaction before the kill.
        time.sleep(rng.uniform(0, 0.02))
        child.send_signal(signal.SIGKILL)
        child.wait()
        rest = child.stdout.read()
        reported.extend(int(x) for x in rest.split())
        child.stdout.close()
        assert diagnose_sqlite_file(path) is None
    conn = sqlite3.connect(path)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM contacts")}
        touched = {
            r[0]
            for r in conn.execute(
                "SELECT c.name FROM contacts c JOIN touches t ON t.contact_id = c.id"
            )
        }
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    assert check == "ok"
    expected = {f"客户{n}" for n in reported}
    assert expected <= names
    assert expected <= touched
    assert reported, "the writer never committed"


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_few_kills_lose_no_reported_commit(tmp_path: Path) -> None:
    _kill_rounds(tmp_path, rounds=3, seed=1)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_fifty_kills_lose_no_reported_commit(tmp_path: Path) -> None:
    _kill_rounds(tmp_path, rounds=50, seed=2)
