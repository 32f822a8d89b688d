"""Floor for start-up: a bare PySide6 window with a table of the first 200 contacts."""

from __future__ import annotations

import json
import sqlite3
import sys
import time

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def main() -> None:
    app = QApplication([])
    conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT name, company, class_code, touch_count, last_touch_at, next_follow_up"
        " FROM contacts WHERE deleted_at IS NULL ORDER BY name_sort, id LIMIT 200"
    ).fetchall()
    model = QStandardItemModel(len(rows), 6)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem("" if value is None else str(value)))
    window = QMainWindow()
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()
    view.viewport().repaint()
    app.processEvents()
    print(json.dumps({"rows": len(rows), "painted_at": time.time()}))


if __name__ == "__main__":
    main()
