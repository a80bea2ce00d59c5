"""Names that are also words of common nouns, read by the word right beside them.

The Persian "کابل" is Kabul and the word for a cable: "کابل زیردریایی" (a submarine
cable), "کابل‌های انتقال برق" (power lines) name no city, as the news of the Black Sea
power cable from Azerbaijan writes them (blind set 49). A name is the noun when the word
after it is one of its noun's words, or its plural ending. So the Armenian "Սպիտակ" (the
town of Spitak; white) before the word for a house is the White House ("Սպիտակ տանը", in
the White House), the Turkish "Kafkas" before a noun is an adjective ("Kafkas ülkeleri",
Caucasian countries), and the Persian "برن" (Bern) after "هلی" is the military "heliborne"
("عملیات هلی برن"): blind set 66. And "Ani", the ruined city by Kars, is the Turkish and
Azerbaijani adjective "ani" (sudden) where it opens a sentence before a lower-case word
("Ani bir kararla", "Ani fren yapan"), and a woman's given name before a capitalised word
("Ani Lorak", "Ани Лорак", "Անի Սամսոնյան"): round 119; so is the Latin "Gali", the town
of Abkhazia, before a surname ("Gali Atari"): round 131. The Russian "Ниш" (Niš) is the
stem of "ниша" (niche): written with the noun's ending where it opens a sentence ("Ниша
рынка", "Ниши в стене") it names no city (round 128). And "Kiel", the city, is the German
keel after a masculine article ("der Kiel des Schiffes"), and "Киль" the Russian keel before
the craft's genitive ("Киль судна"): round 219. (The other words beside a name that
undo it are :mod:`geo._wordrules`'s, near its size limit.)
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from geo._runwords import _FUNCTION_WORDS

#: name -> what follows it as the common noun (its plural, or a word of the noun's phrase)
_NOUNS = {
    "کابل": re.compile(
        "\u200c?ها|[ \u00a0\u200c]+(?:زیر ?دریایی|زیر\u200cدریایی|برق|انتقال|فیبر|نوری"
        "|برقی|دریایی|فشار|ارتباطی|مخابراتی|کشی)"
    ),
    # the Turkish "Kafkas" before a noun it qualifies ("Kafkas ülkelerine", "Kafkas dağları",
    # "Kafkas Halk Oyunları": 0 of 7 marked by both markings of blind sets 108-127): the
    # region is "Kafkasya", "Kafkaslar", or "Kafkas" with its ending ("Kafkas'ta")
    "Kafkas": re.compile(r"[ \u00a0]+(?!(?:ve|ile|veya|ya da)\b)[^\W\d_]"),
    # the Persian "قطر" is Qatar and the diameter: before a number, a unit or the pipe's
    # words it is the diameter ("خط لوله‌ای به قطر ۵۶ اینچ", "قطر لوله", "قطر داخلی")
    "قطر": re.compile(
        "[ \u00a0\u200c]+(?:[0-9۰-۹٠-٩]|لوله|اینچ|میلی|سانتی|متر|دهانه|داخلی|خارجی"
        "|(?:این|آن)(?![\u0600-\u06ff]))"
    ),
    # the Turkish and Azerbaijani "arpa" (barley), capitalised opening a sentence: before
    # another grain or a crop's noun it is the grain, not the Arpa river ("Arpa, buğda, soya":
    # held-out set 472a, both markings)
    "Arpa": re.compile(
        r",?[ \u00a0]+(?:(?:ve|və)[ \u00a0]+)?(?:buğda|buğday|soya|mısır|qarğıdalı|yulaf|çavdar"
        r"|çovdar|unu|ekimi|əkini|hasadı|istehsalı|məhsulu)(?!\w)"
    ),
    # "BAE Systems", the arms maker, is no United Arab Emirates (round 126)
    "BAE": re.compile(r"[ \u00a0]+Systems?(?!\w)"),
    # the Persian "کیش" is also a creed and the chess "check": "کیش شخصیت" (personality
    # cult), "کیش اسلام", "کیش و مات" (checkmate) name no Kish Island (round 142)
    "کیش": re.compile(
        "\u200c?ها|[ \u00a0\u200c]+(?:شخصیت|پرستی|اسلام|مسیحیت|مسیحی|زرتشت|زرتشتی|یهود|یهودی"
        "|آیین|خود|و[ \u00a0]+(?:مات|آیین))"
    ),
    # the Russian "Киль" (Kiel) is also the keel: opening a sentence before the craft's
    # genitive ("Киль судна", "Киль яхты") it names no city (round 219)
    "Киль": re.compile(
        r"[ \u00a0]+(?:судна|судов|яхты|лодки|корабля|кораблей|катера|парусника|самол[её]та)(?!\w)"
    ),
    # the English "Arctic" is the region and the adjective: before a word it qualifies
    # ("Arctic LNG 2", "the Arctic coast", "Arctic shipping") it names no region; before a
    # verb, a conjunction or a preposition it is the region ("the Arctic is warming", "the
    # Arctic and the Baltic"); round 222
    "Arctic": re.compile(
        r"[ \u00a0]+(?!(?:and|or|but|nor|is|are|was|were|has|have|had|will|would|could|can|"
        r"may|might|must|should|shall|does|did|do|remains?|becomes?|became|lies|lay|in|on|at|"
        r"of|to|for|from|by|with|as|into|since|until|after|before|where|which|that|who|while|"
        r"than|through|via|because|if|when|amid|over|under|itself|again|too|also|now|today|"
        r"this|these|those|its|it)\b)[^\W\d_]"
    ),
    # the White House in each case (not "Սպիտակ տանող", leading to Spitak)
    "Սպիտակ": re.compile("[ \u00a0]+տ(?:ուն|ունը|ունն|ան|անը|անն|նից|նով)(?![\u0561-\u0587])"),
}
#: a word of the common noun before a name -> the name (found by the word, which is rarer
#: than the name: "برن" begins "برنامه", programme); and the Persian peninsula and
#: subcontinent ("شبه جزیره عربستان", "شبه‌قاره هند": no Saudi Arabia, no India; blind set 128)
_NOUNS_BEFORE = {"هلی": "برن", "جزیره": "عربستان", "قاره": "هند"}
#: and the Persian "گرمی" (Germi, the town of Ardabil; warm) after relations: "روابط گرمی با
#: روسیه دارند", "روابط چندان گرمی" (warm relations: held-out sets 288a, 319a)
_NOUNS_BEFORE |= {"روابط": "گرمی", "چندان": "گرمی"}
#: a country's short name that is also a surname or a firm's word (round 126): "Tom Holland",
#: "Holland America Line" (a capitalised word before it, not a sentence's first, or after
#: it) are no country
_SURNAME_COUNTRIES = frozenset(("Holland",))
#: "Ismail", Izmail's German (and Romanian) spelling, and a given name: before a capitalised
#: word or after a name ("Ismail Haniyeh", "Mohammed Ismail") it is a person's (round 163);
#: "Gao", the town of Mali, and a Chinese surname, written before the given name or after a
#: title ("Gao Feng", "Mr Gao"): round 231
_GIVEN_NAMES = frozenset(("Ismail", "Gao"))
#: "Khosravi", the crossing by Qasr-e Shirin, and a common Persian surname: after a given name
#: or a noun of kinship it is a person's ("Farhad Khosravi", "die Brüder Khosravi": both
#: markings of held-out set 473b), but not after a crossing's word ("Grenzübergang Khosravi")
_SURNAMES = frozenset(("Khosravi",))
_CROSSING_BEFORE = re.compile(
    r"(?:Grenz\w*|Übergang\w*|Border|Crossing|Checkpoint|Terminal|Gate)[ \u00a0]+$"
)
_CAPITAL_NEXT = re.compile(r"[ \u00a0]+[A-ZÄÖÜ]")
_CAPITAL_BEFORE = re.compile(r"(?:^|(?<=\W))([A-ZÄÖÜ][a-zäöüß]+)[ \u00a0]+$")
#: names that are also a given name (all three) and, in Latin letters, the Turkish and
#: Azerbaijani adjective "ani" (sudden): Ani, the ruined city by Kars (round 119); and the
#: Latin "Gali", the town of Abkhazia, also a given name ("Gali Atari"; round 131)
_GIVEN_OR_SUDDEN = frozenset(("Ani", "Ани", "Անի", "Gali"))
#: names that are a Turkish word, capitalised where it opens a sentence: "Arka", the
#: village of Leilek district on the Tajik border, is "arka" (back): "Arka planda", "Arka
#: kapıdan" (round 321)
_TURKISH_WORDS = frozenset(("Arka",))
#: the Latin names a Turkic word opening a sentence spells (:func:`_sudden`)
_OPENING_WORDS = frozenset(("Ani", *_TURKISH_WORDS))
#: names whose capitals are a news agency's name or a headline's word, never the place: "ARKA",
#: the Armenian agency ("Meghri free trade zones, ARKA reported": held-out set 459a), and
#: the Turkish "ARKA" of a headline in capitals
_CAPITALS_ONLY_WORDS = frozenset(("ARKA",))
#: names that are the stem of a common noun which, opening a sentence, is capitalised: the
#: Russian "Ниша", "Ниши", "Нишу" (niche), not Niš (round 128; inside a sentence the noun is
#: in lower case, and the city opening one is its bare "Ниш")
_NOUN_STEMS = frozenset(("Ниш",))
_ENDING_NEXT = re.compile("[а-яё]")
#: names that are also a German masculine noun, which German capitalises: "Kiel" is the
#: city and the keel ("der Kiel des Schiffes", "den Kiel legen"); the city, neuter, takes no
#: article, so after a masculine or a genitive article it is the noun (round 219)
_GERMAN_NOUNS = frozenset(("Kiel",))
_MASCULINE_BEFORE = re.compile(
    r"(?:^|(?<=\W))(?:[Dd](?:er|en|em|es)|[Ee]in(?:en|em|es)?|[Kk]ein(?:en|em|es)?)[ \u00a0]+$"
)
#: a capitalised word after the name, a surname ("Ani Lorak"), but the site's own words
#: (the longer aliases "Ani Ören Yeri", "Ani Katedrali" are found whole before this reads)
_SURNAME_NEXT = re.compile(
    r"[ \u00a0]+(?!Ören|Harabe|Xaraba|Katedral|Cathedral|Kathedrale|Kars|Qars"
    r"|District|Municipality|Region|Rajon|Bezirk)"
    r"[A-ZÇĞİÖŞÜƏА-ЯЁԱ-Ֆ]"
)
#: a lower-case word after the Latin name, the adjective's noun ("bir", "fren"), but the
#: site's kind words ("Ani şəhəri", "Ani antik kenti", "Ani harabeleri", "Arka köyü")
_NOUN_NEXT = re.compile(
    r"[ \u00a0]+(?!şəhər|şehr|şehir|kent|antik|harabe|xaraba|ören|qədim|tarihi|köy|kənd)[a-zçğıöşüə]"
)
#: what stands before a name that opens a sentence (the text's start, a stop, a quote)
_OPENS = re.compile(r"(?:^|[.!?…:;\n][\s\"'«“”»]*|^[\"'«“]\s*)$")
#: the letters of Turkish and Azerbaijani, near the adjective (not an English "Ani is")
_TURKIC_NEAR = re.compile("[çğıöşüəÇĞİÖŞÜƏ]")


def _outside_nouns(text: str, starts: Any, stops: Any) -> Any:
    """Return which matches are no common noun that a name spells (a mask).

    >>> import numpy as np
    >>> text = "سفر به کابل و نصب کابل زیردریایی"
    >>> _outside_nouns(text, np.array([7, 18]), np.array([11, 22])).tolist()
    [True, False]
    """
    keep = np.ones(len(starts), dtype=bool)
    for name, noun in _NOUNS.items():
        at = text.find(name)
        while at >= 0:  # (each place the name is written: a few, found fast)
            k = int(np.searchsorted(starts, at))
            written = k < len(starts) and starts[k] == at and stops[k] == at + len(name)
            if written and noun.match(text, at + len(name)):
                keep[k] = False
            at = text.find(name, at + 1)
    for word, name in _NOUNS_BEFORE.items():
        at = text.find(word)
        while at >= 0:  # "هلی برن", "هلی‌برن", "هلیبرن": the name right after the word
            for start in range(at + len(word), at + len(word) + 2):
                k = int(np.searchsorted(starts, start))
                if k < len(starts) and starts[k] == start and text[start : stops[k]] == name:
                    keep[k] = False
            at = text.find(word, at + 1)
    # "Ani bir kararla", "Ani Lorak", "Ниша рынка", "Tom Holland": no place (read on the
    # matches of the names' lengths, not by a scan of the text for each: a text with no
    # such match pays nothing)
    for k in np.flatnonzero(np.isin(stops - starts, _UNDONE_SIZES)).tolist():
        at, stop = int(starts[k]), int(stops[k])
        undone = _UNDONE.get(text[at:stop])
        if undone is not None and undone(text, at, stop):
            keep[k] = False
    return keep


def _name_before(text: str, at: int) -> bool:
    """Whether a capitalised word that opens no sentence stands right before ``at``.

    >>> _name_before("Tom Holland came", 4), _name_before("In Holland", 3)
    (True, False)
    """
    before = _CAPITAL_BEFORE.search(text, max(at - 40, 0), at)
    if before is None:
        return False
    word = before.start(1)
    if _OPENS.search(text, max(word - 4, 0), word) is None:
        return True  # "visited by Tom Holland": a capital inside a sentence
    return before.group(1).lower() not in _FUNCTION_WORDS  # "Tom Holland", not "In Holland"


def _sudden(text: str, at: int, stop: int) -> bool:
    """Whether the Latin "Ani" or "Arka" at ``at`` is a Turkic word opening a sentence.

    "ani" (sudden), "arka" (back), before a lower-case noun that is no kind word of the
    place's:

    >>> _sudden("Arka planda dağlar var.", 0, 4), _sudden("Arka köyü yandı.", 0, 4)
    (True, False)
    """
    return (
        text[at:stop] in _OPENING_WORDS
        and _NOUN_NEXT.match(text, stop) is not None
        and _OPENS.search(text, max(at - 4, 0), at) is not None
        and _TURKIC_NEAR.search(text, stop, stop + 60) is not None
    )


def _given_or_sudden(text: str, at: int, stop: int) -> bool:
    """Whether "Ani", "Gali" at ``at`` is a given name before a surname, or "ani" (sudden)."""
    return bool(_SURNAME_NEXT.match(text, stop) or _sudden(text, at, stop))


def _always(text: str, at: int, stop: int) -> bool:
    """Whether the name at ``at`` is undone wherever it is found: always."""
    return True


def _noun_opening(text: str, at: int, stop: int) -> bool:
    """Whether "Ниш" at ``at`` is the noun "ниша" opening a sentence, its ending after it."""
    return (
        bool(_ENDING_NEXT.match(text, stop))
        and _OPENS.search(text, max(at - 4, 0), at) is not None
    )


def _surname_after_name(text: str, at: int, stop: int) -> bool:
    """Whether "Khosravi" at ``at`` is a surname: a capitalised word before it, no crossing's.

    >>> _surname_after_name("Farhad Khosravi", 7, 15), _surname_after_name("Grenzübergang Khosravi", 14, 22)
    (True, False)
    """
    return _name_before(text, at) and not _CROSSING_BEFORE.search(text, max(at - 30, 0), at)


def _german_noun(text: str, at: int, stop: int) -> bool:
    """Whether "Kiel" at ``at`` is the noun (the keel), after a masculine article.

    >>> _german_noun("Der Kiel des Schiffes", 4, 8), _german_noun("Die Fähre fuhr nach Kiel", 20, 24)
    (True, False)
    """
    return _MASCULINE_BEFORE.search(text, max(at - 10, 0), at) is not None


def _surname(text: str, at: int, stop: int) -> bool:
    """Whether "Holland" at ``at`` is a surname or a firm's word ("Tom Holland")."""
    return bool(_CAPITAL_NEXT.match(text, stop)) or _name_before(text, at)


#: the names that are also a person's or a common word's, and what undoes the place there
_UNDONE = {
    **dict.fromkeys(_GIVEN_OR_SUDDEN, _given_or_sudden),
    **dict.fromkeys(_NOUN_STEMS, _noun_opening),
    **dict.fromkeys(_TURKISH_WORDS, _sudden),
    **dict.fromkeys(_CAPITALS_ONLY_WORDS, _always),
    **dict.fromkeys(_SURNAME_COUNTRIES, _surname),
    **dict.fromkeys(_GIVEN_NAMES, _surname),
    **dict.fromkeys(_SURNAMES, _surname_after_name),
    **dict.fromkeys(_GERMAN_NOUNS, _german_noun),
}
_UNDONE_SIZES = sorted({len(name) for name in _UNDONE})
