"""The method panel's coach and verification box: set or clear the contact's coach, and
keep what calls verified (who else decides, who can veto, the real start), flagged when
still missing on a deal past the needs stage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from deskcrm.core.rules.call_details import MAX_ITEM, VERIFICATION_FIELDS, Verification
from deskcrm.core.services import referrals, verification
from deskcrm.core.services.database import Database
from deskcrm.core.services.method_view import MethodView
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.operations import Op
from deskcrm.ui.vocabulary.verification import answer_label, flag_text, flag_tip
from deskcrm.ui.widgets.contact_picker import ContactPicker

WARN_COLOR = "#c62828"
FIELD_FLAG_STYLE = f"border: 1px solid {WARN_COLOR};"


class CoachBox(QGroupBox):
    """Edits save when the field is left (Tab, Enter), each as one change."""

    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Coach and verification"), parent)
        self.bridge = bridge
        self.view: MethodView | None = None
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.coach = ContactPicker(bridge)
        self.coach.setToolTip(
            self.tr("An insider who guides us (qualification question 7); usually the referrer")
        )
        self.coach.editingFinished.connect(self._save_coach)
        self.coach.picked.connect(lambda _id: self._save_coach())
        self.coach_error = QLabel()
        self.coach_error.setStyleSheet(f"color: {WARN_COLOR};")
        self.coach_error.setWordWrap(True)
        self.coach_error.hide()
        self.fields: dict[str, QLineEdit] = {}
        for name, placeholder in (
            ("deciders", self.tr("Who else decides?")),
            ("veto", self.tr("Who can veto?")),
            ("start", self.tr("When would it really start?")),
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            edit.setMaxLength(MAX_ITEM)
            edit.editingFinished.connect(self._save_verification)
            self.fields[name] = edit
        self.flag = QLabel()
        self.flag.setWordWrap(True)
        self.flag.setStyleSheet(f"color: {WARN_COLOR}; font-weight: bold;")
        self.flag.hide()
        form.addRow(self.tr("Coach"), self.coach)
        form.addRow(self.coach_error)
        for name in VERIFICATION_FIELDS:
            form.addRow(answer_label(name), self.fields[name])
        form.addRow(self.flag)

    # Showing

    def show_view(self, view: MethodView) -> None:
        self.view = view
        if not self.coach.hasFocus():
            self.coach.set_contact(view.coach)
        self.coach.exclude = view.contact_id
        self.coach.set_suggestion(view.referrer)
        self.coach_error.hide()
        kept = view.verification
        for name, edit in self.fields.items():
            if not edit.hasFocus():
                edit.setText(getattr(kept, name))
            flagged = name in view.unverified
            edit.setStyleSheet(FIELD_FLAG_STYLE if flagged else "")
            edit.setToolTip(flag_tip() if flagged else "")
        self.flag.setVisible(bool(view.unverified))
        if view.unverified:
            self.flag.setText(flag_text(view.unverified))
            self.flag.setToolTip(flag_tip())

    # Saving

    def _run(self, fn: Callable[[Database], Any]) -> bool:
        return Op(self.bridge, fn, initiator=self, parent=self).run() is not None

    def _save_coach(self) -> None:
        view = self.view
        if view is None:
            return
        if self.coach.unknown():
            self.coach_error.setText(self.tr("Pick the coach from the list of existing contacts."))
            self.coach_error.show()
            return
        self.coach_error.hide()
        chosen = self.coach.contact_id()
        current = view.coach.id if view.coach is not None else None
        if chosen == current:
            return
        cid = view.contact_id
        if not self._run(lambda db: referrals.set_coach(db, cid, chosen)):
            self.coach.set_contact(view.coach)

    def _save_verification(self) -> None:
        view = self.view
        if view is None:
            return
        typed = Verification(*(self.fields[n].text() for n in VERIFICATION_FIELDS))
        if typed.cleaned() == view.verification:
            return
        cid = view.contact_id
        self._run(lambda db: verification.set_verification(db, cid, typed))
