"""Message templates (CRUD, unique names, placeholders, starters) and messaging a segment."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.conftest import Clock

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import ContactInput, ContactQuery, TouchKind
from deskcrm.core.services import (
    contacts,
    deals,
    messaging,
    settings_store,
    tagging,
    templates,
    touches,
)
from deskcrm.core.services.database import Database
from deskcrm.core.services.touches import TouchInput, log_touch
from deskcrm.db.models import MessageTemplate, Touch

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "templates"


def _reason(exc: pytest.ExceptionInfo[ValidationError]) -> tuple[str, str]:
    return exc.value.field, exc.value.reason


def test_create_copy_rename_update_delete(db: Database) -> None:
    tid, changes = templates.create_template(db, " 邀请  到店 ", "{address}您好！", "N")
    assert changes.templates
    info = templates.get_template(db, tid)
    assert (info.name, info.text, info.purpose, info.lang) == (
        "邀请 到店",
        "{address}您好！",
        "N",
        "",
    )
    copy_id, _ = templates.copy_template(db, tid, "邀请到店 2")
    assert templates.rename_template(db, copy_id, "周末邀请").templates
    templates.update_template(db, copy_id, text="{name}，周末见！", purpose="Y+O")
    listed = templates.list_templates(db)
    assert [(t.name, t.text, t.purpose) for t in listed] == [
        ("邀请 到店", "{address}您好！", "N"),
        ("周末邀请", "{name}，周末见！", "Y+O"),
    ]
    templates.delete_template(db, tid)
    assert [t.id for t in templates.list_templates(db)] == [copy_id]
    with pytest.raises(NotFound):
        templates.delete_template(db, tid)


def test_names_are_unique_ignoring_case(db: Database) -> None:
    tid, _ = templates.create_template(db, "Invite", "Hi {address}!")
    other, _ = templates.create_template(db, "Care", "Hi {name}!")
    with pytest.raises(ValidationError) as exc:
        templates.create_template(db, "INVITE", "Hello")
    assert _reason(exc) == ("name", "duplicate")
    with pytest.raises(ValidationError) as exc:
        templates.rename_template(db, other, " invite ")
    assert _reason(exc) == ("name", "duplicate")
    with pytest.raises(ValidationError) as exc:
        templates.copy_template(db, tid, "invite")
    assert _reason(exc) == ("name", "duplicate")
    templates.rename_template(db, tid, "invite")  # its own name in another case is fine
    with pytest.raises(ValidationError) as exc:
        templates.create_template(db, "  ", "Hello")
    assert _reason(exc) == ("name", "required")
    with db.reading() as s:
        assert s.scalar(select(func.count(MessageTemplate.id))) == 2


def test_unknown_placeholders_are_refused_at_save(db: Database) -> None:
    with pytest.raises(ValidationError) as exc:
        templates.create_template(db, "Typo", "{nmae}您好，{company}")
    assert _reason(exc) == ("text", "unknown_placeholder")
    assert exc.value.data["names"] == ["nmae"]
    tid, _ = templates.create_template(db, "Fine", "{name}")
    with pytest.raises(ValidationError) as exc:
        templates.update_template(db, tid, text="{product} {price}")
    assert exc.value.data["names"] == ["price"]
    with pytest.raises(ValidationError) as exc:
        templates.update_template(db, tid, purpose="x" * 17)
    assert _reason(exc) == ("purpose", "too_long")
    assert templates.get_template(db, tid).text == "{name}"


def test_starters_install_once_in_the_first_language_and_restore(db: Database) -> None:
    zh, en = (templates.load_file(FOLDER / f"{lang}.json") for lang in ("zh_CN", "en"))
    codes = ["N", "Y+O", "Y+M", "VIP", "festival", "birthday", "occasion", "repurchase", "M"]
    assert [t.purpose for t in zh] == codes and [t.purpose for t in en] == codes
    assert [t.key for t in zh] == [t.key for t in en]
    assert templates.install_defaults(db, FOLDER, "zh_CN")[0] == len(codes)
    assert templates.install_defaults(db, FOLDER, "zh_CN")[0] == 0
    # Started in Chinese, later opened in English: the English starters stay out...
    assert templates.install_defaults(db, FOLDER, "en") == (0, Changes())
    assert {t.lang for t in templates.list_templates(db)} == {"zh_CN"}
    invite = next(t for t in templates.list_templates(db) if t.builtin_key == "invite")
    templates.delete_template(db, invite.id)
    assert templates.install_defaults(db, FOLDER, "zh_CN")[0] == 0  # deleted stays deleted
    assert templates.install_defaults(db, FOLDER, "zh_CN", restore=True)[0] == 1
    # ...until the rep restores them in English.
    added, changes = templates.install_defaults(db, FOLDER, "en", restore=True)
    assert added == len(codes) and changes.templates
    listed = templates.list_templates(db)
    assert len(listed) == 2 * len(codes) and {t.lang for t in listed} == {"zh_CN", "en"}


def test_starters_wait_while_the_rep_has_only_own_templates(db: Database) -> None:
    templates.create_template(db, "我的", "{name}您好")
    assert templates.install_defaults(db, FOLDER, "en")[0] == 9  # own ones are not starters


def test_a_broken_starter_file_installs_nothing(db: Database, tmp_path: Path) -> None:
    bad = {"version": 1, "templates": [{"key": "a", "name": "A", "text": "{oops}"}]}
    (tmp_path / "en.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(templates.TemplateFileInvalid) as exc:
        templates.install_defaults(db, tmp_path, "en")
    assert exc.value.data["reason"] == "placeholder"
    assert templates.list_templates(db) == []


def _people(db: Database) -> dict[str, int]:
    female, _ = tagging.create_tag(db, "女", group="性别")
    male, _ = tagging.create_tag(db, "男", group="性别")
    ids = {}
    for name, title, company in (
        ("王丽", "", "星辰茶餐厅"),
        ("张伟", "总经理", "万象置业"),
        ("李明", "", ""),
    ):
        ids[name] = contacts.create_contact(
            db, ContactInput(name=name, title=title, company=company)
        )[0]
    tagging.tag_contacts(db, [ids["王丽"]], add=[female])
    tagging.tag_contacts(db, [ids["李明"]], add=[male])
    return ids


def test_segment_queue_fills_each_contact_and_flags_recent_messages(
    db: Database, clock: Clock
) -> None:
    ids = _people(db)
    deals.create_deal(db, deals.DealInput(ids["王丽"], title="净水器"))
    log_touch(db, TouchInput(ids["王丽"], TouchKind.WECHAT.value, next_step="月底再定"))
    tid, _ = templates.create_template(
        db, "关怀", "{address}您好！{product}用得还好吗？上次您说{last_promise}，这周方便吗？"
    )
    # 王丽 was messaged 3 days ago (within the 7 quiet days); a call does not count.
    clock.now += timedelta(days=3)
    log_touch(db, TouchInput(ids["张伟"], TouchKind.CALL.value))
    queue = messaging.segment_messages(db, ContactQuery(), tid)
    by_name = {m.name: m for m in queue}
    assert [m.contact_id for m in queue] == [ids["李明"], ids["王丽"], ids["张伟"]]  # list order
    assert by_name["王丽"].text == "王姐您好！净水器用得还好吗？上次您说月底再定，这周方便吗？"
    assert by_name["张伟"].text == "张总您好！这周方便吗？"
    assert by_name["李明"].text == "李哥您好！这周方便吗？"
    assert [m.recently_messaged for m in queue] == [False, True, False]
    # Past the quiet days nobody is flagged; the filter and the limit are the list's.
    settings_store.set_values(db, {"messages.quiet_days": 2})
    assert not any(m.recently_messaged for m in messaging.segment_messages(db, ContactQuery(), tid))
    only = messaging.segment_messages(db, ContactQuery(text="王"), tid)
    assert [m.name for m in only] == ["王丽"]
    assert len(messaging.segment_messages(db, ContactQuery(), tid, limit=2)) == 2


def _wechat_touches(db: Database) -> list[tuple[int, str]]:
    with db.reading() as s:
        return [
            (cid, notes)
            for cid, notes in s.execute(
                select(Touch.contact_id, Touch.notes)
                .where(Touch.kind == TouchKind.WECHAT.value)
                .order_by(Touch.id)
            )
        ]


def test_log_sent_writes_one_touch_per_contact(db: Database) -> None:
    ids = _people(db)
    tid, _ = templates.create_template(db, "Hi", "{address}好！")
    sent = [(ids["王丽"], "王姐好！"), (ids["张伟"], "张总好！"), (ids["王丽"], "again")]
    written, changes = messaging.log_sent(db, tid, sent)
    assert len(written) == 2 and changes.touches and changes.contacts == {ids["王丽"], ids["张伟"]}
    assert _wechat_touches(db) == [(ids["王丽"], "王姐好！"), (ids["张伟"], "张总好！")]
    assert contacts.get_contact(db, ids["王丽"], timeline=0).touch_count == 1
    assert messaging.log_sent(db, tid, [])[0] == []


def test_log_sent_over_the_daily_cap_writes_nothing(db: Database) -> None:
    ids = _people(db)
    tid, _ = templates.create_template(db, "Hi", "{address}好！")
    settings_store.set_values(db, {"messages.daily_cap": 2})
    log_touch(db, TouchInput(ids["李明"], TouchKind.WECHAT.value, notes="早上聊过"))
    with pytest.raises(ValidationError) as exc:
        messaging.log_sent(db, tid, [(ids["王丽"], "a"), (ids["张伟"], "b")])
    assert _reason(exc) == ("sent", "daily_cap")
    assert exc.value.data["already"] == 1 and exc.value.data["limit"] == 2
    assert _wechat_touches(db) == [(ids["李明"], "早上聊过")]
    assert len(messaging.log_sent(db, tid, [(ids["王丽"], "a")])[0]) == 1  # exactly at the cap
    # A contact that cannot be logged (in the trash) leaves nothing of the batch behind.
    contacts.trash_contacts(db, [ids["张伟"]])
    settings_store.set_values(db, {"messages.daily_cap": 50})
    with pytest.raises(NotFound):
        messaging.log_sent(db, tid, [(ids["李明"], "x"), (ids["张伟"], "y")])
    assert len(_wechat_touches(db)) == 2


def test_delete_touches_removes_the_batch_and_refreshes_summaries(db: Database) -> None:
    ids = _people(db)
    tid, _ = templates.create_template(db, "Hi", "{address}好！")
    kept, _ = log_touch(db, TouchInput(ids["李明"], TouchKind.WECHAT.value, notes="早上聊过"))
    written, _ = messaging.log_sent(db, tid, [(ids["王丽"], "a"), (ids["李明"], "b")])
    changes = touches.delete_touches(db, written)
    assert changes.touches and changes.contacts == {ids["王丽"], ids["李明"]}
    assert _wechat_touches(db) == [(ids["李明"], "早上聊过")]
    assert contacts.get_contact(db, ids["王丽"], timeline=0).touch_count == 0
    assert contacts.get_contact(db, ids["李明"], timeline=0).touch_count == 1
    with pytest.raises(NotFound):  # one already gone: nothing of the batch is deleted
        touches.delete_touches(db, [kept, written[0]])
    assert _wechat_touches(db) == [(ids["李明"], "早上聊过")]
