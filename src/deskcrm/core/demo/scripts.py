"""Demo call scripts (outline by call stage, docs/method.md §9) and batch messages (话术)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoSection:
    stage: str
    title: str
    prompts: str  # one prompt per line


@dataclass(frozen=True)
class DemoScript:
    name: str
    lang: str
    sections: tuple[DemoSection, ...]


@dataclass(frozen=True)
class DemoTemplate:
    name: str
    audience: str  # a built-in tag or a batch group ("A组"...)
    occasion: str
    body: str  # {name} is filled in per contact
    lang: str = "zh_CN"


SCRIPTS: tuple[DemoScript, ...] = (
    DemoScript(
        "新客户电话开发",
        "zh_CN",
        (
            DemoSection(
                "prepare",
                "准备",
                "查好对方公司规模和行业\n写下这通电话的目标：约到上门演示\n准备两个时间选项",
            ),
            DemoSection("state", "状态", "微笑说话\n语速放慢，音量适中\n每说两句停一下"),
            DemoSection(
                "trust",
                "建立信任",
                "您好，我是小周，做办公饮水的，耽误您一分钟\n找共同点：同在滨江、同行业客户",
            ),
            DemoSection(
                "discover",
                "发现问题",
                "现在公司喝水是怎么解决的？\n一个月大概用多少桶水？\n员工对喝水有什么意见吗？",
            ),
            DemoSection(
                "propose",
                "提出方案",
                "按你们的人数，两台直饮机就够\n五年算下来比桶装水省三成",
            ),
            DemoSection(
                "objections",
                "解决疑虑",
                "除了价格，您还担心什么？\n如果老板问起来，他最关心哪一点？",
            ),
            DemoSection(
                "close",
                "成交",
                "我周三下午或者周四上午带样机过来，哪个时间方便？\n问完就安静，等对方回答",
            ),
        ),
    ),
    DemoScript(
        "老客户回访与转介绍",
        "zh_CN",
        (
            DemoSection("prepare", "准备", "看一下上次安装时间和滤芯更换记录"),
            DemoSection(
                "after_sales",
                "售后关怀",
                "机器用得怎么样？出水正常吗？\n滤芯快到期了，我帮您约个时间上门换",
            ),
            DemoSection(
                "compare",
                "对比",
                "如果客户提到别家：客观比较服务和滤芯成本，不贬低同行",
            ),
            DemoSection(
                "referral",
                "转介绍",
                "您身边还有谁在为喝水的事烦恼？\n方便的话帮我介绍一下，我请您喝茶",
            ),
        ),
    ),
)

TEMPLATES: tuple[DemoTemplate, ...] = (
    DemoTemplate(
        "A组·夏季饮水提醒",
        "A组",
        "weather",
        "{name}您好，这几天气温超过35度，记得多喝水！我们店本周到店体验送定制水杯，欢迎来坐坐。",
    ),
    DemoTemplate(
        "B组·新品上市",
        "B组",
        "product_news",
        "{name}您好，我们新到一款即热直饮机，三秒出开水，特别适合办公室。需要资料我发您。",
    ),
    DemoTemplate(
        "C组·节日问候",
        "C组",
        "holiday",
        "{name}，中秋快乐！祝您和家人团团圆圆。有任何饮水方面的问题随时找我。",
    ),
    DemoTemplate(
        "未到店·到店有礼",
        "N",
        "event",
        "{name}您好，周六我们门店有水质检测活动，带一瓶家里的自来水来就能免费测，还有小礼品。",
    ),
    DemoTemplate(
        "已购·滤芯提醒",
        "repurchase",
        "service",
        "{name}您好，您家的净水器滤芯快到更换时间了，这周帮您约个上门时间好吗？",
    ),
    DemoTemplate(
        "VIP·生日祝福",
        "birthday",
        "birthday",
        "{name}，生日快乐！感谢一直以来的信任，给您准备了一份小礼物，改天给您送过去。",
    ),
    DemoTemplate(
        "VIP·转介绍感谢",
        "VIP",
        "referral_thanks",
        "{name}，谢谢您介绍的朋友，已经顺利装好了。改天请您喝茶！",
    ),
    DemoTemplate(
        "春节问候",
        "festival",
        "holiday",
        "{name}，新春快乐！新的一年身体健康、万事顺意。",
    ),
)
