"""Command line: global options, the GUI by default, and non-GUI subcommands."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from deskcrm import __version__
from deskcrm.commands import MODULES, CommandContext
from deskcrm.paths import DataPaths


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole parser; `commands=False` leaves out the subcommands (and their imports)."""
    parser = argparse.ArgumentParser(
        prog="deskcrm", description="DeskCRM: a desktop CRM for one salesperson."
    )
    parser.add_argument("--version", action="version", version=f"DeskCRM {__version__}")
    parser.add_argument(
        "--data-dir",
        help="folder for the database, backups, logs and settings "
        "(default: $DESKCRM_DATA_DIR or the platform's user data folder)",
    )
    parser.add_argument(
        "--db-url", help="SQLAlchemy URL of the database (default: SQLite in the data folder)"
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="UI language (overrides setting)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the GUI on a fresh throwaway database filled with demo data",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in MODULES:
        module = importlib.import_module(f"deskcrm.commands.{name}")
        module.register(subparsers)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line; starting the GUI does not import the subcommand modules.

    Registering every subcommand imports the import/export/demo services (~80 ms),
    which a plain start of the window does not need.
    """
    words = list(sys.argv[1:] if argv is None else argv)
    if not {"-h", "--help"} & set(words):
        args, rest = build_parser(commands=False).parse_known_args(words)
        if not rest:
            return args
    return build_parser().parse_args(words)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command is None:
        from deskcrm.app import run_gui

        return run_gui(args)
    ctx: CommandContext | None = None
    code = 1
    try:
        ctx = CommandContext(paths=DataPaths.resolve(args.data_dir), db_url=args.db_url)
        code = int(args.handler(args, ctx))
    except BrokenPipeError:
        # The reader went away (`deskcrm contacts | head`): stop quietly, as shell tools
        # do, instead of a traceback; whatever was being written is already committed.
        _silence_stdout()
        code = SIGPIPE_EXIT
    except Exception as exc:
        # The last resort: one sentence in the user's language, the trace in the log.
        from deskcrm.commands.failures import report_failure

        code = report_failure(exc, args, ctx)
    finally:
        if ctx is not None:
            _close(ctx, clean=code in (0, SIGPIPE_EXIT))
    return code


def _close(ctx: CommandContext, *, clean: bool) -> None:
    try:
        ctx.close(clean=clean)
    except Exception as exc:
        # Closing on a full or read-only disk must not turn a clear message into a trace.
        from deskcrm.commands.failures import report_failure

        report_failure(exc, argparse.Namespace(command="close", lang=None), None)


SIGPIPE_EXIT = 141  # 128 + SIGPIPE, what a shell reports for a tool cut off by `head`


def _silence_stdout() -> None:
    # Python flushes stdout again at exit; point it at /dev/null so that flush is quiet.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
