"""Through the main window: a click on a chart bar lands on the Contacts screen listing them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from deskcrm.core.model import ContactInput, TouchKind
from deskcrm.core.services import contacts, touches
from deskcrm.core.services.database import Database
from deskcrm.paths import DataPaths
from deskcrm.ui.mainwindow import MainWindow
from deskcrm.ui.screens.charts.screen import ChartsScreen
from deskcrm.ui.screens.contacts.screen import ContactsScreen


def test_a_bar_click_shows_its_contacts(
    qtbot: Any, bridge: Any, db: Database, tmp_path: Path
) -> None:
    ids = [contacts.create_contact(db, ContactInput(name=n))[0] for n in ("赵敏", "钱伟", "孙丽")]
    for cid in ids[:2]:
        touches.log_touch(
            db,
            touches.TouchInput(
                contact_id=cid, kind=TouchKind.VISIT, at=db.now() - timedelta(days=2)
            ),
        )
    window = MainWindow(bridge, DataPaths(tmp_path / "data").ensure())
    qtbot.addWidget(window)
    window.show()
    charts = window.screen_for("charts")
    assert isinstance(charts, ChartsScreen)
    with qtbot.waitSignal(charts.loaded, timeout=20000):
        window.show_screen("charts")
    day = len(charts.dashboard.touches.days) - 3  # type: ignore[union-attr]
    point = charts.touches.plot.widget_point(day, 1.0).toPoint()
    QTest.mouseClick(
        charts.touches.plot.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        point,
    )
    assert window.current_key() == "contacts"
    screen = window.screens["contacts"]
    assert isinstance(screen, ContactsScreen)
    qtbot.waitUntil(lambda: sorted(screen.model.ids()) == sorted(ids[:2]))
    assert screen.subset_bar.isVisible()
    window.close()
