"""The call screen: who is next, their story, the script outline, tone, a timer, what was said,
and the one-step finish that saves it all as one touch.

Keys: Ctrl+N next call · F5 timer · F6 who is talking · Ctrl+Up/Down script sections ·
F7 (or Ctrl+Space) tick the section and go on · F8 ask "why?" about an objection ·
Ctrl+Enter save the call (the next one opens) · F9 edit scripts.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.changes import Changes
from deskcrm.core.errors import DeskCRMError
from deskcrm.core.rules.call_details import CallDetails
from deskcrm.core.services import calls, scripts, tagging
from deskcrm.core.services.calls import CallRecord, CallStory, SavedCall
from deskcrm.core.services.scripts import ScriptFileInvalid
from deskcrm.paths import resources_dir
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.i18n import error_message, ui_language
from deskcrm.ui.operations import Op
from deskcrm.ui.screens.base import Screen
from deskcrm.ui.screens.call.capture_panel import CapturePanel
from deskcrm.ui.screens.call.finish_panel import FinishPanel
from deskcrm.ui.screens.call.outline_panel import OutlinePanel
from deskcrm.ui.screens.call.queue_panel import QueuePanel
from deskcrm.ui.screens.call.script_editor import ScriptEditorDialog
from deskcrm.ui.screens.call.story_panel import StoryPanel
from deskcrm.ui.screens.call.timer_panel import TimerPanel
from deskcrm.ui.screens.call.tone_panel import TonePanel
from deskcrm.ui.shortcuts import add_shortcut
from deskcrm.ui.vocabulary.templates import fill

SPLIT_SHARES = (0.13, 0.28, 0.27, 0.32)
BANNER_STYLE = "background: #ffebee; color: #b71c1c; padding: 6px; border-radius: 4px;"


class CallScreen(Screen):
    def __init__(
        self,
        bridge: Bridge,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(bridge, parent)
        self.story_data: CallStory | None = None
        self.plan_item_id: int | None = None
        self._stale = False
        self._sized = False
        outer = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        outer.addWidget(self.banner)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)

        self.queue = QueuePanel()
        self.queue.chosen.connect(self.open_contact)
        self.queue.next_requested.connect(self.next_call)
        split.addWidget(self.queue)

        # The story gets a whole column so the promise and the recent touches are read
        # without scrolling; the script shares its column only with the timer.
        self.story = StoryPanel()
        self.story.open_contact.connect(
            lambda cid: self.bridge.navigate.emit("contacts", {"contact_id": cid})
        )
        split.addWidget(self.story)

        during = QWidget()
        dcol = QVBoxLayout(during)
        dcol.setContentsMargins(0, 0, 0, 0)
        self.timer = TimerPanel(clock)
        self.outline = OutlinePanel()
        self.outline.edit_requested.connect(self.edit_scripts)
        dcol.addWidget(self.timer)
        dcol.addWidget(self.outline, 1)
        split.addWidget(during)

        # What is said and how the call ends, saved together: the voice checks are the
        # first tab (ticked before dialling), notes take over once the timer runs.
        self.tone = TonePanel()
        self.capture = CapturePanel()
        self.capture.insertTab(0, self.tone, self.tr("&0 Voice"))
        self.capture.setTabToolTip(0, self.tr("Before you dial: check your voice"))
        self.finish = FinishPanel(bridge)
        self.finish.save_requested.connect(self.save)
        finish_scroll = QScrollArea()
        finish_scroll.setWidgetResizable(True)
        finish_scroll.setFrameShape(QFrame.Shape.NoFrame)
        finish_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        finish_scroll.setWidget(self.finish)
        # The finish form is shown whole (it scrolls only when a won deal or a referral
        # adds rows); the capture tabs take what is left.
        self.finish_scroll = finish_scroll
        self.finish.outcome.currentIndexChanged.connect(self._fit_finish)
        self.finish.referral_box.toggled.connect(self._fit_finish)
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addWidget(self.capture, 1)
        rcol.addWidget(finish_scroll)
        self.right = right
        split.addWidget(right)
        # The story and the script need the room; the queue keeps its own.
        self.queue.setMinimumWidth(130)
        self.queue.setMaximumWidth(280)
        self.story.setMinimumWidth(260)
        self.split = split
        for index, stretch in enumerate((0, 3, 3, 3)):
            split.setStretchFactor(index, stretch)

        for keys, slot in (
            ("F5", self.toggle_timer),
            ("F6", lambda: self.timer.switch_speaker()),
            ("F7", self.outline.tick_and_next),
            ("Ctrl+Space", self.outline.tick_and_next),
            ("F8", self.capture.ask_why),
            ("Ctrl+Up", lambda: self.outline.step(-1)),
            ("Ctrl+Down", lambda: self.outline.step(1)),
            ("Ctrl+Return", self.save),
            ("Ctrl+Enter", self.save),
            ("Ctrl+N", self.next_call),
            ("F9", self.edit_scripts),
        ):
            add_shortcut(self, keys, slot)
        self.bridge.changed.connect(self._on_changed)
        # The shipped scripts in the UI language, once; the rep's own stay as they are.
        folder, lang = resources_dir() / "scripts", ui_language()
        Op(bridge, lambda db: scripts.install_defaults(db, folder, lang), initiator=self).catch(
            ScriptFileInvalid, self._scripts_invalid
        ).run()
        self.reload_scripts()
        self.reload_queue()
        self._show_empty()

    # Queue and contact

    def toggle_timer(self) -> None:
        """F5: the call starts (the notes come forward) or stops."""
        self.timer.toggle()
        if self.timer.running and self.capture.currentWidget() is self.tone:
            self.capture.setCurrentWidget(self.capture.notes_tab)
            self.capture.notes_tab.notes.setFocus()

    @property
    def contact_id(self) -> int | None:
        return None if self.story_data is None else self.story_data.contact.id

    def reload_queue(self) -> None:
        self._stale = False
        self.queue.set_entries(calls.call_queue(self.bridge.db, self.bridge.db.today()))
        self.queue.select(self.contact_id)

    def reload_scripts(self, keep: int | None = None) -> None:
        self.outline.set_scripts(scripts.list_scripts(self.bridge.db, ui_language()), keep)

    def on_shown(self) -> None:
        if self._stale:
            self.reload_queue()

    def _fit_finish(self) -> None:
        """The finish form whole where the column allows; the capture tabs keep their least."""
        room = self.right.height() - self.capture.minimumSizeHint().height()
        wanted = self.finish.sizeHint().height()
        if self.finish.hasHeightForWidth():
            # Narrow columns put form labels above their fields: taller than the hint.
            wanted = max(wanted, self.finish.heightForWidth(self.finish_scroll.viewport().width()))
        self.finish_scroll.setMinimumHeight(max(0, min(wanted, room)) if room > 0 else wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_finish()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized and self.split.width() > 0:
            # Shares of the width for queue, story + script, during the call, finish.
            self._sized = True
            total = self.split.width()
            self.split.setSizes([round(total * share) for share in SPLIT_SHARES])

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and (changes.plan or changes.contact_list or changes.contacts):
            self._stale = True
            if self.isVisible():
                self.reload_queue()

    def open_target(self, params: Any) -> None:
        if isinstance(params, dict) and "contact_id" in params:
            item = params.get("plan_item_id")
            self.open_contact(int(params["contact_id"]), None if item is None else int(item))

    def next_call(self) -> None:
        entry = self.queue.next_after(self.contact_id)
        if entry is None:
            self.bridge.status.emit(self.tr("Nobody else to call today"))
            return
        self.open_contact(entry.contact_id, entry.plan_item_id)

    def is_dirty(self) -> bool:
        """A call under way or with something captured that is not saved yet."""
        return self.story_data is not None and (
            self.timer.seconds() > 0 or self.capture.is_dirty() or self.finish.is_dirty()
        )

    def _may_leave(self, contact_id: int) -> bool:
        if contact_id == self.contact_id or not self.is_dirty() or self.story_data is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Call not saved"),
            fill(
                self.tr("The call with %1 is not saved. Discard it and open the next one?"),
                self.story_data.contact.name,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_contact(self, contact_id: int, plan_item_id: int | None = None) -> None:
        if not self._may_leave(contact_id):
            return
        db = self.bridge.db
        try:
            story = calls.call_story(db, contact_id)
        except DeskCRMError as exc:
            self.show_banner(error_message(exc))
            return
        today = db.today()
        self.story_data = story
        self.plan_item_id = (
            plan_item_id if plan_item_id is not None else calls.planned_item(db, contact_id, today)
        )
        self.hide_banner_unless_script_error()
        self.timer.reset()
        self.tone.reset()
        q = story.method.qualification
        own_open = [(a.question_id, a.text) for a in q.own if a.question_id in q.own_unanswered]
        self.capture.reset(q.unanswered, story.method.verification, own_open)
        self.outline.reset(story.contact.next_step)
        self.outline.choose(story.script_id)
        self.finish.reset(story, tagging.list_tags(db), today)
        self._fit_finish()
        self.story.show_story(story, today)
        self.queue.select(contact_id)
        self._enable(True)
        self.tone.boxes[next(iter(self.tone.boxes))].setFocus()

    def _show_empty(self) -> None:
        self.story_data = None
        self.story.show_empty(
            self.tr("No call open"),
            self.tr(
                "Pick someone from the list on the left (Enter) or press “Next call” "
                "(Ctrl+N). Today's planned calls come first (★), then prospects by "
                "key-account score."
            ),
        )
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for panel in (self.outline, self.timer, self.tone, self.capture, self.finish):
            panel.setEnabled(on)

    # Scripts

    def edit_scripts(self) -> ScriptEditorDialog:
        current = self.outline.script()
        dialog = ScriptEditorDialog(
            self.bridge,
            ui_language(),
            self,
            current_id=current.id if current else None,
            shipped=resources_dir() / "scripts",
        )
        dialog.finished.connect(lambda _result: self._scripts_edited(dialog))
        dialog.open()
        return dialog

    def _scripts_edited(self, dialog: ScriptEditorDialog) -> None:
        if dialog.changed:
            self.reload_scripts(dialog.chosen_id())

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def hide_banner_unless_script_error(self) -> None:
        # A broken script file stays reported; a stale "contact not found" goes away.
        if not self.banner.property("sticky"):
            self.banner.hide()

    # Saving

    def details(self) -> CallDetails:
        script = self.outline.script()
        rep, customer = self.timer.talk()
        return CallDetails(
            script_id=script.id if script else None,
            script_name=script.name if script else "",
            outline=self.outline.outline.toPlainText(),
            sections_done=self.outline.model.done_titles(),
            sections_total=len(self.outline.model.sections),
            key_words=tuple(self.capture.notes_tab.key_words.stringList()),
            objections=tuple(self.capture.objections_tab.objections),
            verification=self.capture.questions_tab.verification(),
            tone=self.tone.ticked(),
            rep_talk_s=rep,
            customer_talk_s=customer,
        )

    def record(self) -> CallRecord | None:
        story = self.story_data
        if story is None:
            return None
        add, remove, names = self.finish.tag_changes()
        script = self.outline.script()
        return CallRecord(
            contact_id=story.contact.id,
            outcome=self.finish.outcome_value().value,
            duration_s=self.timer.seconds(),
            notes=self.capture.notes_tab.notes.toPlainText(),
            next_step=self.finish.next_step.text(),
            next_follow_up=self.finish.follow_up_date(),
            add_tags=add,
            remove_tags=remove,
            new_tags=names,
            details=self.details(),
            answers=self.capture.questions_tab.answers(),
            own_answers=self.capture.questions_tab.own_answers(),
            won=self.finish.won(),
            lost=self.finish.lost(),
            referral=self.finish.referral(),
            plan_item_id=self.plan_item_id,
            script_id=script.id if script else None,
            coach=self.finish.coach_change(),
        )

    def save(self) -> bool:
        if self.finish.coach_unknown():
            self.finish.show_error(
                self.tr("Pick the coach from the list of existing contacts."), "coach"
            )
            return False
        record = self.record()
        if record is None or self.story_data is None:
            return False
        self.timer.stop()
        name = self.story_data.contact.name
        self.finish.clear_error()
        result = (
            Op(self.bridge, lambda db: calls.save_call(db, record), initiator=self, parent=self)
            .catch(DeskCRMError, self._save_refused)
            .run()
        )
        if result is None:
            return False
        saved = result[0]
        self.bridge.status.emit(self._saved_text(name, saved, record))
        self.story_data = None  # saved: nothing left to lose
        self.reload_queue()
        entry = self.queue.next_after(record.contact_id)
        if entry is None:
            self._show_empty()
        else:
            self.open_contact(entry.contact_id, entry.plan_item_id)
        return True

    def _scripts_invalid(self, exc: ScriptFileInvalid) -> None:
        self.show_banner(error_message(exc))
        self.banner.setProperty("sticky", True)

    def _save_refused(self, exc: DeskCRMError) -> None:
        # Shown beside the form, which keeps everything typed.
        self.finish.show_error(error_message(exc), str(getattr(exc, "field", "") or ""))

    def _saved_text(self, name: str, saved: SavedCall, record: CallRecord) -> str:
        parts = [fill(self.tr("Call with %1 saved."), name)]
        if saved.referred_contact_id is not None:
            parts.append(self.tr("The referral is in your contacts."))
        if saved.thanks is not None:
            parts.append(self.tr("A thank-you is on your plan."))
        if saved.plan_item_done:
            parts.append(self.tr("Ticked off on today's plan."))
        elif record.plan_item_id is not None:
            parts.append(self.tr("Still open on today's plan."))
        if record.next_follow_up == self.bridge.db.today():
            parts.append(self.tr("It comes back at the end of today's queue."))
        # Chinese sentences end in "。" and run on without a space.
        return "".join(p if p.endswith("。") else p + " " for p in parts).strip()
