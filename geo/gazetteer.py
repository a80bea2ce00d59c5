"""The offline gazetteer: place data, name normalisation and the alias index.

Two data files feed it, both in ``data/``:

``places.yaml``
    The curated places: every place the seed article names and the places its
    links pass through, each with a source. Points carry ``lat``/``lon``;
    countries, regions, districts and rivers name a feature of
    ``boundaries.geojson`` in their ``geometry`` field.
``geonames_region.tsv``
    A regional extract of GeoNames settlements (with alternate names), so that
    towns outside the curated list resolve too. Rows that duplicate a curated
    place (a shared name within a few kilometres) are left out of the index.

Loading is lazy and cached: the first call to :func:`gazetteer` reads the files.
"""

from __future__ import annotations

import csv
import functools
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shapely
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from geo._errors import DataError
from geo.settings import settings

if TYPE_CHECKING:
    import geopandas

#: Kinds a place can have, and the geometry types each allows.
KINDS: dict[str, tuple[str, ...]] = {
    "country": ("Polygon", "MultiPolygon"),
    "region": ("Polygon", "MultiPolygon"),
    "district": ("Polygon", "MultiPolygon", "Point"),
    "city": ("Point",),
    "town": ("Point",),
    "village": ("Point",),
    "river": ("LineString", "MultiLineString"),
    "sea": ("Polygon", "MultiPolygon", "LineString", "MultiLineString"),
    "dam": ("Point",),
    "reservoir": ("Point", "Polygon", "MultiPolygon"),
    "hydropower plant": ("Point",),
    "border crossing": ("Point",),
    "bridge": ("Point",),
    "building": ("Point",),
    "station": ("Point",),
}

#: Kinds that are settlements, used when a query says "city" or "town".
SETTLEMENT_KINDS = frozenset({"city", "town", "village"})

#: Words that name a kind, as they appear around a place name (normalised).
KIND_WORDS: dict[str, str] = {
    "river": "river",
    "cayi": "river",
    "reservoir": "reservoir",
    "water reservoir": "reservoir",
    "su anbari": "reservoir",
    "dam": "dam",
    "hydro junction": "dam",
    "hydroelectric complex": "dam",
    "hydropower plant": "hydropower plant",
    "hydroelectric power plant": "hydropower plant",
    "hydropower station": "hydropower plant",
    "power plant": "hydropower plant",
    "hpp": "hydropower plant",
    "ses": "hydropower plant",
    "city": "city",
    "town": "town",
    "village": "village",
    "district": "district",
    "rayon": "district",
    "region": "region",
    "economic region": "region",
    "autonomous republic": "region",
    "province": "region",
    "assr": "region",
    "muxtar respublikasi": "region",
    "sahari": "city",
    "rayonu": "district",
    "hydroelectric power station": "hydropower plant",
    "border crossing": "border crossing",
    "border checkpoint": "border crossing",
    "checkpoint": "border crossing",
    "station": "station",
    "railway station": "station",
    "railroad station": "station",
    "train station": "station",
    "stansiya": "station",
    "stansiyasi": "station",
    "damir yolu stansiyasi": "station",
    "станция": "station",
    "ایستگاه": "station",
    "ایستگاه راهاهن": "station",
}

#: Words that hint at a country, normalised, mapped to ISO alpha-2 codes.
COUNTRY_WORDS: dict[str, str] = {
    "azerbaijan": "AZ",
    "azerbaijani": "AZ",
    "az": "AZ",
    "iran": "IR",
    "iranian": "IR",
    "ir": "IR",
    "armenia": "AM",
    "armenian": "AM",
    "am": "AM",
    "turkey": "TR",
    "turkish": "TR",
    "tr": "TR",
}

_ARTICLES = ("the",)
_REQUIRED = ("id", "name", "kind", "country", "source")
_APOSTROPHES = re.compile(r"[\u2019\u2018\u02bc\u02bb\u0060\u00b4']")
_POSSESSIVE = re.compile(r"'s\b|s'(?=\s|$)")
_NON_WORD = re.compile(r"[\W_]+")
_LETTER_MAP = str.maketrans(
    {
        "ı": "i",
        "ə": "a",
        "ß": "ss",
        "ø": "o",
        "ł": "l",
        "ي": "ی",
        "ك": "ک",
        "ى": "ی",
        "ة": "ه",
        "\u0640": "",  # Arabic tatweel
        "\u200c": "",  # zero-width non-joiner
        "\u200d": "",
    }
)


def normalize(name: str) -> str:
    """Return the key a name is matched by.

    Case, diacritics, apostrophes, possessives, punctuation and spacing are
    removed; Azerbaijani ``ə`` and ``ı`` become ``a`` and ``i``; Arabic letter
    variants are folded to their Persian forms.

    Parameters
    ----------
    name : str
        A place name in any script.

    Returns
    -------
    str
        The normalised key (may be empty).

    Examples
    --------
    >>> normalize("Naxçıvan")
    'naxcivan'
    >>> normalize("Azerbaijan`s")
    'azerbaijan'
    >>> normalize("  Giz-Galasi  ")
    'giz galasi'
    """
    text = unicodedata.normalize("NFKC", name).casefold().translate(_LETTER_MAP)
    text = _POSSESSIVE.sub("", _APOSTROPHES.sub("'", text)).replace("'", "")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", text).strip()


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
        ISO 3166-1 alpha-2 code.
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

    @property
    def curated(self) -> bool:
        """Whether the place comes from the curated ``places.yaml``."""
        return not self.id.startswith(("geonames:", "osm:"))

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: ids, names, coordinates and GeoJSON geometry."""
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geometry": shapely.geometry.mapping(self.geometry),
        }

    def with_alternatives(self, ids: Iterable[str]) -> Place:
        """Return a copy listing ``ids`` as alternatives."""
        return replace(self, alternatives=tuple(i for i in ids if i != self.id))


def peel(key: str, *, countries: bool = True) -> tuple[str, str | None, str | None]:
    """Split kind words, country words and articles off both ends of a normalised name.

    Parameters
    ----------
    key : str
        A normalised name (see :func:`normalize`).
    countries : bool
        Also peel country words ("Iran", "Azerbaijani", ...).

    Returns
    -------
    tuple
        ``(rest, kind, country)``: the name left, and the kind and ISO code hinted.

    Examples
    --------
    >>> peel("the araz river")
    ('araz', 'river', None)
    >>> peel("iranian astara")
    ('astara', None, 'IR')
    """
    words = key.split()
    kind = country = None
    changed = True
    while changed and len(words) > 1:
        changed = False
        for size in (3, 2, 1):
            for end in ("tail", "head"):
                part = " ".join(words[-size:] if end == "tail" else words[:size])
                if len(words) <= size:
                    continue
                if part in KIND_WORDS and kind is None:
                    kind = KIND_WORDS[part]
                elif countries and part in COUNTRY_WORDS and country is None:
                    country = COUNTRY_WORDS[part]
                elif end == "head" and part in _ARTICLES:
                    pass
                else:
                    continue
                words = words[:-size] if end == "tail" else words[size:]
                changed = True
                break
            if changed:
                break
    return " ".join(words), kind, country


def _where(path: Path, index: int, rid: object) -> str:
    return f"{path.name}, entry #{index + 1} (id {rid!r})"


def read_records(path: Path, what: str) -> list[Any]:
    """Read a YAML data file whose top level is a list of records.

    Raises
    ------
    DataError
        When the file is missing, is not valid YAML, or is not a list of ``what``.
    """
    import yaml

    try:
        records = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        msg = f"Data file {path} is missing."
        raise DataError(msg) from e
    except yaml.YAMLError as e:
        msg = f"{path.name} is not valid YAML: {e}"
        raise DataError(msg) from e
    if not isinstance(records, list):
        msg = f"{path.name}: expected a list of {what} at the top level, got {type(records).__name__}."
        raise DataError(msg)
    return records


def _load_boundaries(path: Path) -> dict[str, tuple[BaseGeometry, dict[str, Any]]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        msg = f"Boundary file {path} is missing; rebuild it with scripts/build_boundaries.py."
        raise DataError(msg) from e
    except json.JSONDecodeError as e:
        msg = f"{path.name} is not valid JSON (line {e.lineno}): {e.msg}."
        raise DataError(msg) from e
    features: dict[str, tuple[BaseGeometry, dict[str, Any]]] = {}
    for i, feature in enumerate(data.get("features", [])):
        props = feature.get("properties") or {}
        fid = props.get("id")
        if not fid:
            msg = f"{path.name}, feature #{i + 1}: field 'id' is missing."
            raise DataError(msg)
        geom = shape(feature["geometry"])
        if not geom.is_valid:
            msg = f"{path.name}, feature {fid!r}: field 'geometry' is invalid ({shapely.is_valid_reason(geom)})."
            raise DataError(msg)
        features[fid] = (geom, props)
    return features


def _representative(geom: BaseGeometry) -> tuple[float, float]:
    """Return (lat, lon) of a point guaranteed to lie on or in ``geom``."""
    if geom.geom_type in ("LineString", "MultiLineString"):
        line = geom if geom.geom_type == "LineString" else max(geom.geoms, key=lambda g: g.length)
        pt = line.interpolate(0.5, normalized=True)
    else:
        pt = geom.representative_point()
    return round(pt.y, 6), round(pt.x, 6)


def _check_coordinates(where: str, lat: Any, lon: Any) -> tuple[float, float]:
    for fname, value, bound in (("lat", lat, 90), ("lon", lon, 180)):
        if not isinstance(value, int | float) or isinstance(value, bool):
            msg = f"{where}: field {fname!r} must be a number, got {value!r}."
            raise DataError(msg)
        if not -bound <= value <= bound:
            msg = f"{where}: field {fname!r} = {value} is out of range [-{bound}, {bound}]."
            raise DataError(msg)
    return float(lat), float(lon)


def _place_from_record(
    rec: dict[str, Any], where: str, boundaries: dict[str, tuple[BaseGeometry, dict[str, Any]]]
) -> Place:
    for fname in _REQUIRED:
        if not rec.get(fname):
            msg = f"{where}: field {fname!r} is missing or empty."
            raise DataError(msg)
    kind = rec["kind"]
    if kind not in KINDS:
        msg = f"{where}: field 'kind' = {kind!r} is not one of {sorted(KINDS)}."
        raise DataError(msg)
    country = rec["country"]
    if not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)):
        msg = (
            f"{where}: field 'country' = {country!r} is not an ISO 3166-1 alpha-2 code like 'AZ'."
        )
        raise DataError(msg)
    derivation = ""
    if "geometry" in rec:
        ref = rec["geometry"]
        if ref not in boundaries:
            msg = (
                f"{where}: field 'geometry' names {ref!r}, which boundaries.geojson does not have."
            )
            raise DataError(msg)
        geom, props = boundaries[ref]
        derivation = props.get("derivation", "")
        if "lat" in rec or "lon" in rec:
            lat, lon = _check_coordinates(where, rec.get("lat"), rec.get("lon"))
        else:
            lat, lon = _representative(geom)
    else:
        lat, lon = _check_coordinates(where, rec.get("lat"), rec.get("lon"))
        geom = Point(lon, lat)
    if geom.geom_type not in KINDS[kind]:
        msg = (
            f"{where}: a {kind} needs a {' or '.join(KINDS[kind])} geometry, got {geom.geom_type}."
        )
        raise DataError(msg)
    aliases = rec.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        msg = f"{where}: field 'aliases' must be a list of non-empty strings."
        raise DataError(msg)
    return Place(
        id=str(rec["id"]),
        name=str(rec["name"]),
        kind=kind,
        country=country,
        lat=lat,
        lon=lon,
        geometry=geom,
        aliases=tuple(aliases),
        source=str(rec["source"]),
        derivation=str(rec.get("note") or derivation),
        prominence=int(rec.get("prominence", 0)),
    )


def load_places(path: Path | None = None, boundaries: Path | None = None) -> list[Place]:
    """Read and validate the curated places.

    Parameters
    ----------
    path : pathlib.Path, optional
        The YAML file (default ``data/places.yaml``).
    boundaries : pathlib.Path, optional
        The GeoJSON file the non-point places take their geometry from
        (default: ``boundaries.geojson`` beside ``path``).

    Returns
    -------
    list of Place

    Raises
    ------
    DataError
        Naming the file, the entry and the field at fault.
    """
    path = Path(path) if path else settings.data_dir / "places.yaml"
    boundaries = Path(boundaries) if boundaries else path.with_name("boundaries.geojson")
    records = read_records(path, "places")
    features = _load_boundaries(boundaries)
    places: list[Place] = []
    seen: set[str] = set()
    for i, rec in enumerate(records):
        where = _where(path, i, rec.get("id") if isinstance(rec, dict) else None)
        if not isinstance(rec, dict):
            msg = f"{where}: expected a mapping of fields, got {type(rec).__name__}."
            raise DataError(msg)
        place = _place_from_record(rec, where, features)
        if place.id in seen:
            msg = f"{where}: field 'id' = {place.id!r} is used twice."
            raise DataError(msg)
        seen.add(place.id)
        places.append(place)
    return places


def _geonames_kind(feature_code: str, population: int) -> str:
    if feature_code in {"PPLC", "PPLA"} or population >= 100_000:
        return "city"
    return "town" if population >= 5_000 or feature_code.startswith("PPLA") else "village"


def load_geonames(path: Path | None = None) -> list[Place]:
    """Read the regional GeoNames table (``data/geonames_region.tsv``).

    Returns
    -------
    list of Place
        One place per row, with id ``geonames:<geonameid>`` and prominence 0.
    """
    path = Path(path) if path else settings.data_dir / "geonames_region.tsv"
    places = []
    with path.open(encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)):
            where = f"{path.name}, row {i + 2} (geonameid {row.get('geonameid')!r})"
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
                population = int(row["population"] or 0)
            except (KeyError, TypeError, ValueError) as e:
                msg = f"{where}: lat, lon or population is not a number ({e})."
                raise DataError(msg) from e
            aliases = tuple(a for a in (row.get("aliases") or "").split("|") if a)
            if row.get("asciiname") and row["asciiname"] != row["name"]:
                aliases = (row["asciiname"], *aliases)
            places.append(
                Place(
                    id=f"geonames:{row['geonameid']}",
                    name=row["name"],
                    kind=_geonames_kind(row.get("feature_code", ""), population),
                    country=row["country"],
                    lat=lat,
                    lon=lon,
                    geometry=Point(lon, lat),
                    aliases=aliases,
                    source=f"GeoNames {row['geonameid']} https://www.geonames.org/{row['geonameid']} (CC BY 4.0)",
                    population=population,
                )
            )
    return places


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
        self.curated_ids = tuple(self.by_id)
        for place in extra:
            if not self._duplicates_curated(place, dedupe_km):
                self._add(place)
        self.curated_keys = tuple(
            k for k, ids in self.index.items() if any(self.by_id[i].curated for i in ids)
        )
        self.all_keys = tuple(self.index)

    def _names(self, place: Place) -> Iterator[str]:
        yield place.name
        yield from place.aliases

    def _add(self, place: Place) -> None:
        self.by_id[place.id] = place
        for name in self._names(place):
            key = normalize(name)
            # "Khudafarin Dam" is also found as "Khudafarin" (the kind then ranks it).
            for k in {key, peel(key, countries=False)[0]}:
                ids = self.index.setdefault(k, []) if k else []
                if k and place.id not in ids:
                    ids.append(place.id)

    def _duplicates_curated(self, place: Place, km: float) -> bool:
        for name in self._names(place):
            for pid in self.index.get(normalize(name), ()):
                other = self.by_id[pid]
                if (
                    other.curated
                    and other.geometry.geom_type == "Point"
                    and haversine_km(place.lat, place.lon, other.lat, other.lon) < km
                ):
                    return True
        return False

    def __len__(self) -> int:
        return len(self.by_id)

    def __iter__(self) -> Iterator[Place]:
        return iter(self.by_id.values())

    def __getitem__(self, place_id: str) -> Place:
        return self.by_id[place_id]

    def lookup(self, key: str) -> list[Place]:
        """Return the places whose normalised name is ``key`` (curated first)."""
        return [self.by_id[i] for i in self.index.get(key, ())]


@functools.cache
def gazetteer() -> Gazetteer:
    """Return the gazetteer built from ``settings.data_dir`` (loaded once, then cached)."""
    extra_path = settings.data_dir / "geonames_region.tsv"
    extra = load_geonames(extra_path) if extra_path.exists() else []
    return Gazetteer(load_places(), extra)


def places() -> geopandas.GeoDataFrame:
    """Return the curated gazetteer as a GeoDataFrame in EPSG:4326.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``id, name, kind, country, lat, lon, aliases, source,
        derivation, prominence, geometry``, one row per curated place.

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
    columns = ("id", "name", "kind", "country", "lat", "lon", "source", "derivation", "prominence")
    data: dict[str, list[Any]] = {c: [getattr(p, c) for p in rows] for c in columns}
    data["aliases"] = [list(p.aliases) for p in rows]
    return geopandas.GeoDataFrame(data, geometry=[p.geometry for p in rows], crs="EPSG:4326")
