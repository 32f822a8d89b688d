"""Set up a fresh clone and run the app or the whole test suite: the README's two commands.

    python3 tools/dev.py run [deskcrm arguments...]   # set up, then start the app
    python3 tools/dev.py test [pytest arguments...]   # set up, then lint, type-check, test

Set-up is idempotent and quick when nothing changed: system packages Qt needs
(packaging/debian-packages.txt, via apt-get when missing), a virtual environment
in .venv with the project installed editable with its test and dev extras
(re-installed only when pyproject.toml changes), and the compiled translations.
Only the standard library is used here: this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".deskcrm-installed"


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def run(cmd: list[str], **kwargs: object) -> None:
    say(" ".join(cmd))
    subprocess.run(cmd, check=True, cwd=ROOT, **kwargs)  # type: ignore[call-overload]


def missing_debian_packages() -> list[str]:
    wanted = [
        line.strip()
        for line in (ROOT / "packaging" / "debian-packages.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    missing = []
    for package in wanted:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package],
            capture_output=True,
            text=True,
            check=False,
        )
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def ensure_system_packages() -> None:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-query"):
        return
    missing = missing_debian_packages()
    if not missing:
        return
    if not shutil.which("apt-get"):
        say("warning: missing system packages and no apt-get: " + " ".join(missing))
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            say("warning: install these packages as root: " + " ".join(missing))
            return
        prefix = ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run([*prefix, "apt-get", "update", "-qq"], env=env)
    run([*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env)


def ensure_venv() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - runs on whatever python3 the machine has
        raise SystemExit("DeskCRM needs Python 3.11 or newer")
    if not PYTHON.exists():
        say(f"creating {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    run([str(PYTHON), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    run([str(PYTHON), "-m", "pip", "install", "-q", "-e", ".[test,dev]"])
    STAMP.write_text(digest)


def build_translations() -> None:
    run([str(PYTHON), "tools/i18n.py", "build"])


def setup() -> None:
    ensure_system_packages()
    ensure_venv()
    build_translations()


def test(extra: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = [d for d in ("src", "tests", "tools", "benchmarks") if (ROOT / d).is_dir()]
    steps = [
        [str(BIN / "ruff"), "check", *code],
        [str(BIN / "ruff"), "format", "--check", *code],
        [str(BIN / "mypy"), "src"],
        [str(BIN / "lint-imports")],
        [str(PYTHON), "-m", "pytest", *extra],
    ]
    for step in steps:
        say(" ".join(step))
        if subprocess.run(step, cwd=ROOT, env=env, check=False).returncode != 0:
            say(f"FAILED: {' '.join(step)}")
            return 1
    say("all checks passed")
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "setup"):
        print(__doc__)
        return 2
    setup()
    if argv[0] == "run":
        return subprocess.run([str(PYTHON), "-m", "deskcrm", *argv[1:]], cwd=ROOT).returncode
    if argv[0] == "test":
        return test(argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
