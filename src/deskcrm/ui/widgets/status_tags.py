"""The built-in status tags (Y/N visited, M/O bought, VIP) as ticks, where a touch is logged."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from deskcrm.core.model import BuiltinTag, TagInfo
from deskcrm.core.rules.tags import EXCLUSIVE
from deskcrm.ui.vocabulary.tags import builtin_meaning, builtin_short

BUILTIN_ORDER = (BuiltinTag.Y, BuiltinTag.N, BuiltinTag.M, BuiltinTag.O, BuiltinTag.VIP)


class StatusTagBoxes(QWidget):
    """One tick per built-in tag; ticking Y unticks N (and M/O) as the rules require."""

    def __init__(
        self, parent: QWidget | None = None, *, mnemonics: bool = True, columns: int = 0
    ) -> None:
        """`columns`: ticks per row (0: all on one row), so narrow forms can wrap them."""
        super().__init__(parent)
        self.builtin_ids: dict[BuiltinTag, int] = {}
        self.had: set[int] = set()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        per_row = columns or len(BUILTIN_ORDER)
        self.boxes: dict[BuiltinTag, QCheckBox] = {}
        for index, builtin in enumerate(BUILTIN_ORDER):
            label = builtin_short(builtin)
            box = QCheckBox(f"&{label}" if mnemonics else label)
            box.setToolTip(builtin_meaning(builtin))
            box.toggled.connect(lambda on, b=builtin: self._toggled(b, on))
            self.boxes[builtin] = box
            layout.addWidget(box, index // per_row, index % per_row)
        layout.setColumnStretch(per_row, 1)

    def set_contact(self, all_tags: Iterable[TagInfo], had: Collection[int]) -> None:
        """Tick what the contact has now; changes are measured against it."""
        self.builtin_ids = {BuiltinTag(t.builtin): t.id for t in all_tags if t.builtin}
        self.had = set(had)
        for builtin, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(self.builtin_ids.get(builtin) in self.had)
            box.blockSignals(False)

    def _toggled(self, builtin: BuiltinTag, on: bool) -> None:
        partner = EXCLUSIVE.get(builtin)
        if on and partner is not None:
            self.boxes[partner].setChecked(False)

    def changes(self, implied: Collection[BuiltinTag] = ()) -> tuple[list[int], list[int]]:
        """(add, remove) tag ids against the contact's tags.

        `implied` are built-ins the service sets by itself (a visit tags Y, a won call M):
        unticking one of them must be sent as a removal even though the contact lacks it.
        """
        add: list[int] = []
        remove: list[int] = []
        for builtin, box in self.boxes.items():
            tid = self.builtin_ids.get(builtin)
            if tid is None:
                continue
            if box.isChecked() and tid not in self.had:
                add.append(tid)
            elif not box.isChecked() and (tid in self.had or builtin in implied):
                remove.append(tid)
        return add, remove
