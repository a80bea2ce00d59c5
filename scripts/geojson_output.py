"""Writing a built layer as GeoJSON: one feature a line, deterministic, atomic.

Every generated ``.geojson`` in ``data/`` has the same form, so that a rebuild diffs
line by line: a FeatureCollection with one feature on each line, compact separators,
UTF-8 names unescaped, coordinates rounded to the layer's grid, written to a temporary
file and moved into place. ``build_boundaries.py``, ``build_context.py``,
``build_world.py`` and ``build_regions.py`` all write through here (the writers of
``build_boundaries.py`` and ``build_world.py`` folded into one when
``build_boundaries.py`` was split, having passed 500 lines).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path

import shapely
from shapely.geometry import mapping


def _round(obj: object, digits: int) -> object:
    if isinstance(obj, float):
        value = round(obj, digits)
        return 0.0 if value == 0 else value
    if isinstance(obj, list | tuple):
        return [_round(x, digits) for x in obj]
    return obj


def write_collection(features: list[dict[str, object]], path: Path) -> None:
    """Write GeoJSON features as a FeatureCollection, one feature per line, atomically."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def write(
    records: list[tuple[dict, shapely.Geometry | None]],
    path: Path,
    order: tuple[str, ...],
    grid: float,
    precision: Callable[[shapely.Geometry], shapely.Geometry] | None = None,
) -> None:
    """Write place records as a GeoJSON FeatureCollection, one feature per line, atomically.

    Features are sorted by kind (in ``order``) then id; properties that are None are
    left out; coordinates go on ``grid`` (by ``precision``, else
    ``shapely.set_precision``) and are rounded to its decimals.
    """
    digits = round(-math.log10(grid))
    records = sorted(records, key=lambda r: (order.index(r[0]["kind"]), r[0]["id"]))
    features = []
    for rec, geom in records:
        props = {k: v for k, v in rec.items() if v is not None}
        gj = None
        if geom is not None:
            g = mapping(
                shapely.set_precision(geom, grid) if precision is None else precision(geom)
            )
            gj = {"type": g["type"], "coordinates": _round(g["coordinates"], digits)}
        features.append({"type": "Feature", "properties": props, "geometry": gj})
    write_collection(features, path)
