"""The country of a name two countries share, told by the names beside it.

Of two namesakes across a border, the one beside a town of one country is of that
country (:func:`_peer_country`: "Julfa and Ordubad", "Alat–Astara"), the one beside a
namesake said to be of one country is of the other (:func:`_other_country`), and the one
after a province's case ending is the province's (:func:`_owner_country`). Split from
:mod:`geo._neighbours`, which had passed 500 lines; read by :mod:`geo._namesakes`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from geo._neighbours import _GAPS, _JOINED, _gap

if TYPE_CHECKING:
    from geo._plans import _Plan


def _other_country(
    named: list[tuple[int, str]] | None, start: int, countries: frozenset[str | None]
) -> str | None:
    """Return the other of two countries when a namesake close by is said to be in one.

    "Sərhədin bu tayındakı Astaradan İran tərəfindəki Astara terminalına": the Astara
    not said to be Iran's is Azerbaijan's. Only a namesake within ``_CONTRAST``
    characters counts (a dateline's "ASTARA, Azerbaijan" says nothing of the Astara
    the sentence names later); nor when the sentence names both ("the bridge ... at Astara
    of Iran and Astara of Azerbaijan": the bare one is neither's by contrast).
    """
    if named is None or len(countries) != 2 or len({code for _, code in named}) > 1:
        return None
    codes = {code for at, code in named if abs(at - start) <= _CONTRAST}
    if len(codes) != 1:
        return None
    (code,) = codes
    return next((c for c in countries if c != code), None)


_CONTRAST = 100
#: The kinds of a place listed beside a name that tell no side: a province, republic or
#: economic region (a county or district listed with a county still does: "Xudafərin və
#: Culfa şəhristanları").
_NO_PEER_KINDS = frozenset({"region", "country"})


def _peer_country(
    text: str,
    k: int,
    bounds: tuple[list[int], list[int]],
    found: tuple[Any, Any, Any],
    plan: _Plan,
) -> str | None:
    """Return the country of the place a name is listed or joined by a dash with, if one.

    "near Julfa and Ordubad" (Ordubad is Azerbaijan's), "Qazvin–Rasht–Astara" (Rasht is
    Iran's), "Alat–Astara": the namesake of that country; a list (not a route) with
    towns of both countries tells none (:func:`_peer_code`).
    """
    starts, stops = bounds
    first, codes = None, set()
    for step in (-1, 1):
        # a list goes on past the peer: "بیله سوار و نخجوان و آستارا" (a town of each
        # side before Astara) tells no side
        at, j = k, k + step
        while 0 <= j < len(starts) and abs(j - k) <= _CHAIN:
            lo, hi = (stops[j], starts[at]) if j < at else (stops[at], starts[j])
            if hi - lo > _JOINED:
                break
            gap = text[lo:hi]
            dash, listed, _ = _GAPS.get(gap) or _gap(gap)
            if not (dash or listed):
                break
            code = _peer_code(j, found)
            if code in plan.countries:
                if dash and abs(j - k) == 1:
                    # along a route the next stop decides ("Nahçıvan-Culfa-Təbriz":
                    # the route crosses the border there)
                    return code
                codes.add(code)
                if first is None and abs(j - k) == 1:
                    first = code
            at, j = j, j + step
    return first if len(codes) == 1 else None


#: a province's case ending between it and a name it holds: the genitive of the possessive
#: chain ("Gilan vilayətinin Astara rayonu", "Iğdır'ın Aralık ilçesi") or the locative
#: ("Ərdəbil ostanında Biləsuvar şəhərində"), after an apostrophe in Turkish
_OWNER_GAP = re.compile(r"['’]?(?:n?[ıiuü]n|n?[dt][aeə](?:ki)?) ")


def _owner_country(
    text: str, k: int, bounds: tuple[list[int], list[int]], places: Any, plan: _Plan
) -> str | None:
    """Return the country of the province a name is written in, by the province's case ending.

    Azerbaijani and Turkish put a place in its province by the possessive chain: "Gilan
    ostanının Astara şəhərində" is Iran's Astara, though its sentence is Azerbaijani,
    "Naxçıvan Muxtar Respublikasının Culfa şəhəri" Azerbaijan's Julfa. Only a region just
    before the name counts (a country is a word :func:`geo._beside._country_beside` reads).
    """
    starts, stops = bounds
    j = k - 1
    if j < 0 or not _OWNER_GAP.fullmatch(text[stops[j] : starts[k]]):
        return None
    place = places[j]
    if place is None or place.kind != "region" or place.country not in plan.countries:
        return None
    return place.country


#: How many names along a list or route beside a name :func:`_peer_country` reads.
_CHAIN = 2


def _peer_code(j: int, found: tuple[Any, Any, Any]) -> str | None:
    """Return the country of the found name ``j`` as a peer in a list, or None.

    A country, province or autonomous republic beside the name is no peer
    ("Azerbaijan and Astara", "Nakhchivan and Astara": the crossings of Iran's border
    with it).
    """
    indices, places, names = found
    place = places[j]
    if place is not None:
        return place.country if place.kind not in _NO_PEER_KINDS else None
    if names._shared[indices[j]]:  # a name several places of one country share
        return names._entry_plans[int(indices[j])].country
    return None
