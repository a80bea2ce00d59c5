"""A rayon's seat named in a sentence about an earthquake or a flood: the rayon.

"Şamaxıda 2-ci zəlzələ oldu", "Ein Erdbeben erschütterte Shamakhi und Ismailli": a report
of an earthquake, a flood or a mudflow in Azerbaijan speaks of the land, and a bare name a
rayon shares with its seat is the rayon (the gold's one-word marks of a rayon or its seat in
such sentences: 24 to 8; held-out sets 413a, 413b). A name stays the town where a town word
is beside it ("Şamaxı şəhərində"), as a dateline, a capital, or a route's stop. Turkey's
provinces are left to the list rules of :mod:`geo._provincelists`: in the 2023
earthquake's reports a bare name the lists leave is the city as often as the province (set
321b's "Deprem başta Malatya, Gaziantep ..." marks the cities).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from geo._kindhint import _dateline
from geo._kindwords import _word_kind
from geo._provincelists import _ROUTE_DASH_AFTER, _ROUTE_DASH_BEFORE, _TOWNS
from geo._rarewords import rare_hits
from geo._speakers import _CAPITAL_PROMINENCE

#: a sentence's end (a line's too: a headline), not a decimal point ("4.6 gücündə")
_SENTENCE_END = re.compile(r"(?<!\d)[.!?؟։](?!\d)|\n")
#: the countries whose seats give way to their units so (the gold's counts above)
_LANDS = frozenset({"AZ"})
#: the kinds of a town word beside the name ("Şamaxı şəhərində", "the village of ...")
_TOWN_WORDS = _TOWNS | {"village"}
#: a word beside the name (past its ending)
_WORD_AFTER = re.compile(r"\w*[ \u00a0]+(\w+)")
_WORD_BEFORE = re.compile(r"(\w+)[ \u00a0]+\Z")


def disaster_units(text: str, found: list[Any], gaz: Any) -> list[Any]:
    """Return ``found`` with each bare rayon seat in a sentence about a disaster its rayon.

    ``found`` are the mentions in text order, ``gaz`` the gazetteer (its units by seat). The
    disaster words are found in the parse's one scan for rare words (:mod:`geo._rarewords`):
    only a text that has one reads its mentions, and only a rayon's seat its sentence.
    """
    hits = rare_hits(text, "disaster") if found else []
    if not hits:
        return found
    out = list(found)
    for k, m in enumerate(found):
        place = m.place
        if (
            place is None
            or place.kind not in _TOWNS
            or place.country not in _LANDS
            or place.prominence >= _CAPITAL_PROMINENCE
            or " " in m.text
        ):
            continue
        unit = next(
            (u for u in gaz.units_by_seat.get(place.id, ()) if u.country == place.country),
            None,
        )
        if unit is None or not _in_disaster_sentence(text, hits, m.start, m.end):
            continue
        if _town_word_beside(text, m.start, m.end) or _joined_by_dash(text, m.start, m.end):
            continue
        if (not m.start or text[m.start - 1] == "\n") and _dateline(text, (m.start, m.end)):
            continue
        out[k] = m._replace(place=unit)
    return out


#: how far a sentence's end is looked for on either side of a name
_SENTENCE_REACH = 400


def _in_disaster_sentence(text: str, hits: list[int], start: int, end: int) -> bool:
    """Whether the sentence of ``text[start:end]`` holds one of the disaster words ``hits``."""
    first = max(start - _SENTENCE_REACH, 0)
    for mark in _SENTENCE_END.finditer(text, first, start):
        first = mark.end()
    after = _SENTENCE_END.search(text, end, end + _SENTENCE_REACH)
    last = after.start() if after else min(end + _SENTENCE_REACH, len(text))
    at = bisect_left(hits, first)
    return at < len(hits) and hits[at] < last


def _town_word_beside(text: str, start: int, end: int) -> bool:
    """Whether a town word stands right after the name (past its ending) or right before it."""
    words = []
    after = _WORD_AFTER.match(text, end)
    if after:
        words.append(after.group(1))
    before = _WORD_BEFORE.search(text, max(start - 30, 0), start)
    if before:
        words.append(before.group(1))
    return any(_word_kind(word).kind in _TOWN_WORDS for word in words)


def _joined_by_dash(text: str, start: int, end: int) -> bool:
    """Whether a route's dash joins the name to another ("Sivas - Kayseri yolu")."""
    return bool(
        _ROUTE_DASH_AFTER.match(text, end)
        or _ROUTE_DASH_BEFORE.search(text, max(start - 4, 0), start)
    )
