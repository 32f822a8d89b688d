"""Non-GUI subcommands; each module registers its own parsers with `register`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from deskcrm.core.services.database import Database
from deskcrm.db.dialect import sqlite_file
from deskcrm.paths import DataPaths, private_file

# Modules under deskcrm.commands that provide subcommands, in --help order.
MODULES = ("contacts", "touches", "demo", "safety", "imports", "exports", "plan")


@dataclass
class CommandContext:
    """What a subcommand needs: the data folder and a way to open its database."""

    paths: DataPaths
    db_url: str | None
    _db: Database | None = field(default=None, init=False)

    def open_db(self) -> Database:
        """Open (check, back up, migrate) the database; cached for the command's life.

        A damaged SQLite file raises DatabaseCorrupt before any engine touches it
        (opening switches the journal mode, which is already a write).
        """
        if self._db is None:
            from deskcrm.core.services import backup, integrity
            from deskcrm.core.services.database import utc_now
            from deskcrm.core.services.startup import open_database

            self.paths.ensure()
            url = self.db_url or self.paths.default_db_url()
            file = sqlite_file(url)
            if file is not None:
                integrity.check_at_open(self.paths, file)
                private_file(file)

            def pre_migration(reason: str) -> None:
                if file is not None and file.exists():
                    backup.create_backup(self.paths, file, utc_now(), reason)

            self._db = open_database(url, backup=pre_migration)
        return self._db

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def close(self, *, clean: bool = False) -> None:
        """Dispose of the engine; `clean` (a normal exit) leaves the clean-close mark."""
        if self._db is not None:
            self._db.dispose()
            self._db = None
            file = sqlite_file(self.db_url or self.paths.default_db_url())
            if clean and file is not None:
                from deskcrm.core.services import integrity

                integrity.mark_clean(file)


Handler = Callable[[argparse.Namespace, CommandContext], int]


def add_command(
    subparsers: Any, name: str, handler: Handler, help_text: str
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help_text)
    parser.set_defaults(handler=handler)
    return parser
