"""Core errors become sentences in the user's language, naming the field and the reason."""

from __future__ import annotations

from deskcrm.core.errors import StorageError, ValidationError
from deskcrm.ui.i18n import error_message


def test_validation_messages_name_the_field() -> None:
    assert error_message(ValidationError("name", "required")) == "Name is required."
    assert error_message(ValidationError("coach", "self")) == "A contact cannot coach itself."
    assert error_message(ValidationError("referred_by", "self")) == (
        "A contact cannot refer itself."
    )
    assert error_message(ValidationError("note", "too_long", limit=500)) == (
        "Note is too long (at most 500 characters)."
    )


def test_storage_errors_reassure_that_input_is_kept() -> None:
    text = error_message(StorageError("database or disk is full", reason="disk_full"))
    assert "disk is full" in text and "kept" in text
