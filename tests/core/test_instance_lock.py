"""One DeskCRM per data folder: the second lock is refused, a released one can be taken again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from deskcrm.core.errors import AlreadyRunning
from deskcrm.instance_lock import InstanceLock


def test_second_lock_on_same_folder_is_refused(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path / "deskcrm.lock").acquire()
    with pytest.raises(AlreadyRunning):
        InstanceLock(tmp_path / "deskcrm.lock").acquire()
    first.release()
    with InstanceLock(tmp_path / "deskcrm.lock") as again:
        assert again.held


def test_lock_is_seen_by_another_process(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path / "deskcrm.lock").acquire()
    path = str(tmp_path / "deskcrm.lock")
    code = (
        "import sys\n"
        "from deskcrm.instance_lock import InstanceLock\n"
        "from deskcrm.core.errors import AlreadyRunning\n"
        "try:\n"
        f"    InstanceLock(__import__('pathlib').Path({path!r})).acquire()\n"
        "except AlreadyRunning:\n"
        "    sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False)
    assert result.returncode == 3
    lock.release()
    result = subprocess.run([sys.executable, "-c", code], check=False)
    assert result.returncode == 0


def test_other_folders_are_independent(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with (
        InstanceLock(tmp_path / "a" / "deskcrm.lock"),
        InstanceLock(tmp_path / "b" / "deskcrm.lock") as b,
    ):
        assert b.held
