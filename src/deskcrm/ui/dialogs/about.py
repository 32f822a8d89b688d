"""The About dialog: name, version, where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from deskcrm import __version__


def show_about(parent: QWidget, data_dir: str) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("AboutDialog", "About DeskCRM"),
        QCoreApplication.translate(
            "AboutDialog",
            "<h3>DeskCRM %1</h3><p>A desktop CRM for one salesperson: plan tomorrow, "
            "call, tag after visits.</p><p>Data folder: %2</p>",
        )
        .replace("%1", __version__)
        .replace("%2", data_dir),
    )
