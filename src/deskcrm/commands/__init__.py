"""Non-GUI subcommands; each module registers its own parsers with `register`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from deskcrm.core.services.database import Database
from deskcrm.paths import DataPaths

# Modules under deskcrm.commands that provide subcommands, in --help order.
MODULES = ("contacts", "demo")


@dataclass
class CommandContext:
    """What a subcommand needs: the data folder and a way to open its database."""

    paths: DataPaths
    db_url: str | None
    _db: Database | None = field(default=None, init=False)

    def open_db(self) -> Database:
        """Open (migrating if needed) the database; backups and locks are handled here."""
        if self._db is None:
            from deskcrm.core.services.backup import snapshot
            from deskcrm.core.services.database import utc_now
            from deskcrm.core.services.startup import open_database

            self.paths.ensure()
            url = self.db_url or self.paths.default_db_url()
            backups = self.paths.backups
            self._db = open_database(
                url, backup=lambda reason: snapshot(url, backups, reason, utc_now())
            )
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None


Handler = Callable[[argparse.Namespace, CommandContext], int]


def add_command(
    subparsers: Any, name: str, handler: Handler, help_text: str
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help_text)
    parser.set_defaults(handler=handler)
    return parser
