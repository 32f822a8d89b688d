"""Industries with company-name patterns and job titles, the products sold, and sources."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Industry:
    name: str
    suffixes: tuple[str, ...]
    titles: tuple[str, ...]
    weight: int


# The demo rep sells drinking-water equipment and filter service to businesses and
# households, so every industry below has a reason to buy.
INDUSTRIES: tuple[Industry, ...] = (
    Industry(
        "制造业",
        (
            "机械制造有限公司",
            "精密电子有限公司",
            "塑胶制品有限公司",
            "纺织有限公司",
            "汽配有限公司",
        ),
        ("行政经理", "采购经理", "厂长", "总经理", "后勤主管"),
        14,
    ),
    Industry(
        "教育培训",
        ("外国语学校", "教育培训中心", "实验幼儿园", "职业技术学校", "艺术培训学校"),
        ("校长", "后勤主任", "总务处长", "园长", "行政主管"),
        12,
    ),
    Industry(
        "医疗健康",
        ("口腔门诊部", "康复医院", "健康体检中心", "中医诊所", "社区卫生服务站"),
        ("院长", "后勤科长", "采购主管", "护士长", "行政主任"),
        9,
    ),
    Industry(
        "餐饮",
        ("餐饮管理有限公司", "火锅店", "茶餐厅", "私房菜馆", "咖啡馆"),
        ("老板", "店长", "厨师长", "运营经理", "采购"),
        10,
    ),
    Industry(
        "酒店民宿",
        ("大酒店", "商务酒店", "精品民宿", "度假酒店"),
        ("总经理", "工程部经理", "采购经理", "前厅经理"),
        6,
    ),
    Industry(
        "企业办公",
        (
            "科技有限公司",
            "网络科技有限公司",
            "广告传媒有限公司",
            "会计师事务所",
            "律师事务所",
            "投资管理有限公司",
        ),
        ("行政经理", "办公室主任", "总经理", "人事行政主管", "前台主管"),
        16,
    ),
    Industry(
        "健身美业",
        ("健身会所", "瑜伽馆", "美容美发店", "SPA会所"),
        ("店长", "老板", "运营总监"),
        5,
    ),
    Industry(
        "物业地产",
        ("物业管理有限公司", "置业有限公司", "商业管理有限公司"),
        ("项目经理", "物业经理", "工程主管", "采购经理"),
        5,
    ),
)

# Share of contacts who are households buying for home (no company, no title).
HOUSEHOLD_SHARE = 0.25

BRANDS = (
    "恒达",
    "华信",
    "锦程",
    "宏远",
    "博雅",
    "瑞丰",
    "嘉禾",
    "鼎盛",
    "金诚",
    "新航",
    "明德",
    "安康",
    "东方",
    "天成",
    "汇通",
    "佳美",
    "盛世",
    "永泰",
    "中和",
    "海纳",
    "启航",
    "晨光",
    "万象",
    "德信",
    "优品",
    "绿源",
    "长青",
    "星辰",
    "聚福",
    "同仁",
    "九州",
    "凯越",
    "和润",
    "君悦",
    "云帆",
    "睿智",
    "正泰",
    "康桥",
    "兴业",
    "百川",
)


@dataclass(frozen=True)
class Product:
    name: str
    unit_price_yuan: tuple[int, int]
    quantity: tuple[int, int]
    business: bool  # sold to organisations (else to households)


PRODUCTS: tuple[Product, ...] = (
    Product("商用直饮机 B2", (6800, 12800), (2, 24), True),
    Product("商用净水器 A1", (4800, 8800), (1, 12), True),
    Product("开水器 K5", (3200, 6800), (2, 8), True),
    Product("年度滤芯服务", (3600, 18000), (1, 2), True),
    Product("家用净水器 C3", (2980, 5980), (1, 1), False),
    Product("全屋净水套装", (12800, 26800), (1, 1), False),
    Product("家用滤芯年卡", (680, 1280), (1, 1), False),
)

# Where contacts came from; "转介绍" is set for referred contacts only.
REFERRAL_SOURCE = "转介绍"
SOURCES = ("展会", "电话开发", "门店到店", "网络推广", "陌拜")

TRIGGER_EVENTS = (
    "新办公楼装修入驻",
    "刚完成并购重组",
    "新任总经理上任",
    "新厂区投产",
    "获得新一轮融资",
    "新开分店",
    "卫生检查要求整改饮水",
)

# Key-account targets the demo rep has set (docs/method.md §6): at most 3 industries and positions.
TARGET_INDUSTRIES = ("教育培训", "医疗健康", "企业办公")
TARGET_POSITIONS = ("行政经理", "后勤主任", "采购经理")
TARGET_REGIONS = ("华东",)
