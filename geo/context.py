"""The local context layer drawn under every map, and the locator inset.

Owns land and water, borders and rivers, and their look:

* **land**: every Natural Earth country the map can show, less the seas and
  lakes (Caspian, Black Sea, Urmia, Van, Sevan, Mingachevir...), from
  ``data/context.geojson`` (built by ``scripts/build_context.py``), drawn in
  a pane under the tiles on a water-coloured background. Maps are bounded to
  :data:`CONTEXT_BOX` and cannot zoom out past :data:`MIN_ZOOM`, so land is
  land at every view they offer;
* **borders**: the six countries of ``data/boundaries.geojson`` (with the
  Araz-corrected borders) and Natural Earth's land boundaries elsewhere;
* **rivers**: the Araz and the Kura.

:class:`Locator` is the small inset map (an inline SVG of the same land)
that shows where the frame sits.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import folium
from branca.element import MacroElement

from geo.settings import settings

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from geo.vector import VectorLayers

__all__ = ["BORDER", "CONTEXT_BOX", "LAND", "MIN_ZOOM", "RIVER", "WATER", "Locator"]

#: Context layer look: water background, land fill, borders, the Araz.
WATER = "#cfe3ef"
LAND = "#f6f4ee"
BORDER = "#9a8f80"
RIVER = "#4a90c8"
_CONTEXT_COUNTRIES = ("az", "am", "ir", "tr", "ge", "ru")
_CONTEXT_RIVERS = ("araz", "kura")

#: What maps can show (west, south, east, north), degrees: ``scripts/build_context.py``'s box.
CONTEXT_BOX = (24.0, 22.0, 72.0, 52.0)
#: Maps cannot zoom out further than this (the box then about fills a laptop screen).
MIN_ZOOM = 5
_ATTRIBUTION = (
    "Land, water, borders: Natural Earth; rivers: GSHHG; places: "
    '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'
)
_STYLES: dict[str, dict[str, Any]] = {
    "land": {"stroke": False, "fill": True, "fillColor": LAND, "fillOpacity": 1.0},
    "borders": {"color": BORDER, "weight": 1.0, "opacity": 0.9, "fill": False},
    "rivers": {"color": RIVER, "weight": 2.0, "opacity": 0.9, "fill": False},
}
#: Locator inset: its box (west, south, east, north) and size in pixels.
_LOCATOR_BOX = (26.0, 24.0, 66.0, 50.0)
_LOCATOR_SIZE = (132, 96)


def _read(path: Path) -> dict[str, BaseGeometry]:
    from shapely.geometry import shape

    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        f["properties"]["id"]: shape(f["geometry"])
        for f in data["features"]
        if f["properties"].get("kind") in ("land", "borders")
    }


@functools.lru_cache(maxsize=4)
def _context_geometry(path: str, mtime: float) -> dict[str, BaseGeometry]:
    """Return the context layers: ``land``, ``borders``, ``rivers`` (``mtime`` keys the cache).

    ``land`` comes from ``context.geojson`` beside ``path``; ``borders`` are the
    outlines of the six countries of ``path`` (borders and coasts, each drawn
    once) and the Natural Earth land boundaries of ``context.geojson``;
    ``rivers`` the Araz and Kura.
    """
    import shapely

    from geo.gazetteer import _load_boundaries

    features = _load_boundaries(Path(path))
    world = _read(Path(path).with_name("context.geojson"))
    frame = shapely.box(*CONTEXT_BOX)
    countries = [features[c][0] for c in _CONTEXT_COUNTRIES if c in features]
    rivers = [features[r][0] for r in _CONTEXT_RIVERS if r in features]

    def tidy(geom: BaseGeometry, tolerance: float) -> BaseGeometry:
        return shapely.set_precision(geom.intersection(frame).simplify(tolerance), 1e-4)

    out: dict[str, BaseGeometry] = {}
    if "land" in world:
        out["land"] = world["land"]
    elif countries:
        out["land"] = tidy(shapely.union_all(countries), 0.005)
    lines = [tidy(shapely.union_all([c.boundary for c in countries]), 0.002)] if countries else []
    if "borders" in world:
        lines.append(world["borders"])
    if lines:
        out["borders"] = shapely.line_merge(shapely.union_all(lines))
    if rivers:
        out["rivers"] = tidy(shapely.union_all(rivers), 0.001)
    return out


def context_geometry() -> dict[str, BaseGeometry]:
    """Return the context layers of the current data folder (see :func:`_context_geometry`)."""
    path = settings.data_dir / "boundaries.geojson"
    mtime = path.stat().st_mtime if path.exists() else 0.0
    world = path.with_name("context.geojson")
    mtime += world.stat().st_mtime if world.exists() else 0.0
    return _context_geometry(str(path), mtime)


def _add_context(m: folium.Map, vectors: VectorLayers) -> list[str]:
    """Add the land (in a pane under the tiles) and the borders and rivers (above them).

    Returns the names of the layers drawn (``land``, ``borders``, ``rivers``),
    for :func:`geo.legend._context_entries`.
    """
    context = context_geometry()
    folium.map.CustomPane("context-land", z_index=150).add_to(m)
    folium.map.CustomPane("context-lines", z_index=390).add_to(m)
    group = folium.FeatureGroup(name="Borders and rivers", control=True, show=True)
    group.add_to(m)
    for name, geom in context.items():
        vectors.add(
            group,
            geom,
            style={**_STYLES[name], "interactive": False},
            class_name=f"context-{name}",
            pane="context-land" if name == "land" else "context-lines",
        )
    _Attribution().add_to(m)
    return list(context)


class _Attribution(MacroElement):
    """The context layer's sources in the attribution control."""

    def render(self, **kwargs: Any) -> None:
        from geo.export import _Raw

        call = (
            f"{self._parent.get_name()}.attributionControl.addAttribution("
            f"{json.dumps(_ATTRIBUTION)});"
        )
        self.get_root().script.add_child(_Raw(call), name=self.get_name())


# ---------------------------------------------------------------------------- locator


@functools.lru_cache(maxsize=4)
def _locator_svg(key: float) -> str:
    """Inline SVG path of the land in :data:`_LOCATOR_BOX` (about 3 km detail is plenty)."""
    import shapely

    land = context_geometry().get("land")
    if land is None:
        return ""
    west, south, east, north = _LOCATOR_BOX
    width, height = _LOCATOR_SIZE
    land = land.intersection(shapely.box(*_LOCATOR_BOX)).simplify(0.25)
    parts = []
    for poly in getattr(land, "geoms", [land]):
        if poly.geom_type != "Polygon" or poly.area < 0.3:
            continue
        for ring in (poly.exterior, *poly.interiors):
            pts = [
                f"{(x - west) / (east - west) * width:.0f} {(north - y) / (north - south) * height:.0f}"
                for x, y in ring.coords
            ]
            parts.append("M" + "L".join(pts) + "Z")
    return "".join(parts)


class Locator(MacroElement):
    """A small inset (bottom right) of the wider region with a box where the map looks."""

    def render(self, **kwargs: Any) -> None:
        """Add the inset's CSS, its SVG and the script that moves its box."""
        from geo.export import _Raw

        width, height = _LOCATOR_SIZE
        path = _locator_svg(0.0)
        svg = (
            f'<svg class="corridors-locator-svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" aria-label="Where the map is in the region">'
            f'<rect width="{width}" height="{height}" fill="{WATER}"/>'
            f'<path d="{path}" fill="{LAND}" stroke="{BORDER}" stroke-width="0.5" '
            'fill-rule="evenodd"/><rect class="corridors-locator-frame" fill="none" '
            'stroke="#c0392b" stroke-width="2"/></svg>'
        )
        figure = self.get_root()
        figure.header.add_child(
            _Raw(
                "<style>.corridors-locator { border: 1px solid #999; line-height: 0;"
                " box-shadow: 0 1px 3px rgba(0,0,0,.3); }"
                " @media (max-width: 600px), (max-height: 500px)"
                " { .corridors-locator { display: none; } }</style>"
            ),
            name="corridors_locator_css",
        )
        west, south, east, north = _LOCATOR_BOX
        script = f"""(function () {{
  var map = {self._parent.get_name()};
  var box = L.DomUtil.create("div", "corridors-locator leaflet-control");
  box.innerHTML = {json.dumps(svg)};
  var frame = box.querySelector(".corridors-locator-frame");
  var inset = L.control({{position: "bottomright"}});
  inset.onAdd = function () {{ return box; }};
  inset.addTo(map);
  function update() {{
    var b = map.getBounds();
    var x = function (lon) {{ return Math.max(-2, Math.min({width + 2},
      (lon - {west}) / {east - west} * {width})); }};
    var y = function (lat) {{ return Math.max(-2, Math.min({height + 2},
      ({north} - lat) / {north - south} * {height})); }};
    var x0 = x(b.getWest()), x1 = x(b.getEast()), y0 = y(b.getNorth()), y1 = y(b.getSouth());
    var w = Math.max(x1 - x0, 4), h = Math.max(y1 - y0, 4);
    frame.setAttribute("x", (x0 + x1 - w) / 2); frame.setAttribute("y", (y0 + y1 - h) / 2);
    frame.setAttribute("width", w); frame.setAttribute("height", h);
  }}
  map.on("moveend zoomend resize", update);
  map.whenReady(update);
}})();"""
        figure.script.add_child(_Raw(script), name=self.get_name())
