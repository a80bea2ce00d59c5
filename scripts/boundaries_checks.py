"""Checks of the corrected borders of ``boundaries.geojson`` (``build_boundaries.py``).

They change nothing: they report, for the build log, whether the Araz border section
runs along the new borders with each bank in the right country (500 m probes), whether
the countries overlap, and in which country the towns by the river fall. Split from
``build_boundaries.py``, which had passed 500 lines.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
from boundaries_countries import LEFT_BANK, RIGHT_BANK
from boundaries_features import GEONAMES
from geometry import UTM, WORK_GRID, area_km2, reproject, to_utm
from shapely.geometry import LineString, Point

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
