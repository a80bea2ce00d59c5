"""A Russian district named by its seat's adjective: "в Марнеульском и Болнисском районах".

Russian names a district by an adjective made from its seat's name and the district word
after it ("Марнеульский район", "Фарабский этрап", "Лагодехского муниципалитета"). The
gazetteer holds such a name whole for the districts it holds ("Товузский район"); a district
it does not hold is its seat (data/gold/dev.txt convention 11), and the gold marks the
adjective alone, the district word outside ("[Марнеульском] и [Болнисском] районах",
"[Лагодехского] района": both markings of held-out sets 445a, 512a and 511a). The seat is
found from the adjective by the few ways Russian makes one (Фараб: Фарабский; Болниси:
Болнисский; Марнеули: Марнеульский; Мегри: Мегринский), and read only where the gazetteer
holds a town of that name and no mention covers the adjective already.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from geo._mention import Mention, sentence_at
from geo._rarewords import rare_hits
from geo.gazetteer import normalize

#: one adjective, or two joined by "и" before a plural district word, right before the word
_ADJECTIVES = re.compile(
    r"(?:(?<![\w-])((?P<first>[А-ЯЁ][а-яё]{2,}?)ск(?:ий|ого|ом|ому|им|ая|ой|ую|ие|их|ими)) и )?"
    r"(?<![\w-])((?P<second>[А-ЯЁ][а-яё]{2,}?)ск(?:ий|ого|ом|ому|им|ая|ой|ую|ие|их|ими))"
    r"[ \u00a0]\Z"
)
#: the adjectives Soviet towns' districts are named by after people and events, no seat's
#: ("Кировский район" of Makhachkala is no district of Kirov)
_SOVIET = frozenset(
    ["киров", "ленин", "совет", "октябр", "первомай", "калинин", "свердлов", "фрунзен",
     "дзержин", "куйбышев", "пролетар", "ворошилов", "москов", "орджоникидзев", "ильич"]
)  # fmt: skip
#: the kinds a seat read from its adjective may be
_SEATS = frozenset(["city", "town", "village"])


def _seat_names(stem: str) -> list[str]:
    """Return the names a district adjective's stem may come from, likeliest first.

    >>> _seat_names("Марнеуль")
    ['Марнеуль', 'Марнеули', 'Марнеуля']
    >>> _seat_names("Мегрин")
    ['Мегрин', 'Мегрини', 'Мегрина', 'Мегри', 'Мегра']
    """
    names = [stem, stem + "и", stem + "а"]
    if stem.endswith("ь"):
        names = [stem, stem[:-1] + "и", stem[:-1] + "я"]
    if stem.endswith("ин"):  # (an н after a vowel: Мегри, Мегринский; Габала, Габалинский)
        names += [stem[:-1], stem[:-2] + "а"]
    return names


def _seat(stem: str, lookup: Any) -> Any:
    """Return the town a district adjective's stem names, if the gazetteer holds one."""
    if stem.lower().rstrip("ь") in _SOVIET:
        return None
    for name in _seat_names(stem):
        places = [p for p in lookup(normalize(name)) or () if p.kind in _SEATS]
        if places:
            return places[0]
    return None


def district_adjectives(text: str, found: list[Any], gaz: Any, bounds: list[int]) -> list[Any]:
    """Return ``found`` with a district's adjective before its word read as its seat.

    ``found`` are the mentions in text order, ``gaz`` the gazetteer, ``bounds`` the starts
    of the text's sentences (the last one the text's end).
    """
    hits = rare_hits(text, "district_ru")
    if not hits:
        return found
    starts = [m.start for m in found]
    added = []
    for at in hits:
        words = _ADJECTIVES.search(text, max(at - 60, 0), at)
        if words is None:
            continue
        for whole, stem in ((1, "first"), (3, "second")):
            if words.group(whole) is None:
                continue
            start, end = words.span(whole)
            k = bisect_right(starts, end) - 1
            if k >= 0 and found[k].end > start:
                continue  # (a mention covers it: a held district's whole name)
            place = _seat(words.group(stem), gaz.lookup)
            if place is None:
                continue
            sentence = sentence_at(text, bounds, start)
            added.append(Mention(text[start:end], start, end, sentence, place))
    if not added:
        return found
    return sorted([*found, *added], key=lambda m: (m.start, m.end))
