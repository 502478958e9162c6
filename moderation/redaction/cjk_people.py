"""People named the Chinese, Korean and Japanese ways: by surname and title, by a familiar
prefix, or with an honorific after the name.

>>> [(t[c.start:c.end]) for t in ["小周, 把名单发给我. 王总说可以. 法务팀 김수민 님, 박 변호사님"]
...  for c in find_cjk_people(t)]
['王', '小周', '김수민', '박']
"""

from __future__ import annotations

import re

from .model import PRIORITY_WORDS, Candidate

_CHINESE_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶苏魏吕"
    "丁沈姚卢姜崔钟谭陆汪范金廖贾夏韦邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤"
    "張劉陳楊黃趙吳鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閻龔錢嚴湯"
)
"""The most frequent Chinese surnames, simplified and traditional. Not those that are as
often a word's first character in a title's place ("于", "程" of "小程序", "方", "向")."""
_CHINESE_TITLES = "总监|经理|老师|主任|律师|医生|先生|女士|小姐|总|姐|哥|工|經理|總監|總|律師|醫生"
_CHINESE_TITLED = re.compile(
    rf"([{_CHINESE_SURNAMES}])(?:{_CHINESE_TITLES})(?![共计结体部数额之量和計結體數額])"
)
"""A surname and a title after it: "王总" ("boss Wang"), "刘经理", "陈老师" (the surname is
the name; the title stays readable). Not a compound of "总" ("总共", "总体"); no word before
a title ends in one of these surnames' characters often ("项目经理", "销售总监" do not)."""
_CHINESE_FAMILIAR = re.compile(rf"[小老阿]([{_CHINESE_SURNAMES}])(?![末年期边子孙女识途])")
"""A surname after the familiar "小", "老" or "阿": "小周", "老王" (the whole is the name;
not "小周末", the weekend, nor "老马识途")."""
_KOREAN_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허남심노하곽성차주우구민유진나지엄채원천방공현함"
    "변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용"
)
_KOREAN_TITLES = (
    "님|씨|팀장님|대리님|과장님|부장님|차장님|실장님|이사님|대표님|변호사님|선생님|교수님|"
    "매니저님|본부장님|팀장|대리|과장|부장|변호사|대표"
)
_KOREAN_TITLED = re.compile(
    rf"(?<![\uac00-\ud7af])([{_KOREAN_SURNAMES}](?:[\uac00-\ud7af]{{2}})?)[ \t]+"
    rf"(?:{_KOREAN_TITLES})"
    rf"|(?<![\uac00-\ud7af])([{_KOREAN_SURNAMES}][\uac00-\ud7af]{{2}})(?:님|씨)"
)
"""A Korean name (a surname and two syllables) or a surname alone, with a title or honorific
after it, whatever particle follows: "김수민 님한테", "박 변호사님이", "이서연씨가"."""
_JAPANESE_TITLED = re.compile(
    r"(?<![\u30a0-\u30ff\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})"
    r"(?:さん|様|部長|課長|社長|先生|くん|ちゃん)"
)
"""A Japanese surname of two or three characters with an honorific or title after it:
"田中さん", "佐藤部長"."""
_KAKAO_SPEAKER = re.compile(
    r"\[([\uac00-\ud7af]{2,4}|[\u4e00-\u9fff]{2,4})\][ \t]*"
    r"\[(?:오전|오후|AM|PM)[ \t]?\d{1,2}:\d\d\]"
)
"""A KakaoTalk export's writer, in brackets before the time: "[이서연] [오후 3:14]"."""
_CJK_LETTERS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def find_cjk_people(text: str) -> list[Candidate]:
    """People named in Chinese, Korean or Japanese writing (see the module's docstring)."""
    if text.isascii() or _CJK_LETTERS.search(text) is None:
        return []
    found = [
        Candidate(m.start(1), m.end(1), "PERSON", PRIORITY_WORDS + 1)
        for m in _CHINESE_TITLED.finditer(text)
    ]
    found += [
        Candidate(m.start(), m.end(), "PERSON", PRIORITY_WORDS + 1)
        for m in _CHINESE_FAMILIAR.finditer(text)
    ]
    for match in _KOREAN_TITLED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        if match.group(group).endswith(("님", "씨")):
            continue  # "고객님 선생님": a word with its own honorific, before a title
        found.append(Candidate(match.start(group), match.end(group), "PERSON", PRIORITY_WORDS + 1))
    found += [
        Candidate(m.start(1), m.end(1), "PERSON", PRIORITY_WORDS + 1)
        for m in _JAPANESE_TITLED.finditer(text)
    ]
    if "[" in text:
        found += [
            Candidate(m.start(1), m.end(1), "PERSON", PRIORITY_WORDS + 1)
            for m in _KAKAO_SPEAKER.finditer(text)
        ]
    return found
