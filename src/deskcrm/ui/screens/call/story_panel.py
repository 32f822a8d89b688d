"""The contact's story at a glance, read before dialling: who, where they stand, the promise."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from deskcrm.core.model import BuiltinTag, TouchKind
from deskcrm.core.rules.cadence import CurveStep
from deskcrm.core.rules.tags import treatments
from deskcrm.core.services.calls import CallStory, StoryTouch
from deskcrm.core.services.classification import ClassState
from deskcrm.ui.vocabulary.call_facts import facts_line, facts_tip
from deskcrm.ui.vocabulary.classes import class_name
from deskcrm.ui.vocabulary.curve import curve_sentence, nudge_text
from deskcrm.ui.vocabulary.dates import date_text
from deskcrm.ui.vocabulary.deals import deal_stage
from deskcrm.ui.vocabulary.numbers import money
from deskcrm.ui.vocabulary.referrers import referrer_kind
from deskcrm.ui.vocabulary.tags import treatment_text
from deskcrm.ui.vocabulary.templates import fill
from deskcrm.ui.vocabulary.touches import touch_kind, touch_outcome
from deskcrm.ui.vocabulary.verification import flag_text, flag_tip, known_text
from deskcrm.ui.widgets.link_tips import LinkTips, tip_link

MARGIN = "margin:3px 0;"
P = f"style='{MARGIN}'"
WARN_COLOR = "#c62828"
PROMISE_STYLE = "background: palette(alternate-base); border-left: 4px solid #f9a825; padding: 8px;"


class StoryPanel(QScrollArea):
    """Rich text only: nothing to edit here, so it reads calmly and scrolls when long."""

    open_contact = Signal(int)  # "open in contacts" link

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(2, 0, 6, 0)  # the column's edge is margin enough
        layout.setSpacing(4)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.header.linkActivated.connect(self._link)
        self.promise = QLabel()
        self.promise.setTextFormat(Qt.TextFormat.RichText)
        self.promise.setWordWrap(True)
        self.promise.setStyleSheet(PROMISE_STYLE)
        font = self.promise.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.promise.setFont(font)
        # What calls verified (who decides, veto, the real start), with its own tooltip
        # explaining the flag when they are missing on a deal past the needs stage.
        self.verified = QLabel()
        self.verified.setTextFormat(Qt.TextFormat.RichText)
        self.verified.setWordWrap(True)
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        # A call's facts line is a quiet link: hovering it names the voice checks. Mouse only:
        # the call screen's Tab order stays on what the rep types into during a call.
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.body_tips = LinkTips(self.body)
        for label in (self.header, self.promise, self.verified, self.body):
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setWidget(inner)
        self.story: CallStory | None = None

    def _link(self, href: str) -> None:
        if href.startswith("contact:"):
            self.open_contact.emit(int(href.split(":", 1)[1]))

    def text(self) -> str:
        """Everything shown, as plain-ish text (for tests and accessibility)."""
        return "\n".join(
            w.text()
            for w in (self.header, self.promise, self.verified, self.body)
            if not w.isHidden()
        )

    def show_empty(self, title: str, hint: str) -> None:
        self.story = None
        self.header.setText(f"<h3>{escape(title)}</h3><p>{escape(hint)}</p>")
        self.promise.setVisible(False)
        self.verified.setVisible(False)
        self.body.clear()
        self.body_tips.set_tips({})
        self.to_top()

    def show_story(self, story: CallStory, today: date) -> None:
        self.story = story
        c = story.contact
        state = story.method.state
        # Tight paragraphs: the story and the recent touches fit a 1280x800 column unscrolled.
        link = escape(self.tr("Open in contacts"))
        lines = [
            f"<h2 style='margin:0'>{escape(c.name)} "
            f"<a href='contact:{c.id}' style='font-size:small; font-weight:normal'>{link}</a></h2>"
        ]
        who = " · ".join(x for x in (c.company, c.title, c.city) if x)
        if who:
            lines.append(f"<p style='margin:2px 0'>{escape(who)}</p>")
        phones = " · ".join(p.raw for p in c.phones)
        if phones:
            lines.append(f"<p style='margin:2px 0'><b>{escape(phones)}</b></p>")
        if c.tags:
            chips = " ".join(
                f"<span style='background:{t.color}; color:white'>"
                f"&nbsp;{escape(t.name)}&nbsp;</span>"
                for t in c.tags
            )
            lines.append(f"<p {P}>{chips}</p>")
        lines.append(f"<p {P}>{self._facts(state)}</p>")
        lines.append(f"<p {P}>{escape(self.curve_text(state.curve))}</p>")
        nudge = self._nudge(state)
        if nudge:
            lines.append(f"<p style='{MARGIN} color:#e65100'>{escape(nudge)}</p>")
        builtins = [BuiltinTag(t.builtin) for t in c.tags if t.builtin]
        for treatment in treatments(builtins):
            text = escape(treatment_text(treatment))
            lines.append(f"<p style='{MARGIN} color:palette(mid)'>{text}</p>")
        if c.referred_by is not None:
            lines.append(
                f"<p {P}>"
                + escape(
                    fill(
                        self.tr("Referred by %1 (%2)"),
                        c.referred_by.name,
                        referrer_kind(c.referrer_kind) or "—",
                    )
                )
                + "</p>"
            )
        coach = story.method.coach
        if coach is not None:
            lines.append(f"<p {P}>" + escape(fill(self.tr("Coach: %1"), coach.name)) + "</p>")
        self.header.setText("".join(lines))
        self._show_promise(story, today)
        self._show_verified(story)
        self.body_tips.set_tips(
            {
                f"call-facts:{t.touch.id}": facts_tip(t.touch.call)
                for t in story.touches
                if t.touch.call
            }
        )
        self.body.setText(self._body(story))
        self.to_top()

    def to_top(self) -> None:
        """Each call opens on the name and the promise, wherever the last one was read."""
        self.verticalScrollBar().setValue(0)

    def _facts(self, state: ClassState) -> str:
        facts = []
        if state.class_code:
            text = class_name(state.class_code)
            if state.won_in_window:
                text += " · " + self.tr("closed in time")
            elif state.days_left is not None and state.days_left < 0:
                text = (
                    "<span style='color:#c62828'>"
                    + escape(text + " · " + self.tr("%n day(s) overdue", "", -state.days_left))
                    + "</span>"
                )
                facts.append(text)
                text = ""
            elif state.days_left is not None:
                text += " · " + self.tr("%n day(s) left", "", state.days_left)
            if text:
                facts.append(escape(text))
        else:
            facts.append(escape(self.tr("No class yet")))
        return " · ".join(facts)

    def curve_text(self, step: CurveStep) -> str:
        return curve_sentence(step)

    def _nudge(self, state: ClassState) -> str:
        return nudge_text(state.nudge)

    def _show_promise(self, story: CallStory, today: date) -> None:
        c = story.contact
        if not c.next_step:
            self.promise.setVisible(False)
            return
        text = fill(self.tr("Last time you promised: %1"), escape(c.next_step))
        if c.next_follow_up is not None:
            due = date_text(c.next_follow_up)
            if c.next_follow_up < today:
                text += (
                    "<br><span style='color:#c62828'>"
                    + escape(fill(self.tr("due %1 — late"), due))
                    + "</span>"
                )
            else:
                text += "<br>" + escape(fill(self.tr("by %1"), due))
        self.promise.setText(f"<b>{text}</b>")
        self.promise.setVisible(True)

    def _show_verified(self, story: CallStory) -> None:
        view = story.method
        parts = []
        known = known_text(view.verification)
        if known:
            parts.append(escape(known))
        if view.unverified:
            parts.append(
                f"<span style='color:{WARN_COLOR}; font-weight:bold'>"
                + escape(flag_text(view.unverified))
                + "</span>"
            )
        self.verified.setText("<br>".join(parts))
        self.verified.setToolTip(flag_tip() if view.unverified else "")
        self.verified.setVisible(bool(parts))

    def _body(self, story: CallStory) -> str:
        parts = []
        for deal in story.open_deals:
            line = fill(self.tr("Open deal: %1"), deal.title or self.tr("(untitled)"))
            if deal.amount_cents:
                line += " · " + money(deal.amount_cents)
            line += " · " + deal_stage(deal.stage)
            parts.append(f"<p {P}>{escape(line)}</p>")
        q = story.method.qualification
        if q.unanswered:
            parts.append(
                f"<p {P}>"
                + escape(
                    fill(
                        self.tr("%1 of %2 qualification questions still open (Questions tab)."),
                        len(q.unanswered),
                        q.total,
                    )
                )
                + "</p>"
            )
        if story.touches:
            heading = escape(self.tr("Last touches"))
            parts.append(f"<h4 style='margin:6px 0 2px 0'>{heading}</h4>")
        for item in story.touches:
            parts.append(self._touch(item))
        return "".join(parts)

    def _touch(self, item: StoryTouch) -> str:
        t, d = item.touch, item.details
        head = [date_text(t.at.astimezone().date()), touch_kind(t.kind)]
        if t.outcome:
            head.append(touch_outcome(t.outcome))
        if t.kind == TouchKind.CALL and t.duration_s:
            head.append(fill(self.tr("%1 min"), max(1, round(t.duration_s / 60))))
        lines = [f"<b>{escape(' · '.join(head))}</b>"]
        if t.call is not None:
            lines.append(tip_link(f"call-facts:{t.id}", facts_line(t.call)))
        if t.notes:
            lines.append(escape(t.notes))
        if d.key_words:
            lines.append(escape(fill(self.tr("Key words: %1"), " · ".join(d.key_words))))
        for objection in d.objections:
            lines.append(escape(fill(self.tr("Real objection: %1"), objection.real)))
        if t.next_step:
            lines.append("→ " + escape(t.next_step))
        return f"<p {P}>" + "<br>".join(lines) + "</p>"
