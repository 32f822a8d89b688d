"""Every failure of a command is one sentence in the user's language, exit status 1, the
trace in the log, nothing changed: damaged, newer or unwritable databases, full disks,
bad folders and URLs (faults made at the lowest level: root ignores chmod)."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from deskcrm.cli import main
from deskcrm.commands import CommandContext
from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts
from deskcrm.db import engine as engine_module
from deskcrm.paths import DataPaths


@pytest.fixture(autouse=True)
def _own_logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test's log starts fresh; the fallback log goes under tmp_path."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    ctx = CommandContext(DataPaths(data), None)
    try:
        contacts.create_contact(ctx.open_db(), ContactInput(name="张伟"))
    finally:
        ctx.close(clean=True)
    return data


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["--lang", "en", *argv])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def _log(folder: Path) -> str:
    return (folder / "logs" / "deskcrm.log").read_text(encoding="utf-8")


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _fail_on_connect(monkeypatch: pytest.MonkeyPatch, message: str) -> None:
    """SQLite's own error when opening a connection (the WAL switch is its first write)."""

    def refuse(dbapi_connection: Any, record: Any) -> None:
        raise sqlite3.OperationalError(message)

    monkeypatch.setattr(engine_module, "_sqlite_on_connect", refuse)


def test_contacts_and_import_on_a_damaged_database(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = folder / "deskcrm.sqlite3"
    db.write_bytes(db.read_bytes()[:300])
    before = _snapshot(folder)
    code, err = _run(capsys, "--data-dir", str(folder), "contacts")
    assert code == 1 and "damaged" in err
    csv = tmp_path / "in.csv"
    csv.write_text("姓名\n李娜\n", encoding="utf-8")
    code, err = _run(capsys, "--data-dir", str(folder), "import", str(csv))
    assert code == 1 and "damaged" in err
    assert _snapshot(folder)["deskcrm.sqlite3"] == before["deskcrm.sqlite3"]
    assert "DatabaseCorrupt" in _log(folder)


def test_contacts_on_a_newer_schema(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(folder / "deskcrm.sqlite3")
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    code, err = _run(capsys, "--data-dir", str(folder), "contacts")
    assert code == 1 and "newer version of DeskCRM" in err
    assert "SchemaTooNew" in _log(folder)


@pytest.mark.parametrize(
    ("target", "words"),
    [("missing/x.sqlite3", "The folder does not exist"), ("/proc/x.sqlite3", "not allowed")],
)
def test_backup_into_a_missing_or_impossible_folder(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str, words: str
) -> None:
    where = tmp_path / target if not target.startswith("/") else Path(target)
    code, err = _run(capsys, "--data-dir", str(folder), "backup", str(where))
    assert code == 1 and words in err and str(where.parent) in err
    assert "Traceback" in _log(folder)


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("database or disk is full", "The disk is full"),
        ("attempt to write a readonly database", "read-only"),
    ],
)
def test_any_command_on_a_full_or_read_only_disk(
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    message: str,
    words: str,
) -> None:
    before = _snapshot(folder)
    _fail_on_connect(monkeypatch, message)
    for command in (["contacts"], ["export", str(folder.parent / "out.csv")]):
        code, err = _run(capsys, "--data-dir", str(folder), *command)
        assert code == 1 and words in err, err
        assert str(folder / "deskcrm.sqlite3") in err
    assert _snapshot(folder)["deskcrm.sqlite3"] == before["deskcrm.sqlite3"]
    assert not (folder.parent / "out.csv").exists()
    assert message in _log(folder)


def test_a_read_only_file_system(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The first write of any command is making the database private (chmod): EROFS there.
    real_chmod = os.chmod

    def chmod(path: Any, mode: int, **kw: Any) -> None:
        if str(path).startswith(str(folder)):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        real_chmod(path, mode, **kw)

    monkeypatch.setattr(os, "chmod", chmod)
    code, err = _run(capsys, "--data-dir", str(folder), "contacts")
    assert code == 1 and "read-only" in err and str(folder) in err


def test_the_disk_full_import_message_is_short(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from sqlalchemy import event

    real = engine_module.make_engine

    def full_disk_engine(url: str, **kw: Any) -> Any:
        made = real(url, **kw)

        @event.listens_for(made, "before_cursor_execute")
        def full(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            if statement.lstrip().upper().startswith("INSERT INTO CONTACTS"):
                raise sqlite3.OperationalError("database or disk is full")

        return made

    monkeypatch.setattr("deskcrm.core.services.startup.make_engine", full_disk_engine)
    csv = tmp_path / "in.csv"
    csv.write_text("姓名,公司\n" + "".join(f"客户{i},公司{i}\n" for i in range(500)), "utf-8")
    code = main(["--lang", "en", "--data-dir", str(folder), "import", str(csv)])
    err = capsys.readouterr().err
    assert code == 1
    assert "The disk is full" in err and str(folder / "deskcrm.sqlite3") in err
    assert len(err) < 400 and "INSERT" not in err
    conn = sqlite3.connect(folder / "deskcrm.sqlite3")
    try:
        assert [r[0] for r in conn.execute("SELECT name FROM contacts")] == ["张伟"]
    finally:
        conn.close()


def test_an_import_whose_final_checkpoint_fails_is_not_reported_as_done(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from deskcrm.core.errors import StorageError
    from deskcrm.core.services.startup import DataFolder

    def full(self: DataFolder) -> None:
        raise StorageError(
            "database or disk is full",
            reason="disk_full",
            stage="checkpoint",
            path=str(folder / "deskcrm.sqlite3"),
        )

    monkeypatch.setattr(DataFolder, "settle", full)
    csv = tmp_path / "in.csv"
    csv.write_text("姓名,公司\n李娜,华为\n", "utf-8")
    code = main(["--lang", "en", "--data-dir", str(folder), "import", str(csv)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "journal" in err and str(folder / "deskcrm.sqlite3") in err
    assert "Traceback" not in err and "stored:" not in out  # no summary as if all were well


def test_a_search_of_60000_characters_finds_nothing_without_an_error(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from deskcrm.core.services import contact_list
    from deskcrm.core.services.contacts import MAX_FIELD

    assert contact_list.SEARCH_LIMIT == MAX_FIELD
    code = main(["--data-dir", str(folder), "contacts", "--search", "张" * 60_000])
    out = capsys.readouterr()
    assert code == 0 and "0 contacts" in out.out and out.err == ""


@pytest.mark.parametrize("kind", ["file", "proc"])
def test_data_dir_that_is_not_a_usable_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    if kind == "file":
        target = tmp_path / "plain"
        target.write_text("not a folder")
        words = "This is a file, not a folder"
    else:
        target = Path("/proc/self")
        words = "not allowed"
    code, err = _run(capsys, "--data-dir", str(target), "contacts")
    assert code == 1 and words in err
    # The trace went to the fallback log, as the message says.
    fallback = Path(tempfile.gettempdir()) / f"deskcrm-logs-{os.getuid()}" / "deskcrm.log"
    assert "Traceback" in fallback.read_text(encoding="utf-8")
    if kind == "file":
        assert target.read_text() == "not a folder"


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("garbage", "“garbage” is not a database address"),
        ("postgresql://rep:secret@localhost/crm", "driver “psycopg” is not installed"),
    ],
)
def test_unusable_database_urls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, words: str
) -> None:
    pytest.importorskip("sqlalchemy")
    if "postgresql" in url:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            pass
        else:
            pytest.skip("psycopg is installed here")
    code, err = _run(capsys, "--data-dir", str(tmp_path / "d"), "--db-url", url, "contacts")
    assert code == 1 and words in err
    assert "secret" not in err


def test_an_unexpected_error_names_the_log(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: Any, **kw: Any) -> Any:
        raise RuntimeError("nobody foresaw this")

    from deskcrm.core.services import contact_list

    monkeypatch.setattr(contact_list, "rows_by_ids", broken)
    code, err = _run(capsys, "--data-dir", str(folder), "contacts")
    assert code == 1
    assert f"details are in the log: {folder / 'logs' / 'deskcrm.log'}" in err
    assert "RuntimeError: nobody foresaw this" in _log(folder)


def test_messages_in_chinese(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = folder / "deskcrm.sqlite3"
    db.write_bytes(db.read_bytes()[:300])
    assert main(["--lang", "zh_CN", "--data-dir", str(folder), "contacts"]) == 1
    err = capsys.readouterr().err
    assert "数据库" in err and "database" not in err
    assert (
        main(["--lang", "zh_CN", "--data-dir", str(folder), "--db-url", "garbage", "contacts"]) == 1
    )
    err = capsys.readouterr().err
    assert "不是" in err and "Traceback" not in err
