"""`deskcrm plan DATE --draft --json` words the occasion and segment reasons, in the
setting's language, with the template purposes that suit each line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from deskcrm.cli import main
from deskcrm.commands import CommandContext
from deskcrm.core.model import BuiltinTag, ContactInput
from deskcrm.core.services import contacts, settings_store, tagging
from deskcrm.db.models import Contact
from deskcrm.paths import DataPaths

DAY = date(2027, 2, 4)  # 春节 2027 is on 6 February (the lunar library says so)


@pytest.fixture
def restore_language(qapp: Any) -> Iterator[None]:
    """The command installs the UI language's translators; take them out afterwards."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from deskcrm.ui import i18n

    before = QLocale()
    yield
    for translator in i18n._installed:
        QCoreApplication.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(before)


def _seed(folder: Path) -> None:
    ctx = CommandContext(DataPaths(folder), None)
    try:
        db = ctx.open_db()
        contacts.create_contact(db, ContactInput(name="寿星", birthday="1980-02-05"))
        vip, _ = contacts.create_contact(db, ContactInput(name="贵宾"))
        new, _ = contacts.create_contact(db, ContactInput(name="新客"))
        with db.reading() as s:
            ids = tagging.builtin_ids(s)
        # A VIP called recently (so the festival greeting is its line) and an N contact.
        tagging.tag_contacts(db, [vip], add=[ids[BuiltinTag.VIP]])
        db_now = db.now()
        with db.unit() as s:
            row = s.get(Contact, vip)
            assert row is not None
            row.last_call_at = db_now
        tagging.tag_contacts(db, [new], add=[ids[BuiltinTag.N]])
        settings_store.set_values(db, {"ui.language": "zh_CN"})
    finally:
        ctx.close()


def test_draft_json_words_the_new_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_language: None
) -> None:
    folder = tmp_path / "data"
    _seed(folder)
    assert main(["--data-dir", str(folder), "plan", DAY.isoformat(), "--draft", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    lines = {r["contact_name"]: r for r in doc["lines"]}
    assert lines["寿星"]["reason"] == "birthday"
    assert (lines["寿星"]["task"], lines["寿星"]["why"]) == ("生日祝福", "2027-02-05 当天")
    assert lines["寿星"]["template_purposes"] == ["birthday"]
    assert lines["贵宾"]["reason"] == "festival" and lines["贵宾"]["detail"] == "spring"
    assert lines["贵宾"]["task"] == "春节问候" and lines["贵宾"]["due"] == "2027-02-06"
    assert lines["贵宾"]["template_purposes"] == ["festival"]
    assert lines["新客"]["reason"] == "invite" and lines["新客"]["template_purposes"] == ["N"]
    assert lines["新客"]["task"] == "邀请到店" and lines["新客"]["why"] == "尚未到店 · 从未联系"
    # A VIP's greeting is worth more than a birthday; the invitation ranks last.
    assert [r["contact_name"] for r in doc["lines"]] == ["贵宾", "寿星", "新客"]
    assert (
        main(["--data-dir", str(folder), "--lang", "en", "plan", DAY.isoformat(), "--draft"]) == 0
    )
    out = capsys.readouterr().out
    assert "寿星 · Birthday greeting  — on 2027-02-05" in out
    assert "贵宾 · Spring Festival greeting  — on 2027-02-06" in out
    assert "新客 · Invite to visit  — not visited yet · never touched" in out
