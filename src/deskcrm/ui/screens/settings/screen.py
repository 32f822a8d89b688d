"""The settings screen: every declared setting as a form field, validated by the core."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.errors import ValidationError
from deskcrm.core.services import settings_store
from deskcrm.core.settings import DECLARATIONS, SettingDecl, declaration
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.screens.base import Screen
from deskcrm.ui.screens.settings.backups_panel import BackupsPanel

LIST_SEPARATOR = ","


class SettingsScreen(Screen):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        self.editors: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("Settings"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        outer.addWidget(heading)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs, 1)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        scroll = QScrollArea(general)
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.form = QFormLayout(body)
        scroll.setWidget(body)
        general_layout.addWidget(scroll, 1)
        labels = self.labels()
        for decl in DECLARATIONS:
            editor = self._editor(decl)
            editor.setToolTip(labels[decl.key][1])
            self.editors[decl.key] = editor
            label = QLabel(labels[decl.key][0])
            label.setToolTip(labels[decl.key][1])
            self.form.addRow(label, editor)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.note = QLabel()
        buttons.addWidget(self.note)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        general_layout.addLayout(buttons)
        self.tabs.addTab(general, self.tr("General"))
        self.backups = BackupsPanel(bridge)
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.load()

    def labels(self) -> dict[str, tuple[str, str]]:
        """Label and tooltip of each setting in the UI language."""
        return {
            "ui.language": (
                self.tr("Language"),
                self.tr("Takes effect the next time DeskCRM starts"),
            ),
            "phone.default_region": (
                self.tr("Default phone region"),
                self.tr("Two-letter region for numbers typed without +country code, e.g. CN"),
            ),
            "plan.daily_capacity": (
                self.tr("Sales items a day can hold"),
                self.tr("A draft of the plan ticks only this many sales items; 1-200"),
            ),
            "plan.evening_hour": (
                self.tr("Plan opens on tomorrow from (hour)"),
                self.tr("From this hour on, the plan screen shows tomorrow"),
            ),
            "plan.reminder_enabled": (
                self.tr("Evening reminder to plan tomorrow"),
                self.tr("Show a reminder in the evening"),
            ),
            "plan.reminder_time": (
                self.tr("Reminder time (HH:MM)"),
                self.tr("When the reminder appears"),
            ),
            "plan.non_sales_warn_share": (
                self.tr("Warn when non-sales work exceeds"),
                self.tr("Share of a week's done items (0–1)"),
            ),
            "class.window_a_days": (
                self.tr("Class A window (days)"),
                self.tr("3 to 10 days; default 7"),
            ),
            "class.window_b_days": (
                self.tr("Class B window (days)"),
                self.tr("Default about 20 days"),
            ),
            "class.window_c_days": (
                self.tr("Class C window (days)"),
                self.tr("Default about 30 days"),
            ),
            "scoring.industries": (
                self.tr("Target industries"),
                self.tr("At most 3, separated by commas"),
            ),
            "scoring.positions": (
                self.tr("Target positions"),
                self.tr("1 to 3, separated by commas"),
            ),
            "scoring.regions": (self.tr("Target regions"), self.tr("Separated by commas")),
            "scoring.trigger_events": (
                self.tr("Trigger events"),
                self.tr("e.g. merger, management change; commas between"),
            ),
            "scoring.weight_industry": (
                self.tr("Industry weight"),
                self.tr("2 very, 1 somewhat, 0 not"),
            ),
            "scoring.weight_position": (
                self.tr("Position weight"),
                self.tr("2 very, 1 somewhat, 0 not"),
            ),
            "scoring.weight_region": (
                self.tr("Region weight"),
                self.tr("2 very, 1 somewhat, 0 not"),
            ),
            "scoring.weight_trigger": (
                self.tr("Trigger event weight"),
                self.tr("2 very, 1 somewhat, 0 not"),
            ),
            "referral.weekly_goal": (self.tr("Referrals wanted per week"), self.tr("Default 1")),
            "deal.stages": (self.tr("Deal stages"), self.tr("In order, separated by commas")),
            "deal.lost_reasons": (self.tr("Lost reasons"), self.tr("Separated by commas")),
            "backup.keep_daily": (self.tr("Daily backups kept"), self.tr("Default 7")),
            "backup.keep_weekly": (self.tr("Weekly backups kept"), self.tr("Default 4")),
            "backup.keep_monthly": (self.tr("Monthly backups kept"), self.tr("Default 12")),
        }

    def _editor(self, decl: SettingDecl) -> QWidget:
        if decl.key == "ui.language":
            combo = QComboBox()
            combo.addItem(self.tr("Follow the system"), "system")
            combo.addItem("简体中文", "zh_CN")
            combo.addItem("English", "en")
            return combo
        if decl.type is bool:
            return QCheckBox()
        if decl.type is int:
            spin = QSpinBox()
            spin.setRange(0, 10_000)
            return spin
        if decl.type is float:
            dspin = QDoubleSpinBox()
            dspin.setRange(0.0, 1.0)
            dspin.setSingleStep(0.05)
            return dspin
        return QLineEdit()

    def load(self) -> None:
        values = settings_store.get_all(self.bridge.db)
        for key, editor in self.editors.items():
            self._set(editor, values[key])
        self.note.clear()

    @staticmethod
    def _set(editor: QWidget, value: Any) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.setValue(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(f"{LIST_SEPARATOR} ".join(value) if isinstance(value, list) else value)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for decl in DECLARATIONS:
            editor = self.editors[decl.key]
            if isinstance(editor, QComboBox):
                out[decl.key] = editor.currentData()
            elif isinstance(editor, QCheckBox):
                out[decl.key] = editor.isChecked()
            elif isinstance(editor, QSpinBox | QDoubleSpinBox):
                out[decl.key] = editor.value()
            elif isinstance(editor, QLineEdit):
                text = editor.text()
                if decl.type is list:
                    parts = text.replace("，", LIST_SEPARATOR).split(LIST_SEPARATOR)
                    out[decl.key] = [p.strip() for p in parts if p.strip()]
                else:
                    out[decl.key] = text.strip()
        return out

    def save(self) -> bool:
        values = self.values()
        labels = self.labels()
        for key, value in values.items():
            try:
                declaration(key).validate(value)
            except ValidationError:
                self.note.setText(
                    self.tr("“%1” is not valid: %2")
                    .replace("%1", labels[key][0])
                    .replace("%2", labels[key][1])
                )
                self.editors[key].setFocus()
                return False
        ok, _ = self.bridge.call(settings_store.set_values, values, initiator=self)
        if ok:
            self.note.setText(self.tr("Saved."))
            self.bridge.status.emit(self.tr("Settings saved"))
        return ok

    def on_shown(self) -> None:
        self.load()
        self.backups.refresh()
