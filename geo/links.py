"""The links the article proposes: loading, validation, geometry and lengths.

The links live in ``data/links.yaml`` (see ``data/README.md``). Each link names
its route as gazetteer ids; this module turns the route into geometry that
follows the ground:

* between two stops, a geodesic line densified with :meth:`pyproj.Geod.npts`
  (about one vertex per kilometre), so long lines curve correctly on a Web
  Mercator map;
* an ``along`` step follows the gazetteer's river line (the Araz) between the
  projections of the stops before and after it, offset to one bank by a few
  hundred metres in a local azimuthal equidistant projection, so the line
  stays on that bank and crosses the river only where the route says so
  (at a bridge: the geodesic leg from a stop on one bank to a stop on the other);
* a stop whose gazetteer country is a riparian country but which lies on the
  other side of the river line (the GSHHG line and the published coordinates
  of some villages disagree by 1-3 km) is moved to the river point nearest it,
  on its own country's bank. The derivation records every such move.

Lengths are geodesic (WGS84); ``length_by_country_km`` intersects the line with
the country polygons of ``data/boundaries.geojson``, whose Araz border follows
the same river line, so a link on the Iranian bank counts as Iran.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shapely
from pyproj import CRS, Geod, Transformer
from shapely import ops
from shapely.geometry import LineString, Point, shape
from shapely.geometry.base import BaseGeometry

from geo._errors import DataError
from geo.settings import settings

if TYPE_CHECKING:
    import geopandas

    from geo.gazetteer import Gazetteer

#: Allowed values of the ``category`` field.
CATEGORIES = ("transport", "energy", "diplomacy")
#: Allowed values of the ``status`` field.
STATUSES = ("operational", "under construction", "planned")
#: Allowed modes, and whether each is drawn as a line (True) or a point (False).
MODES: dict[str, bool] = {
    "rail": True,
    "road": True,
    "road and rail": True,
    "bridge": True,
    "power line": True,
    "border crossing": False,
    "hydropower": False,
    "reservoir": False,
    "dam": False,
    "embassy": False,
}
#: Fields every link must have.
REQUIRED = (
    "id",
    "name",
    "category",
    "mode",
    "status",
    "status_date",
    "status_source",
    "sources",
    "route",
)
#: The area this project covers (west, south, east, north), used to catch swapped coordinates.
REGION = (42.0, 35.5, 52.0, 42.0)
#: Countries whose border runs along the Araz: a stop of one of them is kept on its own bank.
RIPARIAN = ("AZ", "AM", "IR", "TR")
#: Stops farther than this from the river line are never moved to a bank (km).
SNAP_KM = 5.0
#: How far from the river line a moved stop is placed (m).
SNAP_OFFSET_M = 300.0
#: Half the length of a drawn bridge: its heads sit this far from the river line (m).
BRIDGE_HALF_M = 150.0
#: Default offset of an ``along`` step from the river line (m).
DEFAULT_OFFSET_M = 500.0
#: Simplification of the river section before offsetting (m): below the offset, so
#: the offset line never touches the river.
RIVER_SIMPLIFY_M = 60.0
#: Target spacing of the vertices of geodesic legs (km).
STEP_KM = 1.0

GEOD = Geod(ellps="WGS84")


@dataclass(frozen=True)
class Stop:
    """A point of a route: a gazetteer place or explicit coordinates."""

    lon: float
    lat: float
    place: str | None = None
    country: str | None = None
    label: str = ""


@dataclass(frozen=True)
class Along:
    """Follow a river line between the stops before and after this step."""

    river: str
    bank: str
    offset_m: float = DEFAULT_OFFSET_M


@dataclass
class Link:
    """One validated link, before its geometry is built."""

    record: dict[str, Any]
    route: list[Stop | Along]
    places: list[str]
    where: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        """The link's id."""
        return str(self.record["id"])


# ----------------------------------------------------------------------------- validation


def _err(where: str, fname: str, problem: str) -> DataError:
    return DataError(f"{where}: field {fname!r} {problem}")


def _in_region(lon: float, lat: float) -> bool:
    w, s, e, n = REGION
    return w <= lon <= e and s <= lat <= n


def _check_point(where: str, fname: str, lon: Any, lat: Any) -> tuple[float, float]:
    """Validate explicit coordinates: numbers, in range, in the region, not swapped."""
    for part, value, bound in (("lat", lat, 90), ("lon", lon, 180)):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise _err(where, f"{fname}.{part}", f"must be a number, got {value!r}.")
        if not -bound <= value <= bound:
            raise _err(where, f"{fname}.{part}", f"= {value} is out of range [-{bound}, {bound}].")
    lon, lat = float(lon), float(lat)
    if not _in_region(lon, lat):
        w, s, e, n = REGION
        if _in_region(lat, lon):
            msg = (
                f"= (lon {lon}, lat {lat}) looks swapped: latitude and longitude are the wrong way "
                f"round (lon {lat}, lat {lon} would fall in the region). Lists are GeoJSON order "
                "[lon, lat]; or write {lat: ..., lon: ...}."
            )
            raise _err(where, fname, msg)
        msg = f"= (lon {lon}, lat {lat}) is outside the region of this project (lon {w}-{e}, lat {s}-{n})."
        raise _err(where, fname, msg)
    return lon, lat


def _suggest(name: str, choices: Iterable[str]) -> str:
    from rapidfuzz import process

    best = process.extractOne(name, list(choices))
    return f" Did you mean {best[0]!r}?" if best and best[1] >= 70 else ""


def _parse_step(where: str, fname: str, step: Any, gaz: Gazetteer) -> Stop | Along:
    if isinstance(step, str):
        if step not in gaz.by_id:
            msg = f"names unknown place {step!r}.{_suggest(step, gaz.curated_ids)}"
            raise _err(where, fname, msg)
        place = gaz[step]
        if place.geometry.geom_type != "Point":
            msg = f"names {step!r}, a {place.kind} ({place.geometry.geom_type}); a route stop must be a point place."
            raise _err(where, fname, msg)
        return Stop(place.lon, place.lat, place=step, country=place.country, label=place.name)
    if isinstance(step, list):
        if len(step) != 2:
            raise _err(where, fname, f"must be [lon, lat], got {step!r}.")
        lon, lat = _check_point(where, fname, step[0], step[1])
        return Stop(lon, lat, label=f"{lat:.4f}N {lon:.4f}E")
    if isinstance(step, dict) and "along" in step:
        river = step["along"]
        if river not in gaz.by_id or gaz[river].kind != "river":
            raise _err(
                where, f"{fname}.along", f"names {river!r}, which is not a river of the gazetteer."
            )
        bank = step.get("bank")
        if bank not in RIPARIAN:
            raise _err(where, f"{fname}.bank", f"= {bank!r} is not one of {list(RIPARIAN)}.")
        offset = step.get("offset_m", DEFAULT_OFFSET_M)
        if not isinstance(offset, int | float) or not 100 <= offset <= 3000:
            raise _err(
                where,
                f"{fname}.offset_m",
                f"= {offset!r} must be a number of metres in [100, 3000].",
            )
        return Along(river, bank, float(offset))
    if isinstance(step, dict) and ("lat" in step or "lon" in step):
        lon, lat = _check_point(where, fname, step.get("lon"), step.get("lat"))
        return Stop(
            lon,
            lat,
            country=step.get("country"),
            label=str(step.get("note", f"{lat:.4f}N {lon:.4f}E")),
        )
    msg = f"= {step!r} must be a place id, [lon, lat], {{lat: .., lon: ..}} or {{along: <river>, bank: <ISO2>}}."
    raise _err(where, fname, msg)


def _check_source(where: str, fname: str, src: Any) -> None:
    if not (isinstance(src, dict) and src.get("title") and src.get("url")):
        raise _err(where, fname, f"must be a mapping with 'title' and 'url', got {src!r}.")
    if not str(src["url"]).startswith(("http://", "https://")):
        raise _err(where, f"{fname}.url", f"= {src['url']!r} is not an http(s) URL.")


def _check_figure(where: str, fname: str, fig: Any) -> None:
    if not isinstance(fig, dict) or "value" not in fig:
        raise _err(where, fname, f"must be a mapping with 'value' and 'source', got {fig!r}.")
    if not isinstance(fig["value"], int | float) or isinstance(fig["value"], bool):
        raise _err(where, f"{fname}.value", f"must be a number, got {fig['value']!r}.")
    if "side" in fig and fig["side"] not in RIPARIAN:
        raise _err(where, f"{fname}.side", f"= {fig['side']!r} is not one of {list(RIPARIAN)}.")
    _check_source(where, f"{fname}.source", fig.get("source"))


def _validate_record(rec: dict[str, Any], where: str, gaz: Gazetteer) -> Link:
    for fname in REQUIRED:
        if rec.get(fname) in (None, "", []):
            raise _err(where, fname, "is missing or empty.")
    checks = (("category", CATEGORIES), ("mode", tuple(MODES)), ("status", STATUSES))
    for fname, allowed in checks:
        if rec[fname] not in allowed:
            msg = f"= {rec[fname]!r} is not one of {list(allowed)}.{_suggest(str(rec[fname]), allowed)}"
            raise _err(where, fname, msg)
    date = rec["status_date"]
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date)
        except ValueError:
            date = None
    if not isinstance(date, dt.date):
        raise _err(
            where, "status_date", f"= {rec['status_date']!r} is not an ISO date (YYYY-MM-DD)."
        )
    _check_source(where, "status_source", rec["status_source"])
    if not isinstance(rec["sources"], list):
        raise _err(where, "sources", "must be a list of {title, url} mappings.")
    for i, src in enumerate(rec["sources"]):
        _check_source(where, f"sources[{i}]", src)
    published = rec.get("published_length_km")
    if published is not None:
        _check_figure(where, "published_length_km", published)
    figures = rec.get("figures") or {}
    if not isinstance(figures, dict):
        raise _err(
            where, "figures", "must be a mapping from a figure name to one figure or a list."
        )
    for name, value in figures.items():
        for i, fig in enumerate(value if isinstance(value, list) else [value]):
            _check_figure(
                where, f"figures.{name}" + (f"[{i}]" if isinstance(value, list) else ""), fig
            )
    route = rec["route"]
    if not isinstance(route, list):
        raise _err(where, "route", "must be a list of steps.")
    steps = [_parse_step(where, f"route[{i}]", s, gaz) for i, s in enumerate(route)]
    _check_route_shape(where, rec["mode"], steps)
    stops = [s for s in steps if isinstance(s, Stop)]
    named = [s.place for s in stops if s.place]
    places = [named[0], named[-1], *named[1:-1]] if len(named) > 1 else named
    via = rec.get("via") or []
    if not isinstance(via, list):
        raise _err(where, "via", "must be a list of place ids.")
    for i, pid in enumerate(via):
        if pid not in gaz.by_id:
            raise _err(
                where,
                f"via[{i}]",
                f"names unknown place {pid!r}.{_suggest(str(pid), gaz.curated_ids)}",
            )
    places += [p for p in via if p not in places]
    return Link(record=rec, route=steps, places=places, where=where)


def _check_route_shape(where: str, mode: str, steps: list[Stop | Along]) -> None:
    stops = [s for s in steps if isinstance(s, Stop)]
    if not MODES[mode]:
        if len(steps) != 1 or not stops:
            raise _err(where, "route", f"of a {mode} (a point feature) must be exactly one place.")
        return
    if len(stops) < 2 or not isinstance(steps[0], Stop) or not isinstance(steps[-1], Stop):
        raise _err(
            where, "route", f"of a {mode} must start and end with a stop and have at least two."
        )
    for i, (a, b) in enumerate(zip(steps, steps[1:], strict=False)):
        if isinstance(a, Along) and isinstance(b, Along):
            raise _err(
                where, f"route[{i + 1}]", "follows another 'along' step; put a stop between them."
            )


def load_corridors(path: Path | str | None = None) -> dict[str, dict[str, Any]]:
    """Read the named corridors (``data/corridors.yaml``): id -> {name, aliases, source}.

    Raises
    ------
    DataError
        Naming the file, the corridor and the field at fault.

    Examples
    --------
    >>> load_corridors()["nstc"]["name"]
    'International North–South Transport Corridor'
    """
    from geo.gazetteer import read_records

    path = Path(path) if path else settings.data_dir / "corridors.yaml"
    corridors: dict[str, dict[str, Any]] = {}
    for i, rec in enumerate(read_records(path, "corridors")):
        where = f"{path.name}, corridor #{i + 1} ({rec.get('id') if isinstance(rec, dict) else None!r})"
        for fname in ("id", "name", "source"):
            if not isinstance(rec, dict) or not rec.get(fname):
                raise _err(where, fname, "is missing or empty.")
        aliases = rec.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
            raise _err(where, "aliases", "must be a list of non-empty strings.")
        corridors[rec["id"]] = {"name": rec["name"], "aliases": aliases, "source": rec["source"]}
    return corridors


def load_links(path: Path | str | None = None, *, gaz: Gazetteer | None = None) -> list[Link]:
    """Read and validate the links file.

    Parameters
    ----------
    path : pathlib.Path or str, optional
        The YAML file (default ``data/links.yaml`` in :attr:`geo.settings.data_dir`).
    gaz : Gazetteer, optional
        The gazetteer the place ids refer to (default :func:`geo.gazetteer.gazetteer`).

    Returns
    -------
    list of Link

    Raises
    ------
    DataError
        Naming the file, the link and the field at fault.

    Examples
    --------
    >>> [link.id for link in load_links()][:2]
    ['alat-astara-railway', 'astara-astara-railway']
    """
    from geo.gazetteer import gazetteer, read_records

    path = Path(path) if path else settings.data_dir / "links.yaml"
    gaz = gaz or gazetteer()
    beside = path.with_name("corridors.yaml")
    corridors = load_corridors(beside if beside.exists() else None)
    records = read_records(path, "links")
    links: list[Link] = []
    seen: set[str] = set()
    for i, rec in enumerate(records):
        rid = rec.get("id") if isinstance(rec, dict) else None
        where = f"{path.name}, link #{i + 1} ({rid!r})"
        if not isinstance(rec, dict):
            raise DataError(f"{where}: expected a mapping of fields, got {type(rec).__name__}.")
        link = _validate_record(rec, where, gaz)
        corridor = rec.get("corridor")
        if corridor is not None and corridor not in corridors:
            msg = f"= {corridor!r} is not a corridor of corridors.yaml ({', '.join(corridors)})."
            raise _err(where, "corridor", msg)
        if link.id in seen:
            raise _err(where, "id", f"= {link.id!r} is used twice.")
        seen.add(link.id)
        links.append(link)
    return links


# ----------------------------------------------------------------------------- geometry


@functools.cache
def _countries(path: Path) -> dict[str, BaseGeometry]:
    """Return ISO alpha-2 -> country polygon from a boundaries GeoJSON file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise DataError(
            f"Boundary file {path} is missing; rebuild it with scripts/build_boundaries.py."
        ) from e
    out = {}
    for feat in data.get("features", []):
        props = feat.get("properties") or {}
        if props.get("kind") == "country":
            geom = shape(feat["geometry"])
            shapely.prepare(geom)
            out[str(props.get("iso") or props["id"]).upper()] = geom
    return out


def _aeqd(lon: float, lat: float) -> tuple[Transformer, Transformer]:
    """Return (to metres, to degrees) transformers of an azimuthal equidistant CRS centred here."""
    local = CRS.from_proj4(f"+proj=aeqd +lat_0={lat:.6f} +lon_0={lon:.6f} +datum=WGS84 +units=m")
    fwd = Transformer.from_crs("EPSG:4326", local, always_xy=True)
    back = Transformer.from_crs(local, "EPSG:4326", always_xy=True)
    return fwd, back


def _river_line(river: BaseGeometry) -> LineString:
    if river.geom_type == "LineString":
        return river
    merged = ops.linemerge(river)
    if merged.geom_type == "LineString":
        return merged
    return max(merged.geoms, key=lambda g: g.length)


def geodesic_line(
    coords: Sequence[tuple[float, float]], *, step_km: float = STEP_KM
) -> list[tuple[float, float]]:
    """Return the vertices of geodesics through ``coords``, about ``step_km`` apart.

    Parameters
    ----------
    coords : sequence of (lon, lat)
        The points to join, in order.
    step_km : float
        Target spacing of the inserted vertices.

    Returns
    -------
    list of (lon, lat)

    Examples
    --------
    >>> line = geodesic_line([(48.87, 38.43), (51.39, 35.69)], step_km=50)
    >>> len(line), line[0], line[-1]
    (9, (48.87, 38.43), (51.39, 35.69))
    """
    out = [tuple(coords[0])]
    for (x1, y1), (x2, y2) in zip(coords, coords[1:], strict=False):
        dist_km = GEOD.inv(x1, y1, x2, y2)[2] / 1000
        n = max(0, math.ceil(dist_km / step_km) - 1)
        if n:
            out.extend(GEOD.npts(x1, y1, x2, y2, n))
        out.append((x2, y2))
    return out


@dataclass
class _Builder:
    """Builds one link's geometry and records how."""

    gaz: Gazetteer
    countries: dict[str, BaseGeometry]
    notes: list[str] = field(default_factory=list)

    def bank_of(self, lon: float, lat: float) -> str | None:
        pt = Point(lon, lat)
        for iso, geom in self.countries.items():
            if geom.contains(pt):
                return iso
        return None

    def river(self, river_id: str) -> LineString:
        return _river_line(self.gaz[river_id].geometry)

    def onto_bank(
        self, stop: Stop, river: LineString, iso: str, offset_m: float
    ) -> tuple[float, float]:
        """Return the point ``offset_m`` from the river point nearest ``stop``, on ``iso``'s bank."""
        pt = Point(stop.lon, stop.lat)
        d = river.project(pt)
        on = river.interpolate(d)
        fwd, back = _aeqd(on.x, on.y)
        a = river.interpolate(max(0.0, d - 0.002))
        b = river.interpolate(min(river.length, d + 0.002))
        ax, ay = fwd.transform(a.x, a.y)
        bx, by = fwd.transform(b.x, b.y)
        norm = math.hypot(bx - ax, by - ay) or 1.0
        nx, ny = -(by - ay) / norm, (bx - ax) / norm
        for sign in (1, -1):
            lon, lat = back.transform(sign * nx * offset_m, sign * ny * offset_m)
            if self.bank_of(lon, lat) == iso:
                return lon, lat
        msg = f"no point {offset_m:.0f} m from the river at {on.y:.4f}N {on.x:.4f}E lies in {iso}"
        raise DataError(msg)

    def place_stop(self, stop: Stop, river_ids: Iterable[str]) -> tuple[float, float]:
        """Return the stop's coordinates, moved to its own bank when the river line disagrees."""
        if not stop.country or stop.country not in RIPARIAN or not self.countries:
            return stop.lon, stop.lat
        side = self.bank_of(stop.lon, stop.lat)
        if side in (None, stop.country) or side not in RIPARIAN:
            return stop.lon, stop.lat
        for river_id in river_ids:
            river = self.river(river_id)
            on = ops.nearest_points(Point(stop.lon, stop.lat), river)[1]
            km = GEOD.inv(stop.lon, stop.lat, on.x, on.y)[2] / 1000
            if km <= SNAP_KM:
                lon, lat = self.onto_bank(stop, river, stop.country, SNAP_OFFSET_M)
                self.notes.append(
                    f"{stop.label} ({stop.place}) lies {km:.1f} km on the {side} side of the "
                    f"{self.gaz[river_id].name} line; moved to its {stop.country} bank, "
                    f"{SNAP_OFFSET_M:.0f} m from the river at {lat:.4f}N {lon:.4f}E"
                )
                return lon, lat
        return stop.lon, stop.lat

    def along(
        self, step: Along, a: tuple[float, float], b: tuple[float, float]
    ) -> list[tuple[float, float]]:
        """Return the river section between the projections of a and b, offset to the bank."""
        river = self.river(step.river)
        da, db = river.project(Point(a)), river.project(Point(b))
        section = ops.substring(river, min(da, db), max(da, db))
        mid = section.interpolate(0.5, normalized=True)
        fwd, back = _aeqd(mid.x, mid.y)
        metric = shapely.transform(section, fwd.transform, interleaved=False).simplify(
            RIVER_SIMPLIFY_M
        )
        best: tuple[float, BaseGeometry] | None = None
        bank = self.countries.get(step.bank)
        if bank is None:
            raise DataError(
                f"boundaries have no country polygon {step.bank!r} for an 'along' step"
            )
        for sign in (1, -1):
            off = metric.offset_curve(sign * step.offset_m, join_style="round", quad_segs=4)
            if off.geom_type == "MultiLineString":
                off = ops.linemerge(off)
                if off.geom_type == "MultiLineString":
                    off = max(off.geoms, key=lambda g: g.length)
            geo_line = shapely.transform(off, back.transform, interleaved=False)
            share = geo_line.intersection(bank).length / geo_line.length
            if best is None or share > best[0]:
                best = (share, geo_line)
        assert best is not None
        coords = list(best[1].coords)
        if Point(coords[0]).distance(Point(a)) > Point(coords[-1]).distance(Point(a)):
            coords.reverse()
        km = GEOD.geometry_length(best[1]) / 1000
        self.notes.append(
            f"{km:.1f} km along the {self.gaz[step.river].name} line, offset {step.offset_m:.0f} m "
            f"to the {step.bank} bank ({best[0]:.0%} of it inside {step.bank})"
        )
        return coords

    def bridge(
        self, a: tuple[float, float], b: tuple[float, float], rivers: Iterable[str]
    ) -> list[tuple[float, float]]:
        """Return the two bridge heads where the leg a-b crosses a river, or []."""
        seg = LineString([a, b])
        for river_id in rivers:
            river = self.river(river_id)
            bank_a, bank_b = self.bank_of(*a), self.bank_of(*b)
            if not seg.intersects(river) or None in (bank_a, bank_b) or bank_a == bank_b:
                continue
            mid = seg.interpolate(0.5, normalized=True)
            at = river.interpolate(river.project(mid))
            head = Stop(at.x, at.y)
            heads = [self.onto_bank(head, river, bank, BRIDGE_HALF_M) for bank in (bank_a, bank_b)]
            self.notes.append(
                f"bridge over the {self.gaz[river_id].name} line at {at.y:.4f}N {at.x:.4f}E "
                f"(river point nearest the middle of the leg), {2 * BRIDGE_HALF_M:.0f} m "
                f"from {bank_a} to {bank_b}"
            )
            return heads
        return []

    def build(self, link: Link) -> BaseGeometry:
        if not MODES[link.record["mode"]]:
            stop = link.route[0]
            assert isinstance(stop, Stop)
            self.notes.append(f"point of gazetteer place {stop.place!r}")
            return Point(stop.lon, stop.lat)
        rivers = [s.river for s in link.route if isinstance(s, Along)] or ["araz"]
        rivers = [r for r in dict.fromkeys(rivers) if r in self.gaz.by_id]
        placed = [self.place_stop(s, rivers) if isinstance(s, Stop) else s for s in link.route]
        chunks: list[list[tuple[float, float]]] = []
        for i, item in enumerate(placed):
            if isinstance(item, Along):
                prev, nxt = placed[i - 1], placed[i + 1]
                assert not isinstance(prev, Along) and not isinstance(nxt, Along)
                chunks.append(self.along(item, prev, nxt))
            else:
                chunks.append([item])
        out = list(chunks[0])
        for chunk in chunks[1:]:
            a, b = out[-1], chunk[0]
            out.extend(geodesic_line([a, *self.bridge(a, b, rivers), b])[1:])
            out.extend(chunk[1:])
        legs = sum(1 for s in link.route if isinstance(s, Stop)) - 1
        self.notes.insert(
            0,
            f"geodesic legs (pyproj Geod.npts, ~{STEP_KM:g} km vertices) through {legs + 1} stops",
        )
        return LineString(_dedupe(out))


def _dedupe(coords: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out = [coords[0]]
    for c in coords[1:]:
        if c != out[-1]:
            out.append(c)
    return out


def length_km(geom: BaseGeometry) -> float:
    """Return the geodesic length of a line in km (WGS84); NaN for points.

    Examples
    --------
    >>> round(length_km(LineString([(45.0, 39.0), (46.0, 39.0)])), 1)
    86.6
    """
    if geom.geom_type not in ("LineString", "MultiLineString"):
        return math.nan
    return GEOD.geometry_length(geom) / 1000


def length_by_country_km(
    geom: BaseGeometry, countries: dict[str, BaseGeometry] | None = None
) -> dict[str, float]:
    """Return ISO alpha-2 -> geodesic km of ``geom`` inside each country (0.1 km resolution).

    ``countries`` defaults to the country polygons of ``data/boundaries.geojson``
    (with the border along the Araz moved onto the river line).
    """
    if geom.geom_type not in ("LineString", "MultiLineString"):
        return {}
    if countries is None:
        countries = _countries((settings.data_dir / "boundaries.geojson").resolve())
    out = {}
    for iso, poly in sorted(countries.items()):
        if poly.intersects(geom):
            km = length_km(geom.intersection(poly))
            if km >= 0.05:
                out[iso] = round(km, 1)
    return out


# ----------------------------------------------------------------------------- the table

COLUMNS = (
    "id", "name", "category", "corridor", "mode", "status", "status_date", "status_source",
    "length_km", "length_by_country_km", "published_length_km", "figures", "sources", "article_sentence",
    "places", "derivation",
)  # fmt: skip


def _source_str(src: dict[str, Any]) -> str:
    return f"{src['title']} ({src['url']})"


def _row(
    link: Link, geom: BaseGeometry, countries: dict[str, BaseGeometry], notes: list[str]
) -> dict[str, Any]:
    rec = link.record
    published = rec.get("published_length_km")
    figures = dict(rec.get("figures") or {})
    if published:
        figures["length_km"] = published
    derivation = "; ".join(notes)
    if rec.get("geometry_note"):
        derivation += f". {rec['geometry_note']}"
    date = rec["status_date"]
    return {
        "id": link.id,
        "name": rec["name"],
        "category": rec["category"],
        "corridor": rec.get("corridor"),
        "mode": rec["mode"],
        "status": rec["status"],
        "status_date": date.isoformat() if isinstance(date, dt.date) else str(date),
        "status_source": _source_str(rec["status_source"]),
        "length_km": round(length_km(geom), 2) if MODES[rec["mode"]] else math.nan,
        "length_by_country_km": length_by_country_km(geom, countries),
        "published_length_km": float(published["value"]) if published else math.nan,
        "figures": figures,
        "sources": [{"title": s["title"], "url": s["url"]} for s in rec["sources"]],
        "article_sentence": rec.get("article_sentence"),
        "places": link.places,
        "derivation": derivation,
    }


def links(path: Path | str | None = None) -> geopandas.GeoDataFrame:
    """Return the links as a GeoDataFrame in EPSG:4326, one row per link.

    Parameters
    ----------
    path : pathlib.Path or str, optional
        The links file (default ``data/links.yaml``).

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``id, name, category, corridor`` (an id of
        ``data/corridors.yaml`` or None), ``mode, status, status_date, status_source,
        length_km`` (geodesic, NaN for point features), ``length_by_country_km``
        (dict ISO alpha-2 -> km), ``published_length_km`` (NaN when unknown),
        ``figures``, ``sources``, ``article_sentence``, ``places`` (gazetteer ids:
        endpoints, then waypoints), ``derivation`` and ``geometry``.

    Examples
    --------
    >>> df = links()
    >>> df.crs.to_epsg()
    4326
    >>> df.set_index("id").loc["qazvin-rasht-railway", "status"]
    'operational'
    """
    import geopandas

    from geo.gazetteer import gazetteer

    gaz = gazetteer()
    path = Path(path) if path else settings.data_dir / "links.yaml"
    beside = path.parent / "boundaries.geojson"
    boundaries = beside if beside.exists() else settings.data_dir / "boundaries.geojson"
    countries = _countries(boundaries.resolve())
    rows, geoms = [], []
    for link in load_links(path, gaz=gaz):
        builder = _Builder(gaz, countries)
        try:
            geom = builder.build(link)
        except DataError as e:
            raise DataError(f"{link.where}: field 'route' cannot be drawn: {e}.") from e
        rows.append(_row(link, geom, countries, builder.notes))
        geoms.append(geom)
    data = {c: [r[c] for r in rows] for c in COLUMNS}
    return geopandas.GeoDataFrame(data, geometry=geoms, crs="EPSG:4326")


def _json_value(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    return value


def _round_coords(coords: Any, ndigits: int = 6) -> Any:
    if isinstance(coords, float | int):
        return round(float(coords), ndigits)
    return [_round_coords(c, ndigits) for c in coords]


def to_geojson(df: geopandas.GeoDataFrame) -> dict[str, Any]:
    """Return an RFC 7946 FeatureCollection (longitude first, no ``crs`` member, nulls for NaN).

    Examples
    --------
    >>> fc = to_geojson(links())
    >>> fc["type"], "crs" in fc
    ('FeatureCollection', False)
    """
    features = []
    for row in df.to_dict("records"):
        geom = shapely.geometry.mapping(row.pop("geometry"))
        features.append(
            {
                "type": "Feature",
                "id": row["id"],
                "properties": {k: _json_value(v) for k, v in row.items()},
                "geometry": {
                    "type": geom["type"],
                    "coordinates": _round_coords(geom["coordinates"]),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


__all__ = [
    "CATEGORIES",
    "MODES",
    "STATUSES",
    "Along",
    "Link",
    "Stop",
    "geodesic_line",
    "length_by_country_km",
    "length_km",
    "links",
    "load_links",
    "to_geojson",
]
