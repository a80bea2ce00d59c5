"""The countries of ``boundaries.geojson``, with their border moved onto the Araz.

Natural Earth's admin-0 outlines (Russia clipped to the North Caucasus) are simplified
together so shared borders stay shared; then, along the Araz border section, every
face enclosed between the river line (``boundaries_rivers.py``) and the simplified
border that lies on the wrong bank goes to the country of the other bank. Its
:func:`country_features` say so in each feature's derivation. Split from
``build_boundaries.py``, which had passed 500 lines; the checks of the result are in
``boundaries_checks.py``.
"""

from __future__ import annotations

import numpy as np
import shapely
import shapely.ops
from boundaries_features import SRC_GSHHG, Feature
from geometry import (
    UTM,
    WORK_GRID,
    area_km2,
    as_multipolygon,
    reproject,
    shared_length,
    snap,
    to_utm,
)
from package_data import read_natural_earth_countries
from shapely.geometry import LineString, Point, Polygon, box
from shapely.ops import polygonize

#: Coverage simplification tolerance for country outlines (degrees).
SIMPLIFY_TOLERANCE = 0.005
#: Half-width of the corridor around the Araz border section (metres).
CORRIDOR_M = 8000.0
#: Russia is kept only inside this box (west, south, east, north): the North Caucasus.
RUSSIA_CLIP = (36.0, 40.0, 52.0, 47.0)

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


def country_features(
    countries: dict[str, shapely.Geometry], section: LineString, notes: list[str], src_ne0: str
) -> list[Feature]:
    """Return the country features; ``notes`` are the faces the correction moved."""
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
    return features
