"""One wording per concept: every screen shows a stage, a kind, money or a date the same way.

Each test runs in Chinese and in English with the areas' compiled .ts files installed and the
locale set, as the app does at start.
"""

from __future__ import annotations

import html
import re
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from deskcrm.core.model import BuiltinTag, ContactInput, Outcome, ReferrerKind, TouchKind
from deskcrm.core.rules.tags import Treatment
from deskcrm.core.services import calls, contacts, deals
from deskcrm.core.services.database import Database
from deskcrm.core.services.touches import TouchInput, log_touch
from deskcrm.core.settings import DEFAULT_LOST_REASONS, DEFAULT_STAGES
from deskcrm.ui.screens.call.story_panel import StoryPanel
from deskcrm.ui.screens.contacts.detail_pane import DetailPane
from deskcrm.ui.screens.contacts.method_panel import DealsModel, MethodPanel
from deskcrm.ui.vocabulary import classes, dates, numbers, plurals, referrers, tags, touches
from deskcrm.ui.vocabulary.deals import deal_stage, deal_state, deal_status, lost_reason_name
from deskcrm.ui.widgets.status_tags import StatusTagBoxes

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
CJK = re.compile(r"[\u4e00-\u9fff]")
# The shared vocabulary lives in the shell area; the widgets shown come from these screens.
AREAS = ("shell", "contacts", "call")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The areas shown here, compiled once from the checked-in .ts (not a stale build)."""
    out = tmp_path_factory.mktemp("qm")
    lrelease = Path(__import__("sys").executable).parent / "pyside6-lrelease"
    for ts in sorted(t for a in AREAS for t in TS_DIR.glob(f"{a}_*.ts")):
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)],
            check=True,
        )
    return out


@pytest.fixture(params=["zh_CN", "en"])
def lang(request: pytest.FixtureRequest, compiled: Path, qapp: Any) -> Iterator[str]:
    """The UI language as `i18n.install` sets it: every area's translator and the locale."""
    code: str = request.param
    translators = []
    for qm in sorted(compiled.glob(f"*_{code}.qm")):
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    before = QLocale()
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if code == "zh_CN"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    yield code
    QLocale.setDefault(before)
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def _pick(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh_CN" else en


def _plain(rich: str) -> str:
    # Word joiners (U+2060) keep a money or state phrase on one line; they are not text.
    return html.unescape(re.sub(r"<[^>]+>", " ", rich)).replace("\u2060", "")


def _contact_with_deal(db: Database, stage: str) -> tuple[int, int]:
    cid = contacts.create_contact(db, ContactInput(name="陈静"))[0]
    deal_id = deals.create_deal(db, deals.DealInput(cid, "净水器", 123_456_700))[0]
    deals.move_stage(db, deal_id, stage)
    return cid, deal_id


def _detail(qtbot: Any, db: Database, cid: int) -> DetailPane:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_contact(contacts.get_contact(db, cid), date(2026, 3, 4))
    return pane


def _method(qtbot: Any, bridge: Any, cid: int) -> MethodPanel:
    panel = MethodPanel(bridge)
    qtbot.addWidget(panel)
    panel.set_contact(cid)
    return panel


def _cell(panel: MethodPanel, column: int) -> str:
    return str(panel.deals_model.data(panel.deals_model.index(0, column)))


def test_a_stage_reads_the_same_on_the_method_panel_detail_pane_and_call_story(
    lang: str, qtbot: Any, bridge: Any, db: Database
) -> None:
    cid, _ = _contact_with_deal(db, "needs_found")
    word = _pick(lang, "发现需求", "Need found")
    assert deal_stage("needs_found") == word

    panel = _method(qtbot, bridge, cid)
    assert _cell(panel, DealsModel.STAGE) == word
    assert panel.stage_combo.currentText() == word
    assert word in _plain(_detail(qtbot, db, cid).deals.text())
    story = StoryPanel()
    qtbot.addWidget(story)
    story.show_story(calls.call_story(db, cid), date(2026, 3, 4))
    assert word in _plain(story.text())
    # The other wording that used to appear on one screen is gone everywhere.
    for shown in (_plain(_detail(qtbot, db, cid).deals.text()), _plain(story.text())):
        assert "找到需求" not in shown and "Needs found" not in shown


def test_every_default_stage_and_lost_reason_has_words_never_its_key(lang: str) -> None:
    for code in [*DEFAULT_STAGES, *DEFAULT_LOST_REASONS]:
        text = deal_stage(code) if code in DEFAULT_STAGES else lost_reason_name(code)
        assert text and text != code and "_" not in text
        assert bool(CJK.search(text)) == (lang == "zh_CN"), text
    # A stage or reason the rep typed themselves shows as typed.
    assert deal_stage("样品寄出") == "样品寄出" and lost_reason_name("搬家了") == "搬家了"


def test_a_lost_deal_reads_lost_with_its_stage_and_reason_never_in_progress(
    lang: str, qtbot: Any, bridge: Any, db: Database
) -> None:
    cid, deal_id = _contact_with_deal(db, "follow_up")
    deals.lose_deal(db, deal_id, "no_need")

    shown = _plain(_detail(qtbot, db, cid).deals.text())
    assert _pick(lang, "在「跟进」阶段丢单：没有需求", "Lost at Follow-up: No need") in shown
    assert "no_need" not in shown
    assert _pick(lang, "进行中", "Open") not in shown and "跟进中" not in shown

    panel = _method(qtbot, bridge, cid)
    status = _cell(panel, DealsModel.STATUS)
    assert status == _pick(lang, "丢单：没有需求", "Lost: No need")
    assert "no_need" not in status
    assert [panel.reason_combo.itemText(i) for i in range(panel.reason_combo.count())] == [
        lost_reason_name(r) for r in DEFAULT_LOST_REASONS
    ]
    assert deal_state("lost", "follow_up") == _pick(lang, "在「跟进」阶段丢单", "Lost at Follow-up")
    assert deal_state("won", "contract") == deal_status("won") == _pick(lang, "成交", "Won")
    assert deal_state("open", "trial") == deal_stage("trial") == _pick(lang, "试用", "Trial")


def test_money_has_the_yuan_sign_and_thousands_separators(
    lang: str, qtbot: Any, bridge: Any, db: Database
) -> None:
    assert numbers.money(123_456_700) == "¥1,234,567"
    assert numbers.money(123_450) == "¥1,234.50"
    assert numbers.money(0) == "¥0"
    assert numbers.money(-500_000) == "-¥5,000"
    assert numbers.money_tick(2_500_000.4) == "¥2,500,000"
    assert numbers.number(12345) == "12,345"
    assert numbers.percent(0.125) == "13%" and numbers.percent(None) == "–"

    cid, _ = _contact_with_deal(db, "proposal")
    assert _cell(_method(qtbot, bridge, cid), DealsModel.AMOUNT) == "¥1,234,567"
    assert "¥1,234,567" in _plain(_detail(qtbot, db, cid).deals.text())


def test_dates_have_four_digit_years(lang: str, qtbot: Any, db: Database) -> None:
    day = date(2026, 3, 5)
    assert dates.date_text(day) == _pick(lang, "2026/3/5", "3/5/2026")
    assert dates.date_text(None) == ""
    at = datetime(2026, 3, 5, 6, 30, tzinfo=UTC)  # 14:30 in Beijing
    assert dates.local_date(at) == dates.date_text(day)
    # Qt puts a narrow no-break space before AM/PM.
    assert dates.datetime_text(at).replace("\u202f", " ") == _pick(
        lang, "2026/3/5 14:30", "3/5/2026 2:30 PM"
    )
    assert dates.weekday_date(day) == _pick(lang, "2026年3月5日星期四", "Thursday, March 5, 2026")
    assert dates.month_tick(day) == _pick(lang, "2026年3月", "Mar 2026")

    cid = contacts.create_contact(db, ContactInput(name="陈静"))[0]
    log_touch(db, TouchInput(cid, TouchKind.VISIT, at=at, next_follow_up=date(2026, 3, 11)))
    pane = _detail(qtbot, db, cid)
    assert dates.datetime_text(at) in _plain(pane.timeline.text())
    assert _pick(lang, "2026/3/11", "3/11/2026") in _plain(pane.timeline.text())


def test_counted_nouns_take_the_english_plural(lang: str) -> None:
    assert plurals.days(1) == _pick(lang, "1 天", "1 day")
    assert plurals.days(3) == _pick(lang, "3 天", "3 days")
    assert plurals.weeks(2) == _pick(lang, "2 周", "2 weeks")
    assert plurals.touches(1) == _pick(lang, "1 次跟进", "1 touch")
    assert plurals.touches(12) == _pick(lang, "12 次跟进", "12 touches")
    assert plurals.contacts(1) == _pick(lang, "1 位客户", "1 contact")
    assert plurals.pages(2) == _pick(lang, "2 页", "2 pages")
    # Screens' own "%n …(s)" messages get the same two English forms.
    assert QCoreApplication.translate("DetailPane", "%n touch(es)", "", 1) == _pick(
        lang, "跟进 1 次", "1 touch"
    )


def test_touch_kinds_and_outcomes_read_the_same_in_the_timeline(
    lang: str, qtbot: Any, db: Database
) -> None:
    cid = contacts.create_contact(db, ContactInput(name="陈静"))[0]
    log_touch(db, TouchInput(cid, TouchKind.CALL, outcome=Outcome.NO_ANSWER))
    shown = _plain(_detail(qtbot, db, cid).timeline.text())
    assert touches.touch_kind(TouchKind.CALL) == _pick(lang, "电话", "Call")
    assert touches.touch_outcome(Outcome.NO_ANSWER) == _pick(lang, "无人接听", "No answer")
    assert f"{touches.touch_kind('call')} · {touches.touch_outcome('no_answer')}" in shown
    for kind in TouchKind:
        assert bool(CJK.search(touches.touch_kind(kind))) == (lang == "zh_CN")
    for outcome in Outcome:
        assert touches.touch_outcome(outcome) not in ("", outcome.value)


def test_built_in_tags_read_the_same_in_the_tick_boxes_and_the_detail_chips(
    lang: str, qtbot: Any, db: Database
) -> None:
    boxes = StatusTagBoxes(mnemonics=False)
    qtbot.addWidget(boxes)
    assert boxes.boxes[BuiltinTag.Y].text() == _pick(lang, "Y 到店", "Y visited")
    assert boxes.boxes[BuiltinTag.Y].toolTip() == tags.builtin_meaning(BuiltinTag.Y)
    pane = _detail(qtbot, db, contacts.create_contact(db, ContactInput(name="陈静"))[0])
    for builtin, box in boxes.boxes.items():
        assert pane.builtin_chips[builtin].text() == box.text() == tags.builtin_short(builtin)
    # No status tag at all: grouped batch messages.
    assert pane.treatment.text() == "• " + tags.treatment_text(Treatment.BATCH_MESSAGE)
    assert _pick(lang, "群发消息", "batch messages") in pane.treatment.text()


def test_classes_and_referrers_have_words(lang: str) -> None:
    assert classes.class_name("A") == _pick(lang, "A 类", "Class A")
    assert classes.class_meaning("D") == _pick(
        lang, "不会购买：停止跟进。", "Will not buy: stop following."
    )
    for kind in ReferrerKind:
        for text in (referrers.referrer_kind(kind), referrers.referrer_short(kind)):
            assert text and text != kind.value
            assert bool(CJK.search(text)) == (lang == "zh_CN")
    assert referrers.referrer_kind(None) == ""
