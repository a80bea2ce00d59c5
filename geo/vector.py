r"""Compact vector layers: every feature of a map in one JSON block, drawn by one script.

folium writes each feature as its own JavaScript statement (options, popup
element, tooltip), which made the overview 566 KB. Here a map's features are
data: geometry as encoded polylines (Google's algorithm, :data:`PRECISION`
decimals), a shared table of styles and a shared table of text pieces from
which popups are joined when first opened (their links' ``target`` and ``rel``, the
same on every link, are set by the script: :data:`geo.popups.NEW_TAB`). ``static/vector.js`` (inlined
once) turns the block into ordinary Leaflet layers (``L.polyline``,
``L.polygon``, ``L.circleMarker``) inside the map's ``FeatureGroup``s, so the
layer control, ``className`` selectors and the story page work as before.

Text must already be escaped HTML (:func:`geo.export.escape_html`); the block
is JSON in a ``<script type="application/json">`` with ``</`` written ``<\/``.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from typing import TYPE_CHECKING, Any

from branca.element import MacroElement

from geo.popups import NEW_TAB

if TYPE_CHECKING:
    import folium
    from shapely.geometry.base import BaseGeometry

__all__ = ["PRECISION", "VectorLayers", "encode"]

#: Decimals kept in encoded coordinates (4: about 10 m).
PRECISION = 4


def encode(coords: Any, precision: int = PRECISION) -> str:
    """Encode (lon, lat) pairs as a Google encoded polyline of (lat, lon).

    >>> encode([(-120.2, 38.5), (-120.95, 40.7), (-126.453, 43.252)], 5)
    '_p~iF~ps|U_ulLnnqC_mqNvxq`@'
    """
    factor = 10**precision
    out: list[str] = []
    last_lat = last_lon = 0
    for c in coords:
        lat, lon = round(c[1] * factor), round(c[0] * factor)
        for delta in (lat - last_lat, lon - last_lon):
            value = ~(delta << 1) if delta < 0 else delta << 1
            while value >= 0x20:
                out.append(chr((0x20 | (value & 0x1F)) + 63))
                value >>= 5
            out.append(chr(value + 63))
        last_lat, last_lon = lat, lon
    return "".join(out)


def _parts(geom: BaseGeometry) -> list[str]:
    """Encode the lines (of lines) or rings (of polygons, even-odd filled) of a geometry."""
    if geom.geom_type in ("LineString", "MultiLineString"):
        lines = geom.geoms if geom.geom_type.startswith("Multi") else [geom]
        return [encode(line.coords) for line in lines if len(line.coords) > 1]
    polys = geom.geoms if geom.geom_type == "MultiPolygon" else [geom]
    return [encode(r.coords) for p in polys for r in (p.exterior, *p.interiors)]


@functools.cache
def _runtime() -> str:
    code = importlib.resources.files("geo").joinpath("static", "vector.js").read_text("utf-8")
    return f"<script>\n{code}</script>"


class VectorLayers(MacroElement):
    """All vector features of a map, written as one JSON block and drawn by ``vector.js``.

    Add features with :meth:`add`, then add the element to the map after the
    feature groups it fills.
    """

    def __init__(self) -> None:
        super().__init__()
        self._name = "VectorLayers"
        self.features: list[list[Any]] = []
        self.styles: list[str] = []
        self.texts: list[str] = []
        self.groups: list[Any] = []
        self._lookup: dict[tuple[int, str], int] = {}

    def _index(self, table: list[str], value: str) -> int:
        key = (id(table), value)
        if key not in self._lookup:
            self._lookup[key] = len(table)
            table.append(value)
        return self._lookup[key]

    def add(
        self,
        group: folium.FeatureGroup,
        geom: BaseGeometry,
        *,
        style: dict[str, Any],
        class_name: str = "",
        popup: list[str] | None = None,
        tooltip: str | None = None,
        radius: float = 6,
        pane: str | None = None,
    ) -> None:
        """Add one feature to ``group``.

        ``style`` holds Leaflet path options (``color``, ``weight``,
        ``dashArray``, ``fillColor``...); ``popup`` the pieces of its HTML
        (joined with newlines when opened: repeated pieces are stored once);
        ``tooltip`` HTML shown on hover. Points become circle markers of
        ``radius`` pixels.
        """
        if not any(g is group for g in self.groups):
            self.groups.append(group)
        kind = geom.geom_type
        options = dict(style)
        if pane:
            options["pane"] = pane
        if "Line" in kind or "Polygon" in kind:
            shape: Any = _parts(geom)
            letter = "l" if "Line" in kind else "p"
        else:
            point = geom if kind == "Point" else geom.representative_point()
            options["radius"] = radius
            shape = [round(point.y, 5), round(point.x, 5)]
            letter = "c"
        style_id = self._index(self.styles, json.dumps(options, sort_keys=True))
        # (a link's new-tab attributes are set by the script when the popup opens)
        pieces = [t.replace(NEW_TAB, "") for t in popup] if popup else []
        text = [self._index(self.texts, t) for t in pieces] if popup else 0
        tip = self._index(self.texts, tooltip) if tooltip else -1
        number = next(i for i, g in enumerate(self.groups) if g is group)
        self.features.append([number, letter, shape, style_id, class_name, text, tip])

    def data(self) -> str:
        """Return the JSON block (``</`` escaped for a script element)."""
        block = {
            "styles": [json.loads(s) for s in self.styles],
            "texts": self.texts,
            "features": self.features,
        }
        text = json.dumps(block, ensure_ascii=False, separators=(",", ":"))
        return text.replace("</", "<\\/").replace("<!--", "<\\u0021--")

    def render(self, **kwargs: Any) -> None:
        """Add the runtime (once per page), the JSON block and the call that draws it."""
        from geo.export import _Raw

        figure = self.get_root()
        figure.header.add_child(_Raw(_runtime()), name="corridors_vector_js")
        name = self.get_name()
        block = f'<script type="application/json" id="{name}">{self.data()}</script>'
        figure.html.add_child(_Raw(block), name=name)
        groups = ", ".join(g.get_name() for g in self.groups)
        call = f"corridorsVector({self._parent.get_name()}, [{groups}], {json.dumps(name)});"
        figure.script.add_child(_Raw(call), name=name)
