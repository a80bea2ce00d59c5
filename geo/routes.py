"""True-to-ground geometry of the links, and their geodesic lengths.

Each link of ``data/links.yaml`` names its route as gazetteer ids (read and
validated by :mod:`geo.linkdata`); this module turns the route into geometry
that follows the ground:

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

The table of links that uses this geometry is built by :mod:`geo.links`.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import shapely
from pyproj import Geod, Transformer
from shapely import ops
from shapely.geometry import LineString, Point, shape
from shapely.geometry.base import BaseGeometry

from geo._errors import DataError
from geo.linkdata import MODES, RIPARIAN, Along, Link, Stop
from geo.settings import settings

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

#: Stops farther than this from the river line are never moved to a bank (km).
SNAP_KM = 5.0
#: How far from the river line a moved stop is placed (m).
SNAP_OFFSET_M = 300.0
#: Half the length of a drawn bridge: its heads sit this far from the river line (m).
BRIDGE_HALF_M = 150.0
#: Simplification of the river section before offsetting (m): below the offset, so
#: the offset line never touches the river.
RIVER_SIMPLIFY_M = 60.0
#: Target spacing of the vertices of geodesic legs (km).
STEP_KM = 1.0
#: Bounds of the offset of a line that runs through its stops along a river (m).
MIN_OFFSET_M = 150.0
MAX_OFFSET_M = 3000.0
#: Spacing of the vertices of a line whose offset from the river changes (m).
BLEND_STEP_M = 200.0

GEOD = Geod(ellps="WGS84")


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


def _world_countries(
    path: Path, have: dict[str, BaseGeometry], bbox: tuple[float, float, float, float]
) -> dict[str, BaseGeometry]:
    """Return ISO alpha-2 -> polygon of the countries of ``data/world.geojson`` not in ``have``.

    The lengths of a line beyond the six countries of ``boundaries.geojson`` (Iraq's
    Development Road) are counted on these coarser outlines (Natural Earth admin-0,
    simplified about 3 km each): only today's countries whose outline meets ``bbox``
    (west, south, east, north), each less the countries before it (``have`` first), so
    that no stretch of a line counts twice where two simplified outlines overlap. A
    missing file gives none.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    w, s, e, n = bbox
    taken = list(have.values())
    out = {}
    for feat in sorted(data.get("features", []), key=lambda f: str(f["properties"]["id"])):
        props = feat.get("properties") or {}
        iso = str(props.get("id") or "").upper()
        if props.get("kind") != "country" or len(iso) != 2 or iso in have:
            continue
        if not feat.get("geometry") or props.get("historical"):
            continue
        geom = shape(feat["geometry"])
        x0, y0, x1, y1 = geom.bounds
        if x1 < w or x0 > e or y1 < s or y0 > n:
            continue
        for other in taken:
            if geom.intersects(other):
                geom = geom.difference(other)
        taken.append(geom)
        shapely.prepare(geom)
        out[iso] = geom
    return out


def _aeqd(lon: float, lat: float) -> tuple[Transformer, Transformer]:
    """Return (to metres, to degrees) transformers of an azimuthal equidistant CRS centred here.

    Written as PROJ pipelines, the ones ``Transformer.from_crs("EPSG:4326", aeqd,
    always_xy=True)`` and its inverse resolve to (the same coordinates, bit for bit):
    a pipeline is built in a fraction of a millisecond, a CRS pair in about six, and a
    story map builds some seventy of them.
    """
    aeqd = f"+proj=aeqd +lat_0={lat:.6f} +lon_0={lon:.6f} +x_0=0 +y_0=0 +ellps=WGS84"
    fwd = Transformer.from_pipeline(
        f"+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step {aeqd}"
    )
    back = Transformer.from_pipeline(
        f"+proj=pipeline +step +inv {aeqd} +step +proj=unitconvert +xy_in=rad +xy_out=deg"
    )
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
    #: gazetteer id -> where the line passes that stop (after any move to its bank)
    stops: dict[str, tuple[float, float]] = field(default_factory=dict)

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

    def river_distance_m(self, point: tuple[float, float], river: LineString) -> float:
        """Return the geodesic distance (m) from ``point`` to the nearest point of ``river``."""
        on = ops.nearest_points(Point(point), river)[1]
        return float(GEOD.inv(point[0], point[1], on.x, on.y)[2])

    def along(
        self, step: Along, a: tuple[float, float], b: tuple[float, float]
    ) -> list[tuple[float, float]]:
        """Return the river section between the projections of a and b, offset to the bank.

        A fixed ``offset_m`` gives a parallel line; ``offset_m`` None ("through the
        stops") gives a line whose offset goes from a's distance from the river to
        b's, so it runs through both stops and needs no spur to reach them.
        """
        river = self.river(step.river)
        da, db = river.project(Point(a)), river.project(Point(b))
        section = ops.substring(river, min(da, db), max(da, db))
        mid = section.interpolate(0.5, normalized=True)
        fwd, back = _aeqd(mid.x, mid.y)
        metric = shapely.transform(section, fwd.transform, interleaved=False).simplify(
            RIVER_SIMPLIFY_M
        )
        if step.offset_m is None:
            oa, ob = (
                min(MAX_OFFSET_M, max(MIN_OFFSET_M, self.river_distance_m(p, river)))
                for p in (a, b)
            )
        else:
            oa = ob = step.offset_m
        start, end = (oa, ob) if da <= db else (ob, oa)  # the section runs downstream
        bank = self.countries.get(step.bank)
        if bank is None:
            raise DataError(
                f"boundaries have no country polygon {step.bank!r} for an 'along' step"
            )
        candidates = []
        for sign in (1, -1):
            off = _offset_line(metric, sign * start, sign * end)
            geo_line = shapely.transform(off, back.transform, interleaved=False)
            share = geo_line.intersection(bank).length / geo_line.length
            ends = {Point(geo_line.coords[0]), Point(geo_line.coords[-1])}
            gap = sum(min(e.distance(Point(p)) for e in ends) for p in (a, b))
            candidates.append((round(share, 3), -gap, geo_line))
        # the side in the bank's country; on a river inside one country, the stops' side
        share, _, line = max(candidates, key=lambda c: c[:2])
        best = (share, line)
        inland = min(c[0] for c in candidates) >= 0.99  # both sides in the bank's country
        coords = list(best[1].coords)
        if Point(coords[0]).distance(Point(a)) > Point(coords[-1]).distance(Point(a)):
            coords.reverse()
        km = GEOD.geometry_length(best[1]) / 1000
        how = (
            f"offset {oa:.0f} m to {ob:.0f} m (through the stops)"
            if step.offset_m is None
            else f"offset {oa:.0f} m"
        )
        side = (
            "on the stops' side"
            if inland
            else f"to the {step.bank} bank ({best[0]:.0%} of it inside {step.bank})"
        )
        self.notes.append(f"{km:.1f} km along the {self.gaz[step.river].name} line, {how} {side}")
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
        for step, at in zip(link.route, placed, strict=True):
            if isinstance(step, Stop) and step.place:
                self.stops.setdefault(step.place, at)  # type: ignore[arg-type]
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


def _single_line(geom: BaseGeometry) -> LineString:
    """Return the longest part of an offset curve that came out in pieces."""
    if geom.geom_type == "MultiLineString":
        geom = ops.linemerge(geom)
        if geom.geom_type == "MultiLineString":
            geom = max(geom.geoms, key=lambda g: g.length)
    return geom


def _offset_line(line: LineString, start: float, end: float) -> LineString:
    """Return ``line`` offset by ``start`` metres at its first end and ``end`` at its last.

    Positive offsets are to the left. A changing offset blends the two parallel
    curves (shapely ``offset_curve``, round joins): the point at fraction f of the
    way is (1 - f) x the first curve's point at f + f x the second's, so the line
    has no loops where the river bends and starts and ends exactly at the offsets.
    """
    first = _single_line(line.offset_curve(start, join_style="round", quad_segs=4))
    if start == end:
        return first
    last = _single_line(line.offset_curve(end, join_style="round", quad_segs=4))
    head = Point(line.coords[0])
    first, last = (
        c.reverse()
        if Point(c.coords[-1]).distance(head) < Point(c.coords[0]).distance(head)
        else c
        for c in (first, last)
    )
    n = max(2, math.ceil(max(first.length, last.length) / BLEND_STEP_M) + 1)
    points = []
    for i in range(n):
        f = i / (n - 1)
        p, q = first.interpolate(f, normalized=True), last.interpolate(f, normalized=True)
        points.append(((1 - f) * p.x + f * q.x, (1 - f) * p.y + f * q.y))
    return LineString(points)


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


def section_length_km(
    geom: BaseGeometry,
    section: dict[str, str] | None,
    stops: dict[str, tuple[float, float]],
    countries: dict[str, BaseGeometry] | None = None,
) -> float:
    """Return the geodesic km of the part of a line that a published figure measures.

    ``section`` is None (the whole line), ``{from: id, to: id}`` (between two stops
    of the route, located on the line by projection) or ``{country: ISO2}`` (the part
    inside that country, as :func:`length_by_country_km` counts it).

    Examples
    --------
    >>> line = LineString([(45.0, 39.0), (46.0, 39.0)])
    >>> stops = {"a": (45.0, 39.0), "b": (45.5, 39.0)}
    >>> round(section_length_km(line, {"from": "a", "to": "b"}, stops), 1)
    43.3
    """
    if not section:
        return length_km(geom)
    if "country" in section:
        return length_by_country_km(geom, countries).get(section["country"], 0.0)
    a, b = (geom.project(Point(stops[section[end]])) for end in ("from", "to"))
    return length_km(ops.substring(geom, min(a, b), max(a, b)))


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


__all__ = [
    "BLEND_STEP_M",
    "BRIDGE_HALF_M",
    "GEOD",
    "MAX_OFFSET_M",
    "MIN_OFFSET_M",
    "RIVER_SIMPLIFY_M",
    "SNAP_KM",
    "SNAP_OFFSET_M",
    "STEP_KM",
    "geodesic_line",
    "length_by_country_km",
    "length_km",
    "section_length_km",
]
