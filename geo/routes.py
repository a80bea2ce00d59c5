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
from pyproj import CRS, Geod, Transformer
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


__all__ = [
    "BRIDGE_HALF_M",
    "GEOD",
    "RIVER_SIMPLIFY_M",
    "SNAP_KM",
    "SNAP_OFFSET_M",
    "STEP_KM",
    "geodesic_line",
    "length_by_country_km",
    "length_km",
]
