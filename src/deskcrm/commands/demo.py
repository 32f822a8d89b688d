"""`deskcrm seed-demo`: fill the data folder's database with the demo data set."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from deskcrm.commands import CommandContext, add_command
from deskcrm.core.errors import DatabaseCorrupt, StorageError
from deskcrm.core.services.demo import DEFAULT_SEED, DemoNotEmpty, seed_demo


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "seed-demo",
        _seed_demo,
        "fill the database with realistic demo data (about 300 contacts)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="add the demo data even when the database already has contacts",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        help=f"random seed: the same seed at the same time gives the same data "
        f"(default {DEFAULT_SEED})",
    )


def _seed_demo(args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.open_db()
    try:
        s = seed_demo(db, seed=args.seed, force=args.force)
        # Committed is not enough: on a full disk the database file cannot take the
        # rows out of the write-ahead log, and "seeded" would be a lie.
        ctx.settle()
    except (StorageError, DatabaseCorrupt) as exc:
        from deskcrm.commands.language import speaking
        from deskcrm.ui.i18n import error_message

        with speaking(args, db):
            print(f"deskcrm: error: {error_message(exc)}", file=sys.stderr)
        return 1
    except DemoNotEmpty as exc:
        print(
            f"deskcrm: error: the database already has {exc.contacts} contacts; "
            "use --force to add the demo data anyway",
            file=sys.stderr,
        )
        return 2
    print(
        f"Seeded demo data: {s.contacts} contacts, {s.touches} touches, "
        f"{s.deals} deals ({s.won} won, {s.lost} lost), {s.referrals} referrals, "
        f"{s.plan_items} plan items, {s.tags} new tags."
    )
    return 0
