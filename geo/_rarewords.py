"""The rare words the parse's last steps look for, found once for the text.

The bare Gulf (:mod:`geo._gulf`), a plural port or airport word (:mod:`geo._ports`), a village
word (:mod:`geo._mentionwords`), the Turkish locative adjective (:mod:`geo._insidecues`) and
the Turkish "olmak üzere", "gibi" and the plural province word closing a list of provinces
(and the Azerbaijani "əyalətlər", "ostanlar", "vilayətlər", "və başqa") and its district word
(:mod:`geo._provincelists`), a plural sea word
(:mod:`geo._seapairs`), the Azerbaijani agreement word (:mod:`geo._quotedtitles`) and an
earthquake's or a flood's word (:mod:`geo._disasters`) are rare; each step reads only where
its words stand.

The words' fixed parts are found in one pass of an Aho-Corasick automaton
(``pyahocorasick``, as the names are). One regular expression with every word in it read
the text letter by letter, trying each word at each letter: 90-140 ms a megabyte, more
than the rest of the parse's last steps together; a ``str.find`` loop a word took about
1 ms a megabyte each, 25-35 ms for the 34 words, and the automaton's one pass 15-22 ms
(stop 56, benchmarks/bench_geoparse.py's texts). A word written with a choice of letters
("порт[аоы]") is found by its fixed part and the choice checked where it stands. What is
found is kept for the text last read (a parse asks four times).
"""

from __future__ import annotations

import functools
import re
from typing import Any

__all__ = ["rare_hits"]

#: each kind's words: the fixed part found, how many letters of the word stand before
#: it, and the whole word where it has a choice of letters (checked where it stands)
_WORDS: dict[str, tuple[tuple[str, int, re.Pattern[str] | None], ...]] = {
    "gulf": (("Gulf", 0, None), ("Golf", 0, None), ("Körf", 0, re.compile("Körf[eə]z"))),
    "port": (("ports ", 0, None), ("порт", 0, re.compile("порт[аоы]")), ("Häfen ", 0, None),
             ("بنادر ", 0, None)),
    "counties": (("counties", 0, None), ("districts", 0, None)),
    "airport": (("airports", 0, None), ("аэропорт", 0, re.compile("аэропорт[аоы]")),
                ("Flughäfen ", 0, None), ("limanlar", 5, re.compile("[Hh]ava[ \u00a0]limanlar")),
                ("limanlar", 4, re.compile("[Hh]avalimanlar")),
                ("alanlar", 4, re.compile("[Hh]avaalanlar")), ("օդանավակայաններ", 0, None)),
    "route": (("marşrut", 0, None), ("аршрут", 1, re.compile("[Мм]аршрут")),
              ("güzergah", 0, None), ("route", 0, None)),
    "village": (("kənd", 0, None), ("köy", 0, None), ("village", 0, None),
                ("сел", 0, re.compile("сел[оеа]"))),
    # a Russian district word after its seat's adjective (geo._districtadjectives)
    "district_ru": tuple((word, 0, None) for word in ("район", "этрап", "муниципалитет")),
    # a Russian river's, island's or lake's word, a German river's or island's, before a
    # name (geo._mentionwords)
    "kind_first": tuple((word, 0, None) for word in (
        "река ", "реки ", "реке ", "реку ", "рекой ", "Река ", "Реки ", "остров", "Остров",
        "озер", "Озер", "Fluss ", "Flusses ", "Grenzfluss", "Insel ",
    )),
    "locative": (("ki ", 2, re.compile("[dt][aeə]ki ")),
                 ("ki\u00a0", 2, re.compile("[dt][aeə]ki\u00a0"))),
    "provinces": (("olmak üzere ", 0, None), ("gibi ", 0, None), (" iller", 0, None),
                  (" il sınır", 0, None), (" ilde", 0, None), (" iline", 0, None),
                  (" ilini", 0, None), (" ilinde", 0, None),
                  (" əyalətlər", 0, None), (" ostanlar", 0, None), (" vilayətlər", 0, None),
                  (" eyaletler", 0, None), (" vilayetler", 0, None),
                  (" və başqa ", 0, None),
                  (" və digər ", 0, None), (" bağlı ", 0, None), (" kimi ", 0, None)),
    "district": (("lçe", 0, None), ("Kap", 0, re.compile("Kap[ıi]")), ("district", 0, None),
                 ("elde", 1, re.compile("[Bb]elde"))),
    "seas": (("seas", 0, None), ("ծովեր", 0, None), ("dənizlər", 0, None)),
    "agreement": (("aziş", 1, re.compile("[Ss]aziş")),),
    # a province's Azerbaijani or Turkish word, and the Persian province word that also opens
    # the governor's title (geo._provincelists._province_words)
    "province_word": (
        *(("əyalət", 0, None), ("eyalet", 0, None), ("vilayət", 0, None), ("vilayet", 0, None)),
        ("استان", 0, None),
    ),
    # a state's official Azerbaijani or Turkish word after its name (geo._regionword)
    "state_word": tuple((" " + word, 0, None) for word in (
        "Dövlət", "Devlet", "Krallığ", "Sultanlığ", "Respublikas", "Cumhuriyet",
        "Թագավորությ", "Սուլթանությ", "Իսլամական", "İslam",
    )),
    # a plural province word beside a list of names in the other languages, or the singular
    # before one name (geo._provincelists._named_provinces)
    "provinces_named": (("rovince", 1, re.compile("[Pp]rovince")), ("ровинци", 1, None),
                        ("Provinzen", 0, None), ("استان", 0, re.compile("استان[\u200c ]?ها")),
                        ("ولایت", 0, re.compile("ولایت[\u200c ]?ها")),
                        ("նահանգներ", 0, None)),
    # a war's or conflict's word, in the cases a text writes it (geo._warnames)
    "war": tuple((word, 0, None) for word in (
        "war", "War", "WAR", "onflict", "ONFLICT", "rieg", "RIEG", "onflikt", "ONFLIKT",
        "avaş", "AVAŞ", "atışma", "ATIŞMA", "üharibə", "ÜHARİBƏ", "ünaqişə", "ÜNAQİŞƏ",
        "ойн", "ОЙН", "онфликт", "ОНФЛИКТ", "ատերազմ", "ԱՏԵՐԱԶՄ", "ակամարտ",
        "ԱԿԱՄԱՐՏ", "جنگ", "مناقشه",
    )),
    # an earthquake's, a flood's, a mudflow's or a landslide's word, less its first letter (a
    # capital or not; geo._disasters), and the Armenian and Persian ones whole
    "disaster": (
        *((part, 1, None) for part in (
            "arthquake", "udflow", "andslide", "əlzələ", "aşqın", "eprem", "arsıntı",
            "eyelan", "rdbeben", "ochwasser", "berschwemmung", "rdrutsch", "емлетрясен",
            "аводнен",
        )),
        # (short parts with their first letter checked: "blood" is no flood)
        *((part, 1, re.compile(whole)) for part, whole in (
            ("lood", "[Ff]lood"), ("eism", "[Ss]eism"), ("eysm", "[Ss]eysm"),
            ("ейсм", "[Сс]ейсм"), ("аводк", "[Пп]аводк"), ("аводок", "[Пп]аводок"),
            ("ползн", "[Оо]ползн"),
        )),
        *((part, 0, None) for part in ("երկրաշարժ", "Երկրաշարժ", "ջրհեղեղ", "Ջրհեղեղ")),
        *((part, 0, None) for part in ("زلزله", "زمین\u200cلرزه", "زمین لرزه", "زمینلرزه")),
        ("سیل", 0, re.compile("(?<![\u0600-\u06ff])سیل(?:اب)?(?![\u0600-\u06ff])")),
    ),
    # an interconnector's word, less its first letter (geo._interconnectors); not an
    # interconnection point's
    "interconnector": tuple(
        (part, 1, None) for part in ("nterconnector", "nterkonnektor", "нтерконнектор")
    ),
    # a pipeline's word, less its first letter in the Latin and Cyrillic words
    # (geo._interconnectors: a pipeline named by the countries it joins)
    "pipeline": (
        *((part, 1, None) for part in ("ipeline", "азопровод", "ефтепровод", "ազամուղ")),
        *((part, 0, None) for part in ("boru hatt", "Boru Hatt", "kəmər", "خط لوله")),
    ),
    # the Turkish island word and the Armenian lake, river and reservoir words after a name,
    # with the blank before them (geo._regionword: outside the mention)
    "word_after": tuple(
        (part, 0, None)
        for part in (" adası", " adasi", " adaları", " adalari", " լճ", " լիճ", " գետ", " ջրամբար")
    ),
    # a clock's words after a city's name, with the blank or the Armenian genitive before
    # them, and the Persian "by the time of" before it (geo._timezones)
    "clock": (
        (" time", 0, re.compile(r" time\b")),
        *((part, 0, None) for part in ("ի ժամանակով", " ժամանակով", " vaxtı il", " vaxtilə")),
        *((part, 0, None) for part in (" saatiyle", " saati ile", "به وقت ", "به\u00a0وقت ")),
    ),
    # a quoted title's words after and before it (geo._quotedtitles._AFTER, _BEFORE: filled
    # below, from there)
    "title_after": (),
    "title_before": (),
}  # fmt: skip


def _title_words() -> None:
    """Add the quoted titles' words (kept in :mod:`geo._quotedtitles`) to :data:`_WORDS`."""
    from geo._quotedtitles import _AFTER, _BEFORE

    _WORDS["title_after"] = tuple((word, 0, None) for word in _AFTER)
    _WORDS["title_before"] = tuple((word, 0, None) for word in _BEFORE)


@functools.cache
def _automaton() -> Any:
    """Return the automaton of the words' fixed parts: each part's (kind, before, whole)s."""
    import ahocorasick

    _title_words()
    parts: dict[str, list[tuple[str, int, re.Pattern[str] | None]]] = {}
    for kind, words in _WORDS.items():
        for part, before, whole in words:
            parts.setdefault(part, []).append((kind, before, whole))
    automaton = ahocorasick.Automaton()
    for part, entries in parts.items():
        automaton.add_word(part, (len(part), tuple(entries)))
    automaton.make_automaton()
    return automaton


@functools.lru_cache(maxsize=1)
def _scan(text: str) -> dict[str, list[int]]:
    hits: dict[str, list[int]] = {kind: [] for kind in _WORDS}
    for end, (size, entries) in _automaton().iter(text):  # (in text order)
        for kind, before, whole in entries:
            start = end - size + 1 - before
            if start >= 0 and (whole is None or whole.match(text, start)):
                hits[kind].append(start)
    for found in hits.values():  # (by end: a kind's words of other lengths, by start)
        found.sort()
    return hits


def rare_hits(text: str, kind: str) -> list[int]:
    """Return where the words of ``kind`` start, in text order.

    The kinds: gulf, port, airport, counties (a plural port, airport, county or district
    word, :mod:`geo._ports`), route (a
    route word beside a pair, :mod:`geo._insidecues`), village, locative, provinces,
    district (the Turkish district and township words, a border gate's, the English
    district word: :mod:`geo._provincelists`), seas (a plural sea word, :mod:`geo._seapairs`) and
    agreement (the Azerbaijani agreement word, :mod:`geo._quotedtitles`), war (a war's or
    conflict's word less its first letter, :mod:`geo._warnames`), province_word (a province's
    Azerbaijani or Turkish word, the Persian province word and governor's title:
    :mod:`geo._provincelists`),
    provinces_named (a province word of the other languages beside a list: the same module),
    state_word (a state's official word after its name, :mod:`geo._regionword`),
    disaster (an earthquake's, a flood's or a mudflow's word, its first letter before the hit
    but in Armenian and Persian: :mod:`geo._disasters`), interconnector (an
    interconnector's word, less its first letter: :mod:`geo._interconnectors`), pipeline (a
    pipeline's word: the same module), word_after (an island's or a lake's word after its
    name: :mod:`geo._regionword`), district_ru (a Russian district word:
    :mod:`geo._districtadjectives`), kind_first (a Russian river's, island's or lake's
    word, a German river's or island's, before a name: :mod:`geo._mentionwords`), title_after and
    title_before (the words after and before a quoted title, :mod:`geo._quotedtitles`).

    >>> rare_hits("the Gulf, the ports of Baku, Iğdır'daki Dilucu", "gulf")
    [4]
    >>> rare_hits("the Gulf, the ports of Baku, Iğdır'daki Dilucu", "locative")
    [35]
    >>> rare_hits("транспорта и порты; село", "port")  # (the first inside a longer word)
    [5, 13]
    """
    return _scan(text)[kind]
