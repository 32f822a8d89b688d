"""The backups page: back up now, list, and restore while the app keeps running."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts
from deskcrm.core.services.startup import open_database
from deskcrm.paths import DataPaths
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.screens.settings.screen import SettingsScreen


def test_back_up_then_restore_in_the_running_app(qtbot: Any, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    db = open_database(paths.default_db_url())
    bridge = Bridge(db, paths=paths)
    try:
        contacts.create_contact(db, ContactInput(name="张伟"))
        screen = SettingsScreen(bridge)
        qtbot.addWidget(screen)
        panel = screen.backups
        assert panel.table.rowCount() == 0
        assert "No backups yet" in panel.info.text()
        panel.back_up_now()
        assert panel.table.rowCount() == 1
        assert panel.table.item(0, 1).text() == "By hand"
        contacts.create_contact(db, ContactInput(name="李娜"))
        heard: list[object] = []
        bridge.changed.connect(lambda changes, _who: heard.append(changes))
        panel.table.selectRow(0)
        assert panel.restore_button.isEnabled()
        asked: list[Path] = []
        panel.confirm = lambda path: asked.append(path) or True
        panel.restore_selected()
        assert asked and asked[0].name.endswith("-manual.sqlite3")
        # The same Database object now reads the restored file.
        names = [r.name for r in contacts.find_by_name(db, "李娜")]
        assert names == []
        assert [r.name for r in contacts.find_by_name(db, "张伟")] == ["张伟"]
        assert heard, "screens were told to reload"
        reasons = sorted(panel.table.item(r, 1).text() for r in range(panel.table.rowCount()))
        assert reasons == ["Before a restore", "By hand"]
    finally:
        bridge.pool.waitForDone()
        db.dispose()


def test_declined_restore_changes_nothing(qtbot: Any, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    db = open_database(paths.default_db_url())
    bridge = Bridge(db, paths=paths)
    try:
        screen = SettingsScreen(bridge)
        qtbot.addWidget(screen)
        panel = screen.backups
        panel.back_up_now()
        contacts.create_contact(db, ContactInput(name="李娜"))
        panel.confirm = lambda path: False
        assert panel.restore(panel.infos[0].path) is False
        assert [r.name for r in contacts.find_by_name(db, "李娜")] == ["李娜"]
    finally:
        db.dispose()


def test_without_a_data_folder_the_page_explains(qtbot: Any, bridge: Bridge) -> None:
    screen = SettingsScreen(bridge)
    qtbot.addWidget(screen)
    assert not screen.backups.backup_button.isEnabled()
    assert "not one" in screen.backups.info.text()
