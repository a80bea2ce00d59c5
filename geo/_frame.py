"""What every map of :mod:`geo.maps` shares: its frame, its layers and its finish.

:func:`_new_map` is the empty map, bounded to :data:`geo.context.CONTEXT_BOX`
(zooming out to :data:`geo.context.MIN_ZOOM`) with the online base layers when
``geo.settings.tiles`` is on; :func:`_add_layers` and :func:`_group` add the
features, one overlay layer per group; :func:`_finish` adds the context, the
layer control, title, legend, locator and labels, and :func:`_fit` the view,
fitted (:class:`_FitBounds`, in the browser) into the part of the frame that
the controls leave free.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import folium
from branca.element import MacroElement

from geo.context import CONTEXT_BOX, MIN_ZOOM, Locator, _add_context
from geo.display import InlineMap
from geo.export import escape_html
from geo.features import draw_order, slug
from geo.labels import Labels
from geo.legend import Legend, Title, _context_entries
from geo.settings import settings
from geo.vector import VectorLayers

if TYPE_CHECKING:
    import geopandas

#: The source line under every map's title.
SOURCE_LINE = (
    "Sources: links and places curated in data/ (each with its citation); "
    "Natural Earth; GeoNames (CC BY 4.0); GSHHG"
)


@dataclass(frozen=True)
class _Layer:
    """One overlay layer: its label (plain text), CSS slug and rows."""

    label: str
    slug: str
    rows: list[Any]


# ----------------------------------------------------------------------- map frame


def _new_map() -> folium.Map:
    """Return an empty map: bounded to the context box, no default tiles, scale bar (shown inline in notebooks)."""
    west, south, east, north = CONTEXT_BOX
    m = InlineMap(
        location=(39.5, 46.5),
        zoom_start=7,
        tiles=None,
        control_scale=True,
        min_zoom=MIN_ZOOM,
        max_bounds=True,
        min_lat=south,
        max_lat=north,
        min_lon=west,
        max_lon=east,
        zoom_control="topright",
    )
    m.options.update(minZoom=MIN_ZOOM, maxBoundsViscosity=1.0, zoomSnap=0.5)
    if settings.tiles:
        import xyzservices.providers as xyz

        for i, (provider, name) in enumerate(
            (
                (xyz.Esri.WorldGrayCanvas, "Light (Esri World Light Gray)"),
                (xyz.OpenStreetMap.Mapnik, "OpenStreetMap"),
                (xyz.Esri.WorldImagery, "Satellite (Esri World Imagery)"),
            )
        ):
            # only the first base layer is on: Leaflet shows one base layer at a time
            folium.TileLayer(provider, name=name, overlay=False, control=True, show=i == 0).add_to(
                m
            )
    return m


def _fit(m: folium.Map, frames: Iterable[geopandas.GeoDataFrame]) -> None:
    """Fit the view to the content (without country-sized backdrops), else to the region."""
    bounds = [f.total_bounds for f in frames if len(f) and not f.geometry.is_empty.all()]
    # (the view keeps to the frame the map may pan in: content beyond it is clipped, and
    # content wholly beyond it, an article on Albania, leaves the view on the region rather
    # than on a sliver of the frame's edge zoomed to street scale)
    frame_west, frame_south, frame_east, frame_north = CONTEXT_BOX
    if bounds:
        west = max(min(b[0] for b in bounds), frame_west)
        south = max(min(b[1] for b in bounds), frame_south)
        east = min(max(b[2] for b in bounds), frame_east)
        north = min(max(b[3] for b in bounds), frame_north)
    if not bounds or west > east or south > north:
        _FitBounds([[36.0, 43.0], [42.0, 51.0]]).add_to(m)
        return
    pad = 0.02 * max(east - west, north - south, 0.2)
    box = [(south - pad, west - pad), (north + pad, east + pad)]
    _FitBounds([[round(lat, 4), round(lon, 4)] for lat, lon in box]).add_to(m)


class _FitBounds(MacroElement):
    """``map.fitBounds`` into the part of the frame the controls leave free, without animation.

    Each corner control (legend bottom left, title top left, layer and zoom
    controls top right, locator bottom right) takes either a band along its
    side or along its top/bottom edge, whichever leaves the larger free area;
    the content is fitted into what is left, with room for marker radii. Run
    again on resize. (No animation, so the first frame drawn is the final view.)
    """

    def __init__(self, bounds: list[list[float]], max_zoom: int = 11):
        super().__init__()
        self._name = "FitBounds"
        self.bounds = bounds
        self.max_zoom = max_zoom

    def render(self, **kwargs: Any) -> None:
        """Add the fitting script (after the controls it measures)."""
        import json

        from geo.export import _Raw

        script = f"""(function () {{
  var map = {self._parent.get_name()}, bounds = {json.dumps(self.bounds)};
  function fit() {{  // (a page that resizes the map calls invalidateSize first, as story.js does)
    var box = map.getContainer().getBoundingClientRect(), W = box.width, H = box.height;
    if (!W || !H) {{ return; }}
    var legend = map.getContainer().querySelector(".corridors-legend");
    function choose(swap) {{
      var pad = {{l: 14, t: 14, r: 14, b: 14}}, corners = {{}};
      map.getContainer().querySelectorAll(".leaflet-control").forEach(function (c) {{
        var r = c.getBoundingClientRect();
        if (swap && c === legend) {{ r = swap; }}
        if (!r.width || !r.height) {{ return; }}
        var h = (r.left + r.right) / 2 < box.left + W / 2 ? "l" : "r";
        var v = (r.top + r.bottom) / 2 < box.top + H / 2 ? "t" : "b";
        var k = v + h, c0 = corners[k] || {{w: 0, h: 0}};
        c0.w = Math.max(c0.w, h === "l" ? r.right - box.left : box.right - r.left);
        c0.h = Math.max(c0.h, v === "t" ? r.bottom - box.top : box.bottom - r.top);
        corners[k] = c0;
      }});
      // each corner control takes a band beside it or above/below it: of all the choices,
      // the one that lets the content show largest (then the one that frees most area)
      var keys = Object.keys(corners), best = null;
      for (var mask = 0; mask < (1 << keys.length); mask++) {{
        var p = {{l: pad.l, t: pad.t, r: pad.r, b: pad.b}};
        keys.forEach(function (k, i) {{
          var c = corners[k];
          if (mask & (1 << i)) {{ p[k[1]] = Math.max(p[k[1]], c.w + 12); }}
          else {{ p[k[0]] = Math.max(p[k[0]], c.h + 12); }}
        }});
        if (p.l + p.r > W - 60 || p.t + p.b > H - 60) {{ continue; }}
        var z = map.getBoundsZoom(bounds, false, L.point(p.l + p.r, p.t + p.b));
        var area = (W - p.l - p.r) * (H - p.t - p.b);
        if (!best || z > best.z || (z === best.z && area > best.area)) {{
          best = {{z: z, area: area, p: p}};
        }}
      }}
      return best || {{z: -1, p: pad}};
    }}
    var best = choose(null);
    if (legend && legend.open) {{
      // an open legend that costs the content half a zoom level or more starts folded
      var summary = legend.querySelector("summary").getBoundingClientRect();
      var r = legend.getBoundingClientRect();
      var folded = {{left: r.left, right: r.left + summary.width + 20, bottom: r.bottom,
                    top: r.bottom - summary.height - 10, width: summary.width + 20,
                    height: summary.height + 10}};
      var other = choose(folded);
      if (other.z >= best.z + 0.5) {{ legend.removeAttribute("open"); best = choose(null); }}
    }}
    var pad = best.p;
    map.fitBounds(bounds, {{paddingTopLeft: [pad.l, pad.t], paddingBottomRight: [pad.r, pad.b],
                            maxZoom: {self.max_zoom}, animate: false}});
  }}
  fit();
  map._corridorsFit = fit;
}})();"""
        self.get_root().script.add_child(_Raw(script), name=self.get_name())


class _Refit(MacroElement):
    """Fit the view again (see :class:`_FitBounds`), after a control added later."""

    def render(self, **kwargs: Any) -> None:
        """Add the call."""
        from geo.export import _Raw

        call = f"if ({self._parent.get_name()}._corridorsFit) {{ {self._parent.get_name()}._corridorsFit(); }}"
        self.get_root().script.add_child(_Raw(call), name=self.get_name())


def _finish(
    m: folium.Map,
    vectors: VectorLayers,
    title: str,
    sections: list[tuple[str, dict[str, str]]],
    frames: Iterable[geopandas.GeoDataFrame],
    labels: list[Any],
) -> folium.Map:
    drawn = _add_context(m, vectors)
    folium.LayerControl(collapsed=True, position="topright").add_to(m)
    Title(title, SOURCE_LINE).add_to(m)
    Legend(title, [*sections, ("Context", _context_entries(drawn))]).add_to(m)
    Locator().add_to(m)
    _fit(m, frames)  # the final view first, so the features are drawn once, there
    vectors.add_to(m)
    Labels(labels).add_to(m)
    m.get_root().title = escape_html(title)
    return m


def _add_layers(m: folium.Map, vectors: VectorLayers, layers: list[_Layer], feature: Any) -> None:
    for layer in layers:
        group = folium.FeatureGroup(name=escape_html(layer.label), show=True)
        group.add_to(m)
        for row in sorted(layer.rows, key=draw_order):
            vectors.add(group, **feature(row, layer.slug))


def _group(
    df: geopandas.GeoDataFrame,
    column: str,
    labels: Mapping[str, str] | None = None,
    order: Iterable[str] = (),
) -> list[_Layer]:
    """Split rows into layers by ``column``, in ``order`` then alphabetical order."""
    keys = [str(k) for k in df[column]]
    ranked = [k for k in order if k in keys] + sorted(set(keys) - set(order))
    rows = [row for _, row in df.iterrows()]
    return [
        _Layer(
            label=(labels or {}).get(key, key.capitalize()),
            slug=slug(f"{column}-{key}"),
            rows=[r for r, k in zip(rows, keys, strict=True) if k == key],
        )
        for key in ranked
    ]
