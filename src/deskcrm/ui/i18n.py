"""Translators for the UI language, and the words for every core error code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from deskcrm.core.errors import DeskCRMError, StorageError, ValidationError
from deskcrm.paths import resources_dir

LANGUAGES = ("zh_CN", "en")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def resolve_language(cli: str | None, setting: str) -> str:
    """--lang wins, then the setting, then the system locale (Chinese locales -> zh_CN)."""
    if cli in LANGUAGES:
        return cli
    if setting in LANGUAGES:
        return setting
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def ui_language() -> str:
    """The language the UI runs in now ("zh_CN" or "en"), after `install` set the locale:
    which shipped scripts and templates to install, which punctuation to use."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


_installed: list[QTranslator] = []


def install(lang: str) -> list[str]:
    """Load every resources/translations/*_<lang>.qm (one per UI area); return their names."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded: list[str] = []
    # Qt's own words first (Cancel, Yes, No in standard dialogs), ours override them.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if lang != "en" and qt_base.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
        loaded.append(f"qtbase_{lang}.qm")
    for qm in sorted(translations_dir().glob(f"*_{lang}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(qm.name)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Chinese if lang == "zh_CN" else QLocale.Language.English,
            QLocale.Country.China if lang == "zh_CN" else QLocale.Country.UnitedStates,
        )
    )
    return loaded


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr() calls under the empty context, so the
    # lookup must use the same one for the .qm to match.
    return QCoreApplication.translate("", text)


def _field_name(field: str) -> str:
    names = {
        "name": tr("Name"),
        "phone": tr("Phone"),
        "email": tr("Email"),
        "company": tr("Company"),
        "title": tr("Title"),
        "notes": tr("Notes"),
        "tag": tr("Tag"),
        "color": tr("Colour"),
        "next_follow_up": tr("Next follow-up"),
        "next_step": tr("Promised next step"),
        "kind": tr("Kind"),
        "outcome": tr("Outcome"),
        "duration": tr("Duration"),
        "view_name": tr("View name"),
        "referred_by": tr("Referred by"),
        "kp_level": tr("Key person met"),
        "question": tr("Question"),
        "answer": tr("Answer"),
        "note": tr("Note"),
        "trigger_event": tr("Trigger event"),
        "amount": tr("Amount"),
        "stage": tr("Stage"),
        "lost_reason": tr("Lost reason"),
        "coach": tr("Coach"),
        "referrer_kind": tr("Referrer kind"),
        "deal": tr("Deal"),
        "prompts": tr("Prompts"),
        "sections": tr("Sections"),
        "birthday": tr("Birthday"),
        "occasion": tr("Occasion"),
        "repurchase_days": tr("Buys again every"),
        "walk_ins": tr("Walk-ins not recorded"),
        "walk_in_day": tr("Walk-in day"),
        "own_questions": tr("Your own questions"),
        "own_question": tr("Your own question"),
    }
    return names.get(field, field)


def _validation_text(err: ValidationError) -> str:
    reason = err.reason
    data = err.data
    reasons: dict[str, Callable[[], str]] = {
        "required": lambda: tr("%1 is required.").replace("%1", _field_name(err.field)),
        "empty": lambda: tr("%1 cannot be empty.").replace("%1", _field_name(err.field)),
        "too_long": lambda: (
            tr("%1 is too long (at most %2 characters).")
            .replace("%1", _field_name(err.field))
            .replace("%2", str(data.get("limit", "")))
        ),
        "invalid": lambda: (
            tr("%1 is not valid: %2")
            .replace("%1", _field_name(err.field))
            .replace("%2", str(data.get("value", "")))
        ),
        "not_a_number": lambda: tr("“%1” is not a phone number.").replace(
            "%1", str(data.get("value", ""))
        ),
        "too_short": lambda: tr("“%1” has too few digits for a phone number.").replace(
            "%1", str(data.get("value", ""))
        ),
        "too_long_number": lambda: tr("“%1” has too many digits for a phone number.").replace(
            "%1", str(data.get("value", ""))
        ),
        "invalid_country_code": lambda: tr("“%1” starts with an unknown country code.").replace(
            "%1", str(data.get("value", ""))
        ),
        "exists": lambda: tr("“%1” already exists.").replace("%1", str(data.get("name", ""))),
        "exclusive": lambda: (
            tr("%1 and %2 cannot both be set.")
            .replace("%1", str(data.get("tag", "")))
            .replace("%2", str(data.get("other", "")))
        ),
        "in_past": lambda: tr("%1 cannot be in the past.").replace("%1", _field_name(err.field)),
        "out_of_range": lambda: tr("%1 is out of range.").replace("%1", _field_name(err.field)),
        "self": lambda: (
            tr("A contact cannot coach itself.")
            if err.field == "coach"
            else tr("A contact cannot refer itself.")
        ),
        "same": lambda: tr("Choose two different items."),
        "closed": lambda: tr("%1 is already closed.").replace("%1", _field_name(err.field)),
        "too_many": lambda: (
            tr("%1: at most %2.")
            .replace("%1", _field_name(err.field))
            .replace("%2", str(data.get("limit", "")))
        ),
        "not_found": lambda: tr("%1 no longer exists.").replace("%1", _field_name(err.field)),
        "duplicate": lambda: tr("“%1” already exists.").replace("%1", str(data.get("value", ""))),
        "unknown_placeholder": lambda: tr(
            "Unknown placeholder: %1. Use {name}, {address}, {company}, {product}, "
            "{last_promise} or {days_since}."
        ).replace("%1", "、".join("{" + str(n) + "}" for n in data.get("names", ()))),
        # A missed class window (core/services/class_windows.py): extended once at most.
        "extended_once": lambda: tr(
            "This class window was already extended once: move the contact to D, or close the deal."
        ),
        "not_overdue": lambda: tr(
            "The class window has not ended yet; it can be extended once it has passed."
        ),
        "no_window": lambda: tr("Only a class A, B or C contact has a window to extend."),
        "daily_cap": lambda: (
            tr("Today's limit of %1 messages would be passed (%2 sent already); nothing saved.")
            .replace("%1", str(data.get("limit", "")))
            .replace("%2", str(data.get("already", "")))
        ),
    }
    make = reasons.get(reason)
    if make is None:
        return tr("%1: %2").replace("%1", _field_name(err.field)).replace("%2", reason)
    return make()


def _import_failed_text(exc: DeskCRMError) -> str:
    """Words for ImportFailed by its reason code."""
    reason = str(exc.data.get("reason", ""))
    texts: dict[str, Callable[[], str]] = {
        "not_found": lambda: tr("The file does not exist (any more)."),
        "not_a_file": lambda: tr("This is a folder, not a file."),
        "not_regular": lambda: tr(
            "This is not an ordinary file (a pipe or a device); only files can be imported."
        ),
        "wrong_encoding": lambda: (
            tr(
                "The file cannot be read as “%1” (from row %2). Choose another encoding, or let "
                "DeskCRM detect it."
            )
            .replace("%1", str(exc.data.get("encoding", "")))
            .replace("%2", str(exc.data.get("row", "")))
        ),
        "too_many_columns": lambda: tr(
            "The sheet has filled cells beyond column %1; a contact list is never that wide. "
            "Copy the columns you need into a new sheet and import that."
        ).replace("%1", str(exc.data.get("limit", ""))),
        "unreadable": lambda: tr("The file could not be opened: %1").replace("%1", exc.detail),
        "empty": lambda: tr("The file is empty."),
        "no_rows": lambda: tr("The file has column headers but no rows to import."),
        "not_vcard": lambda: tr("The file is not a vCard (.vcf) file, or it is damaged."),
        "not_xlsx": lambda: tr("The file is not an Excel .xlsx workbook, or it is damaged."),
        "xls_unsupported": lambda: tr(
            "Old Excel .xls files cannot be read. In Excel, save the sheet as "
            ".xlsx or as CSV and import that."
        ),
        "not_text": lambda: tr("The file is not a table, a vCard or an Excel workbook."),
        "not_a_table": lambda: tr("The file is a vCard, not a table."),
        "no_sheet": lambda: tr("The workbook has no sheet called “%1”.").replace(
            "%1", str(exc.data.get("sheet", ""))
        ),
        "bad_encoding": lambda: tr("“%1” is not a known text encoding.").replace(
            "%1", str(exc.data.get("encoding", ""))
        ),
        "malformed": lambda: tr(
            "The file cannot be read past row %1: a quote is probably never closed."
        ).replace("%1", str(exc.data.get("row", ""))),
        "no_name_column": lambda: tr("Choose which column holds the contacts' names."),
        "too_many_rows": lambda: tr(
            "The file has more than %1 rows. Split it into smaller files and import them one "
            "by one."
        ).replace("%1", str(exc.data.get("limit", ""))),
        "too_large": lambda: tr("The file is too large to import."),
    }
    make = texts.get(reason)
    return make() if make is not None else tr("The file could not be read.")


def _undo_failed_text(exc: DeskCRMError) -> str:
    if exc.data.get("reason") == "already_undone":
        return tr("This import has already been undone.")
    return tr("This import no longer exists.")


def _export_failed_text(exc: DeskCRMError) -> str:
    if exc.data.get("reason") == "unknown_format":
        return tr("Choose a file name ending in .csv, .xlsx or .vcf.")
    return tr("The file could not be written: %1").replace("%1", exc.detail)


def _script_file_text(exc: DeskCRMError) -> str:
    where = str(exc.data.get("where") or "")
    reason = {
        "unreadable": tr("the file cannot be read"),
        "not_json": tr("it is not valid JSON"),
        "version": tr("it is from a newer DeskCRM"),
        "shape": tr("it is not a list of scripts"),
        "field": tr("a name, title or prompt is missing or too long"),
        "stage": tr("an unknown call stage"),
    }.get(str(exc.data.get("reason", "")), str(exc.data.get("reason", "")))
    return (
        tr("The call script file %1 could not be used: %2%3. Your own scripts are not affected.")
        .replace("%1", str(exc.data.get("path", "")))
        .replace("%2", reason)
        .replace("%3", f" ({where})" if where else "")
    )


def _storage_text(exc: DeskCRMError, *, in_form: bool = True) -> str:
    """A full disk, a read-only file or folder, a missing folder: what, and where.

    Outside a form (a command, the start) nothing was typed, so nothing is said about it.
    """
    reason = str(exc.data.get("reason", ""))
    where = str(exc.data.get("path") or "")
    plain: dict[str, Callable[[], str]] = {
        "disk_full": lambda: tr("The disk is full. Free some space and try again."),
        "read_only": lambda: tr(
            "The database file is read-only. Check its permissions and try again."
        ),
    }
    texts: dict[str, Callable[[], str]] = {
        "disk_full": lambda: tr(
            "The disk is full. Free some space and try again; what you typed is kept."
        ),
        "read_only": lambda: tr(
            "The database file is read-only. Check its permissions and try "
            "again; what you typed is kept."
        ),
        "locked": lambda: tr("The database is busy in another program. Try again in a moment."),
        "no_permission": lambda: tr("DeskCRM is not allowed to write there."),
        "missing": lambda: tr("The folder does not exist."),
        "not_a_folder": lambda: tr("This is a file, not a folder."),
        "is_a_folder": lambda: tr("This is a folder, not a file."),
        "cannot_open": lambda: tr("The database file cannot be opened."),
    }
    make = (None if in_form else plain.get(reason)) or texts.get(reason)
    text = (
        make()
        if make is not None
        else tr("The database could not be written. Try again; what you typed is kept.")
    )
    if where:
        # One string, so each language joins the two sentences its own way (no space in 中文).
        return tr("%1 Where: %2").replace("%1", text).replace("%2", where)
    return text


def _database_url_text(exc: DeskCRMError) -> str:
    url = str(exc.data.get("url", ""))
    reason = exc.data.get("reason")
    if reason == "no_driver":
        return (
            tr(
                "The database driver “%1” is not installed, so %2 cannot be opened. "
                "Install it, or leave out --db-url to use the built-in database."
            )
            .replace("%1", str(exc.data.get("driver", "")))
            .replace("%2", url)
        )
    if reason == "unknown_database":
        return tr("DeskCRM does not know this kind of database: %1").replace("%1", url)
    return tr(
        "“%1” is not a database address. It looks like "
        "postgresql://user@host/name or sqlite:///path/to/file."
    ).replace("%1", url)


def unexpected_message(log_file: object | None) -> str:
    """What the rep is told about an error nobody foresaw (the trace is in the log)."""
    if log_file is None:
        return tr("An unexpected error stopped DeskCRM, and the log could not be written.")
    return tr("An unexpected error stopped DeskCRM. The details are in the log: %1").replace(
        "%1", str(log_file)
    )


# Codes whose words depend on the error's data: code -> function(error) -> text. Held
# here, not registered by the modules that raise or show them, so every code has its
# words whichever modules happen to be imported.
_DATA_TEXTS: dict[str, Callable[[DeskCRMError], str]] = {
    "import_failed": _import_failed_text,
    "import_undo": _undo_failed_text,
    "import_cancelled": lambda exc: tr("Import cancelled; nothing was stored."),
    "export_failed": _export_failed_text,
    "database_url": _database_url_text,
    "export_cancelled": lambda exc: tr("Export cancelled; no file was written."),
    "script_file_invalid": _script_file_text,
    "template_file_invalid": lambda exc: tr(
        "The shipped message templates could not be read (%1); your own templates are unchanged."
    ).replace("%1", str(exc.data.get("path", ""))),
}


def _database_file_text(exc: BaseException) -> str | None:
    """Words for the database file's own faults that a reason or stage tells apart."""
    if not isinstance(exc, DeskCRMError):
        return None
    if exc.data.get("stage") == "checkpoint":
        return tr(
            "The disk is full: the changes are saved in the database's journal but could "
            "not be moved into the database file %1. Free some space, then open DeskCRM again."
        ).replace("%1", str(exc.data.get("path", "")))
    if exc.code == "database_corrupt" and exc.data.get("reason") == "wal_damaged":
        return (
            tr(
                "The database's journal of recent changes (%1) is damaged: changes saved after "
                "the damage cannot be read and would be lost. A copy of the journal is kept as %2."
            )
            .replace("%1", f"{exc.data.get('path', '')}-wal")
            .replace("%2", str(exc.data.get("wal_copy", "")))
        )
    return None


def error_message(exc: BaseException, *, in_form: bool = True) -> str:
    """The user's-language sentence for an error raised by the core; `in_form=False` for
    a command or the start, where nothing typed is at stake."""
    special = _database_file_text(exc)
    if special is not None:
        return special
    if isinstance(exc, ValidationError):
        return _validation_text(exc)
    if isinstance(exc, StorageError):
        return _storage_text(exc, in_form=in_form)
    if isinstance(exc, DeskCRMError):
        with_data = _DATA_TEXTS.get(exc.code)
        if with_data is not None:
            return with_data(exc)
        known = {
            "not_found": tr("This item no longer exists; it may have been deleted."),
            "duplicate_contact": tr("A contact with the same phone or name and company exists."),
            "protected_tag": tr("Built-in tags cannot be renamed or deleted."),
            "schema_too_new": tr(
                "This database was written by a newer version of DeskCRM. "
                "Please update DeskCRM; the file was not changed."
            ),
            "migration_failed": tr(
                "Upgrading the database failed; it was left exactly as it was. Details: %1"
            ),
            "database_corrupt": tr("The database file is damaged or is not a DeskCRM database."),
            "already_running": tr("DeskCRM is already open with this data folder."),
        }
        text = known.get(exc.code)
        if text is not None:
            return text.replace("%1", exc.detail)
    return tr("Something went wrong: %1").replace("%1", str(exc))
