"""Translation workflow: one .ts pair per UI area, so people can work on areas in parallel.

    python tools/i18n.py update [--area AREA]   # extract strings (keeps translations)
    python tools/i18n.py missing --area AREA    # print untranslated zh_CN strings as JSON
    python tools/i18n.py fill --area AREA FILE  # write zh_CN translations from JSON
    python tools/i18n.py check                  # exit 1 if any zh_CN string is missing
    python tools/i18n.py build                  # compile every .ts to .qm

An area is a folder under src/deskcrm/ui/screens/ (or "shell" for the rest of the UI).
The JSON for missing/fill is {"Context": {"source text": "译文"}}.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "deskcrm" / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "en")
# Qt files outside ui/screens/<area>/ that belong to an area.
# core/settings.py marks each setting's title and description (QT_TRANSLATE_NOOP) once, there.
EXTRA_FILES = {
    "plan": [UI / "plan_pdf.py"],
    "settings": [ROOT / "src" / "deskcrm" / "core" / "settings.py"],
}


def _tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def areas() -> dict[str, list[Path]]:
    screens = UI / "screens"
    result: dict[str, list[Path]] = {}
    owned: set[Path] = set()
    for folder in sorted(p for p in screens.iterdir() if p.is_dir() and p.name != "__pycache__"):
        files = sorted(folder.rglob("*.py")) + [
            f for f in EXTRA_FILES.get(folder.name, []) if f.exists()
        ]
        result[folder.name] = files
        owned.update(files)
    shell = [p for p in sorted(UI.rglob("*.py")) if p not in owned]
    shell.append(ROOT / "src" / "deskcrm" / "app.py")
    result["shell"] = [p for p in shell if p.exists()]
    return result


def ts_path(area: str, lang: str) -> Path:
    return TS_DIR / f"{area}_{lang}.ts"


def _lupdate(files: list[Path], ts: Path) -> None:
    subprocess.run(
        [_tool("lupdate"), *map(str, files), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(ts)
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append((name, msg))
    return out


def _set_language(ts: Path, lang: str) -> None:
    tree = ET.parse(ts)
    tree.getroot().set("language", lang)
    tree.getroot().set("sourcelanguage", "en")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def _fill_en(ts: Path) -> None:
    """English is the source language: every translation is its source text."""
    tree = ET.parse(ts)
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            for form in english_plural_forms(source):
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = source
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def english_plural_forms(source: str) -> tuple[str, str]:
    """English forms of a plural message: "%n day(s)" gives "%n day" (for 1) and "%n days"."""
    one = source.replace("(es)", "").replace("(s)", "")
    other = source.replace("(es)", "es").replace("(s)", "s")
    return one, other


def update(area: str) -> None:
    files = areas()[area]
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        ts = ts_path(area, lang)
        _lupdate(files, ts)
        _set_language(ts, lang)
        if lang == "en":
            _fill_en(ts)


def missing(area: str) -> dict[str, dict[str, str]]:
    """Untranslated zh_CN strings of an area, judged against a fresh extraction."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        _lupdate(areas()[area], fresh)
        wanted = {(c, m.findtext("source") or "") for c, m in _messages(fresh)}
    have: dict[tuple[str, str], bool] = {}
    ts = ts_path(area, "zh_CN")
    if ts.exists():
        for c, m in _messages(ts):
            tr = m.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            text = "" if tr is None else "".join(tr.itertext()).strip()
            have[(c, m.findtext("source") or "")] = done and bool(text)
    out: dict[str, dict[str, str]] = {}
    for c, src in sorted(wanted):
        if not have.get((c, src)):
            out.setdefault(c, {})[src] = ""
    return out


def fill(area: str, mapping: dict[str, dict[str, str]]) -> int:
    ts = ts_path(area, "zh_CN")
    tree = ET.parse(ts)
    count = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            text = mapping.get(name, {}).get(msg.findtext("source") or "")
            if not text:
                continue
            tr = msg.find("translation")
            assert tr is not None
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                ET.SubElement(tr, "numerusform").text = text
            else:
                tr.text = text
            count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def build() -> list[Path]:
    built = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
        )
        built.append(qm)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "missing", "fill", "check", "build"))
    parser.add_argument("--area")
    parser.add_argument("file", nargs="?")
    args = parser.parse_intermixed_args()
    if args.action == "update":
        for area in [args.area] if args.area else list(areas()):
            update(area)
    elif args.action == "missing":
        print(json.dumps(missing(args.area), ensure_ascii=False, indent=1))
    elif args.action == "fill":
        data = json.loads(Path(args.file).read_text(encoding="utf-8"))
        print(f"filled {fill(args.area, data)} strings")
    elif args.action == "check":
        gaps = {a: m for a in areas() if (m := missing(a))}
        if gaps:
            print(json.dumps(gaps, ensure_ascii=False, indent=1))
            return 1
        print("all zh_CN strings translated")
    elif args.action == "build":
        print(f"built {len(build())} .qm files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
