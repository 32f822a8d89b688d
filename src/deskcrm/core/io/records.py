"""The neutral shape every importer produces: one ImportRecord per contact read from a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from deskcrm.core.errors import DeskCRMError


class ImportCancelled(DeskCRMError):
    """The user stopped a read or an import; nothing was stored."""

    code = "import_cancelled"


class Field(StrEnum):
    """What a column of a table (or a vCard property) holds."""

    IGNORE = "ignore"
    NAME = "name"
    # A second-best name (nickname, WeChat name), used when the row has no other name.
    NICKNAME = "nickname"
    FAMILY_NAME = "family_name"
    GIVEN_NAME = "given_name"
    PHONE = "phone"
    EMAIL = "email"
    COMPANY = "company"
    TITLE = "title"
    INDUSTRY = "industry"
    CITY = "city"
    REGION = "region"
    WECHAT = "wechat_id"
    NOTES = "notes"
    TAGS = "tags"
    SOURCE = "source"


# Fields several columns may feed at once (their values are collected, not overwritten).
MULTI_FIELDS = frozenset({Field.PHONE, Field.EMAIL, Field.NOTES, Field.TAGS})


@dataclass(frozen=True)
class ImportPhone:
    raw: str
    label: str = ""


@dataclass(frozen=True)
class ImportRecord:
    """One contact as read from a file, before validation and duplicate checks.

    `row` is where it came from: the spreadsheet row number (the header being
    row 1 of a CSV) or the card's position in a vCard file (1 for the first).
    """

    row: int
    name: str = ""
    phones: tuple[ImportPhone, ...] = ()
    emails: tuple[str, ...] = ()
    company: str = ""
    title: str = ""
    industry: str = ""
    city: str = ""
    region: str = ""
    wechat_id: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    source: str = ""
    # Things the reader noticed but could still read past (codes, e.g. "photo_skipped").
    warnings: tuple[str, ...] = ()


class NotedRow(list[str]):
    """The cells of a row the file reader has something to say about.

    `problem` (e.g. "undecodable") means the row cannot be used and becomes a
    RowProblem; `warnings` are codes the record carries. Plain rows stay lists,
    so the common case costs nothing.
    """

    def __init__(
        self,
        cells: list[str],
        *,
        warnings: tuple[str, ...] = (),
        problem: str = "",
        data: dict[str, str] | None = None,
    ) -> None:
        super().__init__(cells)
        self.warnings = warnings
        self.problem = problem
        self.data = data or {}


@dataclass(frozen=True)
class RowProblem:
    """A row (or card) that could not be read into a record at all; the rest still import."""

    row: int
    code: str
    detail: str = ""
    data: dict[str, str] = field(default_factory=dict)
