"""The export dialog: CSV, XLSX or vCard, all contacts or the ones shown, off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.errors import DeskCRMError
from deskcrm.core.io.export import ExportFormat
from deskcrm.core.services import exports
from deskcrm.core.services.exports import ExportResult
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.dialogs.import_wizard import ProgressRelay
from deskcrm.ui.file_places import start_path
from deskcrm.ui.i18n import error_message, ui_language
from deskcrm.ui.operations import Op

SUFFIXES = {ExportFormat.CSV: ".csv", ExportFormat.XLSX: ".xlsx", ExportFormat.VCARD: ".vcf"}


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        bridge: Bridge,
        parent: QWidget | None = None,
        contact_ids: Sequence[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.contact_ids = list(contact_ids) if contact_ids is not None else None
        self.result_info: ExportResult | None = None
        self.setWindowTitle(self.tr("Export contacts"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("File to write"))
        self.path.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)
        self.fmt = QComboBox()
        self.fmt.addItem(self.tr("CSV for Excel (.csv)"), ExportFormat.CSV.value)
        self.fmt.addItem(self.tr("Excel workbook (.xlsx)"), ExportFormat.XLSX.value)
        self.fmt.addItem(self.tr("vCard for phones (.vcf)"), ExportFormat.VCARD.value)
        self.fmt.currentIndexChanged.connect(self._format_changed)
        form.addRow(self.tr("Format:"), self.fmt)
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Chinese"), "zh_CN")
        self.lang.addItem(self.tr("English"), "en")
        self.lang.setCurrentIndex(self.lang.findData(ui_language()))
        form.addRow(self.tr("Column headers:"), self.lang)
        layout.addLayout(form)
        self.everyone = QRadioButton(self.tr("All contacts"))
        self.only_chosen = QRadioButton()
        if self.contact_ids is not None:
            count = len(self.contact_ids)
            self.only_chosen.setText(
                QCoreApplication.translate("ExportDialog", "The %n contact(s) shown", "", count)
            )
            self.only_chosen.setChecked(True)
        else:
            self.only_chosen.setVisible(False)
            self.everyone.setChecked(True)
        layout.addWidget(self.everyone)
        layout.addWidget(self.only_chosen)
        note = QLabel(
            self.tr(
                "Cells starting with = + - or @ get an apostrophe in front, so a spreadsheet "
                "never runs them as formulas."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._syncing = False
        self._update_button()

    def _browse(self) -> None:
        fmt = ExportFormat(self.fmt.currentData())
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export contacts"),
            self.path.text() or start_path(f"contacts{SUFFIXES[fmt]}"),
            self.tr("Contacts (*.csv *.xlsx *.vcf)"),
        )
        if name:
            self.path.setText(name)

    def _path_changed(self) -> None:
        if self._syncing:
            return
        suffix = Path(self.path.text()).suffix.lower()
        for fmt, known in SUFFIXES.items():
            if suffix == known:
                self._syncing = True
                self.fmt.setCurrentIndex(self.fmt.findData(fmt.value))
                self._syncing = False
        self._update_button()

    def _format_changed(self) -> None:
        if self._syncing:
            return
        text = self.path.text().strip()
        if text:
            wanted = SUFFIXES[ExportFormat(self.fmt.currentData())]
            path = Path(text)
            if path.suffix.lower() != wanted:
                base = path.with_suffix("") if path.suffix.lower() in SUFFIXES.values() else path
                self._syncing = True
                self.path.setText(str(base) + wanted)
                self._syncing = False
        self._update_button()

    def _update_button(self) -> None:
        self.export_button.setEnabled(bool(self.path.text().strip()))

    def _target(self) -> Path:
        path = Path(self.path.text().strip())
        wanted = SUFFIXES[ExportFormat(self.fmt.currentData())]
        return path if path.suffix.lower() == wanted else Path(str(path) + wanted)

    def _export(self) -> None:
        target = self._target()
        ids = self.contact_ids if self.only_chosen.isChecked() else None
        relay = ProgressRelay(self)
        dialog = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 1000, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.canceled.connect(relay.cancelled.set)
        relay.changed.connect(
            lambda d, t: dialog.setValue(int(1000 * min(d, t) / t)) if t > 0 else None
        )
        self.export_button.setEnabled(False)

        def done(result: ExportResult) -> None:
            dialog.hide()
            dialog.deleteLater()
            self.result_info = result
            count = result.count  # pyside6-lupdate misses an attribute as the count
            text = QCoreApplication.translate(
                "ExportDialog", "Exported %n contact(s) to %1.", "", count
            )
            self.bridge.status.emit(text.replace("%1", result.path))
            self.exported.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            dialog.hide()
            dialog.deleteLater()
            self._update_button()
            if isinstance(exc, DeskCRMError):
                self.status.setText(error_message(exc))
            else:
                self.bridge.show_error(exc, self)

        fmt, lang = ExportFormat(self.fmt.currentData()), self.lang.currentData()
        (
            Op(
                self.bridge,
                lambda db: exports.export_contacts(
                    db, target, contact_ids=ids, fmt=fmt, lang=lang, progress=relay
                ),
                parent=self,
            )
            .success(done)
            .catch(BaseException, failed)
            .run_in_background()
        )


def open_export_dialog(
    bridge: Bridge, parent: QWidget | None, contact_ids: Sequence[int] | None = None
) -> ExportDialog:
    """Show the export dialog; `contact_ids` offers "the contacts shown" (the current view)."""
    dialog = ExportDialog(bridge, parent, contact_ids)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
