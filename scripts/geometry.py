"""Geometry helpers the build scripts share: snapping to a grid, projecting, measuring.

Every layer in ``data/`` is built in WGS84 degrees; overlays run on :data:`WORK_GRID`
and the written coordinates sit on :data:`GRID`. Distances are measured in UTM 38N and
areas in a Lambert azimuthal equal-area projection centred on the Araz. Shared by
``build_boundaries.py``, ``build_world.py`` and the ``regions_*`` and ``world_*``
modules (split from ``build_boundaries.py``, which had passed 500 lines).
"""

from __future__ import annotations

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import MultiPoint, MultiPolygon, Polygon

#: Output grid (degrees): every coordinate is snapped to it (5 decimals, ~1 m).
GRID = 1e-5
#: Working grid for overlays (degrees, ~0.1 m).
WORK_GRID = 1e-7
#: Projection for distances (UTM 38N) and for areas (Lambert azimuthal equal-area).
UTM = "EPSG:32638"
LAEA = "+proj=laea +lat_0=40 +lon_0=46.5 +datum=WGS84 +units=m"


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


def voronoi_split(face: shapely.Geometry, owners: list, generators: list, grid: float) -> dict:
    """Split ``face`` by the Voronoi cells of ``generators`` (points), each cell to its owner.

    ``owners[i]`` owns the cell of ``generators[i]`` (several points may share an owner: a
    province's county seats, a governorate's towns); returns owner -> the union of its cells
    clipped to ``face`` on ``grid``, for the owners of at least one point.
    """
    cells = shapely.voronoi_polygons(MultiPoint(generators), extend_to=face.envelope.buffer(1))
    parts: dict = {}
    for cell in cells.geoms:
        i = next(i for i, g in enumerate(generators) if cell.contains(g))
        parts.setdefault(owners[i], []).append(cell.intersection(face, grid_size=grid))
    return {owner: shapely.union_all(cs, grid_size=grid) for owner, cs in parts.items()}


def shared_length(a: shapely.Geometry, b: shapely.Geometry) -> float:
    """Return the length (degrees) of the common boundary of two polygons."""
    if not a.intersects(b):
        return 0.0
    return a.boundary.intersection(b.boundary, grid_size=WORK_GRID).length


def fill_holes(geom: shapely.Geometry) -> shapely.Geometry:
    """Return a polygonal geometry with its interior rings removed."""
    return shapely.union_all([Polygon(p.exterior) for p in polygons(geom)])
