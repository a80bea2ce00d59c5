"""Two dams or plants named as one project: "the Ordubad-Marazad project".

The joint hydropower projects on the Araz go by their two plants' names joined by a
dash ("technical commissions on the Khudaferin-Giz Galasy and Ordubad-Marazad
projects"). Read as a route, such a pair is two towns (Ordubad, and Marazad, the Iranian
village across the river); but a route's two ends are not two dams a few kilometres
apart. When both names of a pair have a dam or a power plant among their places, and
those two structures stand within :data:`_PROJECT_KM` of each other, the pair is the
project: each name is its structure. A route word after the pair ("the Ordubad-Marazad
road") leaves it a route, and a pair already read as structures (a reservoir word after
it) is left as it is.

:func:`_structure_pairs` rewrites the mentions' places in place; it reads only the
mentions a dash joins to the one before, found with numpy.
"""

from __future__ import annotations

import functools
import re
from collections.abc import MutableSequence
from typing import Any

import numpy as np

from geo._context import _WATER_KINDS
from geo.gazetteer import Gazetteer, Place, haversine_km, normalize

__all__ = ["_structure_pairs"]

#: the kinds of a project's structures, the plant's before the dam's when a name has both
_PROJECT_KINDS = ("hydropower plant", "dam")
#: the two structures of one project stand this close (Ordubad and Marazad face each
#: other across the Araz; Giz Galasi is 12 km below Khudafarin)
_PROJECT_KM = 30.0
_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
_DASH_SET = frozenset(_DASHES)  # (a set: the empty gap is in no set, but in every string)
#: which code points are dashes (a table: one take for all the mentions, no np.isin)
_IS_DASH = np.zeros(0x2016, dtype=bool)
_IS_DASH[[ord(c) for c in _DASHES]] = True
#: a route's word after the pair: it names a road or a line between two places
_ROUTE_AFTER = re.compile(
    r"[\s\u00a0]*(?:road|highway|rail|route|yol|demiryol|dəmir yol|avtomobil yol"
    r"|magistral|дорог|трасс|шоссе|магистрал|Straße|Strasse|Bahn|Autobahn|راه|جاده"
    r"|ճանապարհ|երկաթուղ|մայրուղ)",
    re.IGNORECASE,
)


def _structure_of(gaz: Gazetteer, name: str) -> Place | None:
    """Return the plant or dam among the places named ``name``, if one."""
    places = [gaz.by_id[i] for i in gaz.index.get(normalize(name), ())]
    for kind in _PROJECT_KINDS:
        found = [p for p in places if p.kind == kind]
        if len(found) == 1:
            return found[0]
    return None


@functools.cache
def _sharing(gaz: Gazetteer) -> frozenset[str]:
    """Return the ids of the places that share a name with a plant or a dam (read once)."""
    ids: set[str] = set()
    for place in gaz.by_id.values():
        if place.kind in _PROJECT_KINDS:
            for name in (place.name, *place.aliases):
                ids.update(gaz.index.get(normalize(name), ()))
    return frozenset(ids)


def _structure_pairs(
    text: str,
    spans: tuple[list[int], list[int], Any, Any],
    places: MutableSequence[Any],
    gaz: Gazetteer,
) -> None:
    """Read each dash-joined pair of two projects' structures as them (see above).

    ``spans`` are the mentions' starts and ends (lists), their starts as an array and the
    text's code points; ``places`` the mentions' places (None for a link), rewritten.
    """
    begins, ends, starts, codes = spans
    if len(starts) < 2:
        return
    before = codes[np.maximum(starts - 1, 0)]
    dashed = _IS_DASH.take(before, mode="clip")
    dashed |= (before == 32) & _IS_DASH.take(  # "Ordubad – Marazad"
        codes[np.maximum(starts - 2, 0)], mode="clip"
    )
    sharing = _sharing(gaz)
    for k in np.flatnonzero(dashed[1:]).tolist():  # the pair k, k + 1
        first, second = places[k], places[k + 1]
        if first is None or second is None or first.id not in sharing:
            continue
        if second.id not in sharing:
            continue
        if text[ends[k] : begins[k + 1]].strip() not in _DASH_SET:
            continue
        if first.kind in _WATER_KINDS and second.kind in _WATER_KINDS:
            continue  # already read as structures
        if _ROUTE_AFTER.match(text, ends[k + 1]):
            continue
        pair = (
            _structure_of(gaz, text[begins[k] : ends[k]]),
            _structure_of(gaz, text[begins[k + 1] : ends[k + 1]]),
        )
        if pair[0] is None or pair[1] is None or pair[0] is pair[1]:
            continue
        if haversine_km(pair[0].lat, pair[0].lon, pair[1].lat, pair[1].lon) > _PROJECT_KM:
            continue
        places[k], places[k + 1] = pair
