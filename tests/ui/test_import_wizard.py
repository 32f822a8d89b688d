"""Import wizard and export dialog: the whole flow off the GUI thread, cancel, undo, errors."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from deskcrm.core.errors import ImportFailed
from deskcrm.core.io.records import Field
from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts, imports
from deskcrm.core.services.database import Database
from deskcrm.core.services.imports import DuplicatePolicy, IssueKind, RowIssue
from deskcrm.db.models import Contact, ImportBatch
from deskcrm.ui.dialogs.export_dialog import ExportDialog, open_export_dialog
from deskcrm.ui.dialogs.import_wizard import (
    ImportWizard,
    PreviewModel,
    issue_line,
    open_import_wizard,
)
from deskcrm.ui.i18n import error_message

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def names(db: Database) -> list[str]:
    with db.reading() as s:
        return sorted(s.scalars(select(Contact.name).where(Contact.deleted_at.is_(None))))


@pytest.fixture
def wizard(bridge: Any, qtbot: Any) -> ImportWizard:
    w = open_import_wizard(bridge, None)
    qtbot.addWidget(w)
    return w


def go_next(qtbot: Any, w: ImportWizard, page: int) -> None:
    qtbot.waitUntil(lambda: w.button(QWizard.WizardButton.NextButton).isEnabled())
    w.next()
    qtbot.waitUntil(lambda: w.currentId() == page and not w.busy)


def to_summary(qtbot: Any, w: ImportWizard, path: Path) -> None:
    w.file_page.path.setText(str(path))
    go_next(qtbot, w, ImportWizard.PREVIEW)
    target = ImportWizard.OPTIONS if path.suffix == ".vcf" else ImportWizard.MAPPING
    go_next(qtbot, w, target)
    if target == ImportWizard.MAPPING:
        go_next(qtbot, w, ImportWizard.OPTIONS)
    go_next(qtbot, w, ImportWizard.SUMMARY)
    qtbot.waitUntil(lambda: w.summary_page.summary is not None)


def finish(qtbot: Any, w: ImportWizard) -> None:
    qtbot.waitUntil(lambda: w.button(QWizard.WizardButton.FinishButton).isEnabled())
    w.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: w.result_summary is not None and not w.isVisible())


def test_gbk_csv_preview_mapping_summary_commit_and_undo(
    wizard: ImportWizard, bridge: Any, db: Database, qtbot: Any
) -> None:
    w = wizard
    w.file_page.path.setText(str(DATA / "contacts_gbk.csv"))
    go_next(qtbot, w, ImportWizard.PREVIEW)
    page = w.preview_page
    assert page.encoding.currentData() == "gb18030"
    assert page.delimiter.currentData() == ","
    assert page.model.rowCount() == 3
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "姓名"
    # A wrong separator is visible at once, and can be put back.
    page.delimiter.setCurrentIndex(page.delimiter.findData(";"))
    qtbot.waitUntil(lambda: page.model.columnCount() < 7 and not w.busy)
    page.delimiter.setCurrentIndex(page.delimiter.findData(","))
    qtbot.waitUntil(lambda: page.model.columnCount() == 7 and not w.busy)
    go_next(qtbot, w, ImportWizard.MAPPING)
    fields = [Field(c.currentData()) for c in w.mapping_page.combos]
    assert fields == [
        Field.NAME,
        Field.PHONE,
        Field.COMPANY,
        Field.TITLE,
        Field.CITY,
        Field.TAGS,
        Field.NOTES,
    ]
    # Leave the title out this time.
    w.mapping_page.combos[3].setCurrentIndex(w.mapping_page.combos[3].findData("ignore"))
    go_next(qtbot, w, ImportWizard.OPTIONS)
    go_next(qtbot, w, ImportWizard.SUMMARY)
    qtbot.waitUntil(lambda: w.summary_page.summary is not None)
    summary = w.summary_page.summary
    assert summary is not None and (summary.new, summary.errors) == (3, 0)
    assert names(db) == []  # the check stored nothing
    assert "3" in w.summary_page.counts.text()
    with qtbot.waitSignal(bridge.changed, timeout=10000):
        finish(qtbot, w)
    assert names(db) == ["张伟", "李娜", "王芳"]
    with db.reading() as s:
        assert s.scalar(select(Contact.title).where(Contact.name == "张伟")) == ""
    assert bridge.undo_stack.count() == 1
    # The mapping is remembered for the next file of this layout.
    again = imports.preview_file(db, DATA / "contacts_gbk.csv")
    assert again.remembered and again.mapping[3] is Field.IGNORE
    command = bridge.undo_stack.command(0)
    bridge.undo_stack.undo()
    qtbot.waitUntil(lambda: names(db) == [] and not command.running)
    bridge.undo_stack.redo()
    qtbot.waitUntil(lambda: len(names(db)) == 3 and not command.running)
    bridge.undo_stack.undo()
    qtbot.waitUntil(lambda: names(db) == [] and not command.running)
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 2


def test_vcard_skips_the_mapping_page_and_merges(
    wizard: ImportWizard, db: Database, qtbot: Any
) -> None:
    contacts.create_contact(db, ContactInput(name="王芳", phones=("13700001111",)))
    w = wizard
    w.file_page.path.setText(str(DATA / "iphone_30.vcf"))
    go_next(qtbot, w, ImportWizard.PREVIEW)
    assert not w.preview_page.encoding.isVisibleTo(w)
    assert w.preview_page.model.rowCount() == 1
    go_next(qtbot, w, ImportWizard.OPTIONS)
    w.options_page.buttons[DuplicatePolicy.MERGE].setChecked(True)
    go_next(qtbot, w, ImportWizard.SUMMARY)
    qtbot.waitUntil(lambda: w.summary_page.summary is not None)
    assert w.summary_page.summary is not None and w.summary_page.summary.merged == 1
    assert "王芳" in w.summary_page.issues.toPlainText()
    finish(qtbot, w)
    with db.reading() as s:
        assert s.scalar(select(Contact.company).where(Contact.name == "王芳")) == "上海贸易有限公司"


def test_wecom_sheet_and_header_row_can_be_changed(wizard: ImportWizard, qtbot: Any) -> None:
    w = wizard
    w.file_page.path.setText(str(DATA / "wecom_customers.xlsx"))
    go_next(qtbot, w, ImportWizard.PREVIEW)
    page = w.preview_page
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == ["客户列表", "说明"]
    assert page.sheet.isVisibleTo(w) and not page.encoding.isVisibleTo(w)
    assert page.header_row.value() == 2
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "备注名"
    page.header_row.setValue(1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and not w.busy)
    assert str(page.model.headerData(0, Qt.Orientation.Horizontal)).startswith("客户联系")
    page.header_row.setValue(2)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not w.busy)
    go_next(qtbot, w, ImportWizard.MAPPING)
    assert Field(w.mapping_page.combos[1].currentData()) is Field.NAME
    assert Field(w.mapping_page.combos[0].currentData()) is Field.NICKNAME


def test_cancel_during_commit_stores_nothing(
    wizard: ImportWizard, db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = wizard
    to_summary(qtbot, w, DATA / "contacts_utf8.csv")
    real = imports.commit

    def cancelled_commit(db: Database, source: Any, policy: Any, progress: Any) -> Any:
        progress.cancelled.set()  # as if the user pressed Cancel at once
        return real(db, source, policy, progress)

    monkeypatch.setattr(imports, "commit", cancelled_commit)
    w.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not w.committing)
    assert names(db) == []
    assert w.isVisible() and w.result_summary is None
    assert w.summary_page.phase.text() == "Import cancelled; nothing was stored."


def test_unreadable_file_is_explained_and_the_wizard_stays(
    wizard: ImportWizard, tmp_path: Path, qtbot: Any
) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    w = wizard
    w.file_page.path.setText(str(empty))
    w.next()
    qtbot.waitUntil(lambda: w.file_page.status.text() == "The file is empty.")
    assert w.currentId() == ImportWizard.FILE
    junk = tmp_path / "junk.vcf"
    junk.write_bytes(bytes(range(256)) * 4)
    w.file_page.path.setText(str(junk))
    w.next()
    qtbot.waitUntil(lambda: "not a vCard" in w.file_page.status.text())


def test_nothing_to_import_keeps_finish_disabled(
    wizard: ImportWizard, db: Database, qtbot: Any
) -> None:
    contacts.create_contact(db, ContactInput(name="完整的人", phones=("13800138001",)))
    to_summary(qtbot, wizard, DATA / "truncated.vcf")
    summary = wizard.summary_page.summary
    assert summary is not None and (summary.skipped, summary.errors) == (1, 1)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "Card 2" in wizard.summary_page.issues.toPlainText()


def test_words_for_errors_and_issues(qapp: Any) -> None:
    assert error_message(ImportFailed("x", reason="xls_unsupported")).startswith("Old Excel")
    assert error_message(ImportFailed("x", reason="something_new")) == "The file could not be read."
    issue = RowIssue(4, IssueKind.ERROR, "validation", {"field": "name", "reason": "required"})
    assert issue_line(issue, cards=False) == "Row 4 (not imported): Name is required."
    skipped = RowIssue(
        7, IssueKind.SKIPPED, "duplicate", {"contact_id": 1, "name": "张伟", "by": "phone"}
    )
    assert (
        issue_line(skipped, cards=True)
        == "Card 7 (skipped): Skipped: 张伟 exists already (same phone)."
    )


def test_preview_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = PreviewModel()
    model.set_table(["姓名", "手机"], [["张三", "138"], ["李四"]])
    qtmodeltester.check(model)
    assert model.columnCount() == 2 and model.rowCount() == 2


def test_export_dialog_writes_the_chosen_contacts(
    bridge: Any, db: Database, qtbot: Any, tmp_path: Path
) -> None:
    a, _ = contacts.create_contact(db, ContactInput(name="甲", phones=("13800138001",)))
    contacts.create_contact(db, ContactInput(name="乙"))
    dialog = open_export_dialog(bridge, None, contact_ids=[a])
    assert isinstance(dialog, ExportDialog)
    qtbot.addWidget(dialog)
    target = tmp_path / "chosen.xlsx"
    dialog.path.setText(str(target))
    assert dialog.fmt.currentData() == "xlsx"
    assert dialog.only_chosen.isChecked()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_info is not None and not dialog.isVisible())
    assert dialog.result_info is not None and dialog.result_info.count == 1
    assert target.exists()
    every = open_export_dialog(bridge, None)
    qtbot.addWidget(every)
    every.path.setText(str(tmp_path / "all"))
    every.fmt.setCurrentIndex(every.fmt.findData("vcard"))
    assert every.path.text().endswith("all.vcf")
    every.export_button.click()
    qtbot.waitUntil(lambda: every.result_info is not None)
    assert every.result_info is not None and every.result_info.count == 2


def test_chinese_words_for_import_errors(qapp: Any, tmp_path: Path) -> None:
    import subprocess

    from PySide6.QtCore import QCoreApplication, QTranslator

    from deskcrm.ui.i18n import translations_dir

    qm = tmp_path / "shell_zh_CN.qm"
    lrelease = Path(__import__("sys").executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(translations_dir() / "shell_zh_CN.ts"), "-qm", str(qm)],
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert error_message(ImportFailed("x", reason="empty")) == "文件是空的。"
        issue = RowIssue(3, IssueKind.WARNING, "phone_unparsed", {"value": "12345"})
        assert (
            issue_line(issue, cards=False) == "第 3 行（提示）：无法识别电话“12345”，已按原样保留。"
        )
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_and_the_wizard_stays(
    wizard: ImportWizard, tmp_path: Path, qtbot: Any
) -> None:
    pipe = tmp_path / "contacts.csv"
    os.mkfifo(pipe)
    w = wizard
    w.file_page.path.setText(str(pipe))
    w.next()
    qtbot.waitUntil(lambda: "not an ordinary file" in w.file_page.status.text())
    assert w.currentId() == ImportWizard.FILE


def test_undecodable_and_other_encoding_rows_are_named_in_the_summary(
    wizard: ImportWizard, db: Database, tmp_path: Path, qtbot: Any
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "姓名,手机\n张三,13800138000\n".encode()
        + b"\xe6\x9d\x8e\xc3(\xe5\x9b\x9b,13900139000\n"
        + "王五,13700137000\n".encode("gbk")
    )
    to_summary(qtbot, wizard, path)
    text = wizard.summary_page.issues.toPlainText()
    assert "Row 3 (not imported): Some characters cannot be read" in text
    assert "“李\ufffd(四,13900139000”" in text
    assert "Row 4 (note): This row is in a different encoding" in text
    finish(qtbot, wizard)
    assert names(db) == ["张三", "王五"]
