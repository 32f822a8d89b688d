"""The backups page: list the copies, take one now, restore one while the app keeps running."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.changes import EVERYTHING
from deskcrm.core.services import backup
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.file_places import remember, start_path
from deskcrm.ui.operations import Op
from deskcrm.ui.vocabulary.dates import datetime_text


class BackupsPanel(QWidget):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        # Tests answer the confirmation instead of a person (a modal box would block).
        self.confirm = self._ask
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setToolTip(self.tr("Write a verified copy of your data now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore selected…"))
        self.restore_button.setToolTip(
            self.tr(
                "Replace your data with the selected copy; your current data is backed up first"
            )
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from file…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_file_button)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        self.infos: list[backup.BackupInfo] = []
        self.refresh()

    def _available(self) -> bool:
        return self.bridge.paths is not None and backup.database_file(self.bridge.db) is not None

    def refresh(self) -> None:
        self.table.setRowCount(0)
        if not self._available():
            self.info.setText(
                self.tr(
                    "Backups are made of the local database file only; this database is not one."
                )
            )
            for b in (self.backup_button, self.restore_button, self.restore_file_button):
                b.setEnabled(False)
            return
        assert self.bridge.paths is not None
        self.infos = backup.list_backups(self.bridge.paths)
        self.info.setText(
            self.tr(
                "DeskCRM backs up your data when it starts (once a day) and when it closes, "
                "and keeps daily, weekly and monthly copies in %1"
            ).replace("%1", str(self.bridge.paths.backups))
            if self.infos
            else self.tr(
                "No backups yet. One is taken when DeskCRM starts and when it closes, or now "
                "with “Back up now”."
            )
        )
        locale = QLocale()
        reasons = {
            "auto": self.tr("Automatic"),
            "exit": self.tr("On closing"),
            "manual": self.tr("By hand"),
            "pre-migration": self.tr("Before upgrade"),
            "pre-restore": self.tr("Before a restore"),
        }
        self.table.setRowCount(len(self.infos))
        for row, item in enumerate(self.infos):
            cells = (
                datetime_text(item.created_at),
                reasons.get(item.reason, item.reason),
                locale.formattedDataSize(item.size),
            )
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, str(item.path))
                self.table.setItem(row, col, cell)
        self.backup_button.setEnabled(True)
        self.restore_file_button.setEnabled(True)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self._available() and bool(self.table.selectedItems()))

    def selected_path(self) -> Path | None:
        items = self.table.selectedItems()
        return Path(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def back_up_now(self) -> None:
        paths = self.bridge.paths
        assert paths is not None
        Op(self.bridge, lambda db: backup.backup_now(db, paths, "manual"), parent=self).success(
            lambda _info: self.bridge.status.emit(self.tr("Backup written"))
        ).run()
        self.refresh()

    def restore_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.restore(path)

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from file"),
            start_path(),
            self.tr("DeskCRM database (*.sqlite3 *.db)"),
        )
        remember(name)
        if name:
            self.restore(Path(name))

    def _ask(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace your current data with the copy “%1”? Your current data is backed "
                "up first, so this can be reversed."
            ).replace("%1", path.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, path: Path) -> bool:
        """Restore `path` over the live database; the app keeps running on the restored data."""
        if self.bridge.paths is None or not self.confirm(path):
            return False
        target = backup.database_file(self.bridge.db)
        assert target is not None
        # No worker may hold a connection while the file is replaced; the engine
        # reconnects to the new file on its next use.
        self.bridge.pool.waitForDone()
        self.bridge.db.engine.dispose()
        paths, now = self.bridge.paths, self.bridge.db.now()
        # The restore copies files; it needs no session (and must not open one).
        restored = Op(
            self.bridge, lambda _db: backup.restore(paths, path, now, target=target), parent=self
        ).run()
        self.bridge.db.engine.dispose()
        if restored is None:
            return False
        self.bridge.undo_stack.clear()
        # Any table may differ now. No service returns that as Changes (the restore
        # works on files, not rows), so the panel says it to every screen itself.
        self.bridge.broadcast(EVERYTHING, self)
        self.bridge.status.emit(self.tr("Backup restored"))
        self.refresh()
        return True
