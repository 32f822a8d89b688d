"""Start-up notice of follow-ups due today, and the evening "plan tomorrow" reminder.

Both use the system tray when there is one and the status bar otherwise (offscreen,
some Linux desktops); neither opens a dialog, so nothing interrupts a call.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from deskcrm.core.model import ContactQuery
from deskcrm.core.rules.plan_reminder import reminder_due
from deskcrm.core.services import contact_list
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.operations import Op

CHECK_EVERY_MS = 60_000
DUE_TODAY = ContactQuery(view=contact_list.View.DUE_TODAY.value)

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr() calls under the empty context.
    return QCoreApplication.translate("", text)


class Reminders(QObject):
    def __init__(self, bridge: Bridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.last_shown: date | None = None
        self.shown: list[str] = []  # what was said, newest last (tests read it)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            app = QApplication.instance()
            style = app.style() if isinstance(app, QApplication) else None
            icon = (
                style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
                if style
                else QIcon()
            )
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("DeskCRM")
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_evening)
        self.timer.start()
        self.start_notice = QTimer(self)
        self.start_notice.setSingleShot(True)
        self.start_notice.timeout.connect(self._count_due_off_thread)

    def announce_due_later(self, delay_ms: int) -> None:
        """Count today's follow-ups once the window is up, not before its first paint."""
        self.start_notice.start(delay_ms)

    def stop(self) -> None:
        """No more checks: the database is about to close."""
        self.timer.stop()
        self.start_notice.stop()

    def notify(self, title: str, text: str) -> None:
        self.shown.append(text)
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)
        self.bridge.status.emit(text)

    def due_today(self) -> int:
        count = contact_list.count(self.bridge.db, DUE_TODAY)
        self._announce_due(count)
        return count

    def _count_due_off_thread(self) -> None:
        # ~0.1 s at 100,000 contacts: counted on a worker so the window stays responsive.
        (
            Op(self.bridge, lambda db: contact_list.count(db, DUE_TODAY))
            .success(self._announce_due)
            .catch(
                BaseException, lambda exc: log.warning("could not count due follow-ups: %s", exc)
            )
            .run_in_background()
        )

    def _announce_due(self, count: int) -> None:
        if count:
            self.notify(
                tr("Follow-ups due"),
                tr(
                    "%1 follow-up(s) due today or overdue: see Contacts → Follow-up due today."
                ).replace("%1", str(count)),
            )

    def check_evening(self) -> bool:
        db = self.bridge.db
        now = db.now().astimezone()
        if not reminder_due(
            now,
            str(db.get_setting("plan.reminder_time")),
            bool(db.get_setting("plan.reminder_enabled")),
            self.last_shown,
        ):
            return False
        self.last_shown = now.date()
        self.notify(tr("Plan tomorrow"), tr("Time to plan tomorrow: open Plan (Ctrl+2)."))
        return True
