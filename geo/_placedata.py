"""Read and validate the gazetteer's data files, and cache the built gazetteer.

The layers, each a file of ``data/`` (see ``data/README.md``):

``places.yaml`` (layer ``curated``)
    Hand-curated places; polygons and lines name a feature of ``boundaries.geojson``.
``regions.geojson`` (layer ``region``), ``world.geojson`` (layer ``world``)
    Built by ``scripts/build_regions.py`` and ``scripts/build_world.py``: one GeoJSON
    feature per place, its properties a place record with the same fields as
    ``places.yaml`` and its own geometry. A record with ``extends: true`` and no
    geometry adds its ``aliases`` to a place of an earlier layer with the same id
    (the world layer's names for the five curated countries).
``geonames_region.tsv`` (layer ``geonames``), ``geonames_world.tsv`` (layer ``geonames-world``)
    GeoNames settlements of the region, and the world's capitals and large cities.

Every error names the file, the record and the field at fault.

The built :class:`~geo.gazetteer.Gazetteer` is pickled in ``settings.cache_dir``
under a name keyed by a hash of the data files and of this package's version
(``gazetteer-<sha256>.pickle``, written atomically); the next process loads the
pickle instead of parsing and validating the files again. A cache that cannot
be read or written is ignored.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shapely
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from geo._errors import DataError
from geo.gazetteer import KINDS, MULTINATIONAL_KINDS, Place
from geo.settings import settings

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

_REQUIRED = ("id", "name", "kind", "source")
_ISO = re.compile(r"[A-Z]{2}")
#: Files that make the gazetteer, in layer order (those missing are skipped, except places).
DATA_FILES = (
    "places.yaml",
    "boundaries.geojson",
    "regions.geojson",
    "world.geojson",
    "geonames_region.tsv",
    "geonames_world.tsv",
    "names.yaml",
)


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
        records = yaml.load(path.read_text(encoding="utf-8"), Loader=_strict_loader())  # noqa: S506
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


def _strict_loader() -> Any:
    """Return a safe YAML loader that refuses a key written twice in one record.

    libyaml's where PyYAML has it (5-10x faster on places.yaml), else Python's. YAML keeps
    the last of two equal keys silently, so a record merged twice ("aliases" under the
    wrong id) would lose names without a word.
    """
    import yaml

    class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
            twice = sorted({k for k in keys if keys.count(k) > 1}, key=str)
            if twice:
                line = node.start_mark.line + 1
                msg = f"key {twice[0]!r} is written twice in the record at line {line}"
                raise yaml.constructor.ConstructorError(None, None, msg, node.start_mark)
            return super().construct_mapping(node, deep=deep)

    return Loader


def _read_json(path: Path, script: str) -> Any:
    """Read a JSON data file; a missing or broken file is a :class:`DataError`."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        msg = f"Data file {path} is missing; rebuild it with {script}."
        raise DataError(msg) from e
    except json.JSONDecodeError as e:
        msg = f"{path.name} is not valid JSON (line {e.lineno}): {e.msg}."
        raise DataError(msg) from e


def _load_boundaries(path: Path) -> dict[str, tuple[BaseGeometry, dict[str, Any]]]:
    data = _read_json(path, "scripts/build_boundaries.py")
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


def _check_countries(rec: dict[str, Any], where: str, kind: str) -> tuple[str, tuple[str, ...]]:
    """Return a record's ``country`` and ``countries``, checked.

    ``country`` is the ISO 3166-1 alpha-2 code of the place's country. A sea or
    a macro-region (:data:`~geo.gazetteer.MULTINATIONAL_KINDS`) belongs to no one
    country: it has no ``country`` and lists the countries it borders or holds in
    ``countries`` instead (``Place.country`` is then ``""``).
    """
    country = rec.get("country")
    countries = rec.get("countries", [])
    if not isinstance(countries, list) or not all(
        isinstance(c, str) and _ISO.fullmatch(c) for c in countries
    ):
        msg = f"{where}: field 'countries' must be a list of ISO 3166-1 alpha-2 codes like 'AZ'."
        raise DataError(msg)
    if country is None and kind in MULTINATIONAL_KINDS:
        if not countries:
            msg = f"{where}: a {kind} without field 'country' needs field 'countries' (ISO codes)."
            raise DataError(msg)
        return "", tuple(countries)
    if not country:
        hint = f" (only a {' or '.join(sorted(MULTINATIONAL_KINDS))} may have none)"
        msg = f"{where}: field 'country' is missing or empty{hint}."
        raise DataError(msg)
    if not (isinstance(country, str) and _ISO.fullmatch(country)):
        msg = (
            f"{where}: field 'country' = {country!r} is not an ISO 3166-1 alpha-2 code like 'AZ'."
        )
        raise DataError(msg)
    return country, tuple(countries)


def _place_from_record(
    rec: dict[str, Any],
    where: str,
    boundaries: dict[str, tuple[BaseGeometry, dict[str, Any]]],
    layer: str = "curated",
) -> Place:
    for fname in _REQUIRED:
        if not rec.get(fname):
            msg = f"{where}: field {fname!r} is missing or empty."
            raise DataError(msg)
    kind = rec["kind"]
    if kind not in KINDS:
        msg = f"{where}: field 'kind' = {kind!r} is not one of {sorted(KINDS)}."
        raise DataError(msg)
    country, countries = _check_countries(rec, where, kind)
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
        prominence=_prominence(rec, where),
        countries=countries,
        layer=layer,
        seat=str(rec.get("seat") or ""),
        scope=_scope(rec, where),
    )


#: The values of a curated place's ``scope`` (see :class:`geo.gazetteer.Place`).
SCOPES = ("links", "context")


def _scope(rec: dict[str, Any], where: str) -> str:
    value = rec.get("scope", "links")
    if value not in SCOPES:
        msg = f"{where}: field 'scope' = {value!r} is not one of {list(SCOPES)}."
        raise DataError(msg)
    return value


def _prominence(rec: dict[str, Any], where: str) -> int:
    value = rec.get("prominence", 0)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10:
        msg = f"{where}: field 'prominence' = {value!r} must be a whole number from 0 to 10."
        raise DataError(msg)
    return value


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


def load_geonames(path: Path | None = None, layer: str = "geonames") -> list[Place]:
    """Read a GeoNames table (default ``data/geonames_region.tsv``).

    Parameters
    ----------
    path : pathlib.Path, optional
        The table; ``data/geonames_world.tsv`` has the same columns plus ``prominence``.
    layer : str
        The layer the rows belong to (``geonames`` or ``geonames-world``).

    Returns
    -------
    list of Place
        One place per row, with id ``geonames:<geonameid>`` and the row's
        prominence (0 when the table has no such column).
    """
    path = Path(path) if path else settings.data_dir / "geonames_region.tsv"
    places = []
    with path.open(encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)):
            where = f"{path.name}, row {i + 2} (geonameid {row.get('geonameid')!r})"
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
                population = int(row["population"] or 0)
                prominence = int(row.get("prominence") or 0)
            except (KeyError, TypeError, ValueError) as e:
                msg = f"{where}: lat, lon, population or prominence is not a number ({e})."
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
                    prominence=prominence,
                    layer=layer,
                )
            )
    return places


def load_layer(path: Path, layer: str) -> tuple[list[Place], dict[str, tuple[str, ...]]]:
    """Read a built layer: a GeoJSON FeatureCollection of place records.

    Parameters
    ----------
    path : pathlib.Path
        ``regions.geojson`` or ``world.geojson``.
    layer : str
        The layer name the places get (``region``, ``world``).

    Returns
    -------
    tuple
        The places, and the aliases that ``extends`` records add, by place id.

    Raises
    ------
    DataError
        Naming the file, the feature and the field at fault.
    """
    data = _read_json(path, "the script data/README.md names")
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        msg = f"{path.name}: expected a GeoJSON FeatureCollection with a list of 'features'."
        raise DataError(msg)
    places: list[Place] = []
    extends: dict[str, tuple[str, ...]] = {}
    seen: set[str] = set()
    for i, feature in enumerate(features):
        props = feature.get("properties") if isinstance(feature, dict) else None
        rid = props.get("id") if isinstance(props, dict) else None
        where = f"{path.name}, feature #{i + 1} (id {rid!r})"
        if not isinstance(props, dict):
            msg = f"{where}: field 'properties' must be a mapping of place fields."
            raise DataError(msg)
        if props.get("extends"):
            aliases = props.get("aliases")
            if (
                not rid
                or not isinstance(aliases, list)
                or not all(isinstance(a, str) and a for a in aliases)
            ):
                msg = f"{where}: an 'extends' record needs an 'id' and 'aliases' (non-empty strings)."
                raise DataError(msg)
            extends[str(rid)] = tuple(aliases)
            continue
        try:
            geom = shape(feature["geometry"])
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            msg = f"{where}: field 'geometry' is missing or not GeoJSON ({e})."
            raise DataError(msg) from e
        if not geom.is_valid:
            msg = f"{where}: field 'geometry' is invalid ({shapely.is_valid_reason(geom)})."
            raise DataError(msg)
        ref = f"#{i + 1}"
        place = _place_from_record(
            {**props, "geometry": ref}, where, {ref: (geom, props)}, layer=layer
        )
        if place.id in seen:
            msg = f"{where}: field 'id' = {place.id!r} is used twice."
            raise DataError(msg)
        seen.add(place.id)
        places.append(place)
    return places, extends


def merge_layers(layers: list[tuple[list[Place], dict[str, tuple[str, ...]], str]]) -> list[Place]:
    """Join layers in order: ids must be unique; ``extends`` aliases go to earlier places.

    Parameters
    ----------
    layers : list of (places, extends, file name)

    Raises
    ------
    DataError
        When an id is used in two layers, or an ``extends`` record names no earlier place.
    """
    out: dict[str, Place] = {}
    origin: dict[str, str] = {}
    for places, extends, name in layers:
        for pid, aliases in extends.items():
            if pid not in out:
                msg = f"{name}: the 'extends' record {pid!r} names no place of an earlier layer."
                raise DataError(msg)
            old = out[pid]
            known = set(old.aliases) | {old.name}
            new = tuple(a for a in aliases if a not in known)
            out[pid] = replace(old, aliases=old.aliases + new)
        for place in places:
            if place.id in out:
                msg = f"{name}: place id {place.id!r} is already used in {origin[place.id]}."
                raise DataError(msg)
            out[place.id] = place
            origin[place.id] = name
    return list(out.values())


# ---------------------------------------------------------------- cache
def data_key(data_dir: Path) -> str:
    """Return a hash of the gazetteer's data files and of the code that reads them."""
    from geo import __file__ as package_file

    digest = hashlib.sha256()
    for name in DATA_FILES:
        path = data_dir / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"-")
    for module in ("gazetteer.py", "names.py", "_placedata.py", "_namedata.py"):
        digest.update((Path(package_file).parent / module).read_bytes())
    return digest.hexdigest()[:32]


def cached(data_dir: Path, build: Callable[[], Gazetteer]) -> Gazetteer:
    """Return the gazetteer from the pickle cache, building and caching it when missing.

    The cache on disk is :mod:`geo._cache` (atomic writes, a file that cannot be
    read is rebuilt); set ``CORRIDORS_NO_CACHE=1`` to always build.
    """
    from geo._cache import load_or_build

    return load_or_build("gazetteer", data_key(data_dir), build)
