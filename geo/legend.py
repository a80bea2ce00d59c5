"""The legend of a map: the styles it explains and the control that shows them.

Owns the line pattern and fill of each link status, the colour and marker size
of each place kind, the SVG swatches, the :class:`Legend` Leaflet control (and
the page CSS it carries) and the builders of its entries, which list only the
styles on the map. Entry text is escaped with :func:`geo.export.escape_html`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING

from branca.element import MacroElement
from jinja2 import Template

from geo.context import BORDER, RIVER, WATER
from geo.export import escape_html

if TYPE_CHECKING:
    import geopandas

__all__ = ["KIND_STYLES", "STATUS_DASH", "Legend", "Title"]

#: SVG ``stroke-dasharray`` of each status (``None``: solid).
STATUS_DASH: dict[str, str | None] = {
    "operational": None,
    "under construction": "12 5 2 5",
    "planned": "7 7",
}
#: Fill opacity of point links by status (hollow when only planned).
_STATUS_FILL = {"operational": 0.9, "under construction": 0.45, "planned": 0.0}

#: Colour and marker radius of each place kind.
KIND_STYLES: dict[str, tuple[str, int]] = {
    "country": ("#525252", 0),
    "region": ("#8c6d31", 0),
    "district": ("#bf812d", 5),
    "city": ("#252525", 7),
    "town": ("#525252", 6),
    "village": ("#737373", 5),
    "river": ("#2171b5", 0),
    "sea": ("#2171b5", 0),
    "canal": ("#2171b5", 0),
    "dam": ("#08519c", 7),
    "reservoir": ("#3690c0", 7),
    "hydropower plant": ("#084081", 7),
    "border crossing": ("#1b7837", 6),
    "bridge": ("#4d4d4d", 6),
    "building": ("#5e3c99", 6),
    "station": ("#3f3f3f", 4),
    "island": ("#35978f", 6),
}
#: Order of the statuses in the legend.
_STATUS_ORDER = ("operational", "under construction", "planned")
#: Kinds drawn too large to decide where the map looks.
_BACKDROP_KINDS = frozenset({"country", "sea"})


def _swatch_line(color: str, dash: str | None, width: float = 4) -> str:
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<svg width="36" height="12" aria-hidden="true"><line x1="2" y1="6" x2="34" y2="6" '
        f'stroke="{color}" stroke-width="{width}" stroke-linecap="round"{dash_attr}/></svg>'
    )


def _swatch_dot(color: str, fill: str, fill_opacity: float = 1.0, dash: str | None = None) -> str:
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<svg width="36" height="14" aria-hidden="true"><circle cx="18" cy="7" r="5" '
        f'stroke="{color}" stroke-width="2" fill="{fill}" fill-opacity="{fill_opacity}"'
        f"{dash_attr}/></svg>"
    )


def _swatch_box(color: str, fill: str) -> str:
    return (
        f'<svg width="36" height="14" aria-hidden="true"><rect x="8" y="2" width="20" '
        f'height="10" stroke="{color}" stroke-dasharray="4 3" fill="{fill}" '
        f'fill-opacity="0.3"/></svg>'
    )


class Legend(MacroElement):
    """A legend drawn as a Leaflet control from plain HTML and CSS.

    Parameters
    ----------
    title : str
        Heading (plain text; escaped here).
    sections : list of (str, dict)
        Section heading (plain text) and its entries: key (``"mode:rail"``,
        put in a ``data-legend`` attribute) -> entry HTML, already escaped.
    """

    _template = Template(
        """
{% macro header(this, kwargs) %}
<style>
.corridors-legend { background: rgba(255,255,255,0.92); padding: 4px 8px; font: 11px/1.3
  system-ui, sans-serif; color: #222; border-radius: 5px; box-shadow: 0 1px 4px rgba(0,0,0,.3);
  max-height: calc(100vh - 120px); overflow-y: auto; }
.corridors-legend summary { cursor: pointer; font-weight: 600; font-size: 12px; }
.corridors-legend h4 { display: inline; margin: 0; font-size: 12px; }
.corridors-legend h5 { margin: 6px 0 1px; font-size: 11px; color: #555;
  text-transform: uppercase; letter-spacing: .03em; }
.corridors-legend div { white-space: nowrap; }
.corridors-legend svg { vertical-align: middle; }
.corridors-legend .legend-columns { column-count: 2; column-gap: 8px; }
.leaflet-container { background: {{ this.water }}; }
.leaflet-container .leaflet-control-attribution { font-size: 9px; max-width: 55vw;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.leaflet-container .leaflet-control-attribution:hover { white-space: normal; }
.corridors-popup blockquote { margin: 4px 0; padding-left: 6px; border-left: 3px solid #ccc;
  font-style: italic; }
.corridors-popup ul { margin: 2px 0; padding-left: 16px; }
</style>
{% endmacro %}
{% macro html(this, kwargs) %}
<details id="{{ this.get_name() }}" class="corridors-legend map-legend leaflet-control" open>{{ this.body }}</details>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
  var box = document.getElementById({{ this.get_name()|tojson }});
  var map = {{ this._parent.get_name() }};
  var size = map.getContainer().getBoundingClientRect();
  if (size.width < 700 || size.height < 560) { box.removeAttribute("open"); }  // phones, notebooks
  var legend = L.control({position: "bottomleft"});
  legend.onAdd = function () {
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    return box;
  };
  legend.addTo(map);
  box.addEventListener("toggle", function () { map.fire("resize"); });
})();
{% endmacro %}
"""
    )

    def __init__(self, title: str, sections: list[tuple[str, dict[str, str]]]):
        super().__init__()
        self._name = "Legend"
        self.water = WATER
        parts = ["<summary><h4>Legend</h4></summary>"]
        for heading, entries in sections:
            if not entries:
                continue
            parts.append(f"<h5>{escape_html(heading)}</h5>")
            columns = ' class="legend-columns"' if len(entries) > 6 else ""
            parts.append(f"<section{columns}>")
            parts.extend(
                f'<div data-legend="{escape_html(key)}">{html}</div>'
                for key, html in entries.items()
            )
            parts.append("</section>")
        self.body = "\n".join(parts)
        self.title = title


class Title(MacroElement):
    """The map's title and source line, a control at the top left (also in PNGs).

    Parameters
    ----------
    title, source : str
        Plain text (escaped here).
    """

    _template = Template(
        """
{% macro header(this, kwargs) %}
<style>
.corridors-title { background: rgba(255,255,255,0.9); padding: 4px 9px; border-radius: 5px;
  box-shadow: 0 1px 4px rgba(0,0,0,.25); font: 12px/1.3 system-ui, sans-serif; color: #222;
  max-width: min(420px, calc(100vw - 90px)); }
.corridors-title h1 { margin: 0; font-size: 15px; }
.corridors-title .corridors-source { font-size: 10px; color: #555; }
@media (max-width: 500px) { .corridors-title h1 { font-size: 13px; }
  .corridors-title .corridors-source { font-size: 9px; } }
</style>
{% endmacro %}
{% macro html(this, kwargs) %}
<div id="{{ this.get_name() }}" class="corridors-title leaflet-control"><h1>{{ this.title }}</h1><div class="corridors-source">{{ this.source }}</div></div>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
  var box = document.getElementById({{ this.get_name()|tojson }});
  var title = L.control({position: "topleft"});
  title.onAdd = function () { L.DomEvent.disableClickPropagation(box); return box; };
  title.addTo({{ this._parent.get_name() }});
})();
{% endmacro %}
"""
    )

    def __init__(self, title: str, source: str):
        super().__init__()
        self._name = "Title"
        self.title = escape_html(title)
        self.source = escape_html(source)


def _mode_entries(modes: Mapping[str, str], geoms: Mapping[str, set[str]]) -> dict[str, str]:
    entries = {}
    for mode, color in modes.items():
        lines = geoms.get(mode, set()) & {"line"}
        swatch = _swatch_line(color, None) if lines else _swatch_dot(color, color)
        entries[f"mode:{mode}"] = f"{swatch} {escape_html(mode.capitalize())}"
    return entries


def _status_entries(statuses: Iterable[str], shapes: set[str]) -> dict[str, str]:
    entries = {}
    for status in _STATUS_ORDER:
        if status not in statuses:
            continue
        swatch = ""
        if "line" in shapes:
            swatch += _swatch_line("#444", STATUS_DASH[status], 3)
        if "point" in shapes:
            fill = "#ffffff" if status == "planned" else "#444"
            opacity = 0.85 if status == "planned" else _STATUS_FILL[status]
            swatch += _swatch_dot("#444", fill, opacity, STATUS_DASH[status])
        entries[f"status:{status}"] = f"{swatch} {escape_html(status.capitalize())}"
    return entries


def _kind_entries(places: geopandas.GeoDataFrame) -> dict[str, str]:
    entries = {}
    for kind in sorted({str(k) for k in places["kind"]}, key=_kind_order):
        color, _ = KIND_STYLES.get(kind, ("#525252", 6))
        shapes = {g.geom_type for g in places.geometry[places["kind"].astype(str) == kind]}
        if shapes & {"Polygon", "MultiPolygon"}:
            swatch = _swatch_box(color, color if kind not in _BACKDROP_KINDS else "none")
        elif shapes & {"LineString", "MultiLineString"}:
            swatch = _swatch_line(color, None, 3)
        else:
            swatch = _swatch_dot(color, "#ffffff")
        entries[f"kind:{kind}"] = f"{swatch} {escape_html(kind.capitalize())}"
    return entries


def _kind_order(kind: str) -> tuple[int, str]:
    order = list(KIND_STYLES)
    return (order.index(kind) if kind in order else len(order), kind)


def _context_entries(drawn: Collection[str]) -> dict[str, str]:
    """Legend entries of the context layers drawn (see :func:`geo.context._add_context`)."""
    entries = {}
    if "borders" in drawn:
        entries["context:borders"] = _swatch_line(BORDER, None, 1.5) + " Borders, coasts"
    if "rivers" in drawn:
        entries["context:rivers"] = _swatch_line(RIVER, None, 2.5) + " Araz and Kura rivers"
    entries["context:water"] = (
        f'<svg width="36" height="14" aria-hidden="true"><rect x="8" y="2" width="20" '
        f'height="10" fill="{WATER}"/></svg> Water'
    )
    return entries
