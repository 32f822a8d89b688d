"""The contact detail pane: fields, tags and treatment, follow-up, dates (birthday, own
dates, repurchase), touches, deals, referrals."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.model import BuiltinTag, ContactDetail, OccasionInfo, TagInfo
from deskcrm.core.rules.cadence import nudge
from deskcrm.core.rules.tags import treatments
from deskcrm.ui.screens.contacts.flow_layout import FlowLayout
from deskcrm.ui.vocabulary.call_facts import facts_line, facts_tip
from deskcrm.ui.vocabulary.classes import extend_hint, move_to_d_hint, window_passed
from deskcrm.ui.vocabulary.curve import nudge_text
from deskcrm.ui.vocabulary.dates import date_text, datetime_text, local_date
from deskcrm.ui.vocabulary.deals import deal_state
from deskcrm.ui.vocabulary.numbers import money
from deskcrm.ui.vocabulary.plurals import days
from deskcrm.ui.vocabulary.referrers import referrer_kind
from deskcrm.ui.vocabulary.tags import builtin_meaning, builtin_short, treatment_text
from deskcrm.ui.vocabulary.templates import fill
from deskcrm.ui.vocabulary.touches import touch_kind, touch_outcome
from deskcrm.ui.widgets.link_tips import LinkTips, tip_link
from deskcrm.ui.widgets.tag_chip import TagChip

SOON_DAYS = 31  # a date within a month says how many days are left
BUILTIN_ORDER = (BuiltinTag.Y, BuiltinTag.N, BuiltinTag.M, BuiltinTag.O, BuiltinTag.VIP)
BUILTIN_KEYS = {
    BuiltinTag.Y: "Y",
    BuiltinTag.N: "N",
    BuiltinTag.M: "M",
    BuiltinTag.O: "O",
    BuiltinTag.VIP: "V",
}


def _section(title: str) -> QLabel:
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def _unbroken(text: str) -> str:
    """Text a line never breaks inside: Chinese otherwise splits between any two characters
    ("丢" at one line's end, "单" on the next). Word joiners are invisible."""
    return "\u2060".join(text)


def _rich(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextBrowserInteraction
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setOpenExternalLinks(False)
    return label


class DetailPane(QWidget):
    """Shows one contact; every change is a request the screen carries out."""

    toggle_builtin = Signal(int)  # tag id
    add_tags = Signal(str)  # tags as typed; the core's resolver splits and matches them
    remove_tag = Signal(int)
    edit_requested = Signal()
    visit_requested = Signal()
    call_requested = Signal()
    trash_requested = Signal()
    restore_requested = Signal()
    open_contact = Signal(int)
    extend_requested = Signal()  # the class window passed: extend it once
    move_to_d_requested = Signal()  # ...or stop following

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ContactDetail | None = None
        self.builtin_chips: dict[BuiltinTag, TagChip] = {}
        self._builtin_ids: dict[BuiltinTag, int] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(mid);")
        self.pages.addWidget(self.placeholder)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Everything wraps to the pane's width; a sideways scrollbar would hide tags.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self.body = QVBoxLayout(body)
        self._build_header()
        self._build_tags()
        self._build_fields()
        self._build_history()
        self.body.addStretch(1)
        self._scrollbar = scroll.verticalScrollBar()
        self.show_nothing()

    # Building

    def _build_header(self) -> None:
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.name_label)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.body.addWidget(self.subtitle)
        self.trash_note = QLabel()
        self.trash_note.setStyleSheet("color: #c62828;")
        self.body.addWidget(self.trash_note)
        # One row at the pane's first width (see preferred_width); wraps only if made narrower.
        button_box = QWidget()
        buttons = FlowLayout(button_box)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit this contact (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.visit_button = QPushButton(self.tr("After the visit…"))
        self.visit_button.setToolTip(
            self.tr("Log a touch, the promised next step and tag changes in one go (Ctrl+Shift+V)")
        )
        self.visit_button.clicked.connect(self.visit_requested)
        self.call_button = QPushButton(self.tr("Call…"))
        self.call_button.setToolTip(
            self.tr("Prepare and log a call on the call screen (Ctrl+Shift+C)")
        )
        self.call_button.clicked.connect(self.call_requested)
        self.trash_button = QPushButton(self.tr("Delete"))
        self.trash_button.setToolTip(self.tr("Move to the trash (Del); Ctrl+Z undoes"))
        self.trash_button.clicked.connect(self.trash_requested)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Bring this contact back from the trash"))
        self.restore_button.clicked.connect(self.restore_requested)
        self.restore_button.hide()  # shown instead of the others for a trashed contact
        for b in (
            self.edit_button,
            self.call_button,
            self.visit_button,
            self.trash_button,
            self.restore_button,
        ):
            # Sized to their words, not to the style's 80-pixel minimum, so all four fit.
            b.setStyleSheet("padding: 3px 8px;")
            buttons.addWidget(b)
        self.body.addWidget(button_box)
        self.button_box = button_box
        self.button_flow = buttons
        self._build_window_decision()

    def _build_window_decision(self) -> None:
        """Past its class window, a contact asks for a decision: shown at the top, where
        the rep looks first, with both actions on Alt keys."""
        self.window_box = QFrame()
        self.window_box.setObjectName("classWindowBox")
        self.window_box.setStyleSheet(
            "#classWindowBox { border: 1px solid #c62828; border-radius: 4px; }"
        )
        box = QVBoxLayout(self.window_box)
        box.setContentsMargins(6, 4, 6, 4)
        self.window_label = QLabel()
        self.window_label.setWordWrap(True)
        self.window_label.setStyleSheet("color: #c62828; font-weight: bold;")
        box.addWidget(self.window_label)
        row = QHBoxLayout()
        self.extend_button = QPushButton(self.tr("E&xtend the window once"))
        self.extend_button.setToolTip(extend_hint() + " (Alt+X)")
        self.extend_button.clicked.connect(self.extend_requested)
        self.move_to_d_button = QPushButton(self.tr("Move to &D"))
        self.move_to_d_button.setToolTip(move_to_d_hint() + " (Alt+D)")
        self.move_to_d_button.clicked.connect(self.move_to_d_requested)
        for b in (self.extend_button, self.move_to_d_button):
            b.setStyleSheet("padding: 3px 8px;")
            row.addWidget(b)
        row.addStretch(1)
        box.addLayout(row)
        self.window_box.hide()
        self.body.addWidget(self.window_box)

    def _build_tags(self) -> None:
        self.body.addWidget(_section(self.tr("Tags")))
        builtin_box = QWidget()
        row = FlowLayout(builtin_box)
        for builtin in BUILTIN_ORDER:
            chip = TagChip(builtin_short(builtin), "#607d8b")
            chip.setToolTip(
                self.tr("%1 (key %2 in the list)")
                .replace("%1", builtin_meaning(builtin))
                .replace("%2", BUILTIN_KEYS[builtin])
            )
            chip.setAccessibleName(builtin_meaning(builtin))
            chip.clicked.connect(lambda _=False, b=builtin: self._builtin_clicked(b))
            self.builtin_chips[builtin] = chip
            row.addWidget(chip)
        self.body.addWidget(builtin_box)
        self.custom_box = QWidget()
        self.custom_flow = FlowLayout(self.custom_box)
        self.body.addWidget(self.custom_box)
        add_row = QHBoxLayout()
        self.tag_edit = QLineEdit()
        self.tag_edit.setPlaceholderText(self.tr("Add tags, then Enter"))
        self.tag_edit.setToolTip(
            self.tr("Type one or more tag names (commas between) and press Enter")
        )
        self.tag_edit.setAccessibleName(self.tr("Add tags"))
        self.tag_names = QStringListModel(self)
        completer = QCompleter(self.tag_names, self.tag_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_edit.setCompleter(completer)
        self.tag_edit.returnPressed.connect(self._add_typed_tags)
        add_row.addWidget(self.tag_edit, 1)
        self.body.addLayout(add_row)
        self.treatment = QLabel()
        self.treatment.setWordWrap(True)
        self.treatment.setStyleSheet(
            "background: palette(alternate-base); border-left: 3px solid #2e7d32; padding: 6px;"
        )
        self.body.addWidget(self.treatment)

    def _build_fields(self) -> None:
        self.body.addWidget(_section(self.tr("Details")))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("phones", self.tr("Phone")),
            ("email", self.tr("Email")),
            ("wechat", self.tr("WeChat")),
            ("place", self.tr("City / region")),
            ("industry", self.tr("Industry")),
            ("source", self.tr("Source")),
            ("class", self.tr("Class")),
            ("follow_up", self.tr("Next follow-up")),
            ("next_step", self.tr("Promised next step")),
            ("occasions", self.tr("Dates")),
            ("repurchase", self.tr("Repurchase")),
            ("touches", self.tr("Touches")),
            ("referred_by", self.tr("Referred by")),
            ("referrals", self.tr("Referred")),
            ("notes", self.tr("Notes")),
        ):
            value = _rich(QLabel())
            value.linkActivated.connect(self._link)
            self.fields[key] = value
            self.form.addRow(label, value)
        self.body.addLayout(self.form)

    def _build_history(self) -> None:
        self.body.addWidget(_section(self.tr("Deals")))
        self.deals = _rich(QLabel())
        self.body.addWidget(self.deals)
        self.body.addWidget(_section(self.tr("Touches, newest first")))
        self.timeline = _rich(QLabel())
        self.timeline.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.timeline_tips = LinkTips(self.timeline)  # a call's voice checks, by name
        self.body.addWidget(self.timeline)

    def preferred_width(self) -> int:
        """The width that keeps the action buttons on one line."""
        shown = [self.edit_button, self.call_button, self.visit_button, self.trash_button]
        m = self.body.contentsMargins()
        return (
            sum(b.sizeHint().width() for b in shown)
            + (len(shown) - 1) * self.button_flow.spacing()
            + m.left()
            + m.right()
            + self._scrollbar.sizeHint().width()
        )

    # Showing

    def show_nothing(self) -> None:
        self.detail = None
        self.placeholder.setText(self.tr("Select a contact to see its details."))
        self.pages.setCurrentIndex(0)

    def show_many(self, count: int) -> None:
        self.detail = None
        self.placeholder.setText(
            self.tr(
                "%n contact(s) selected.\nPress Y, N, M, O or V to toggle a status tag on all "
                "of them, or use the bar above the list to add or remove a tag.",
                "",
                count,
            )
        )
        self.pages.setCurrentIndex(0)

    def set_tag_choices(self, tags: Sequence[TagInfo]) -> None:
        self._builtin_ids = {BuiltinTag(t.builtin): t.id for t in tags if t.builtin}
        colors = {BuiltinTag(t.builtin): t.color for t in tags if t.builtin}
        for builtin, chip in self.builtin_chips.items():
            chip.color = colors.get(builtin, chip.color)
            chip.update()
        self.tag_names.setStringList([t.name for t in tags if not t.builtin])

    def show_contact(self, d: ContactDetail, today: date) -> None:
        self.detail = d
        self.pages.setCurrentIndex(1)
        self.name_label.setText(d.name)
        self.subtitle.setText(" · ".join(p for p in (d.company, d.title) if p))
        trashed = d.deleted_at is not None
        self.trash_note.setVisible(trashed)
        if trashed:
            self.trash_note.setText(
                self.tr("In the trash since %1").replace("%1", local_date(d.deleted_at))
            )
        for b in (self.edit_button, self.call_button, self.visit_button, self.trash_button):
            b.setVisible(not trashed)
        self.restore_button.setVisible(trashed)
        self._show_window_decision(d, trashed)
        self.tag_edit.setEnabled(not trashed)
        have = {BuiltinTag(t.builtin) for t in d.tags if t.builtin}
        for builtin, chip in self.builtin_chips.items():
            chip.setChecked(builtin in have)
            chip.setEnabled(not trashed)
        self._show_custom_tags(d, trashed)
        self.treatment.setText("\n".join(f"• {treatment_text(t)}" for t in treatments(have)))
        self._show_fields(d, today)
        self._show_deals(d)
        self._show_timeline(d)

    def _show_window_decision(self, d: ContactDetail, trashed: bool) -> None:
        asks = d.class_overdue and not trashed and d.class_code is not None
        self.window_box.setVisible(asks)
        if not asks:
            return
        extended = date_text(d.class_extended_on) if d.class_extended_on else ""
        self.window_label.setText(
            window_passed(d.class_code or "", date_text(d.class_deadline), extended)
        )
        self.extend_button.setVisible(not extended)

    def _show_custom_tags(self, d: ContactDetail, trashed: bool) -> None:
        self.custom_flow.clear()
        for tag in d.tags:
            if tag.builtin:
                continue
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(0)
            chip = TagChip(tag.name, tag.color)
            chip.setChecked(True)
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.setToolTip(f"{tag.group_name}: {tag.name}" if tag.group_name else tag.name)
            chip.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            row.addWidget(chip)
            remove = QToolButton()
            remove.setText("×")
            remove.setAutoRaise(True)
            remove.setToolTip(self.tr("Remove the tag “%1”").replace("%1", tag.name))
            remove.setAccessibleName(self.tr("Remove the tag “%1”").replace("%1", tag.name))
            remove.setEnabled(not trashed)
            remove.clicked.connect(lambda _=False, t=tag.id: self.remove_tag.emit(t))
            row.addWidget(remove)
            self.custom_flow.addWidget(holder)
        self.custom_box.updateGeometry()

    def _show_fields(self, d: ContactDetail, today: date) -> None:
        esc = html.escape
        phones = []
        for p in d.phones:
            text = esc(p.raw)
            if p.e164 and p.e164 not in p.raw.replace(" ", ""):
                text += f" <span style='color: gray'>({esc(p.e164)})</span>"
            if p.extension and "ext" not in p.raw.lower():
                text += " " + esc(self.tr("ext. %1").replace("%1", p.extension))
            phones.append(text)
        f = self.fields
        f["phones"].setText("<br>".join(phones))
        f["email"].setText(esc(d.email))
        f["wechat"].setText(esc(d.wechat_id))
        f["place"].setText(esc(" / ".join(x for x in (d.city, d.region) if x)))
        f["industry"].setText(esc(d.industry))
        f["source"].setText(esc(d.source))
        f["class"].setText(esc(d.class_code or ""))
        due = d.next_follow_up
        if due is None:
            f["follow_up"].setText("")
        elif due < today:
            f["follow_up"].setText(
                "<span style='color:#c62828; font-weight:bold'>"
                + esc(self.tr("%1 — overdue").replace("%1", date_text(due)))
                + "</span>"
            )
        else:
            f["follow_up"].setText(esc(date_text(due)))
        f["next_step"].setText(esc(d.next_step))
        f["occasions"].setText("<br>".join(self._occasion_line(o, today) for o in d.occasions))
        f["repurchase"].setText(self._repurchase_text(d, today))
        touches = esc(self.tr("%n touch(es)", "", d.touch_count))
        if d.last_touch_at is not None:
            last = self.tr("last %1").replace("%1", local_date(d.last_touch_at))
            touches += " · " + esc(last)
        hint = nudge_text(nudge(d.touch_count, closed=self._closed(d)))
        if hint:
            touches += f"<br><b>{esc(hint)}</b>"
        f["touches"].setText(touches)
        ref = ""
        if d.referred_by is not None:
            ref = f"<a href='contact:{d.referred_by.id}'>{esc(d.referred_by.name)}</a>"
            if d.referrer_kind:
                ref += f" ({esc(referrer_kind(d.referrer_kind))})"
        if d.coach is not None:
            ref += (
                "<br>"
                + esc(self.tr("Coach:"))
                + (f" <a href='contact:{d.coach.id}'>{esc(d.coach.name)}</a>")
            )
        f["referred_by"].setText(ref)
        f["referrals"].setText(
            ", ".join(f"<a href='contact:{r.id}'>{esc(r.name)}</a>" for r in d.referrals)
        )
        f["notes"].setText(esc(d.notes).replace("\n", "<br>"))
        for label in f.values():
            # Empty fields take no room; the pane stays short enough to read at a glance.
            self.form.setRowVisible(label, bool(label.text()))

    def _soon(self, when: date, today: date) -> str:
        """ "today" / "in 5 days" for a date within a month, "" for a later one."""
        ahead = (when - today).days
        if ahead == 0:
            return self.tr("today")
        if 0 < ahead <= SOON_DAYS:
            return fill(self.tr("in %1"), days(ahead))
        return ""

    def _occasion_line(self, o: OccasionInfo, today: date) -> str:
        """Birthday: 2026-03-12 · in 5 days (born 1985); an own date under its label."""
        esc = html.escape
        what = self.tr("Birthday") if o.kind == "birthday" else o.label
        text = esc(fill(self.tr("%1: %2"), what, date_text(o.next_on)))
        if soon := self._soon(o.next_on, today):
            text += f" · <b>{esc(soon)}</b>"
        if o.kind == "birthday" and o.year is not None:
            # The space is part of the words: Chinese puts none before its bracket.
            text += esc(fill(self.tr(" (born %1)"), o.year))
        return text

    def _repurchase_text(self, d: ContactDetail, today: date) -> str:
        esc = html.escape
        if not d.repurchase_days:
            return ""
        text = esc(fill(self.tr("every %1"), days(d.repurchase_days)))
        if d.repurchase_tag:  # the cycle of a product the contact bought
            text += esc(fill(self.tr(" (%1)"), d.repurchase_tag))
        due = d.repurchase_due
        if due is None:
            return text + " · " + esc(self.tr("no purchase yet"))
        if due < today:
            return (
                text
                + " · <span style='color:#c62828; font-weight:bold'>"
                + esc(fill(self.tr("due %1 — overdue"), date_text(due)))
                + "</span>"
            )
        text += " · " + esc(fill(self.tr("next due %1"), date_text(due)))
        if soon := self._soon(due, today):
            text += f" · <b>{esc(soon)}</b>"
        return text

    @staticmethod
    def _closed(d: ContactDetail) -> bool:
        return d.class_code == "D" or any(x.status == "won" for x in d.deals)

    def _show_deals(self, d: ContactDetail) -> None:
        esc = html.escape
        if not d.deals:
            self.deals.setText(esc(self.tr("No deals yet.")))
            return
        lines = []
        untitled = self.tr("(untitled)")
        for deal in d.deals:
            amount = money(deal.amount_cents)
            state = deal_state(deal.status, deal.stage, deal.lost_reason)
            lines.append(
                f"<b>{esc(deal.title or untitled)}</b> · "
                f"{esc(_unbroken(amount))} · {esc(_unbroken(state))}"
            )
        self.deals.setText("<br>".join(lines))

    def _show_timeline(self, d: ContactDetail) -> None:
        esc = html.escape
        if not d.touches:
            self.timeline.setText(
                esc(self.tr("No touches yet. Log the first one with “After the visit…”."))
            )
            return
        items = []
        tips = {}
        for t in d.touches:
            head = f"<b>{esc(datetime_text(t.at))}</b> · {esc(touch_kind(t.kind))}"
            if t.outcome:
                head += f" · {esc(touch_outcome(t.outcome))}"
            parts = [head]
            if t.call is not None:  # what the call screen measured on this call
                href = f"call-facts:{t.id}"
                tips[href] = facts_tip(t.call)
                parts.append(tip_link(href, facts_line(t.call)))
            if t.notes:
                parts.append(esc(t.notes).replace("\n", "<br>"))
            if t.next_step:
                promise = esc(self.tr("Promised:")) + " " + esc(t.next_step)
                if t.next_follow_up:
                    promise += " " + esc(
                        self.tr("(by %1)").replace("%1", date_text(t.next_follow_up))
                    )
                parts.append(f"<i>{promise}</i>")
            elif t.next_follow_up:  # a date to try again, nothing promised
                follow = self.tr("Follow up on %1").replace("%1", date_text(t.next_follow_up))
                parts.append(f"<i>{esc(follow)}</i>")
            items.append("<br>".join(parts))
        self.timeline_tips.set_tips(tips)
        self.timeline.setText("<hr>".join(items))

    # Requests

    def _builtin_clicked(self, builtin: BuiltinTag) -> None:
        chip = self.builtin_chips[builtin]
        # The chip shows the stored state; the screen re-renders it after the change.
        chip.setChecked(not chip.isChecked())
        tag_id = self._builtin_ids.get(builtin)
        if tag_id is not None and self.detail is not None:
            self.toggle_builtin.emit(tag_id)

    def _add_typed_tags(self) -> None:
        text = self.tag_edit.text()
        if text.strip() and self.detail is not None:
            self.tag_edit.clear()
            self.add_tags.emit(text)

    def _link(self, href: str) -> None:
        if href.startswith("contact:"):
            self.open_contact.emit(int(href.split(":", 1)[1]))

    def builtin_id(self, builtin: BuiltinTag) -> int | None:
        return self._builtin_ids.get(builtin)
