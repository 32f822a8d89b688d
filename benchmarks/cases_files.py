"""File cases: export all contacts to CSV and XLSX, import a 100k-row CSV (issue case 8).

Floors: the same rows written by the csv module / openpyxl's write-only mode straight
from raw sqlite3; for import, reading and inserting the same rows with raw sqlite3.
Targets are throughputs (export ≥ 50,000 rows/s, import ≥ 10,000 rows/s) as well.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
import tempfile
from pathlib import Path

from benchmarks.generate import insert_rows
from benchmarks.harness import Result, compare
from deskcrm.core.services import exports, imports
from deskcrm.core.services.database import Database
from deskcrm.core.services.startup import open_database
from deskcrm.db.base import Base

EXPORT_ROWS_PER_S = 50_000
IMPORT_ROWS_PER_S = 10_000


def _floor_rows(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    # The same columns the app writes: phones as typed, tags in the tag bar's order.
    return conn.execute(
        "SELECT c.name,"
        " (SELECT group_concat(raw, '; ') FROM (SELECT raw FROM contact_phones"
        "   WHERE contact_id = c.id ORDER BY position)),"
        " c.email, c.company, c.title, c.industry, c.city, c.region, c.wechat_id,"
        " (SELECT group_concat(name, ', ') FROM (SELECT t.name FROM contact_tags ct"
        "   JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id"
        "   ORDER BY t.builtin IS NULL, t.position, t.name)),"
        " c.notes, c.source"
        " FROM contacts c WHERE c.deleted_at IS NULL ORDER BY c.name_sort, c.id"
    ).fetchall()


def export_cases(db: Database, path: str, scale: int, repeat: int) -> list[Result]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for fmt in ("csv", "xlsx"):
            target = folder / f"app.{fmt}"

            def app(target: Path = target) -> int:
                return exports.export_contacts(db, target).count

            def floor(fmt: str = fmt) -> int:
                rows = _floor_rows(conn)
                if fmt == "csv":
                    with (folder / "floor.csv").open("w", encoding="utf-8-sig", newline="") as f:
                        csv.writer(f).writerows(rows)
                else:
                    from openpyxl import Workbook

                    book = Workbook(write_only=True)
                    sheet = book.create_sheet()
                    for row in rows:
                        sheet.append(list(row))
                    book.save(folder / "floor.xlsx")
                return len(rows)

            result = compare(
                f"export all contacts to {fmt.upper()}",
                scale,
                app,
                floor,
                repeat=max(1, repeat // 3),
                target_ratio=1.5,
            )
            if result.app_ms:
                result.rows_per_s = round(scale / (result.app_ms / 1000))
                result.ok = bool(result.ok) and result.rows_per_s >= EXPORT_ROWS_PER_S
                result.note = f"{result.note} {result.rows_per_s:,} rows/s (target ≥50,000)"
            out.append(result)
    conn.close()
    return out


def import_case(db: Database, path: str, scale: int, repeat: int) -> list[Result]:
    """Import `scale` CSV rows (exported from the benchmark db) into a fresh database."""
    out: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "contacts.csv"
        exports.export_contacts(db, source)
        for encoding in ("utf-8", "gbk"):
            file = source
            if encoding == "gbk":
                file = folder / "contacts-gbk.csv"
                file.write_bytes(
                    source.read_text(encoding="utf-8-sig").encode("gbk", errors="replace")
                )
            empty = folder / "empty.sqlite3"
            open_database(f"sqlite:///{empty}").dispose()

            def fresh(empty: Path = empty) -> Path:
                target = folder / "target.sqlite3"
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{target}{suffix}").unlink(missing_ok=True)
                shutil.copy(empty, target)
                return target

            def app(file: Path = file) -> int:
                target = open_database(f"sqlite:///{fresh()}")
                try:
                    summary, _ = imports.commit(target, imports.read_file(file))
                finally:
                    target.dispose()
                return summary.new

            def floor(file: Path = file, encoding: str = encoding) -> int:
                conn = sqlite3.connect(fresh(), isolation_level=None)
                conn.execute("BEGIN")
                with file.open(encoding="utf-8-sig" if encoding == "utf-8" else encoding) as f:
                    rows = list(csv.reader(f))[1:]
                insert_rows(
                    conn,
                    Base.metadata.tables["contacts"],
                    (
                        {
                            "name": r[0],
                            "company": r[3] if len(r) > 3 else "",
                            "created_at": 0,
                            "updated_at": 0,
                        }
                        for r in rows
                    ),
                )
                conn.execute("COMMIT")
                conn.close()
                return len(rows)

            result = compare(
                f"import {scale:,}-row CSV ({encoding})",
                scale,
                app,
                floor,
                repeat=1,
                target_ratio=None,
                same=lambda a, b: True,
            )
            if result.app_ms:
                result.rows_per_s = round(scale / (result.app_ms / 1000))
                result.ok = result.rows_per_s >= IMPORT_ROWS_PER_S
                result.note = (
                    f"{result.rows_per_s:,} rows/s (target ≥10,000); the floor only inserts"
                    " name and company (no pinyin, phones, duplicate checks)"
                )
            out.append(result)
    return out
