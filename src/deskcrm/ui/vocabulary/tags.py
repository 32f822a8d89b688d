"""Built-in status tags (Y/N visited, M/O bought, VIP) and their treatments in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskcrm.core.model import BuiltinTag
from deskcrm.core.rules.tags import Treatment

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def builtin_meaning(tag: BuiltinTag | str) -> str:
    """What a built-in letter stands for, e.g. Y -> "visited the store"."""
    return {
        BuiltinTag.Y: QCoreApplication.translate("TagWords", "Visited the store / met in person"),
        BuiltinTag.N: QCoreApplication.translate("TagWords", "Has not visited yet"),
        BuiltinTag.M: QCoreApplication.translate("TagWords", "Has bought"),
        BuiltinTag.O: QCoreApplication.translate("TagWords", "Has not bought yet"),
        BuiltinTag.VIP: QCoreApplication.translate("TagWords", "Key customer"),
    }.get(BuiltinTag(tag), str(tag))


def builtin_short(tag: BuiltinTag | str) -> str:
    """A short chip label: the letter and one word."""
    return {
        BuiltinTag.Y: QCoreApplication.translate("TagWords", "Y visited"),
        BuiltinTag.N: QCoreApplication.translate("TagWords", "N not visited"),
        BuiltinTag.M: QCoreApplication.translate("TagWords", "M bought"),
        BuiltinTag.O: QCoreApplication.translate("TagWords", "O not bought"),
        BuiltinTag.VIP: QCoreApplication.translate("TagWords", "VIP"),
    }.get(BuiltinTag(tag), str(tag))


def treatment_text(treatment: Treatment) -> str:
    """How to treat a contact with this combination of status tags."""
    return {
        Treatment.INVITE: QCoreApplication.translate(
            "TagWords",
            "Not visited: invite them to the store — an in-store event or a small gift "
            "for coming by.",
        ),
        Treatment.DIG_NEED: QCoreApplication.translate(
            "TagWords",
            "Visited, not bought: their need is not met yet — show new products and dig "
            "for the need.",
        ),
        Treatment.UPGRADE: QCoreApplication.translate(
            "TagWords",
            "Visited and bought: trust exists — offer an upgrade, a bundle or a repeat purchase.",
        ),
        Treatment.VIP_CARE: QCoreApplication.translate(
            "TagWords",
            "VIP: little product talk, personal care and one-to-one messages; ask for "
            "referrals; call at least twice a year.",
        ),
        Treatment.BATCH_MESSAGE: QCoreApplication.translate(
            "TagWords",
            "Never bought: include them in grouped batch messages and follow up one-to-one "
            "with whoever replies.",
        ),
    }[treatment]
