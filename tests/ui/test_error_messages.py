"""Core errors become sentences in the user's language, naming the field and the reason."""

from __future__ import annotations

from deskcrm.core.errors import ImportFailed, StorageError, ValidationError
from deskcrm.core.io.export import ExportFailed
from deskcrm.core.services.scripts import ScriptFileInvalid
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


def test_file_errors_have_words_without_their_dialogs_being_imported() -> None:
    # The words live in ui/i18n.py itself: no module registers them when imported.
    assert error_message(ImportFailed("x", reason="empty")) == "The file is empty."
    assert error_message(ExportFailed("x", reason="unknown_format")) == (
        "Choose a file name ending in .csv, .xlsx or .vcf."
    )
    text = error_message(ScriptFileInvalid("x", path="/s.json", reason="not_json", where=""))
    assert text == (
        "The call script file /s.json could not be used: it is not valid JSON. "
        "Your own scripts are not affected."
    )


def test_template_and_message_errors_have_words(qapp: object) -> None:
    from deskcrm.core.errors import ValidationError
    from deskcrm.ui.i18n import error_message

    unknown = ValidationError("text", "unknown_placeholder", names=["nmae"])
    assert "{nmae}" in error_message(unknown) and "{name}" in error_message(unknown)
    duplicate = ValidationError("name", "duplicate", value="节日问候")
    assert error_message(duplicate) == "“节日问候” already exists."
    cap = ValidationError("sent", "daily_cap", limit=50, already=48, count=5)
    assert "50" in error_message(cap) and "48" in error_message(cap)
