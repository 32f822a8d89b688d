"""File dialogs start in the folder the rep used last, else Documents, never the working folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from deskcrm.ui import file_places


def test_the_first_dialog_starts_in_documents_then_in_the_last_folder(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_places, "_last_folder", None)
    monkeypatch.chdir(tmp_path)
    first = Path(file_places.start_path("plan-2026-03-05.pdf"))
    assert first.name == "plan-2026-03-05.pdf"
    assert first.parent != Path(os.getcwd())
    picked = tmp_path / "sheets" / "plan.pdf"
    picked.parent.mkdir()
    assert file_places.remember(str(picked)) == str(picked)
    assert Path(file_places.start_path("contacts.csv")) == picked.parent / "contacts.csv"
    file_places.remember("")  # a cancelled dialog changes nothing
    assert Path(file_places.start_path()) == picked.parent
