"""`deskcrm contacts` reads in pages, so any number of contacts fits SQLite's bound-value limit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deskcrm.cli import main
from deskcrm.commands import contacts as contacts_command


def test_pages_give_the_same_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = str(tmp_path / "data")
    assert main(["--data-dir", folder, "seed-demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", folder, "contacts", "--json"]) == 0
    whole = json.loads(capsys.readouterr().out)
    assert main(["--data-dir", folder, "contacts"]) == 0
    table = capsys.readouterr().out
    monkeypatch.setattr(contacts_command, "PAGE", 7)
    assert main(["--data-dir", folder, "contacts", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == whole
    assert main(["--data-dir", folder, "contacts"]) == 0
    assert capsys.readouterr().out == table
    assert len(whole) >= 300
    assert all(p.startswith("+86") for c in whole for p in c["phones"])
    assert any(c["notes"] for c in whole)
