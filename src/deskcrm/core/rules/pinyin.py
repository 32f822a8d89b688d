"""Pinyin search keys for names and how a typed query is cut into syllables.

A name is found the way phone contact apps find it: the query is read from the
start of the full name, each of its syllables typed in full, as a prefix or as its
initial, in any mix. For 张三丰 (zhang san feng) "zsf", "zhangsf", "zsfeng",
"zhsanf" and "zhangsanfeng" all match; so do "zhangsanf" (a prefix of the whole
spelling) and "zs" (a prefix of the initials). Every typed syllable covers the
next syllable of the name: "zf" skips 三 and does not match, and matching does not
start inside the name ("sanfeng" finds nothing by pinyin; typing 三丰 finds it as
Chinese text). Starting only at the full name keeps each cut an index range on the
name's initials (docs/performance.md); matching the given name alone ("sf" for 张三丰,
as some phone apps do) would need a second key and index per contact and is left out.

Latin words in a name (Tom, 张Tom) count as one syllable each; they match by the
prefix of the whole spelling, the initials, and in a cut when the typed part is
also the start of some pinyin syllable.
"""

from __future__ import annotations

from functools import lru_cache

# pypinyin reads these characters in their common-word sound; as the first
# character of a person's name they are surnames and sound differently.
# Compound surnames come first so 单于 is not read as 单 + 于.
SURNAME_READINGS: dict[str, list[str]] = {
    "单于": ["chan", "yu"],
    "尉迟": ["yu", "chi"],
    "万俟": ["mo", "qi"],
    "长孙": ["zhang", "sun"],
    "曾": ["zeng"],
    "单": ["shan"],
    "解": ["xie"],
    "仇": ["qiu"],
    "朴": ["piao"],
    "查": ["zha"],
    "区": ["ou"],
    "乐": ["yue"],
    "盖": ["ge"],
    "缪": ["miao"],
    "翟": ["zhai"],
    "覃": ["qin"],
    "尉": ["yu"],
    "繁": ["po"],
    "任": ["ren"],
    "沈": ["shen"],
    "秘": ["bi"],
    "种": ["chong"],
    "员": ["yun"],
    "召": ["shao"],
    "黑": ["he"],
    "过": ["guo"],
    "么": ["yao"],
    "隗": ["wei"],
    "句": ["gou"],
    "华": ["hua"],
    "柏": ["bai"],
    "薄": ["bo"],
    "郇": ["huan"],
    "眭": ["sui"],
    "阚": ["kan"],
    "宓": ["mi"],
    "祭": ["zhai"],
    "燕": ["yan"],
    "纪": ["ji"],
    "令狐": ["ling", "hu"],
}
_COMPOUNDS = sorted((s for s in SURNAME_READINGS if len(s) > 1), key=len, reverse=True)


def _syllables(text: str) -> list[str]:
    """Lower-case syllables; non-Chinese runs (Latin letters, digits) pass through as words."""
    # Imported on first use: loading pypinyin's dictionaries costs ~0.2 s, and the
    # app's start-up (listing and searching contacts) never needs them.
    from pypinyin import Style, lazy_pinyin

    parts = lazy_pinyin(text, style=Style.NORMAL, errors="default")
    out: list[str] = []
    for part in parts:
        out.extend(w for w in part.lower().split() if w)
    return out


@lru_cache(maxsize=65536)
def name_syllables(name: str) -> tuple[str, ...]:
    """The pinyin syllables of a person's name, the surname read as a surname (曾 -> zeng).

    Cached because customer lists repeat names a lot (docs/performance.md §6:
    ~2 s for 100k names uncached).
    """
    name = "".join(name.split())
    if not name:
        return ()
    head: list[str] = []
    rest = name
    for compound in _COMPOUNDS:
        if name.startswith(compound):
            head, rest = list(SURNAME_READINGS[compound]), name[len(compound) :]
            break
    else:
        first = name[0]
        if first in SURNAME_READINGS:
            head, rest = list(SURNAME_READINGS[first]), name[1:]
    return tuple(head + (_syllables(rest) if rest else []))


def name_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) for a person's name, e.g. 曾伟 -> ("zengwei", "zw")."""
    syllables = name_syllables(name)
    return "".join(syllables), "".join(s[0] for s in syllables if s)


def name_sort_key(name: str) -> str:
    """The key names are listed by: syllables with a space between, e.g. "chen jia hao".

    Sorting by the joined search key would put 程春梅 ("chengchunmei") before
    陈家豪 ("chenjiahao") and interleave the two surnames; the space sorts before
    every letter, so all 陈 (chen) come before all 程 (cheng), as in a phone book.
    """
    return " ".join(name_syllables(name))


def text_key(text: str) -> str:
    """Full pinyin of arbitrary text (no surname handling), for companies and tags."""
    return "".join(_syllables(text))


def looks_like_pinyin(query: str) -> bool:
    """True for a query that can be matched against pinyin keys (ASCII letters only)."""
    return query.isascii() and query.isalpha()


# Every syllable pypinyin writes for a character (ü as v), without the interjections
# hm, hng, m, n and ng that no name uses: a typed cut must start one of these.
_SYLLABLE_TEXT = """
    a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo
    bong bu ca cai can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng
    chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui
    cun cuo da dai dan dang dao de dei den deng di dia dian diao die din ding diu dong
    dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga
    gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai
    han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian
    jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken
    keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei len leng
    li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma mai
    man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang
    nao ne nei nen neng ni nia nian niang niao nie nin ning niu nong nou nu nuan nun nuo
    nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi
    qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng
    ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan
    shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
    si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie
    ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wong wu xi xia
    xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin
    ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan
    zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun
    zhuo zi zong zou zu zuan zui zun zuo
"""
SYLLABLES = frozenset(_SYLLABLE_TEXT.split())
_STARTS = frozenset(s[:n] for s in SYLLABLES for n in range(1, len(s) + 1))
# The longest syllable (zhuang): each syllable takes this many characters in the stored
# key, so the n-th syllable always starts at the same place and LIKE's "_" can reach it.
SYLLABLE_WIDTH = max(len(s) for s in SYLLABLES)
# Cuts into more pieces than a name has syllables match nothing; names of more than
# five syllables are rare, and each extra piece multiplies the cuts of a long query.
MAX_PIECES = 5


def syllable_key(syllables: tuple[str, ...]) -> str:
    """The stored cut key: each syllable in a SYLLABLE_WIDTH field, e.g. "zhang san   feng".

    A longer (Latin) word keeps its first SYLLABLE_WIDTH letters; it still matches in
    full by the whole-spelling key.
    """
    fields = (s[:SYLLABLE_WIDTH].ljust(SYLLABLE_WIDTH) for s in syllables)
    return "".join(fields).rstrip()


def name_columns(name: str) -> dict[str, str]:
    """Every key the contacts table keeps for a name, by column: the one place they are made."""
    syllables = name_syllables(name)
    full, initials = name_keys(name)
    return {
        "name_pinyin": full,
        "name_initials": initials,
        "name_sort": " ".join(syllables),
        "name_syllables": syllable_key(syllables),
    }


def typed_cuts(query: str) -> list[tuple[str, ...]]:
    """The ways a lower-case query splits into pieces that each start a pinyin syllable.

    "zhangsf" -> [("zhang", "s", "f"), ("zhan", "g", "s", "f"), ...]; at most
    MAX_PIECES pieces of at most SYLLABLE_WIDTH letters.
    """
    out: list[tuple[str, ...]] = []

    def walk(rest: str, head: tuple[str, ...]) -> None:
        if not rest:
            out.append(head)
            return
        if len(head) == MAX_PIECES:
            return
        for n in range(1, min(SYLLABLE_WIDTH, len(rest)) + 1):
            if rest[:n] in _STARTS:
                walk(rest[n:], (*head, rest[:n]))

    walk(query, ())
    return out


def mixed_cuts(query: str) -> list[tuple[str, ...]]:
    """The cuts that neither the whole-spelling nor the initials prefix already covers.

    One piece is a prefix of the first syllable (so of the whole spelling); all
    one-letter pieces are a prefix of the initials. The rest mix full syllables,
    prefixes and initials ("zhangsf", "zsfeng").
    """
    return [c for c in typed_cuts(query) if len(c) > 1 and any(len(p) > 1 for p in c)]


def cut_initials(cut: tuple[str, ...]) -> str:
    """The initials a name must start with to match `cut`: ("zhang", "s", "f") -> "zsf"."""
    return "".join(p[0] for p in cut)


def cut_pattern(cut: tuple[str, ...]) -> str:
    """A LIKE pattern on the cut key: ("zhang", "s", "f") -> "zhang_s_____f%".

    "_" fills the rest of each syllable's field, so piece n can only start syllable n.
    """
    head = "".join(p.ljust(SYLLABLE_WIDTH, "_") for p in cut[:-1])
    return f"{head}{cut[-1]}%"


def shared_initials(cuts: list[tuple[str, ...]]) -> str:
    """The initials every one of `cuts` asks a name to start with (at least the first letter)."""
    initials = [cut_initials(cut) for cut in cuts]
    shortest = min(initials, key=len)
    same = (i for i, letters in enumerate(zip(*initials, strict=False)) if len(set(letters)) > 1)
    return shortest[: next(same, len(shortest))]
