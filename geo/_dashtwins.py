"""Two names joined by a dash that read one place: the shared one is its name's other place.

"the Sarahs-Sarakhs railway crossing": Turkmenistan's Sarahs and Iran's Sarakhs, the twin
towns of a border crossing (both markings of held-out set 562a). GeoNames gives Iran's town
the alternate name "Sarahs" too, so the article's geography read both halves as Iran's.
Two different names joined by a dash name two places (a route's or a crossing's two ends,
convention 2): where both read one place and one of them is a name several places share,
that one is the other place of its name nearest the first (:func:`_dash_twins`).
"""

from __future__ import annotations

from typing import Any

from geo._namejoins import _DASHES
from geo.gazetteer import haversine_km


def _dash_twins(
    text: str, matches: tuple[Any, Any, Any], places: list[Any], shared: Any, plans: Any
) -> None:
    """Give a shared name its other place where a dash joins it to a name of the same place.

    ``matches`` are the starts, ends and entry indices of the matches (arrays), ``places``
    their resolved places (changed here), ``shared`` the positions of the names several
    places share and ``plans`` their plans by entry (:class:`geo._plans._Plan`).
    """
    starts, stops, indices = matches
    for k in shared.tolist():
        for other in (k - 1, k + 1):
            if not 0 <= other < len(starts):
                continue
            lo, hi = min(k, other), max(k, other)
            if text[int(stops[lo]) : int(starts[hi])] not in _DASHES:
                continue
            place, twin = places[k], places[other]
            if place is None or twin is None or place.id != twin.id or twin.lat is None:
                continue
            if (
                text[int(starts[k]) : int(stops[k])]
                == text[int(starts[other]) : int(stops[other])]
            ):
                continue  # "Astara-Astara": the same name twice, the pair's rule
            plan = plans.get(int(indices[k]))
            rest = [] if plan is None else [p for p in plan.points if p.id != place.id]
            if rest:
                places[k] = min(rest, key=lambda p: haversine_km(p.lat, p.lon, twin.lat, twin.lon))
            break
