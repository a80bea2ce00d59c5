"""The local context layer drawn under every map.

Owns the country outlines, coasts and rivers (the Araz and Kura) read from
``data/boundaries.geojson``, clipped to :data:`CONTEXT_BOX` and simplified for
display, and their look (land, border, river and water colours).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

import folium

from geo.settings import settings

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

__all__ = ["BORDER", "CONTEXT_BOX", "LAND", "RIVER", "WATER"]

#: Context layer look: water background, land fill, borders, the Araz.
WATER = "#cfe3ef"
LAND = "#f6f4ee"
BORDER = "#9a8f80"
RIVER = "#4a90c8"
_CONTEXT_COUNTRIES = ("az", "am", "ir", "tr", "ge", "ru")
_CONTEXT_RIVERS = ("araz", "kura")

#: The context layer is clipped to this box (west, south, east, north), degrees.
CONTEXT_BOX = (34.0, 30.0, 62.0, 46.0)
_ATTRIBUTION = (
    "Boundaries: Natural Earth; rivers: GSHHG; places: "
    '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'
)


@functools.lru_cache(maxsize=4)
def _context_geometry(path: str, mtime: float) -> dict[str, BaseGeometry]:
    """Return the context layers, clipped to :data:`CONTEXT_BOX` and simplified for display.

    ``land`` is the union of the context countries (filled, no outline, so the
    clip edge never shows); ``borders`` the union of their outlines (borders
    and coasts, each drawn once); ``rivers`` the Araz (and Kura when present).
    ``mtime`` only keys the cache.
    """
    import shapely

    from geo.gazetteer import _load_boundaries

    features = _load_boundaries(Path(path))
    frame = shapely.box(*CONTEXT_BOX)
    countries = [features[c][0] for c in _CONTEXT_COUNTRIES if c in features]
    rivers = [features[r][0] for r in _CONTEXT_RIVERS if r in features]

    def tidy(geom: BaseGeometry, tolerance: float) -> BaseGeometry:
        return shapely.set_precision(geom.intersection(frame).simplify(tolerance), 1e-4)

    out = {}
    if countries:
        out["land"] = tidy(shapely.union_all(countries), 0.005)  # a fill: no edge to see
        borders = shapely.union_all([c.boundary for c in countries])
        out["borders"] = shapely.line_merge(tidy(borders, 0.002))
    if rivers:
        out["rivers"] = tidy(shapely.union_all(rivers), 0.001)
    return out


def _context_geojson(name: str, geom: BaseGeometry) -> dict[str, Any]:
    from shapely.geometry import mapping

    feature = {"type": "Feature", "properties": {"id": name}, "geometry": mapping(geom)}
    return {"type": "FeatureCollection", "features": [feature]}


def _add_context(m: folium.Map) -> list[str]:
    """Add the land (in a pane under the tiles) and the borders and rivers (above them).

    Returns the names of the layers drawn (``land``, ``borders``, ``rivers``),
    for :func:`geo.legend._context_entries`.
    """
    path = settings.data_dir / "boundaries.geojson"
    mtime = path.stat().st_mtime if path.exists() else 0.0
    context = _context_geometry(str(path), mtime)
    folium.map.CustomPane("context-land", z_index=150).add_to(m)
    folium.map.CustomPane("context-lines", z_index=390).add_to(m)
    group = folium.FeatureGroup(name="Borders and rivers", control=True, show=True)
    styles = {
        "land": {"stroke": False, "fillColor": LAND, "fillOpacity": 1.0},
        "borders": {"color": BORDER, "weight": 1.0, "opacity": 0.9, "fill": False},
        "rivers": {"color": RIVER, "weight": 2.0, "opacity": 0.9, "fill": False},
    }
    for name, geom in context.items():
        style = styles[name]
        folium.GeoJson(
            _context_geojson(name, geom),
            style_function=lambda _, style=style: style,
            pane="context-land" if name == "land" else "context-lines",
            interactive=False,
            className=f"context-{name}",
            attribution=_ATTRIBUTION if name == "land" else None,
            control=False,
        ).add_to(group)
    group.add_to(m)
    return list(context)
