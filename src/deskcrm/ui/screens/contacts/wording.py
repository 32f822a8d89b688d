"""UI-language words only the contacts screen shows: the names of its built-in views.

Words other screens share (tags, kinds, stages, money, dates) live in deskcrm.ui.vocabulary.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskcrm.core.services.contact_list import View

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def view_name(view: View | str) -> str:
    names: dict[str, str] = {
        View.VIP_STALE: QCoreApplication.translate(
            "ContactsWording", "VIP not touched in 180 days"
        ),
        View.VISITED_NOT_BOUGHT: QCoreApplication.translate(
            "ContactsWording", "Visited, not bought (Y+O)"
        ),
        View.STUCK_AT_3: QCoreApplication.translate("ContactsWording", "Stuck at 3 touches"),
        View.DUE_TODAY: QCoreApplication.translate("ContactsWording", "Follow-up due today"),
        View.CLASS_OVERDUE: QCoreApplication.translate("ContactsWording", "Class A/B/C overdue"),
        View.NOT_QUALIFIED: QCoreApplication.translate("ContactsWording", "Not qualified"),
        View.ASK_REFERRAL: QCoreApplication.translate("ContactsWording", "Ask for a referral"),
        View.GOING_COLD: QCoreApplication.translate("ContactsWording", "Customers going cold"),
    }
    return names.get(view, str(view))
