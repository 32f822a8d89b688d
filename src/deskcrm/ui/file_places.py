"""Where the save and open dialogs start: the folder the rep used last, else Documents.

Never the program's working folder, which for an installed app is wherever it was
started from (often the install folder or /)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

_last_folder: Path | None = None


def start_path(file_name: str = "") -> str:
    """A suggested path for a file dialog: `file_name` in the last folder used."""
    folder = _last_folder
    if folder is None or not folder.is_dir():
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return str(folder / file_name) if file_name else str(folder)


def remember(chosen: str) -> str:
    """Note the folder of a path the rep picked (returned unchanged, for chaining)."""
    global _last_folder
    if chosen:
        _last_folder = Path(chosen).parent
    return chosen
