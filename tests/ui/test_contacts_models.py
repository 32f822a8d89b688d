"""The contacts table model: Qt's model checks, paging by id, caching, chips and overdue colours."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from deskcrm.core.model import BuiltinTag, ContactInput, ContactQuery, ContactRow, TagInfo
from deskcrm.core.services import contact_list, contacts, tagging
from deskcrm.core.services.database import Database
from deskcrm.ui.screens.contacts.table_model import (
    CHIPS_ROLE,
    CONTACT_ID_ROLE,
    Column,
    ContactTableModel,
)
from deskcrm.ui.screens.contacts.tag_manager import TagListModel
from deskcrm.ui.widgets.tag_chip import Chip

TODAY = date(2026, 3, 4)


def _synthetic_rows(ids: Sequence[int]) -> list[ContactRow]:
    return [
        ContactRow(
            id=i,
            name=f"客户{i}",
            company="",
            tag_ids=(1,) if i % 2 else (),
            class_code=None,
            touch_count=i % 7,
            last_touch_at=None,
            next_follow_up=None,
        )
        for i in ids
        if i % 1000 != 999  # some ids vanished meanwhile (deleted by another action)
    ]


class Recorder:
    def __init__(self) -> None:
        self.calls: list[list[int]] = []

    def __call__(self, ids: Sequence[int]) -> list[ContactRow]:
        self.calls.append(list(ids))
        return _synthetic_rows(ids)


def test_model_passes_qt_checks_over_a_real_database(db: Database, qtmodeltester: Any) -> None:
    with db.reading() as s:
        b = tagging.builtin_ids(s)
    for name, tags in (
        ("张伟", (BuiltinTag.Y, BuiltinTag.VIP)),
        ("李娜", ()),
        ("王芳", (BuiltinTag.N,)),
    ):
        contacts.create_contact(db, ContactInput(name=name), tag_ids=tuple(b[t] for t in tags))
    model = ContactTableModel(lambda ids: contact_list.rows_by_ids(db, ids), db.today)
    model.set_tags(tagging.list_tags(db))
    model.set_ids(contact_list.contact_ids(db, ContactQuery()))
    qtmodeltester.check(model)
    assert [model.index(r, Column.NAME).data() for r in range(3)] == ["李娜", "王芳", "张伟"]
    assert model.index(2, Column.TAGS).data(CHIPS_ROLE) == [
        Chip("Y", "#2e7d32"),
        Chip("VIP", "#c62828"),
    ]


def test_a_huge_list_is_fetched_one_page_at_a_time_and_never_whole() -> None:
    fetch = Recorder()
    model = ContactTableModel(fetch, lambda: TODAY, page_size=200, cache_limit=1000)
    model.set_ids(list(range(100_000)))
    assert model.rowCount() == 100_000
    assert fetch.calls == []  # nothing is loaded until a row is shown
    assert model.index(50_123, Column.NAME).data() == "客户50123"
    assert fetch.calls == [list(range(50_000, 50_200))]
    model.index(50_199, Column.TOUCHES).data()
    assert len(fetch.calls) == 1  # same page: served from the cache
    for page in range(10):
        model.index(page * 200, 0).data()
    assert model.cached_count() <= 1000  # the cache is bounded
    assert model.index(999, Column.NAME).data() is None  # vanished id: blank, no error
    assert model.index(999, 0).data(CONTACT_ID_ROLE) == 999


def test_invalidate_refetches_only_changed_rows(qtbot: Any) -> None:
    fetch = Recorder()
    model = ContactTableModel(fetch, lambda: TODAY)
    model.set_ids([5, 6, 7])
    model.index(0, 0).data()
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.invalidate([6])
    assert signal.args[0].row() == 1 and signal.args[1].row() == 1
    model.index(1, 0).data()
    assert fetch.calls[-1] == [6]


def test_overdue_follow_up_is_red_and_today_bold() -> None:
    rows = {
        1: ContactRow(
            1, "甲", "", (), "A", 3, datetime(2026, 3, 1, 4, tzinfo=UTC), date(2026, 3, 1)
        ),
        2: ContactRow(2, "乙", "", (), None, 0, None, TODAY),
        3: ContactRow(3, "丙", "", (), None, 0, None, date(2026, 3, 9)),
    }
    model = ContactTableModel(lambda ids: [rows[i] for i in ids], lambda: TODAY)
    model.set_ids([1, 2, 3])
    overdue = model.index(0, Column.NEXT_FOLLOW_UP)
    brush = overdue.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == "#c62828"
    assert "3" in overdue.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, Column.NEXT_FOLLOW_UP).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, Column.NEXT_FOLLOW_UP).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(2, Column.NEXT_FOLLOW_UP).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(0, Column.CLASS).data() == "A"
    assert model.index(0, Column.TOUCHES).data() == 3
    assert model.index(0, Column.LAST_TOUCH).data() != ""


@pytest.mark.parametrize(
    ("column", "key", "descending"),
    [(Column.TOUCHES, "touches", True), (Column.NAME, "name", False)],
)
def test_header_sort_asks_for_sql_order(
    qtbot: Any, column: Column, key: str, descending: bool
) -> None:
    model = ContactTableModel(lambda ids: [], lambda: TODAY)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    with qtbot.waitSignal(model.sort_requested) as signal:
        model.sort(column, order)
    assert signal.args == [key, descending]
    with qtbot.assertNotEmitted(model.sort_requested):
        model.sort(Column.TAGS, order)


def test_tag_list_model_passes_qt_checks(db: Database, qtmodeltester: Any) -> None:
    tagging.create_tag(db, "北京", group="城市", color="#1565c0")
    model = TagListModel()
    model.set_tags(tagging.list_tags(db, with_counts=True))
    qtmodeltester.check(model)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Y", "N", "M", "O", "VIP", "北京"]
    assert model.index(5, 1).data() == "城市"


def test_chips_skip_deleted_tags() -> None:
    model = ContactTableModel(lambda ids: [], lambda: TODAY)
    model.set_tags([TagInfo(1, "A", "#000000"), TagInfo(2, "B", "#ffffff")])
    assert model.chips([2, 9, 1]) == [Chip("A", "#000000"), Chip("B", "#ffffff")]
