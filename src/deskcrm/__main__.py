"""Entry point for `python -m deskcrm` and the `deskcrm` console script."""

from __future__ import annotations

import sys


def main() -> None:
    from deskcrm.cli import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
