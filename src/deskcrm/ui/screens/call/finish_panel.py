"""Finishing the call in one step: outcome, the hook (promised step + follow-up date), tag
changes, the coach, the deal it won or lost, and a referral the customer gave."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.model import BuiltinTag, ContactInput, Outcome, ReferrerKind, TagInfo
from deskcrm.core.rules.call_finish import (
    QuickPick,
    default_follow_up,
    needs_follow_up,
    needs_next_step,
    quick_pick,
)
from deskcrm.core.services.calls import CallStory, CoachChange, LostDeal, Referral, WonDeal
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.vocabulary.deals import lost_reason_name
from deskcrm.ui.vocabulary.referrers import referrer_kind
from deskcrm.ui.vocabulary.touches import touch_outcome
from deskcrm.ui.widgets.contact_picker import ContactPicker
from deskcrm.ui.widgets.status_tags import StatusTagBoxes

OUTCOMES = (
    Outcome.CONNECTED,
    Outcome.NO_ANSWER,
    Outcome.BUSY,
    Outcome.CALL_BACK,
    Outcome.WON,
    Outcome.LOST,
)
MAX_AMOUNT = 99_999_999.99  # yuan; the deal service refuses more


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FinishPanel(QGroupBox):
    """Everything here is saved together with the call by Ctrl+Enter."""

    save_requested = Signal()

    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Finish the call"), parent)
        self.today = date.today()
        self.story: CallStory | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        # Labels go above their fields when the column is narrow (a small screen).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.outcome = QComboBox()
        for outcome in OUTCOMES:
            self.outcome.addItem(touch_outcome(outcome), outcome.value)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.next_step = QLineEdit()
        # Placeholders stay short enough for the narrow column; the example is in the tip.
        self.next_step.setPlaceholderText(self.tr("What you promised"))
        self.next_step.setToolTip(
            self.tr(
                "Leave a hook, e.g. send the quote by Friday. Required when you talked "
                "and nothing was closed"
            )
        )
        self.next_step.returnPressed.connect(self.save_requested)
        follow = QVBoxLayout()
        # Two by two: four buttons side by side do not fit the column in Chinese.
        picks = QGridLayout()
        self.follow_up = QDateEdit()
        self.follow_up.setCalendarPopup(True)
        # The locale's short date, with a four-digit year (en would show "12/6/26").
        short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in short:
            short = short.replace("yy", "yyyy")
        self.follow_up.setDisplayFormat(short)
        self.follow_up.setToolTip(self.tr("When to call next"))
        self.follow_up.setMinimumWidth(self.fontMetrics().horizontalAdvance("2026/12/31") + 48)
        follow.addWidget(self.follow_up, 0, Qt.AlignmentFlag.AlignLeft)
        self.picks: dict[QuickPick, QPushButton] = {}
        for index, (pick, text) in enumerate(
            (
                (QuickPick.LATER_TODAY, self.tr("Later today")),
                (QuickPick.TOMORROW, self.tr("Tomorrow")),
                (QuickPick.IN_3_DAYS, self.tr("In 3 days")),
                (QuickPick.NEXT_WEEK, self.tr("Next week")),
            )
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, p=pick: self.pick(p))
            self.picks[pick] = button
            picks.addWidget(button, index // 2, index % 2)
        self.picks[QuickPick.LATER_TODAY].setToolTip(
            self.tr("Nobody answered: the call stays on today's plan and comes back at the end")
        )
        follow.addLayout(picks)
        self.status_tags = StatusTagBoxes(mnemonics=False, columns=2)
        self.more_tags = QLineEdit()
        self.more_tags.setPlaceholderText(self.tr("More tags, comma-separated"))
        self.more_tags.setToolTip(self.tr("Tags named here that do not exist yet are created"))
        self.more_tags.returnPressed.connect(self.save_requested)
        tags = QVBoxLayout()
        tags.setContentsMargins(0, 0, 0, 0)
        tags.addWidget(self.status_tags)
        tags.addWidget(self.more_tags)
        # The coach (教练) as known; the referrer is offered (Down) when there is none.
        self.coach = ContactPicker(bridge)
        self.coach.setToolTip(
            self.tr("An insider who guides us; empty the field to clear the coach")
        )
        self.coach_label = QLabel(self.tr("&Coach"))
        self.coach_label.setBuddy(self.coach)
        self.outcome_label = QLabel(self.tr("O&utcome"))
        self.step_label = QLabel(self.tr("&Promised next step"))
        self.follow_label = QLabel(self.tr("&Follow up on"))
        self.tags_label = QLabel(self.tr("T&ags"))
        for label, field in (
            (self.outcome_label, self.outcome),
            (self.step_label, self.next_step),
            (self.follow_label, self.follow_up),
            (self.tags_label, self.more_tags),
        ):
            label.setBuddy(field)
        form.addRow(self.outcome_label, self.outcome)
        form.addRow(self.step_label, self.next_step)
        form.addRow(self.follow_label, follow)
        form.addRow(self.tags_label, tags)
        form.addRow(self.coach_label, self.coach)
        layout.addLayout(form)
        layout.addWidget(self._won_box())
        layout.addWidget(self._lost_box())
        layout.addWidget(self._referral_box())
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save call (Ctrl+Enter)"))
        self.save_button.setToolTip(
            self.tr("Saves the call as one touch with everything above; then the next call opens")
        )
        self.save_button.clicked.connect(self.save_requested)
        layout.addWidget(self.save_button)
        self._outcome_changed()

    # The extra boxes shown for some outcomes

    def _won_box(self) -> QWidget:
        self.won_box = QWidget()
        form = QFormLayout(self.won_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.won_deal = QComboBox()
        self.won_deal.setToolTip(self.tr("The open deal this call closed, or a new one"))
        self.won_title = QLineEdit()
        self.won_title.setPlaceholderText(self.tr("What they bought"))
        self.won_amount = QDoubleSpinBox()
        self.won_amount.setRange(0, MAX_AMOUNT)
        self.won_amount.setDecimals(2)
        self.won_amount.setGroupSeparatorShown(True)
        self.won_amount.setSuffix(self.tr(" yuan"))
        self.won_deal.currentIndexChanged.connect(self._won_deal_changed)
        won_label = QLabel(self.tr("&Won deal"))
        won_label.setBuddy(self.won_deal)
        form.addRow(won_label, self.won_deal)
        form.addRow(self.tr("Title"), self.won_title)
        form.addRow(self.tr("Amount"), self.won_amount)
        return self.won_box

    def _lost_box(self) -> QWidget:
        self.lost_box = QWidget()
        form = QFormLayout(self.lost_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.lost_reason = QComboBox()
        self.lost_deal = QComboBox()
        self.declined = QCheckBox(self.tr("They will not buy at all (class D)"))
        reason_label = QLabel(self.tr("&Lost because"))
        reason_label.setBuddy(self.lost_reason)
        form.addRow(reason_label, self.lost_reason)
        form.addRow(self.tr("Deal"), self.lost_deal)
        form.addRow("", self.declined)
        return self.lost_box

    def _referral_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.referral_box = QCheckBox(self.tr("They &gave a referral"))
        self.referral_box.setToolTip(
            self.tr("Record the person they named as a new contact referred by this one")
        )
        self.referral_fields = QWidget()
        form = QFormLayout(self.referral_fields)
        self.ref_name = QLineEdit()
        self.ref_phone = QLineEdit()
        self.ref_company = QLineEdit()
        self.ref_kind = QComboBox()
        self.ref_kind.addItem(self.tr("(not said)"), None)
        for kind in ReferrerKind:
            self.ref_kind.addItem(referrer_kind(kind), kind.value)
        self.ref_kind.setToolTip(self.tr("What kind of source the person you called is"))
        form.addRow(self.tr("Name"), self.ref_name)
        form.addRow(self.tr("Phone"), self.ref_phone)
        form.addRow(self.tr("Company"), self.ref_company)
        form.addRow(self.tr("This contact is a"), self.ref_kind)
        self.referral_box.toggled.connect(self._referral_toggled)
        self._referral_toggled(False)
        column.addWidget(self.referral_box)
        column.addWidget(self.referral_fields)
        return box

    def _referral_toggled(self, on: bool) -> None:
        self.referral_fields.setVisible(on)
        if on:
            self.ref_name.setFocus()

    # State

    def reset(self, story: CallStory, all_tags: list[TagInfo], today: date) -> None:
        self.story, self.today = story, today
        self.outcome.setCurrentIndex(0)
        self.next_step.clear()
        self.more_tags.clear()
        self.status_tags.set_contact(all_tags, {t.id for t in story.contact.tags})
        self.won_deal.clear()
        self.lost_deal.clear()
        for deal in story.open_deals:
            label = deal.title or self.tr("(untitled)")
            if deal.amount_cents:
                label += f" · {deal.amount_cents / 100:,.2f}"
            self.won_deal.addItem(label, deal.id)
            self.lost_deal.addItem(label, deal.id)
        self.won_deal.addItem(self.tr("A new deal"), None)
        self.lost_deal.addItem(self.tr("No deal to close"), None)
        self.won_title.clear()
        self.won_amount.setValue(0)
        self.lost_reason.clear()
        for reason in story.lost_reasons:
            self.lost_reason.addItem(lost_reason_name(reason), reason)
        self.declined.setChecked(False)
        self.referral_box.setChecked(False)
        for field in (self.ref_name, self.ref_phone, self.ref_company):
            field.clear()
        self.ref_kind.setCurrentIndex(0)
        self.coach.exclude = story.contact.id
        self.coach.set_contact(story.method.coach)
        self.coach.set_suggestion(story.method.referrer)
        self.clear_error()
        self._outcome_changed()

    def outcome_value(self) -> Outcome:
        return Outcome(str(self.outcome.currentData()))

    def set_outcome(self, outcome: Outcome) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(outcome.value))

    def pick(self, pick: QuickPick) -> None:
        self.follow_up.setDate(_qdate(quick_pick(self.today, pick)))

    def _outcome_changed(self, _index: int = 0) -> None:
        outcome = self.outcome_value()
        proposed = default_follow_up(outcome, self.today)
        self.follow_up.setMinimumDate(_qdate(self.today))
        if proposed is not None:
            self.follow_up.setDate(_qdate(proposed))
        follow = proposed is not None
        for widget in (self.follow_up, *self.picks.values()):
            widget.setEnabled(follow)
        self.step_label.setText(
            self.tr("&Promised next step *")
            if needs_next_step(outcome)
            else self.tr("&Promised next step")
        )
        self.follow_label.setText(
            self.tr("&Follow up on *") if needs_follow_up(outcome) else self.tr("&Follow up on")
        )
        self.won_box.setVisible(outcome == Outcome.WON)
        self.lost_box.setVisible(outcome == Outcome.LOST)
        if outcome == Outcome.WON:
            # A win tags M (bought) and clears O: show what the save will do.
            self.status_tags.boxes[BuiltinTag.M].setChecked(True)
            self._won_deal_changed()

    def _won_deal_changed(self, _index: int = 0) -> None:
        new = self.won_deal.currentData() is None
        if self.story is not None and not new:
            deal = next(d for d in self.story.open_deals if d.id == self.won_deal.currentData())
            self.won_title.setText(deal.title)
            self.won_amount.setValue(deal.amount_cents / 100)

    # What the save sends

    def follow_up_date(self) -> date | None:
        if not self.follow_up.isEnabled():
            return None
        q = self.follow_up.date()
        return date(q.year(), q.month(), q.day())

    def tag_changes(self) -> tuple[tuple[int, ...], tuple[int, ...], str]:
        """(add ids, remove ids, more tags as typed) for the call record; the core's tag
        resolver splits and matches the typed text."""
        add, remove = self.status_tags.changes()
        return tuple(add), tuple(remove), self.more_tags.text()

    def won(self) -> WonDeal | None:
        if self.outcome_value() != Outcome.WON:
            return None
        return WonDeal(
            deal_id=self.won_deal.currentData(),
            title=self.won_title.text().strip(),
            amount_cents=round(self.won_amount.value() * 100),
        )

    def lost(self) -> LostDeal | None:
        if self.outcome_value() != Outcome.LOST:
            return None
        return LostDeal(
            reason=str(self.lost_reason.currentData() or ""),
            deal_id=self.lost_deal.currentData(),
            declined=self.declined.isChecked(),
        )

    def referral(self) -> Referral | None:
        if not self.referral_box.isChecked():
            return None
        phone = self.ref_phone.text().strip()
        return Referral(
            ContactInput(
                name=self.ref_name.text(),
                phones=(phone,) if phone else (),
                company=self.ref_company.text(),
            ),
            kind=self.ref_kind.currentData(),
        )

    def coach_change(self) -> CoachChange | None:
        """The coach set or cleared here; None when it stays as it was (or names nobody:
        the screen refuses that with `coach_unknown` first)."""
        if self.story is None or self.coach.unknown():
            return None
        chosen = self.coach.contact_id()
        current = self.story.method.coach
        if chosen == (current.id if current is not None else None):
            return None
        return CoachChange(chosen)

    def coach_unknown(self) -> bool:
        return self.coach.unknown()

    def is_dirty(self) -> bool:
        return bool(
            self.next_step.text().strip()
            or self.more_tags.text().strip()
            or self.referral_box.isChecked()
            or self.coach_change() is not None
        )

    # Errors

    def show_error(self, text: str, field: str = "") -> None:
        self.error.setText(text)
        self.error.show()
        target = {
            "next_step": self.next_step,
            "next_follow_up": self.follow_up,
            "lost_reason": self.lost_reason,
            "tag": self.more_tags,
            "name": self.ref_name if self.referral_box.isChecked() else None,
            "phone": self.ref_phone if self.referral_box.isChecked() else None,
            "title": self.won_title,
            "amount": self.won_amount,
            "coach": self.coach,
        }.get(field)
        if target is not None:
            target.setFocus()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
