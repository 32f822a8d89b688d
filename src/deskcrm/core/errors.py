"""Typed errors with stable codes; the UI turns each code (and its data) into words."""

from __future__ import annotations

from typing import Any

# Defined in db so the schema upgrade can raise them; imported from here by everyone else.
from deskcrm.db.errors import DatabaseUrlInvalid as DatabaseUrlInvalid
from deskcrm.db.errors import DeskCRMError as DeskCRMError
from deskcrm.db.errors import MigrationFailed as MigrationFailed
from deskcrm.db.errors import SchemaTooNew as SchemaTooNew


class ValidationError(DeskCRMError):
    """User input that cannot be stored; `field` names the input at fault."""

    code = "validation"

    def __init__(self, field: str, reason: str, **data: Any) -> None:
        super().__init__(f"{field}: {reason}", field=field, reason=reason, **data)
        self.field = field
        self.reason = reason


class NotFound(DeskCRMError):
    code = "not_found"


class DuplicateContact(DeskCRMError):
    """A new contact matches existing ones by phone or by name + company."""

    code = "duplicate_contact"

    def __init__(self, matches: list[int], by: str) -> None:
        super().__init__(f"duplicate by {by}: {matches}", matches=matches, by=by)
        self.matches = matches
        self.by = by


class ProtectedTag(DeskCRMError):
    code = "protected_tag"


class DatabaseCorrupt(DeskCRMError):
    """The file is not a database, is truncated, or fails the integrity check."""

    code = "database_corrupt"


class StorageError(DeskCRMError):
    """The disk is full, the file is read-only, or it is locked by another program."""

    code = "storage"


class AlreadyRunning(DeskCRMError):
    """Another DeskCRM has this data folder open."""

    code = "already_running"


class ImportFailed(DeskCRMError):
    """A file could not be read at all (rows with problems are reported, not raised)."""

    code = "import_failed"
