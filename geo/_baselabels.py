"""The labels every map carries: countries, seas and lakes, the article's regions, the rivers.

Countries, seas and lakes come from ``data/context.geojson`` (names in every
label language, Natural Earth's ``MIN_LABEL`` as the minimum zoom); the regions
(Nakhchivan AR, East Zangezur, Karabakh) and the Araz and Kura from the
gazetteer. Areas get extra anchors across the region (:func:`_anchors`) and
rivers anchors along their line, turned to its direction (:func:`_along`), so a
name can move out of the way of others and stays in view wherever the map looks.
"""

from __future__ import annotations

import functools
import json
import math
from typing import TYPE_CHECKING, Any

from geo._labellang import label_name
from geo._labelpage import Label
from geo.export import escape_html

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

#: Priority of each label class (higher is placed first and wins).
_PRIORITY = {"country": 1000, "sea": 950, "region": 900, "river": 850, "lake": 300}
#: Minimum zoom of the article's regions, rivers, lakes.
_MIN_ZOOM = {"region": 6, "river": 6, "lake": 8}
_REGION_IDS = ("nakhchivan-ar", "east-zangezur", "karabakh")
_SHORT_REGION = {
    "nakhchivan-ar": "Nakhchivan AR",
    "east-zangezur": "East Zangezur",
    "karabakh": "Karabakh",
}
_RIVER_IDS = ("araz", "kura")
#: Countries whose outlines are in ``data/boundaries.geojson``: their names get extra
#: anchors across the region, so a name stays in view wherever the map looks.
_OUTLINED = ("az", "am", "ir", "tr", "ge", "ru")
#: Boxes (west, south, east, north) of those extra anchors, a degree apart and, where
#: the maps look closest, half a degree apart.
_ANCHOR_BOX = (36.0, 30.0, 56.0, 46.0)
_FINE_ANCHOR_BOX = (44.0, 37.0, 50.0, 42.0)


@functools.lru_cache(maxsize=4)
def _context_labels(path: str, mtime: float) -> tuple[dict[str, Any], ...]:
    """Country and water label points of ``data/context.geojson``."""
    from pathlib import Path

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for f in data["features"]:
        if f["properties"]["kind"] not in ("country", "water"):
            continue
        geometry = f["geometry"]
        points = geometry["coordinates"]
        points = points if geometry["type"] == "MultiPoint" else [points]
        out.append(f["properties"] | {"points": [(lat, lon) for lon, lat in points]})
    return tuple(out)


def _context_rows() -> tuple[dict[str, Any], ...]:
    from geo.settings import settings

    path = settings.data_dir / "context.geojson"
    if not path.exists():
        return ()
    return _context_labels(str(path), path.stat().st_mtime)


def _base_labels(lang: str) -> list[Label]:
    """Every country, the seas and lakes, the article's regions and the two rivers."""
    from geo.gazetteer import gazetteer

    out = []
    for row in _context_rows():
        names = row.get("names") or {}
        text = names.get(lang) or row["name"]
        (lat, lon), *others = row["points"]
        along = tuple((a, b, 0.0) for a, b in row["points"]) if others else ()
        if row["kind"] == "country":
            kind, priority = "country", _PRIORITY["country"] - int(10 * row["min_zoom"])
            zoom = max(0, math.floor(row["min_zoom"]) - 1)
            if row["id"] in _OUTLINED:  # nearest Natural Earth's label point first
                anchors = sorted(
                    {*_anchors(row["id"], 1.0), *_anchors(row["id"], 0.5)},
                    key=lambda a: (a[0] - lat) ** 2 + (a[1] - lon) ** 2,
                )
                along = ((lat, lon, 0.0), *anchors)
        else:
            kind = "sea" if row["min_zoom"] <= 5 else "lake"
            priority, zoom = _PRIORITY[kind], int(row["min_zoom"])
        out.append(
            Label(
                escape_html(text),
                lat,
                lon,
                priority,
                zoom,
                kind,
                "center",
                along,
                key=f"{kind}-{row['id']}",
            )
        )
    gaz = gazetteer()
    for pid in _REGION_IDS:
        place = gaz.by_id.get(pid)
        if place is None or place.geometry is None:
            continue
        point = _label_point(place.geometry)
        name = label_name(_SHORT_REGION[pid], place.aliases, lang)
        anchors = sorted(
            _anchors(pid, 0.25),
            key=lambda a: (a[0] - point[0]) ** 2 + (a[1] - point[1]) ** 2,
        )
        out.append(
            Label(
                escape_html(name),
                point[0],
                point[1],
                _PRIORITY["region"],
                _MIN_ZOOM["region"],
                "region",
                "center",
                ((*point, 0.0), *anchors),
                key=f"place-{pid}",
            )
        )
    for pid in _RIVER_IDS:
        place = gaz.by_id.get(pid)
        if place is None or place.geometry is None:
            continue
        name = label_name(place.name.replace(" River", ""), place.aliases, lang)
        along = _along(place.geometry)
        out.append(
            Label(
                escape_html(name),
                along[0][0],
                along[0][1],
                _PRIORITY["river"] - (10 if pid == "kura" else 0),
                _MIN_ZOOM["river"],
                "river",
                "along",
                along,
                key=f"place-{pid}",
            )
        )
    return out


@functools.lru_cache(maxsize=16)
def _anchors(place_id: str, cell: float) -> tuple[tuple[float, float, float], ...]:
    """Label points of an area in each grid cell (``cell`` degrees) that it fills well.

    A name can then move out of the way of other labels, and stays in view
    wherever the map looks.
    """
    import shapely

    from geo.gazetteer import gazetteer

    place = gazetteer().by_id.get(place_id)
    if place is None or place.geometry is None:
        return ()
    boxes = {1.0: _ANCHOR_BOX, 0.5: _FINE_ANCHOR_BOX}
    west, south, east, north = boxes.get(cell) or place.geometry.bounds
    out = []
    lat = south
    while lat < north:
        lon = west
        while lon < east:
            part = place.geometry.intersection(shapely.box(lon, lat, lon + cell, lat + cell))
            if part.area >= 0.4 * cell**2:
                point = _label_point(part)
                out.append((point[0], point[1], 0.0))
            lon += cell
        lat += cell
    return tuple(out)


def _label_point(geom: BaseGeometry) -> tuple[float, float]:
    import shapely.ops

    parts = getattr(geom, "geoms", [geom])
    part = max(parts, key=lambda g: g.area)
    p = shapely.ops.polylabel(part, tolerance=0.01)
    return (round(p.y, 4), round(p.x, 4))


def _along(geom: BaseGeometry, count: int = 7) -> tuple[tuple[float, float, float], ...]:
    """Candidate anchors along a line (lat, lon, angle): readable, never upside down."""
    from shapely.ops import linemerge

    line = linemerge(geom) if geom.geom_type == "MultiLineString" else geom
    if line.geom_type == "MultiLineString":
        line = max(line.geoms, key=lambda g: g.length)
    out = []
    for i in range(count):
        at = line.length * (i + 1) / (count + 1)
        a, b = line.interpolate(at - 0.05), line.interpolate(at + 0.05)
        mid = line.interpolate(at)
        dx = (b.x - a.x) * math.cos(math.radians(mid.y))
        angle = -math.degrees(math.atan2(b.y - a.y, dx))
        if angle > 90:
            angle -= 180
        elif angle < -90:
            angle += 180
        out.append((round(mid.y, 4), round(mid.x, 4), round(angle, 1)))
    return tuple(out)
