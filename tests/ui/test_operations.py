"""The operation helper: typed results, one broadcast with the initiator, errors as messages."""

from __future__ import annotations

from typing import Any

from deskcrm.core.changes import Changes
from deskcrm.core.errors import DeskCRMError, ValidationError
from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts
from deskcrm.core.services.database import Database
from deskcrm.ui.operations import Op


def _listen(bridge: Any) -> list[tuple[Changes, object]]:
    heard: list[tuple[Changes, object]] = []
    bridge.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    return heard


def test_success_returns_the_value_and_broadcasts_once(bridge: Any, db: Database) -> None:
    heard = _listen(bridge)
    me = object()
    got: list[Any] = []
    result = (
        Op(bridge, lambda d: contacts.create_contact(d, ContactInput(name="张伟")), initiator=me)
        .success(got.append)
        .run()
    )
    assert result is not None and got == [result]
    cid, changes = result
    assert contacts.get_contact(db, cid).name == "张伟"
    assert heard == [(changes, me)]


def test_an_input_error_goes_to_the_form_and_nothing_is_broadcast(
    bridge: Any, shown_errors: list[str]
) -> None:
    heard = _listen(bridge)
    inline: list[DeskCRMError] = []
    result = (
        Op(bridge, lambda d: contacts.create_contact(d, ContactInput(name="  ")))
        .input_error(inline.append)
        .run()
    )
    assert result is None
    assert len(inline) == 1 and isinstance(inline[0], ValidationError)
    assert shown_errors == [] and heard == []


def test_an_unexpected_error_becomes_a_message_not_an_exception(
    bridge: Any, shown_errors: list[str]
) -> None:
    failed: list[BaseException] = []

    def boom(_db: Database) -> Changes:
        raise RuntimeError("disk on fire")

    assert Op(bridge, boom).failure(failed.append).run() is None
    assert shown_errors == ["Something went wrong: disk on fire"]
    assert isinstance(failed[0], RuntimeError)


def test_in_the_background_the_result_comes_back_on_the_gui_thread(
    bridge: Any, db: Database, qtbot: Any
) -> None:
    heard = _listen(bridge)
    got: list[Any] = []
    Op(
        bridge, lambda d: contacts.create_contact(d, ContactInput(name="李娜")), initiator=bridge
    ).success(got.append).run_in_background()
    qtbot.waitUntil(lambda: bool(got))
    cid, changes = got[0]
    assert contacts.get_contact(db, cid).name == "李娜"
    assert heard == [(changes, bridge)]


def test_a_caught_error_goes_to_the_screen_instead_of_a_box(
    bridge: Any, shown_errors: list[str]
) -> None:
    caught: list[LookupError] = []
    failed: list[BaseException] = []

    def missing(_db: Database) -> Changes:
        raise KeyError("plan item 7")

    def boom(_db: Database) -> Changes:
        raise RuntimeError("disk on fire")

    op = Op(bridge, missing).catch(LookupError, caught.append).failure(failed.append)
    assert op.run() is None
    assert isinstance(caught[0], KeyError) and shown_errors == []
    assert failed == caught  # failure still hears of it (e.g. to re-enable a button)
    # Errors of other kinds are still shown as usual.
    assert Op(bridge, boom).catch(LookupError, caught.append).run() is None
    assert len(caught) == 1 and shown_errors == ["Something went wrong: disk on fire"]
