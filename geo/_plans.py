"""The plan of a name several places share: the place it is for every kind and country hint.

:class:`_Plan` is made once for each set of places a name may be (and kept by
:class:`geo._namesakes._Namesakes`); the context rules of :mod:`geo._namesakes` then look
a name's place up by the hints its words and sentence give. (Kept apart from
:mod:`geo._namesakes`, which had passed 500 lines.)
"""

from __future__ import annotations

from typing import Any

import numpy as np

from geo._context import _WATER_KINDS
from geo._kindhint import _kind_rules
from geo._quiet import kind_mask
from geo._towns import _SETTLEMENT_KINDS, _TOWN_KINDS
from geo.gazetteer import Place
from geo.geocode import rank
from geo.names import UNIT_KINDS


class _Plan:
    """How the places sharing a name resolve, for every kind and country hint.

    ``table[kind, country]`` is the place the rules pick given the hints (each
    possibly ``None``); ``by_kind`` and ``by_country`` tell whether that hint
    can change the pick at all (when not, it need not be looked for).
    """

    def __init__(
        self, candidates: list[Place], name: str | None = None, peeled: bool = False
    ) -> None:
        self.kinds = frozenset(p.kind for p in candidates)
        self.ids = frozenset(p.id for p in candidates)  # (a bracketed other name: _asides)
        # the countries of the regions among them (a region named beside of one of these
        # makes the name a region: _kind_in_sentence)
        self.regions = frozenset(p.country for p in candidates if p.kind == "region")
        # and those a list of regions beside the name may make it (_route_kind): not a
        # region with no seat that the name reaches only without its kind word ("Baku,
        # Karabakh and Nakhchivan" lists the city, not the Baku Economic Region; "Erdebil,
        # Gilan" the provinces named after their seats)
        self.list_regions = frozenset(
            p.country
            for p in candidates
            if p.kind == "region" and not (peeled and not getattr(p, "seat", None))
        )
        ids = {p.id for p in candidates}
        # a province or county named after its seat (Ardabil): the bare name is the seat
        self.seated = any(p.seat in ids for p in candidates) or peeled
        # every district among them Azerbaijan's (a rayon, no Iranian county: RAYON_AREA), and
        # one a rayon, not only the city unit of a town ("Naxçıvan ərazisi" is the autonomous
        # republic's, "Bakı ərazisi" the city's, not the units "Nakhchivan City", "Baki City")
        rayons = {p.country for p in candidates if p.kind == "district"} == {"AZ"} and any(
            p.kind == "district" and not _city_unit(p) for p in candidates
        )
        rules = _kind_rules(self.kinds, self.regions, self.seated, rayons)
        if any(p.kind in _WATER_KINDS and p.seat in ids for p in candidates):
            # a dam that gives its bare name to its town (the Mosul Dam, seat Mosul): the
            # sentence's water words leave the bare name the town ("The Mosul Dam lies
            # north of Mosul"); only a word beside it makes it the dam
            rules = rules._replace(water=False)
        self.kind_rules = rules
        # the kinds of the words that may change its kind hint (geo._quiet)
        self.kind_mask = kind_mask(rules.accept, "river" in rules.accept, rules.owns_villages)
        countries = {p.country for p in candidates}
        self.countries = frozenset(countries if len(countries) > 1 else ())
        self.country = next(iter(countries)) if len(countries) == 1 else None
        kinds = [None, *sorted(self.kinds, key=str), "city"]
        codes = [None, *sorted(self.countries, key=str)]
        self.table = {(k, c): _pick(candidates, k, c, name) for k in kinds for c in codes}
        pick = self.table
        self.by_kind = any(pick[k, c] is not pick[None, c] for k in kinds for c in codes)
        self.by_country = any(pick[k, c] is not pick[k, None] for k in kinds for c in codes)
        # whether the kind a route's or a list's neighbour tells can change the pick
        self.routed = any(
            pick[k, c] is not pick[None, c]
            for k in ("city", "station", "hydropower plant", "region", "district")
            for c in codes
            if (k, c) in pick
        )
        # the namesakes of another country the country hint chooses between, one per
        # country (the pair "Astara" and "Astara şəhəri" both name)
        self.pair = frozenset(pick[None, c].id for c in codes if c is not None)
        # a unit and a town of its name (a curated settlement) that the bare name does not
        # give: the words beside it and the sentence may (_town_kind)
        town = pick.get(("city", None))
        self.town = (
            not self.kinds.isdisjoint(UNIT_KINDS)
            and town is not None
            and town is not pick[None, None]
            and town.curated
            and town.kind in _TOWN_KINDS
        )
        # the settlements among the candidates, for the article's geography (nearest())
        self.points = [p for p in candidates if p.kind in _NEAR_KINDS and p.lat is not None]
        if len(self.points) < 2:
            self.points = []
        self._coords = np.array([(p.lat, p.lon) for p in self.points], dtype=float)
        # a unit and its town among them: a name after it that several places share may
        # make it the town (_route_kind's names not yet resolved)
        self.unit_town = not (
            self.kinds.isdisjoint(_SETTLEMENT_KINDS) or self.kinds.isdisjoint(UNIT_KINDS)
        )
        # so may a station and a settlement of its name ("Shukurbayli-Jabrayil-Hadrut road":
        # a route's stops are its towns, dev.txt convention 2; not the station)
        self.joins_shared = self.unit_town or (
            "station" in self.kinds and not self.kinds.isdisjoint(_TOWN_KINDS)
        )
        # a district and its town, no city, that a long list of such names makes the
        # district (geo._unitlists: not "Bakı, Gəncə", cities and their city units)
        unit = pick.get(("district", None))
        seat = next((p for p in candidates if unit is not None and p.id == unit.seat), None)
        self.listed_unit = (
            self.unit_town
            and unit is not None
            and unit.kind == "district"
            and (seat is None or seat.kind != "city")
        )
        # the usual plan: the kind alone picks (read once a name's kind is known)
        self.plain = self.by_kind and not (self.town or self.by_country or self.points)
        # of a plain plan with no rule on its sentence, only the words whose kind changes
        # the pick need be read (geo._quiet), when it is no route's stop
        self.narrow_mask = self.kind_mask
        # whether the kind rules read only the words beside a name (no rule on its sentence,
        # nor on the villages a district owns): a quiet name's words give no kind (geo._quiet)
        self.words_only = not (rules.water or rules.by_region or rules.owns_villages)
        self.free = self.plain and self.words_only
        # the country of the namesakes' terminal, when the gazetteer names one of their
        # stations "<name> terminal" (set by geo._namesakes, which holds the gazetteer)
        self.terminal: str | None = None
        if self.free:
            takes = {
                w for w, h in rules.accept.items() if pick.get((h, None)) is not pick[None, None]
            }
            self.narrow_mask = kind_mask(takes, "river" in takes, False)

    def nearest(self, pick: Place, anchors: Any) -> Place:
        """Return the settlement near the article's places when ``pick`` is far from them.

        ``anchors`` are the (lat, lon) of the places the article names that only one
        place has. A pick more than ``_FAR_KM`` from every anchor gives way to the
        candidate settlement nearest to one, when that one is within ``_NEAR_KM``: "a
        station name next to Horadiz and Zangilan is the station, not the village in
        Turkey".
        """
        at = next((i for i, p in enumerate(self.points) if p is pick), None)
        if at is None:
            return pick
        km = _distances(self._coords, anchors).min(axis=1)
        best = int(km.argmin())
        if km[at] > _FAR_KM and km[best] <= _NEAR_KM and not _dwarfs(pick, self.points[best]):
            return self.points[best]
        return pick


# kinds of the places that locate an article (and of the namesakes it chooses between)
_NEAR_KINDS = frozenset({"city", "town", "village", "station"})
_ANCHOR_KINDS = _NEAR_KINDS | {
    "district", "dam", "reservoir", "hydropower plant", "border crossing", "building"
}  # fmt: skip
_FAR_KM, _NEAR_KM = 250.0, 120.0
#: a city of this many people, and as many times as a near village of its name, stays the
#: city: "شیراز، تبریز، کرمان، رشت، اصفهان، مشهد" (flights from Qeshm, held-out set 458a) is
#: Shiraz of 1.2 million, not the hamlet of 2,000 near Tabriz
_CITY, _TIMES = 100_000, 100


def _dwarfs(pick: Place, near: Place) -> bool:
    """Whether ``pick`` is a city that a near town or village of its name cannot stand for."""
    return (
        near.kind in _TOWN_KINDS
        and pick.population >= _CITY
        and pick.population >= _TIMES * near.population
    )


def _distances(a: Any, b: Any) -> Any:
    """Return the distances in km between the points of ``a`` and ``b`` (rows by columns).

    An equirectangular approximation: good to a few per cent over a few hundred km,
    which is all a choice between a near and a far namesake needs.
    """
    lat = np.radians(a[:, :1])
    dlat = lat - np.radians(b[:, 0])
    dlon = (np.radians(a[:, 1:2]) - np.radians(b[:, 1])) * np.cos((lat + np.radians(b[:, 0])) / 2)
    return 6371.0 * np.hypot(dlat, dlon)


def _city_unit(place: Place) -> bool:
    """Whether ``place`` is a town's city unit, held beside the rayon ("Lankaran City", AZ-LA)."""
    return place.name.endswith(" City")


def _pick(
    candidates: list[Place], kind: str | None, country: str | None, name: str | None = None
) -> Place:
    if kind == "district":  # a rayon, not the city unit of its town ("Lankaran City", AZ-LA)
        rayons = [p for p in candidates if not _city_unit(p)]
        candidates = rayons if any(p.kind == "district" for p in rayons) else candidates
    ranked = rank(candidates, kind=kind, name=name) or rank(candidates, name=name)
    if country is None:
        return ranked[0]
    # the country decides between places of the best one's kind (Julfa/Jolfa, the
    # two Astaras), never turns a river into a village of that country
    same = [p for p in ranked if p.kind == ranked[0].kind]
    return rank(same, country=country, name=name)[0]
