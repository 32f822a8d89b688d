"""Non-GUI subcommands; each module registers its own parsers with `register`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from deskcrm.core.services.startup import DataFolder

# Modules under deskcrm.commands that provide subcommands, in --help order.
MODULES = (
    "contacts",
    "touches",
    "demo",
    "safety",
    "imports",
    "exports",
    "plan",
    "messages",
    "stats",
)


# A subcommand works on the data folder named on the command line.
CommandContext = DataFolder

Handler = Callable[[argparse.Namespace, CommandContext], int]


def add_command(
    subparsers: Any, name: str, handler: Handler, help_text: str
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help_text)
    parser.set_defaults(handler=handler)
    return parser
