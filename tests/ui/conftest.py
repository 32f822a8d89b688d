"""UI fixtures: a Bridge over the test database, and no modal dialogs left blocking a test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from deskcrm.core.services.database import Database


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error boxes the bridge would have shown (their text), instead of blocking on exec()."""
    from deskcrm.ui.bridge import Bridge
    from deskcrm.ui.i18n import error_message

    seen: list[str] = []

    def record(self: Bridge, exc: BaseException, parent: Any = None) -> None:
        seen.append(error_message(exc))

    monkeypatch.setattr(Bridge, "show_error", record)
    return seen


@pytest.fixture
def bridge(db: Database, qtbot: Any, shown_errors: list[str]) -> Iterator[Any]:
    from deskcrm.ui.bridge import Bridge

    b = Bridge(db)
    yield b
    b.pool.waitForDone(5000)
