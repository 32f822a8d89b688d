"""Driver: start the real app on a data folder, stop once the first page is painted."""

from __future__ import annotations

import json
import resource
import sys
import time

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from deskcrm.app import start
from deskcrm.cli import parse_args


def main() -> None:
    session = start(parse_args(["--data-dir", sys.argv[1], "--lang", "en"]))
    window = session.window
    screen = window.screens["contacts"]  # type: ignore[attr-defined]
    app = QApplication.instance()
    assert app is not None
    # Wait as the app's own event loop does (blocking, GIL released): a busy loop of
    # processEvents() would starve the worker thread that reads the first page.
    while screen.is_loading() or screen.model.rowCount() == 0:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    screen.table.viewport().repaint()
    app.processEvents()
    painted_at = time.time()
    rows = screen.model.rowCount()
    info = {
        "rows": rows,
        "painted_at": painted_at,
        "pyqtgraph": "pyqtgraph" in sys.modules,
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    window.close()  # type: ignore[attr-defined]
    # Closed like a rep closes the app at night (clean mark; the exit backup is left out,
    # it would only fill the temporary folder). This runs after the paint was timed.
    session.demo_dir = None
    session.ctx.close(clean=True)
    session.close()
    print(json.dumps(info))


if __name__ == "__main__":
    main()
