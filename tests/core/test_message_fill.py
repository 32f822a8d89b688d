"""Filling 话术 templates: forms of address in both languages, missing values, placeholders."""

from __future__ import annotations

import pytest

from deskcrm.core.rules.message_fill import (
    FillData,
    address,
    compile_template,
    fill,
    fill_text,
    surname,
    template_language,
    unknown_placeholders,
)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (FillData("张伟", title="总经理"), "张总"),
        (FillData("张伟", title="销售总监"), "张总"),
        (FillData("张伟", title="老板", gender="f"), "张总"),  # the title wins over gender
        (FillData("李娜", title="董事长"), "李董"),
        (FillData("刘洋", title="采购经理"), "刘经理"),
        (FillData("王丽", gender="f"), "王姐"),
        (FillData("李明", gender="m"), "李哥"),
        (FillData("欧阳娜娜", gender="f"), "欧阳姐"),
        (FillData("赵敏"), "赵敏"),  # no title, no gender: the full name
        (FillData("赵敏", title="前台"), "赵敏"),
        (FillData("Tom Li", gender="m"), "Tom Li"),  # not a Chinese name: as it is
    ],
)
def test_chinese_forms_of_address(data: FillData, expected: str) -> None:
    assert address(data, "zh_CN") == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (FillData("李明", gender="m", pinyin="li ming"), "Mr. Li"),
        (FillData("王丽", gender="f", pinyin="wang li"), "Ms. Wang"),
        (FillData("欧阳娜娜", gender="f", pinyin="ou yang na na"), "Ms. Ouyang"),
        (FillData("李明", title="医生", pinyin="li ming"), "Dr. Li"),
        (FillData("Anna Smith", gender="f"), "Ms. Smith"),
        (FillData("Anna Smith", title="Professor"), "Prof. Smith"),
        (FillData("李明", pinyin="li ming"), "李明"),  # gender unknown: the name
        (FillData("李明", gender="m"), "李明"),  # no pinyin to say the surname with
    ],
)
def test_english_forms_of_address(data: FillData, expected: str) -> None:
    assert address(data, "en") == expected


def test_surname() -> None:
    assert surname("张 伟") == "张"
    assert surname("司马懿") == "司马"
    assert surname("Tom  Li") == "Li"
    assert surname("") == ""


def test_everything_known_fills_every_placeholder() -> None:
    text = "{address}您好！{company}的{product}用了{days_since}天，上次您说{last_promise}。{name}"
    data = FillData(
        "王丽",
        gender="f",
        company="星辰茶餐厅",
        product="净水器",
        last_promise="月底再定",
        days_since=12,
    )
    assert fill_text(text, data) == "王姐您好！星辰茶餐厅的净水器用了12天，上次您说月底再定。王丽"


def test_a_missing_value_drops_its_clause_never_a_raw_placeholder() -> None:
    text = "{address}您好，好久不见，{product}用得还好吗？上次您说{last_promise}，这周方便吗？"
    message = fill_text(text, FillData("张伟", title="总经理"))
    assert message == "张总您好，好久不见。这周方便吗？"
    assert "{" not in message


def test_missing_values_in_english() -> None:
    text = (
        "Hi {address}! It has been {days_since} days since we spoke. "
        "How is the {product} working? Talk soon."
    )
    assert fill_text(text, FillData("Anna Smith", gender="f")) == "Hi Ms. Smith! Talk soon."
    assert (
        fill_text(text, FillData("Anna Smith", gender="f", days_since=3, product="X1"))
        == "Hi Ms. Smith! It has been 3 days since we spoke. How is the X1 working? Talk soon."
    )


def test_the_language_of_a_template_comes_from_its_text() -> None:
    assert template_language("{address}您好") == "zh_CN"
    assert template_language("Hi {address}") == "en"
    # A template of the rep's own without a language: the text decides the form of address.
    data = FillData("王丽", gender="f", pinyin="wang li")
    assert fill(compile_template("Hi {address}!"), data) == "Hi Ms. Wang!"
    assert fill(compile_template("{address}好！"), data) == "王姐好！"


def test_unknown_placeholders_are_named() -> None:
    assert unknown_placeholders("{nmae}您好 {name} {nmae} {}") == ["nmae", ""]
    assert unknown_placeholders("{address}{company}{product}{last_promise}{days_since}") == []
