"""Child process for the crash test: writes through the app's services, reports each commit.

Run as `python crash_writer.py DB_URL START`; prints "<n>\n" after commit n is done.
"""

from __future__ import annotations

import sys

from deskcrm.core.model import BuiltinTag, ContactInput, TouchKind
from deskcrm.core.services import contacts, tagging, touches
from deskcrm.core.services.startup import open_database


def main() -> None:
    url, start = sys.argv[1], int(sys.argv[2])
    db = open_database(url)
    with db.reading() as s:
        vip = tagging.builtin_ids(s)[BuiltinTag.VIP]
    n = start
    while True:
        cid, _ = contacts.create_contact(
            db, ContactInput(name=f"客户{n}", phones=(f"+86 138 {n:04d} {n % 10000:04d}",))
        )
        touches.log_touch(
            db,
            touches.TouchInput(
                contact_id=cid, kind=TouchKind.VISIT, notes=f"拜访 {n}", add_tags=(vip,)
            ),
        )
        # Reported only after both transactions committed.
        sys.stdout.write(f"{n}\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":
    main()
