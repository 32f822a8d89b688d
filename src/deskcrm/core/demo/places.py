"""Cities the demo rep sells in, with sales region and landline area code."""

from __future__ import annotations

# (city, region, area code, weight): the rep works out of Hangzhou, so East China dominates.
CITIES: tuple[tuple[str, str, str, int], ...] = (
    ("杭州", "华东", "0571", 40),
    ("宁波", "华东", "0574", 9),
    ("上海", "华东", "021", 10),
    ("苏州", "华东", "0512", 7),
    ("南京", "华东", "025", 5),
    ("绍兴", "华东", "0575", 5),
    ("北京", "华北", "010", 4),
    ("天津", "华北", "022", 2),
    ("广州", "华南", "020", 3),
    ("深圳", "华南", "0755", 4),
    ("武汉", "华中", "027", 3),
    ("长沙", "华中", "0731", 2),
    ("成都", "西南", "028", 3),
    ("重庆", "西南", "023", 2),
    ("西安", "西北", "029", 1),
)

# Mobile prefixes in long-standing use by the three carriers.
MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
)

PERSONAL_MAIL_DOMAINS = ("163.com", "qq.com", "126.com", "sina.com", "foxmail.com")
