"""The create/edit contact dialog: validation shown inline, a duplicate guard (open or merge)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.errors import DeskCRMError, DuplicateContact, ValidationError
from deskcrm.core.model import BuiltinTag, ContactInput, ContactRef, ReferrerKind, TagInfo
from deskcrm.core.rules.referrals import STAGE_ORDER
from deskcrm.core.services import contact_list, contacts
from deskcrm.core.services.database import Database
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.i18n import error_message
from deskcrm.ui.operations import Op
from deskcrm.ui.screens.contacts import undo_commands
from deskcrm.ui.shortcuts import add_shortcut
from deskcrm.ui.vocabulary.referrers import referral_stage, referrer_kind
from deskcrm.ui.vocabulary.tags import builtin_meaning, builtin_short
from deskcrm.ui.widgets.contact_picker import ContactPicker
from deskcrm.ui.widgets.cycle_box import cycle_box
from deskcrm.ui.widgets.tag_chip import TagChip

ERROR_STYLE = "color: #c62828;"
FIELD_ERROR_STYLE = "border: 1px solid #c62828;"

T = TypeVar("T")


class ContactForm(QDialog):
    """Create a contact (contact_id None) or edit one.

    Emits `saved(contact_id)` after a successful save, `open_requested(id)` when
    the rep chooses to open an existing duplicate instead.
    """

    saved = Signal(int)
    open_requested = Signal(int)

    def __init__(
        self,
        bridge: Bridge,
        contact_id: int | None = None,
        *,
        tags: list[TagInfo] | None = None,
        initial: ContactInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.contact_id = contact_id
        self._before = contacts.contact_input(bridge.db, contact_id) if contact_id else None
        self._duplicates: list[int] = []
        self.setWindowTitle(self.tr("Edit contact") if contact_id else self.tr("New contact"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Required, e.g. 张伟"))
        self.phones = QPlainTextEdit()
        self.phones.setTabChangesFocus(True)
        self.phones.setPlaceholderText(
            self.tr("One number per line, e.g. 138 0013 8001 or +86 10 1234 5678 ext. 12")
        )
        self.phones.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.company = QLineEdit()
        self.job_title = QLineEdit()
        self.industry = QLineEdit()
        self.city = QLineEdit()
        self.region = QLineEdit()
        self.wechat = QLineEdit()
        self.email = QLineEdit()
        self.source = QLineEdit()
        self.referrer = ContactPicker(bridge, exclude=contact_id)
        self.referrer_kind = QComboBox()
        self.referrer_kind.addItem(self.tr("(not a referral)"), None)
        for kind in ReferrerKind:
            self.referrer_kind.addItem(referrer_kind(kind), kind.value)
        # The coach (教练) is usually the referrer: offered as soon as one is picked.
        self.coach = ContactPicker(bridge, exclude=contact_id)
        self.coach.setToolTip(
            self.tr("An insider who guides us (qualification question 7); usually the referrer")
        )
        self.referrer.textChanged.connect(lambda _t: self._suggest_coach())
        # How far the referral got; the touch writer moves it on by itself (contacted,
        # met, closed), the rep corrects it here.
        self.referral_stage = QComboBox()
        for stage in STAGE_ORDER[1:]:
            self.referral_stage.addItem(referral_stage(stage.value), stage.value)
        # Only a referred contact has a stage: off (and skipped by Tab) without a referrer.
        self.referral_stage.setEnabled(False)
        self.referrer.textChanged.connect(
            lambda text: self.referral_stage.setEnabled(bool(text.strip()))
        )
        # Occasions: typed dates, so the whole form stays on the keyboard and can be empty.
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(self.tr("e.g. 1985-03-12 or 03-12 (year optional)"))
        self.occasion_labels: list[QLineEdit] = []
        self.occasion_dates: list[QLineEdit] = []
        occasion_rows: list[QHBoxLayout] = []
        for _ in range(2):
            label_edit, date_edit = QLineEdit(), QLineEdit()
            label_edit.setPlaceholderText(self.tr("e.g. 公司周年"))
            date_edit.setPlaceholderText(self.tr("MM-DD"))
            date_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 24)
            row = QHBoxLayout()
            row.addWidget(label_edit, 1)
            row.addWidget(date_edit)
            occasion_rows.append(row)
            self.occasion_labels.append(label_edit)
            self.occasion_dates.append(date_edit)
        self.repurchase = cycle_box(
            self.tr("The plan proposes a call when the last purchase is this old")
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.inputs: dict[str, QWidget] = {
            "name": self.name,
            "phone": self.phones,
            "company": self.company,
            "title": self.job_title,
            "industry": self.industry,
            "city": self.city,
            "region": self.region,
            "wechat_id": self.wechat,
            "email": self.email,
            "source": self.source,
            "referred_by": self.referrer,
            "coach": self.coach,
            "referral_stage": self.referral_stage,
            "notes": self.notes,
            "birthday": self.birthday,
            "occasion": self.occasion_labels[0],
            "repurchase_days": self.repurchase,
        }
        for label, widget in (
            (self.tr("&Name"), self.name),
            (self.tr("&Phones"), self.phones),
            (self.tr("&Company"), self.company),
            (self.tr("&Title"), self.job_title),
            (self.tr("&Industry"), self.industry),
            (self.tr("Cit&y"), self.city),
            (self.tr("&Region"), self.region),
            (self.tr("&WeChat"), self.wechat),
            (self.tr("E&mail"), self.email),
            (self.tr("&Source"), self.source),
            (self.tr("Referred &by"), self.referrer),
            (self.tr("Referrer &kind"), self.referrer_kind),
            (self.tr("Coach"), self.coach),
            (self.tr("Referral st&age"), self.referral_stage),
            (self.tr("Birt&hday"), self.birthday),
        ):
            form.addRow(label, widget)
        dates_label = QLabel(self.tr("Other &dates"))
        dates_label.setBuddy(self.occasion_labels[0])  # a row of two fields has no buddy
        form.addRow(dates_label, occasion_rows[0])
        form.addRow("", occasion_rows[1])
        form.addRow(self.tr("B&uys again every"), self.repurchase)
        form.addRow(self.tr("N&otes"), self.notes)
        self.builtin_chips: dict[int, TagChip] = {}
        if contact_id is None and tags:
            row = QHBoxLayout()
            for tag in tags:
                if not tag.builtin:
                    continue
                chip = TagChip(builtin_short(tag.builtin), tag.color, tag_id=tag.id)
                chip.setToolTip(builtin_meaning(tag.builtin))
                chip.clicked.connect(lambda _=False, t=tag.id: self._builtin_clicked(t))
                self.builtin_chips[tag.id] = chip
                row.addWidget(chip)
            row.addStretch(1)
            form.addRow(self.tr("Status tags"), row)
        self._pair = self._pairs(tags or [])
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.duplicate_box = QWidget()
        dup = QVBoxLayout(self.duplicate_box)
        dup.setContentsMargins(0, 0, 0, 0)
        self.duplicate_text = QLabel()
        self.duplicate_text.setWordWrap(True)
        dup.addWidget(self.duplicate_text)
        dup_buttons = QHBoxLayout()
        self.open_existing = QPushButton(self.tr("Op&en the existing contact"))
        self.open_existing.clicked.connect(self._open_existing)
        self.merge_existing = QPushButton(self.tr("Mer&ge into it"))
        self.merge_existing.setToolTip(
            self.tr("Fill the existing contact's empty fields and add new numbers and tags")
        )
        self.merge_existing.clicked.connect(self._merge_existing)
        self.save_anyway = QPushButton(self.tr("Save as a new contact &anyway"))
        self.save_anyway.clicked.connect(lambda: self.save(allow_duplicate=True))
        for b in (self.open_existing, self.merge_existing, self.save_anyway):
            dup_buttons.addWidget(b)
        dup.addLayout(dup_buttons)
        self.duplicate_box.hide()
        layout.addWidget(self.duplicate_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        # Our own words: Qt's standard button texts need Qt's translations installed.
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            # The dialog is its own window: its shortcuts cover its fields and nothing else.
            add_shortcut(self, keys, self.save, Qt.ShortcutContext.WindowShortcut)
        if self._before is not None:
            self.fill(self._before)
        elif initial is not None:
            self.fill(initial)

    @staticmethod
    def _pairs(tags: list[TagInfo]) -> dict[int, int]:
        by_builtin = {BuiltinTag(t.builtin): t.id for t in tags if t.builtin}
        out: dict[int, int] = {}
        for a, b in ((BuiltinTag.Y, BuiltinTag.N), (BuiltinTag.M, BuiltinTag.O)):
            if a in by_builtin and b in by_builtin:
                out[by_builtin[a]] = by_builtin[b]
                out[by_builtin[b]] = by_builtin[a]
        return out

    def _builtin_clicked(self, tag_id: int) -> None:
        partner = self._pair.get(tag_id)
        if self.builtin_chips[tag_id].isChecked() and partner in self.builtin_chips:
            self.builtin_chips[partner].setChecked(False)

    # Data

    def fill(self, data: ContactInput) -> None:
        self.name.setText(data.name)
        self.phones.setPlainText("\n".join(data.phones))
        self.company.setText(data.company)
        self.job_title.setText(data.title)
        self.industry.setText(data.industry)
        self.city.setText(data.city)
        self.region.setText(data.region)
        self.wechat.setText(data.wechat_id)
        self.email.setText(data.email)
        self.source.setText(data.source)
        self.notes.setPlainText(data.notes)
        self.birthday.setText(data.birthday)
        for i, (label, when) in enumerate(data.occasions[: len(self.occasion_labels)]):
            self.occasion_labels[i].setText(label)
            self.occasion_dates[i].setText(when)
        self.repurchase.setValue(data.repurchase_days or 0)
        self.referrer.set_contact(self._ref(data.referred_by_id))
        self.referrer_kind.setCurrentIndex(max(0, self.referrer_kind.findData(data.referrer_kind)))
        self.coach.set_contact(self._ref(data.coach_id))
        self._suggest_coach()
        self.referral_stage.setCurrentIndex(
            max(0, self.referral_stage.findData(data.referral_stage))
        )

    def _ref(self, contact_id: int | None) -> ContactRef | None:
        if contact_id is None:
            return None
        detail = contacts.get_contact(self.bridge.db, contact_id, timeline=0)
        return ContactRef(detail.id, detail.name)

    def _suggest_coach(self) -> None:
        ref_id = self.referrer.contact_id()
        name = self.referrer.text().strip()
        self.coach.set_suggestion(ContactRef(ref_id, name) if ref_id is not None else None)

    def form_input(self) -> ContactInput | None:
        """The form's input, or None (with the reason shown) when the referrer or the
        coach names nobody in the contacts."""
        ref_id = self.referrer.contact_id()
        if self.referrer.unknown():
            self._show_error(
                "referred_by", self.tr("Pick the referrer from the list of existing contacts.")
            )
            return None
        if self.coach.unknown():
            self._show_error("coach", self.tr("Pick the coach from the list of existing contacts."))
            return None
        phones = tuple(
            p.strip() for p in self.phones.toPlainText().replace("；", "\n").splitlines()
        )
        return ContactInput(
            name=self.name.text(),
            phones=tuple(p for p in phones if p),
            company=self.company.text(),
            title=self.job_title.text(),
            industry=self.industry.text(),
            city=self.city.text(),
            region=self.region.text(),
            wechat_id=self.wechat.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
            source=self.source.text(),
            referred_by_id=ref_id,
            referrer_kind=self.referrer_kind.currentData() if ref_id is not None else None,
            referral_stage=self.referral_stage.currentData() if ref_id is not None else None,
            birthday=self.birthday.text(),
            occasions=tuple(
                (label.text(), when.text())
                for label, when in zip(self.occasion_labels, self.occasion_dates, strict=True)
                if label.text().strip() or when.text().strip()
            ),
            repurchase_days=self.repurchase.value() or None,
            coach_id=self.coach.contact_id(),
        )

    def chosen_tags(self) -> tuple[int, ...]:
        return tuple(t for t, chip in self.builtin_chips.items() if chip.isChecked())

    # Saving

    def _clear_errors(self) -> None:
        self.error.hide()
        self.duplicate_box.hide()
        for widget in self.inputs.values():
            widget.setStyleSheet("")

    def _show_error(self, field: str, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        widget = self.inputs.get(field)
        if widget is not None:
            widget.setStyleSheet(FIELD_ERROR_STYLE)
            widget.setFocus()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def save(self, *, allow_duplicate: bool = False) -> bool:
        self._clear_errors()
        data = self.form_input()
        if data is None:
            return False
        try:
            # Check here first so the reason appears next to the field, in the UI language.
            clean, _phones = contacts.validate(
                data, self.bridge.db.get_setting("phone.default_region")
            )
        except ValidationError as exc:
            self._show_error(exc.field, error_message(exc))
            return False
        contact_id = self.contact_id
        if contact_id is None:
            tag_ids = self.chosen_tags()
            created = self._op(
                lambda db: contacts.create_contact(
                    db, data, allow_duplicate=allow_duplicate, tag_ids=tag_ids
                )
            ).run()
            if created is None:
                return False
            saved_id = int(created[0])
        else:
            if self._op(lambda db: contacts.update_contact(db, contact_id, data)).run() is None:
                return False
            saved_id = contact_id
            if self._before is not None:
                self.bridge.undo_stack.push(
                    undo_commands.edit(self.bridge, saved_id, self._before, clean)
                )
        self.saved.emit(saved_id)
        self.accept()
        return True

    def _op(self, fn: Callable[[Database], T]) -> Op[T]:
        """A save from this form: a duplicate or an invalid field is shown beside the fields."""
        return Op(self.bridge, fn, initiator=self, parent=self).input_error(self._input_error)

    def _input_error(self, exc: DeskCRMError) -> None:
        if isinstance(exc, DuplicateContact):
            self._show_duplicates(exc)
        elif isinstance(exc, ValidationError):
            self._show_error(exc.field, error_message(exc))

    def _show_duplicates(self, exc: DuplicateContact) -> None:
        self._duplicates = list(exc.matches)
        rows = contact_list.rows_by_ids(self.bridge.db, self._duplicates[:5])
        who = ", ".join(f"{r.name} ({r.company})" if r.company else r.name for r in rows)
        text = (
            self.tr("A contact with the same phone number already exists: %1")
            if exc.by == "phone"
            else self.tr("A contact with the same name and company already exists: %1")
        )
        self.duplicate_text.setText(text.replace("%1", who))
        self.duplicate_box.show()
        self.open_existing.setFocus()

    def _open_existing(self) -> None:
        if self._duplicates:
            self.open_requested.emit(self._duplicates[0])
            self.reject()

    def _merge_existing(self) -> None:
        data = self.form_input()
        if data is None or not self._duplicates:
            return
        target = self._duplicates[0]
        tag_ids = self.chosen_tags()
        merged = self._op(
            lambda db: contacts.merge_input_into(db, target, data, tag_ids=tag_ids)
        ).run()
        if merged is None:
            return
        self.saved.emit(target)
        self.accept()
