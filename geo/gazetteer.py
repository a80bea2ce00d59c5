"""The offline gazetteer: places and the alias index over every layer.

Its layers, all in ``data/`` (read and validated by :mod:`geo._placedata`):

``places.yaml``
    The curated places: every place the seed article names, the places its
    links pass through and their stations, each with a source. Points carry
    ``lat``/``lon``; areas and rivers name a feature of ``boundaries.geojson``.
``regions.geojson``, ``world.geojson``
    The region layer (provinces, districts, counties, economic regions) and
    the world layer (countries, seas, lakes, macro-regions), built by scripts.
``geonames_region.tsv``, ``geonames_world.tsv``
    GeoNames settlements of the region and the world's capitals and large
    cities (with alternate names). Rows that duplicate a curated place (a
    shared name within a few kilometres) are left out of the index; a town is no
    duplicate of a station that has its name only with the station word peeled
    ("Şirvan stansiyası" leaves the town of Şirvan in).

Names are keyed by :func:`geo.names.normalize` (kinds, kind and country words
live in :mod:`geo.names` and are re-exported here). Loading is lazy and cached:
the first call to :func:`gazetteer` reads the files (or the pickle cache).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shapely
from shapely.geometry.base import BaseGeometry

from geo.names import (
    _NO_PEEL,
    _TURKIC_SPELLING,
    COUNTRY_WORDS,
    KIND_WORDS,
    KINDS,
    MULTINATIONAL_KINDS,
    SETTLEMENT_KINDS,
    UNIT_KINDS,
    normalize,
    peel,
    script_of,
    unit_stem,
)
from geo.settings import settings

if TYPE_CHECKING:
    import geopandas


#: The project's region (south, west, north, east): the Araz basin, the South Caucasus,
#: eastern Türkiye to Kars, northern Iran to Tehran and the Caspian's western shore.
REGION_BOUNDS = (34.0, 40.0, 44.0, 53.0)


@dataclass(frozen=True)
class Place:
    """One place of the gazetteer (or of the online geocoder).

    Attributes
    ----------
    id : str
        Stable identifier (``geonames:<id>`` for GeoNames rows, ``osm:...`` online).
    name : str
        Canonical English name.
    kind : str
        One of :data:`KINDS`.
    country : str
        ISO 3166-1 alpha-2 code ("" for a sea or macro-region, see ``countries``).
    lat, lon : float
        A representative point on the feature (WGS84).
    geometry : shapely.geometry.base.BaseGeometry
        The feature's geometry in EPSG:4326 (longitude, latitude).
    aliases : tuple of str
        Other names the place is written as.
    source : str
        Citation of the coordinates or geometry.
    derivation : str
        How a derived geometry was made ("" when taken as published).
    prominence : int
        Rank among places sharing a name: the higher wins.
    alternatives : tuple of str
        Ids of the other places the query could have meant (set by :func:`geo.geocode`).
    countries : tuple of str
        For seas and macro-regions, the countries they border or hold.
    layer : str
        Where the place comes from: ``curated`` (``places.yaml``), ``region`` or
        ``world`` (the built layers), ``geonames`` (the region's settlements),
        ``geonames-world`` (world capitals and large cities) or ``osm`` (online).
    seat : str
        For a province, county or district named after its seat: the seat's id.
    scope : str
        ``links`` (a place of the Azerbaijan–Iran links and their article) or
        ``context`` (kept so that other articles read right: a namesake such as Baku's
        Maiden Tower, a crossing on the neighbours' routes); the overview and places maps
        draw only ``links`` places, a story map whatever its article names.
    """

    id: str
    name: str
    kind: str
    country: str
    lat: float
    lon: float
    geometry: BaseGeometry = field(repr=False)
    aliases: tuple[str, ...] = field(default=(), repr=False)
    source: str = field(default="", repr=False)
    derivation: str = field(default="", repr=False)
    prominence: int = field(default=0, repr=False)
    population: int = field(default=0, repr=False)
    alternatives: tuple[str, ...] = field(default=(), repr=False)
    countries: tuple[str, ...] = field(default=(), repr=False)
    layer: str = field(default="curated", repr=False)
    seat: str = field(default="", repr=False)
    scope: str = field(default="links", repr=False)

    @property
    def curated(self) -> bool:
        """Whether the place comes from a curated or built table, not GeoNames or OSM."""
        return not self.id.startswith(("geonames:", "osm:"))

    @property
    def far(self) -> bool:
        """Whether the place is a world layer's and lies outside the region.

        A far namesake ranks last. Inside :data:`REGION_BOUNDS` a world row is the
        region's (Derbent, 7 km north of the regional GeoNames table's box).
        """
        south, west, north, east = REGION_BOUNDS
        inside = south <= self.lat <= north and west <= self.lon <= east
        return self.layer in ("world", "geonames-world") and not inside

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: ids, names, coordinates and GeoJSON geometry."""
        out = {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geometry": shapely.geometry.mapping(self.geometry),
        }
        if self.countries:
            out["countries"] = list(self.countries)
        return out

    def with_alternatives(self, ids: Iterable[str]) -> Place:
        """Return a copy listing ``ids`` as alternatives."""
        return replace(self, alternatives=tuple(i for i in ids if i != self.id))


def _station_by_its_town(station: Place, key: str) -> bool:
    """Whether a curated station has ``key`` only as its town's name, its kind word peeled.

    "Şirvan stansiyası" is the station; "Şirvan", the town of 70,000 it is placed at, stays
    the town's (a GeoNames row near the station is then no duplicate of it). A station
    listed by the bare name ("Mərcanlı", "Soltanlı") keeps it.
    """
    return station.kind == "station" and all(
        normalize(name) != key for name in (station.name, *station.aliases)
    )


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance in km between two points (spherical Earth).

    Examples
    --------
    >>> round(haversine_km(39.0, 46.0, 40.0, 46.0), 1)
    111.2
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


#: the English word of Azerbaijan's economic regions, after their names
_ECONOMIC_REGION = " Economic Region"


class Gazetteer:
    """Places by id and an index from normalised names to place ids.

    Parameters
    ----------
    places : iterable of Place
        The curated places (ranked first).
    extra : iterable of Place, optional
        GeoNames places; a row sharing a name with a curated place less than
        ``dedupe_km`` away is dropped as a duplicate.
    """

    def __init__(
        self, places: Iterable[Place], extra: Iterable[Place] = (), *, dedupe_km: float = 5.0
    ) -> None:
        self.by_id: dict[str, Place] = {}
        self.index: dict[str, list[str]] = {}
        for place in places:
            self._add(place)
        # the places of places.yaml (the built layers are curated too, but not listed by places())
        self.curated_ids = tuple(i for i, p in self.by_id.items() if p.layer == "curated")
        for place in extra:
            if not self._duplicates_curated(place, dedupe_km):
                self._add(place)
        self._seats_names()
        self.curated_keys = tuple(
            k for k, ids in self.index.items() if any(self.by_id[i].curated for i in ids)
        )
        self.all_keys = tuple(self.index)
        self._near_lengths: dict[tuple[bool, int, int], tuple[str, ...]] = {}

    def _city_named(self, keys: set[str], place: Place) -> bool:
        """Whether one of ``keys`` already names a city of ``place``'s country."""
        return any(
            self.by_id[i].kind == "city" and self.by_id[i].country == place.country
            for k in keys
            for i in self.index.get(k, ())
        )

    def _names(self, place: Place) -> Iterator[str]:
        yield place.name
        yield from place.aliases

    def _add(self, place: Place) -> None:
        self.by_id[place.id] = place
        far_row = place.far and not place.curated
        for name in self._names(place):
            key = normalize(name)
            if far_row and name != place.name and self._taken(key, place):
                # a far city's alias never takes a name the region already has
                # (Ras al-Khaimah's old name "Julfa"), but for a unit it is the seat of
                # ("Həştərxan vilayəti", Astrakhan Oblast: "Həştərxan" is the city)
                continue
            # "Khudafarin Dam" is also found as "Khudafarin" (the kind then ranks it);
            # not so a sea, lake or macro-region ("Black Sea" is not "Black", "Lake Van" not "Van")
            keys = {key} if place.kind in _NO_PEEL else {key, peel(key, countries=False)[0]}
            if name.endswith(_ECONOMIC_REGION) and self._city_named(keys - {key}, place):
                # nor an economic region named after the city it is ("Baku Economic Region"
                # is the capital's own territory, and "Baku" the city: the held-out gold
                # never marks the region by the bare name, 4 of 4 the city)
                keys = {key}
            for k in keys:
                ids = self.index.setdefault(k, []) if k else []
                if k and place.id not in ids:
                    ids.append(place.id)

    def _seats_names(self) -> None:
        """Give a unit named after its seat the seat's other names ("Наджаф", "Кербела").

        A unit held with its English names only (Iraq's governorates) is still found by
        its seat's name in any language, as a unit named after its seat shares its name
        (the seat keeps the bare name: :func:`geo.geocode.rank`), and a unit word before or
        after it picks the unit ("в провинциях Наджаф и Кербела": held-out set 195).
        """
        for unit in self.by_id.values():
            seat = self.by_id.get(unit.seat) if unit.seat and unit.kind in UNIT_KINDS else None
            if seat is None or seat.curated:
                continue  # (a curated seat's unit is named in the region's languages)
            own = {peel(normalize(n), countries=False)[0] for n in self._names(unit)}
            stem = normalize(unit_stem(unit.name) or "")
            held = self.index.get(stem) if stem == normalize(seat.name) else None
            if held is not None and unit.id not in held:
                # the seat's own name, which the unit's English name holds before its unit
                # word ("Voronezh Oblast"): a kind word beside it picks the unit ("the
                # Voronezh and Rostov regions"), the bare name stays the seat's (rank)
                held.append(unit.id)
                own.add(stem)
            if own.isdisjoint(normalize(n) for n in self._names(seat)):
                continue  # a unit named otherwise (Syunik, seat Kapan)
            # only in the scripts the unit has no name of its own in (its own names, as
            # "Астаринский район", say how the language names the unit), and a name spelt
            # with the letters of Azerbaijani or Turkish, which the unit's Latin names (its
            # English and the Natural Earth names) do not say ("Qaziantep", "Osmaniyə": the
            # provinces in "Zəlzələ Kahramanmaraş, Hatay, Osmaniyə ... hiss olunub",
            # held-out set 496a)
            # (not one that folds to a name the seat writes without those letters: "Marı" is
            # Mary's "Mari", which "Mari Curie" writes too)
            written = {script_of(n) for n in self._names(unit)}
            plain = {normalize(n) for n in self._names(seat) if not _TURKIC_SPELLING.search(n)}
            for name in self._names(seat):
                key = normalize(name)
                ids = self.index.get(key)
                # (only a name the seat alone holds: Armenia's Amasia keeps "Ամասիա", which
                # Amasya, the seat of Turkey's Amasya Province, also has)
                if ids == [seat.id] and (
                    script_of(name) not in written
                    or (_TURKIC_SPELLING.search(name) and key not in plain)
                ):
                    ids.append(unit.id)

    def _taken(self, key: str, place: Place) -> bool:
        """Whether the region already has ``key``, a far row's alias.

        It has it as a curated or built place's name (not a unit's whose seat the far
        row is, nor an island's that the row's town shares: "Кешм" is Qeshm Island and
        its town, which the town's word picks, "город Кешм"), or as a GeoNames row's own
        name or a more populous row's alias. A
        smaller regional row's mere alias does not take it from a far city ("Darband", an
        old name of a village of 4,769 in Iran, is Derbent's "Dərbənd" too): the parser
        then tells them apart by the article's places.
        """
        for other in map(self.by_id.__getitem__, self.index.get(key, ())):
            if other.curated and other.seat != place.id and other.kind != "island":
                return True
            if not other.curated and (
                normalize(other.name) == key or other.population >= place.population
            ):
                return True
        return False

    def _duplicates_curated(self, place: Place, km: float) -> bool:
        for name in self._names(place):
            key = normalize(name)
            for pid in self.index.get(key, ()):
                other = self.by_id[pid]
                if (
                    other.curated
                    and other.geometry.geom_type == "Point"
                    and haversine_km(place.lat, place.lon, other.lat, other.lon) < km
                    and not _station_by_its_town(other, key)
                    # a unit drawn at its seat is no duplicate of the seat's row (Basra
                    # Governorate at Basra: the city keeps its row and the bare name)
                    and other.seat != place.id
                ):
                    return True
        return False

    def keys_near_length(self, curated: bool, length: int, edits: int) -> tuple[str, ...]:
        """Return the keys (curated ones or all) whose length is within ``edits`` of ``length``.

        In index order (so that a fuzzy lookup breaks ties as over all keys); made
        once per (curated, length, edits) and kept.
        """
        pool = self._near_lengths.get((curated, length, edits))
        if pool is None:
            keys = self.curated_keys if curated else self.all_keys
            pool = tuple(k for k in keys if abs(len(k) - length) <= edits)
            self._near_lengths[curated, length, edits] = pool
        return pool

    def __len__(self) -> int:
        return len(self.by_id)

    def __iter__(self) -> Iterator[Place]:
        return iter(self.by_id.values())

    def __getitem__(self, place_id: str) -> Place:
        return self.by_id[place_id]

    @functools.cached_property
    def units_by_seat(self) -> dict[str, list[Place]]:
        """The units named after their seats, by the seat's id (Gaziantep's province)."""
        units: dict[str, list[Place]] = {}
        for place in self.by_id.values():
            if place.seat and place.kind in UNIT_KINDS:
                units.setdefault(place.seat, []).append(place)
        return units

    def lookup(self, key: str) -> list[Place]:
        """Return the places whose normalised name is ``key`` (curated first)."""
        return [self.by_id[i] for i in self.index.get(key, ())]


@functools.cache
def gazetteer() -> Gazetteer:
    """Return the gazetteer built from ``settings.data_dir``.

    Loaded once per process; across processes the built gazetteer is kept in a
    pickle keyed by the data files' hash (see :mod:`geo._placedata`).
    """
    data = settings.data_dir
    return _placedata.cached(data, lambda: build_gazetteer(data))


def build_gazetteer(data: Path) -> Gazetteer:
    """Read every layer in ``data`` and build the gazetteer (no cache).

    The layers, in order: ``places.yaml`` (curated), ``regions.geojson`` and
    ``world.geojson`` (built), then the GeoNames tables; a missing built layer
    or GeoNames table is skipped. ``names.yaml`` adds names to places of the
    built layers and GeoNames (names the tables lack, with their sources).
    """
    layers = [(load_places(data / "places.yaml"), {}, "places.yaml")]
    for name, layer in (("regions.geojson", "region"), ("world.geojson", "world")):
        if (data / name).exists():
            layers.append((*load_layer(data / name, layer), name))
    extra: list[Place] = []
    for name, layer in (
        ("geonames_region.tsv", "geonames"),
        ("geonames_world.tsv", "geonames-world"),
    ):
        if (data / name).exists():
            extra += load_geonames(data / name, layer)
    merged = merge_layers(layers)
    if (data / "names.yaml").exists():  # more names for the built layers' places and GeoNames'
        both = add_names(merged + extra, load_names(data / "names.yaml"))
        merged, extra = both[: len(merged)], both[len(merged) :]
    # Armenian names as capitals write them ("ԵՐԵՎԱՆ": և has no capital)
    merged, extra = add_capital_forms(merged), add_capital_forms(extra)
    return Gazetteer(merged, extra)


def places() -> geopandas.GeoDataFrame:
    """Return the curated gazetteer as a GeoDataFrame in EPSG:4326.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``id, name, kind, country, lat, lon, aliases, source,
        derivation, prominence, scope, geometry``, one row per curated place.

    Examples
    --------
    >>> df = places()
    >>> df.crs.to_epsg()
    4326
    >>> df.set_index("id").loc["tehran", "country"]
    'IR'
    """
    import geopandas

    g = gazetteer()
    rows = [g[i] for i in g.curated_ids]
    columns = (
        *("id", "name", "kind", "country", "lat", "lon"),
        *("source", "derivation", "prominence", "scope"),
    )
    data: dict[str, list[Any]] = {c: [getattr(p, c) for p in rows] for c in columns}
    data["aliases"] = [list(p.aliases) for p in rows]
    return geopandas.GeoDataFrame(data, geometry=[p.geometry for p in rows], crs="EPSG:4326")


# The data files are read by geo._placedata (which needs Place and KINDS above).
from geo import _placedata  # noqa: E402
from geo._namedata import add_capital_forms, add_names, load_names  # noqa: E402
from geo._placedata import (  # noqa: E402
    _load_boundaries,
    load_geonames,
    load_layer,
    load_places,
    merge_layers,
    read_records,
)

__all__ = [
    "COUNTRY_WORDS",
    "KINDS",
    "KIND_WORDS",
    "MULTINATIONAL_KINDS",
    "SETTLEMENT_KINDS",
    "Gazetteer",
    "Place",
    "_load_boundaries",
    "build_gazetteer",
    "gazetteer",
    "haversine_km",
    "load_geonames",
    "load_layer",
    "load_places",
    "merge_layers",
    "normalize",
    "peel",
    "places",
    "read_records",
    "unit_stem",
]
