"""vCard 2.1, 3.0 and 4.0 reading (a tolerant hand-written parser) and vCard 3.0 writing.

Reading is by hand, not with vobject, because the files reps export from their
phones break it: Android writes vCard 2.1 with quoted-printable values split
by soft line breaks ("=" at the end of a line, next line not indented), which
vobject rejects with a ParseError for the whole file; old phones and Outlook
write GBK/GB2312 (CHARSET=GB2312, or no CHARSET at all on a GBK file), which
vobject only decodes as UTF-8; and one damaged card (truncated export, binary
junk, a photo line megabytes long) makes vobject give up on every card after
it. This parser works line by line on bytes, decodes each value by its own
ENCODING and CHARSET (falling back UTF-8 -> GB18030), skips photos without
keeping them, reports a broken card by its position and carries on.

Writing uses vobject, which folds and escapes vCard 3.0 correctly.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import io
import quopri
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO

from deskcrm.core.errors import ImportFailed
from deskcrm.core.io.records import ImportCancelled, ImportPhone, ImportRecord, RowProblem
from deskcrm.core.io.tag_split import normalise_tag

Progress = Callable[[int, int], bool]

CHUNK = 1 << 20
# One physical line longer than this (binary junk, an unfolded photo) is dropped unread.
MAX_LINE = 8 << 20
# Properties whose (often huge) values we never use.
_SKIPPED = frozenset({"PHOTO", "LOGO", "SOUND", "KEY", "X-ABSHOWAS"})
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "x-gbk": "gb18030"}
_LINE_BREAK = re.compile(rb"\r\n|\n|\r")
_AB_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_PHONE_TYPES = {
    "cell": "mobile",
    "mobile": "mobile",
    "iphone": "mobile",
    "work": "work",
    "home": "home",
    "main": "main",
    "fax": "fax",
    "pager": "pager",
    "other": "other",
}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Text properties of which the first one counts.
_SINGLE_TEXT = frozenset(
    {"FN", "TITLE", "ROLE", "X-WECHAT", "X-WEIXIN", "X-DESKCRM-INDUSTRY", "X-DESKCRM-SOURCE"}
)


def _physical_lines(
    stream: IO[bytes], total: int, progress: Progress | None
) -> Iterator[bytes | None]:
    """Lines without their endings (CRLF, LF or CR); None stands for a line too long to keep."""
    pending = b""
    first = True
    done = 0
    dropping = False
    while True:
        chunk = stream.read(CHUNK)
        done += len(chunk)
        if progress is not None and progress(done, total) is False:
            raise ImportCancelled()
        if not chunk:
            break
        data = pending + chunk
        if first:
            first = False
            data = data.removeprefix(codecs.BOM_UTF8)
        # A CR at the end may be the first half of a CRLF split across chunks.
        keep_cr = data.endswith(b"\r")
        if keep_cr:
            data = data[:-1]
        parts = _LINE_BREAK.split(data)
        pending = parts.pop()
        for part in parts:
            if dropping:
                dropping = False
                yield None
            else:
                yield part
        if len(pending) > MAX_LINE:
            pending, dropping = b"", True
        if keep_cr:
            pending += b"\r"
    if dropping:
        yield None
    elif pending:
        yield pending.rstrip(b"\r")


def _utf16_lines(stream: IO[bytes], encoding: str) -> Iterator[bytes | None]:
    """A UTF-16 vCard (some Windows tools) re-read as UTF-8 lines."""
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline=None)
    for line in text:
        yield line.rstrip("\r\n").lstrip("\ufeff").encode("utf-8")


@dataclass
class _Property:
    group: str
    name: str
    params: dict[str, list[str]]
    raw: bytes


def _split_params(head: str) -> tuple[str, str, dict[str, list[str]]]:
    """`item1.TEL;TYPE=CELL;PREF` -> ("item1", "TEL", {"TYPE": ["CELL", "PREF"]})."""
    parts: list[str] = []
    buf: list[str] = []
    quoted = False
    for ch in head:
        if ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            parts.append("".join(buf))
            buf = []
            continue
        buf.append(ch)
    parts.append("".join(buf))
    group, _, name = parts[0].strip().rpartition(".")
    params: dict[str, list[str]] = {}
    for p in parts[1:]:
        key, eq, value = p.partition("=")
        if not eq:
            # vCard 2.1 bare parameters: TEL;CELL;VOICE, NOTE;QUOTED-PRINTABLE.
            bare = key.strip().upper()
            if bare in ("QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"):
                params.setdefault("ENCODING", []).append(bare)
            elif bare:
                params.setdefault("TYPE", []).append(bare)
            continue
        values = [v.strip().strip('"') for v in value.split(",")]
        params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    return group.lower(), name.upper(), params


def _parse_line(line: bytes) -> _Property | None:
    """Split a logical line at the first colon outside a quoted parameter."""
    quoted = False
    for i, b in enumerate(line):
        if b == 0x22:
            quoted = not quoted
        elif b == 0x3A and not quoted:
            head = line[:i].decode("ascii", errors="replace")
            group, name, params = _split_params(head)
            if not name or not all(c.isalnum() or c == "-" for c in name):
                return None
            return _Property(group, name, params, line[i + 1 :])
    return None


def _is_qp(params: dict[str, list[str]]) -> bool:
    return any(v.upper() in ("QUOTED-PRINTABLE", "QP") for v in params.get("ENCODING", ()))


def _decode_bytes(data: bytes, charset: str | None) -> str:
    """Text in the declared charset, else UTF-8, else GB18030 (GBK files without CHARSET)."""
    tried: list[str] = []
    if charset:
        name = charset.strip().lower()
        tried.append(_CHARSET_ALIASES.get(name, name))
    tried += ["utf-8", "gb18030"]
    for enc in tried:
        try:
            return data.decode(enc)
        except (UnicodeError, LookupError, ValueError):
            # A charset name may be junk ("UTF\x00-8", "base64"): fall back to guessing.
            continue
    raise _Undecodable(data.decode("utf-8", errors="replace"))


class _Undecodable(Exception):
    """A value no charset reads: the card is left out and named, never stored with U+FFFD."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = " ".join(text.split())[:60]


def _decode_value(prop: _Property) -> str:
    data = prop.raw
    encoding = [v.upper() for v in prop.params.get("ENCODING", ())]
    if _is_qp(prop.params):
        data = quopri.decodestring(data)
    elif any(e in ("B", "BASE64") for e in encoding):
        try:
            data = base64.b64decode(data, validate=False)
        except (binascii.Error, ValueError):
            return ""
    charsets = prop.params.get("CHARSET")
    text = _decode_bytes(data, charsets[0] if charsets else None)
    return text.replace("\x00", "")


def _split_unescaped(text: str, sep: str) -> list[str]:
    """Split on `sep` not preceded by a backslash; escapes are kept for `_unescape`."""
    out: list[str] = []
    buf: list[str] = []
    escaped = False
    for ch in text:
        if escaped:
            buf.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == sep:
            out.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    if escaped:
        buf.append("\\")
    out.append("".join(buf))
    return out


def _unescape(text: str, version: str) -> str:
    if version == "2.1":
        # 2.1 only escapes the separators of structured values.
        return text.replace("\\;", ";").replace("\\,", ",")
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


@dataclass
class _Card:
    position: int
    version: str = "3.0"
    props: list[_Property] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _label(card: _Card, prop: _Property, version: str) -> str:
    if prop.group:
        for other in card.props:
            if other.group == prop.group and other.name == "X-ABLABEL":
                text = _unescape(_decode_value(other), version).strip()
                match = _AB_LABEL.match(text)
                return (match.group(1) if match else text).lower()
    for value in prop.params.get("TYPE", ()):
        label = _PHONE_TYPES.get(value.lower())
        if label is not None:
            return label
    return ""


def _text(card: _Card, prop: _Property) -> str:
    return _unescape(_decode_value(prop), card.version).strip()


def _parts(card: _Card, prop: _Property) -> list[str]:
    return [_unescape(p, card.version).strip() for p in _split_unescaped(_decode_value(prop), ";")]


def _name_from_parts(parts: Sequence[str]) -> str:
    family = parts[0] if parts else ""
    given = parts[1] if len(parts) > 1 else ""
    middle = parts[2] if len(parts) > 2 else ""
    if _CJK.search(family + given):
        return f"{family}{middle}{given}"
    return " ".join(p for p in (given, middle, family) if p)


def _record(card: _Card) -> ImportRecord | RowProblem:
    try:
        return _read_card(card)
    except _Undecodable as bad:
        return RowProblem(card.position, "undecodable", data={"text": bad.text})


def _read_card(card: _Card) -> ImportRecord | RowProblem:
    first: dict[str, str] = {}
    phones: list[ImportPhone] = []
    emails: list[str] = []
    notes: list[str] = []
    tags: list[str] = []
    city = region = company = ""
    name_from_n = ""
    warnings: list[str] = []
    for prop in card.props:
        name = prop.name
        if name in _SINGLE_TEXT:
            first.setdefault(name, _text(card, prop))
        elif name == "N" and not name_from_n:
            name_from_n = _name_from_parts(_parts(card, prop))
        elif name == "TEL":
            raw = _text(card, prop)
            if raw.lower().startswith("tel:"):
                raw = raw[4:]
            if raw:
                phones.append(ImportPhone(raw, _label(card, prop, card.version)))
        elif name == "EMAIL":
            value = _text(card, prop)
            if value.lower().startswith("mailto:"):
                value = value[7:]
            if value:
                emails.append(value)
        elif name == "ORG" and not company:
            company = _parts(card, prop)[0]
        elif name == "NOTE":
            value = _text(card, prop)
            if value:
                notes.append(value)
        elif name == "CATEGORIES":
            for word in _split_unescaped(_decode_value(prop), ","):
                tag = normalise_tag(_unescape(word, card.version))
                if tag and tag not in tags:
                    tags.append(tag)
        elif name == "ADR" and not city:
            parts = _parts(card, prop)
            city = parts[3] if len(parts) > 3 else ""
            region = parts[4] if len(parts) > 4 else ""
        elif name == "IMPP":
            value = _text(card, prop)
            scheme, _, handle = value.partition(":")
            if scheme.lower() in ("wechat", "weixin", "x-apple") and handle:
                first.setdefault("X-WECHAT", handle)
    name = " ".join((first.get("FN") or name_from_n).split())
    if not name and company:
        name = company
        warnings.append("name_from_company")
    if not name and not phones and not emails:
        return RowProblem(card.position, "empty_card")
    return ImportRecord(
        row=card.position,
        name=name,
        phones=tuple(phones),
        emails=tuple(emails),
        company=company,
        title=first.get("TITLE") or first.get("ROLE", ""),
        industry=first.get("X-DESKCRM-INDUSTRY", ""),
        city=city,
        region=region,
        wechat_id=first.get("X-WECHAT") or first.get("X-WEIXIN", ""),
        notes="\n".join(notes),
        tags=tuple(tags),
        source=first.get("X-DESKCRM-SOURCE", ""),
        warnings=tuple(warnings + card.problems),
    )


def _logical_lines(lines: Iterator[bytes | None]) -> Iterator[bytes | None]:
    """Join folded lines and quoted-printable soft line breaks; None marks a dropped line."""
    current: bytearray | None = None
    qp = False
    skipping = False

    def starts(line: bytes) -> tuple[bool, bool]:
        prop = _parse_line(line)
        if prop is None:
            return False, False
        return _is_qp(prop.params), prop.name in _SKIPPED

    for line in lines:
        if line is None:
            if current is not None:
                yield bytes(current)
                current = None
            yield None
            continue
        if current is not None and qp and current.endswith(b"="):
            # Soft line break: the encoded value goes on, indented or not.
            del current[-1]
            current += line
            continue
        if line[:1] in (b" ", b"\t") and (current is not None or skipping):
            if not skipping and current is not None:
                current += line[1:]
            continue
        if current is not None:
            yield bytes(current)
            current = None
        if not line.strip():
            skipping = False
            continue
        qp, skipping = starts(line)
        if skipping:
            # Keep only the property name so the card knows a photo was there.
            yield line.split(b":", 1)[0] + b":"
            continue
        current = bytearray(line)
    if current is not None:
        yield bytes(current)


def read_vcards(
    stream: IO[bytes], total: int = 0, progress: Progress | None = None
) -> Iterator[ImportRecord | RowProblem]:
    """Every card of a vCard file as a record, or a problem saying why a card was left out.

    Raises ImportFailed("not_vcard") when nothing in the file is a vCard.
    """
    head = stream.read(4)
    stream.seek(0)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raw_lines: Iterator[bytes | None] = _utf16_lines(stream, "utf-16")
    else:
        raw_lines = _physical_lines(stream, total, progress)
    card: _Card | None = None
    cards = 0
    for line in _logical_lines(raw_lines):
        if line is None:
            if card is not None:
                card.problems.append("line_too_long")
            continue
        prop = _parse_line(line)
        if prop is None:
            continue
        value_upper = prop.raw.strip().upper()
        if prop.name == "BEGIN" and value_upper == b"VCARD":
            if card is not None:
                yield RowProblem(card.position, "card_truncated")
            cards += 1
            card = _Card(position=cards)
            continue
        if card is None:
            continue
        if prop.name == "END" and value_upper == b"VCARD":
            yield _record(card)
            card = None
            continue
        if prop.name == "VERSION":
            card.version = prop.raw.decode("ascii", errors="replace").strip()
            continue
        if prop.name in _SKIPPED:
            continue
        card.props.append(prop)
    if card is not None:
        yield RowProblem(card.position, "card_truncated")
    if cards == 0:
        raise ImportFailed("no vCard in file", reason="not_vcard")
