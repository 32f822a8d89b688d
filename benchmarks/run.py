"""Run the benchmarks: `python -m benchmarks.run [--scale N] [--repeat K] [--json FILE]`.

Builds (or reuses from .bench-cache/) a synthetic database of N contacts with 10
touches each, then times each case against its floor in the same process and run.
Exits non-zero only when a case cannot run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from benchmarks import (
    cases_cli,
    cases_files,
    cases_gui,
    cases_list,
    cases_messages,
    cases_method,
    cases_write,
)
from benchmarks.generate import NOW, cached
from benchmarks.harness import Result, table, write_json
from deskcrm.core.services.startup import open_database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--scale", type=int, default=100_000, help="contacts (default 100000)")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per side")
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    args = parser.parse_args(argv)
    path = cached(args.scale)
    db = open_database(f"sqlite:///{path}", clock=lambda: NOW)
    results: list[Result] = []
    try:
        results += cases_gui.startup_case(db, str(path), args.scale, args.repeat)
        results += cases_list.run(db, str(path), args.scale, args.repeat)
        results += cases_method.run(db, str(path), args.scale, args.repeat)
        results += cases_cli.run(db, str(path), args.scale, args.repeat)
        results += cases_gui.scroll_case(db, str(path), args.scale, args.repeat)
        results += cases_files.export_cases(db, str(path), args.scale, args.repeat)
        results += cases_files.import_case(db, str(path), args.scale, args.repeat)
        results += cases_messages.run(str(path), args.scale, args.repeat)
        # Writes last, on a copy: the cache the read cases use never changes.
        results += cases_write.run(str(path), args.scale, args.repeat)
    finally:
        db.dispose()
    print(table(results))
    if args.json:
        write_json(results, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
