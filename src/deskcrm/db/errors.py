"""The base of every typed error, and those the engine and the schema upgrade raise.

They live at the bottom layer so `db` raises them without importing `core`;
`core.errors` builds every other error on the same base and is where the rest
of the app imports them from.
"""

from __future__ import annotations

from typing import Any


class DeskCRMError(Exception):
    """Base class: `code` names the error, `data` carries what the message needs."""

    code = "error"

    def __init__(self, detail: str = "", **data: Any) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.data: dict[str, Any] = data


class SchemaTooNew(DeskCRMError):
    """The database was written by a newer DeskCRM; we must not touch it."""

    code = "schema_too_new"

    def __init__(self, revision: str) -> None:
        super().__init__(f"unknown schema revision {revision}", revision=revision)


class MigrationFailed(DeskCRMError):
    code = "migration_failed"


class DatabaseUrlInvalid(DeskCRMError):
    """--db-url cannot be used: not a URL, an unknown database, or its driver is missing."""

    code = "database_url"

    def __init__(self, url: str, reason: str, **data: Any) -> None:
        super().__init__(f"{reason}: {url}", url=url, reason=reason, **data)
