"""The templates manager's services: one-step save and the preview of an unsaved text."""

from __future__ import annotations

import pytest

from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts, messaging, templates
from deskcrm.core.services.database import Database


def test_preview_fills_an_unsaved_text_and_refuses_unknown_placeholders(db: Database) -> None:
    cid, _ = contacts.create_contact(
        db, ContactInput(name="张伟", phones=(), company="华为", title="总经理")
    )
    text = "{address}您好，{company}最近怎么样？{product}用得还好吗？"
    assert messaging.preview_message(db, text, cid) == "张总您好，华为最近怎么样？"
    with pytest.raises(ValidationError) as refused:
        messaging.preview_message(db, "{nmae}您好", cid)
    assert refused.value.reason == "unknown_placeholder"
    with pytest.raises(NotFound):
        messaging.preview_message(db, "{name}", cid + 99)


def test_save_template_changes_all_or_nothing(db: Database) -> None:
    one, _ = templates.create_template(db, "One", "hi {name}", "N")
    templates.create_template(db, "Two", "bye {name}", "")
    templates.save_template(db, one, "Uno", "hola {name}", "VIP")
    saved = templates.get_template(db, one)
    assert (saved.name, saved.text, saved.purpose) == ("Uno", "hola {name}", "VIP")
    with pytest.raises(ValidationError):
        templates.save_template(db, one, "two", "changed {name}", "")
    kept = templates.get_template(db, one)
    assert (kept.name, kept.text) == ("Uno", "hola {name}")
