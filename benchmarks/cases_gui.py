"""GUI cases: scrolling the contacts table top to bottom, and cold start (issue cases 1, 4).

Scroll: the app's windowed ContactTableModel in a QTableView, scrolled page by page
to the bottom; floor: a bare windowed model over the same id list reading 200-row
pages with raw sqlite3. Start-up: the whole app process (to the main window with
its first page of contacts painted) against a bare PySide6 window showing the
same 200 rows; both run as fresh processes so imports are counted.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.harness import Result, compare, measure, peak_rss_mib
from deskcrm.core.model import ContactQuery
from deskcrm.core.services import contact_list
from deskcrm.core.services.database import Database

HERE = Path(__file__).resolve().parent


def _scroll(view: Any, app: Any) -> int:
    bar = view.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    steps = 0
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()
        steps += 1
    return steps


def scroll_case(db: Database, path: str, scale: int, repeat: int) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from deskcrm.ui.screens.contacts.table_model import ContactTableModel

    app = QApplication.instance() or QApplication([])
    ids = contact_list.contact_ids(db, ContactQuery())
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    class Bare(QAbstractTableModel):
        def __init__(self, ids: Sequence[int]) -> None:
            super().__init__()
            self.ids, self.cache = list(ids), {}

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.ids)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 7

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            cid = self.ids[index.row()]
            row = self.cache.get(cid)
            if row is None:
                start = index.row() // 200 * 200
                page = self.ids[start : start + 200]
                marks = ",".join("?" * len(page))
                for r in conn.execute(
                    "SELECT id, name, company, class_code, touch_count, last_touch_at,"
                    f" next_follow_up FROM contacts WHERE id IN ({marks})",
                    page,
                ):
                    self.cache[r[0]] = r
                row = self.cache[cid]
            return row[index.column()]

    def run_view(model: Any) -> Any:
        view = QTableView()
        view.resize(1200, 800)
        view.setModel(model)
        view.show()
        steps = _scroll(view, app)
        view.close()
        return steps

    def app_side() -> int:
        model = ContactTableModel(lambda page: contact_list.rows_by_ids(db, page), db.today)
        model.set_ids(ids)
        return run_view(model)

    result = compare(
        "scroll contacts table top to bottom",
        scale,
        app_side,
        lambda: run_view(Bare(ids)),
        repeat=max(1, repeat // 2),
        target_ratio=2.0,
    )
    result.note = (result.note + f" peak RSS {peak_rss_mib():.0f} MiB (target ≤250)").strip()
    conn.close()
    return [result]


def _process_ms(args: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    """From launching the process to the moment it reports the first page painted."""
    start = time.time()
    out = subprocess.run(args, capture_output=True, text=True, env=env, check=True).stdout
    info = json.loads(out.strip().splitlines()[-1])
    return (float(info["painted_at"]) - start) * 1000, info


def startup_case(db: Database, path: str, scale: int, repeat: int) -> list[Result]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # An installed app has its bytecode compiled; without this every run would compile
    # the whole package again (this machine sets PYTHONDONTWRITEBYTECODE).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        folder.mkdir()
        shutil.copy(path, folder / "deskcrm.sqlite3")
        app_cmd = [sys.executable, str(HERE / "start_app.py"), str(folder)]
        floor_cmd = [sys.executable, str(HERE / "start_floor.py"), path]
        seen: dict[str, Any] = {}

        def timed(cmd: list[str]) -> tuple[float, float]:
            # The first run is yesterday's session: it takes the day's first backup,
            # compiles bytecode and closes cleanly, as a normal start finds the app.
            seen.update(_process_ms(cmd, env)[1])
            times = [_process_ms(cmd, env)[0] for _ in range(max(1, repeat // 2))]
            return statistics.median(times), max(times) - min(times)

        floor_ms, floor_spread = timed(floor_cmd)
        app_ms, app_spread = timed(app_cmd)
    ratio = app_ms / floor_ms
    result = Result(
        "cold start to the first page painted",
        scale,
        round(app_ms, 3),
        round(floor_ms, 3),
        round(app_spread, 3),
        round(floor_spread, 3),
        round(ratio, 2),
        1.5,
        ok=ratio <= 1.5,
    )
    result.peak_rss_mib = seen.get("peak_rss_mib")
    note = "pyqtgraph imported at start-up!" if seen.get("pyqtgraph") else "pyqtgraph not loaded"
    result.note = f"{result.note} {note}; app RSS {seen.get('peak_rss_mib')} MiB".strip()
    if seen.get("pyqtgraph"):
        result.ok = False
    return [result]


__all__ = ["measure", "scroll_case", "startup_case"]
