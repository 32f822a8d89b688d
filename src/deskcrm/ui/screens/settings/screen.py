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
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.errors import ValidationError
from deskcrm.core.services import settings_store
from deskcrm.core.settings import DECLARATIONS, SettingDecl, declaration
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.screens.base import Screen

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
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.form = QFormLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
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
        outer.addLayout(buttons)
        self.load()

    def labels(self) -> dict[str, tuple[str, str]]:
        """Label and tooltip of each setting in the UI language."""
        t = self.tr
        return {
            "ui.language": (t("Language"), t("Takes effect the next time DeskCRM starts")),
            "phone.default_region": (
                t("Default phone region"),
                t("Two-letter region for numbers typed without +country code, e.g. CN"),
            ),
            "plan.evening_hour": (
                t("Plan opens on tomorrow from (hour)"),
                t("From this hour on, the plan screen shows tomorrow"),
            ),
            "plan.reminder_enabled": (
                t("Evening reminder to plan tomorrow"),
                t("Show a reminder in the evening"),
            ),
            "plan.reminder_time": (t("Reminder time (HH:MM)"), t("When the reminder appears")),
            "plan.non_sales_warn_share": (
                t("Warn when non-sales work exceeds"),
                t("Share of a week's done items (0–1)"),
            ),
            "class.window_a_days": (t("Class A window (days)"), t("3 to 10 days; default 7")),
            "class.window_b_days": (t("Class B window (days)"), t("Default about 20 days")),
            "class.window_c_days": (t("Class C window (days)"), t("Default about 30 days")),
            "scoring.industries": (t("Target industries"), t("At most 3, separated by commas")),
            "scoring.positions": (t("Target positions"), t("1 to 3, separated by commas")),
            "scoring.regions": (t("Target regions"), t("Separated by commas")),
            "scoring.trigger_events": (
                t("Trigger events"),
                t("e.g. merger, management change; commas between"),
            ),
            "scoring.weight_industry": (t("Industry weight"), t("2 very, 1 somewhat, 0 not")),
            "scoring.weight_position": (t("Position weight"), t("2 very, 1 somewhat, 0 not")),
            "scoring.weight_region": (t("Region weight"), t("2 very, 1 somewhat, 0 not")),
            "scoring.weight_trigger": (t("Trigger event weight"), t("2 very, 1 somewhat, 0 not")),
            "referral.weekly_goal": (t("Referrals wanted per week"), t("Default 1")),
            "deal.stages": (t("Deal stages"), t("In order, separated by commas")),
            "deal.lost_reasons": (t("Lost reasons"), t("Separated by commas")),
            "backup.keep_daily": (t("Daily backups kept"), t("Default 7")),
            "backup.keep_weekly": (t("Weekly backups kept"), t("Default 4")),
            "backup.keep_monthly": (t("Monthly backups kept"), t("Default 12")),
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
