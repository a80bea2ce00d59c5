"""Folium maps of the places an article names and the links it proposes.

Each function returns a :class:`folium.Map` that :func:`geo.export.save_html`
turns into one offline HTML file:

* :func:`places_map`: every place, one layer per kind.
* :func:`transport_map`: transport links, one layer per mode.
* :func:`energy_map`: energy links, one layer per mode.
* :func:`overview_map`: all links (one layer per category) and the places.

Every map carries a local vector context layer (country outlines, coasts and
the Araz from ``data/boundaries.geojson``) on a light-blue "water" background,
so it reads without tiles; online tile layers (Esri World Light Gray, OpenStreetMap,
Esri World Imagery; CARTO's Positron now needs an API key) are added as base layers when ``geo.settings.tiles`` is on.

Styles: colour tells the mode (links) or kind (places); the line pattern tells
the status of a link (solid operational, dash-dot under construction, dashed
planned; point links are filled, half-filled or hollow). A legend lists only
the styles on the map. Every drawn feature carries CSS classes
``layer-<layer slug>`` and ``link-<id>`` or ``place-<id>`` so tests can count
and find them. All text from the data is escaped with
:func:`geo.export.escape_html` before it reaches a popup, tooltip, layer name
or the legend, and only ``http``/``https`` sources become links.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import folium
from branca.element import MacroElement
from jinja2 import Template

from geo._errors import DataError
from geo.export import escape_html
from geo.settings import settings

if TYPE_CHECKING:
    import geopandas
    from shapely.geometry.base import BaseGeometry

    from geo.gazetteer import Place

__all__ = [
    "LINK_COLUMNS",
    "MODE_COLORS",
    "PLACE_COLUMNS",
    "STATUS_DASH",
    "energy_map",
    "overview_map",
    "places_map",
    "transport_map",
]

#: Columns a links GeoDataFrame must have (the ``geo.links()`` contract).
LINK_COLUMNS = ("id", "name", "category", "mode", "status", "geometry")
#: Columns a places GeoDataFrame must have (the ``geo.places()`` contract).
PLACE_COLUMNS = ("id", "name", "kind", "country", "geometry")

#: Colour of each link mode (colour-blind-safe where it matters: rail vs road).
MODE_COLORS: dict[str, str] = {
    "rail": "#6a3d9a",
    "road": "#e66101",
    "road and rail": "#b2182b",
    "bridge": "#4d4d4d",
    "border crossing": "#1b7837",
    "port": "#01665e",
    "airport": "#8c510a",
    "hydropower": "#08519c",
    "reservoir": "#3690c0",
    "dam": "#08519c",
    "power line": "#d4a20b",
    "gas pipeline": "#c51b7d",
    "pipeline": "#c51b7d",
    "embassy": "#5e3c99",
    "consulate": "#8073ac",
}
#: Colours for modes not in :data:`MODE_COLORS`, handed out in sorted order.
_SPARE_COLORS = ("#1f78b4", "#33a02c", "#fb9a99", "#ff7f00", "#cab2d6", "#b15928", "#a6cee3")

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
    "dam": ("#08519c", 7),
    "reservoir": ("#3690c0", 7),
    "hydropower plant": ("#084081", 7),
    "border crossing": ("#1b7837", 6),
    "bridge": ("#4d4d4d", 6),
    "building": ("#5e3c99", 6),
}

#: Settlements at least this prominent carry a permanent name label.
LABEL_PROMINENCE = 7

#: Context layer look: water background, land fill, borders, the Araz.
WATER = "#cfe3ef"
LAND = "#f6f4ee"
BORDER = "#9a8f80"
RIVER = "#4a90c8"
_CONTEXT_COUNTRIES = ("az", "am", "ir", "tr", "ge", "ru")
_CONTEXT_RIVERS = ("araz", "kura")
#: Links are simplified to this tolerance (degrees, about 20 m) when drawn.
LINK_DISPLAY_TOLERANCE = 0.0002

#: The context layer is clipped to this box (west, south, east, north), degrees.
CONTEXT_BOX = (34.0, 30.0, 62.0, 46.0)
_ATTRIBUTION = (
    "Boundaries: Natural Earth; rivers: GSHHG; places: "
    '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'
)
_CATEGORY_LABELS = {"transport": "Transport", "energy": "Energy", "diplomacy": "Diplomacy"}
_STATUS_ORDER = ("operational", "under construction", "planned")
#: Kinds drawn too large to decide where the map looks.
_BACKDROP_KINDS = frozenset({"country", "sea"})
#: Places named on link maps closer than this (km) share one label.
LABEL_CLUSTER_KM = 12.0
#: Places named on link maps (where a line starts, ends or stops).
_TOWN_KINDS = frozenset({"city", "town", "village", "border crossing"})
_UNITS = {
    "mw": "MW",
    "gw": "GW",
    "gwh": "GWh",
    "kwh": "kWh",
    "km": "km",
    "m": "m",
    "m3": "m³",
    "mcm": "million m³",
    "bcm": "billion m³",
    "ha": "ha",
    "t": "t",
    "mt": "million t",
    "usd": "USD",
    "pct": "%",
}
_SLUG = re.compile(r"[^a-z0-9]+")


# ------------------------------------------------------------------------ helpers


def slug(text: object) -> str:
    """Return a CSS-class-safe slug: features carry ``place-<slug of id>`` / ``link-<slug of id>``.

    >>> slug("Road and rail")
    'road-and-rail'
    >>> slug("<img src=x>")
    'img-src-x'
    """
    return _SLUG.sub("-", str(text).lower()).strip("-") or "x"


def _present(value: Any) -> bool:
    """Return whether a cell holds a value (not None, NaN or empty)."""
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return not (isinstance(value, str | list | tuple | dict) and not value)


def _check_columns(df: Any, required: Iterable[str], what: str) -> None:
    missing = [c for c in required if c not in getattr(df, "columns", ())]
    if missing:
        msg = (
            f"{what} lacks the column(s) {missing}; pass a GeoDataFrame with the "
            f"columns of geo.{what}() (at least {list(required)})."
        )
        raise DataError(msg)


def _to_4326(df: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    if df.crs is not None and df.crs.to_epsg() != 4326:
        return df.to_crs(4326)
    return df


def _latlon(coords: Iterable[tuple[float, ...]]) -> list[tuple[float, float]]:
    return [(round(c[1], 5), round(c[0], 5)) for c in coords]


def _lines(geom: BaseGeometry) -> list[list[tuple[float, float]]]:
    parts = geom.geoms if geom.geom_type.startswith("Multi") else [geom]
    return [_latlon(p.coords) for p in parts]


def _rings(geom: BaseGeometry) -> list[list[tuple[float, float]]]:
    """Return every ring of a (multi)polygon in one list.

    With the even-odd fill rule Leaflet draws the parts and their holes right
    (folium does not accept MultiPolygon nesting).
    """
    parts = geom.geoms if geom.geom_type == "MultiPolygon" else [geom]
    return [_latlon(r.coords) for p in parts for r in (p.exterior, *p.interiors)]


def safe_url(url: object) -> str | None:
    """Return ``url`` if it is an absolute ``http``/``https`` address, else ``None``.

    Parameters
    ----------
    url : object
        Candidate address.

    Returns
    -------
    str or None

    Examples
    --------
    >>> safe_url("https://president.az/en/articles/view/1")
    'https://president.az/en/articles/view/1'
    >>> safe_url("javascript:alert(1)") is None
    True
    """
    if not isinstance(url, str):
        return None
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() in {"http", "https"} and parts.netloc:
        return text
    return None


def _anchor(url: object, title: object = None) -> str:
    """HTML for a source: a safe link, or plain escaped text."""
    label = escape_html(title if _present(title) else url)
    href = safe_url(url)
    if href is None:
        return label
    return f'<a href="{escape_html(href)}" target="_blank" rel="noopener noreferrer">{label}</a>'


_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"';,]+")


def _source_anchor(source: object) -> str:
    """Escape a citation, turning its ``http(s)`` addresses and ``geonames:<id>`` into links.

    >>> _source_anchor("Wikidata Q227 https://www.wikidata.org/wiki/Q227; <b>")
    'Wikidata Q227 <a href="https://www.wikidata.org/wiki/Q227" target="_blank" \
rel="noopener noreferrer">https://www.wikidata.org/wiki/Q227</a>; &lt;b&gt;'
    """
    text = str(source)
    if m := re.fullmatch(r"\s*geonames:(\d+)\s*", text):
        return _anchor(f"https://www.geonames.org/{m.group(1)}", text.strip())
    out, last = [], 0
    for m in _URL_IN_TEXT.finditer(text):
        out.append(escape_html(text[last : m.start()]))
        out.append(_anchor(m.group(0), m.group(0)))
        last = m.end()
    out.append(escape_html(text[last:]))
    return "".join(out)


def _number(value: Any) -> str:
    """Format a figure: integers without decimals, others with at most one.

    >>> _number(200.0), _number(12.34), _number(1500)
    ('200', '12.3', '1,500')
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer():
            return f"{int(value):,}"
        return f"{value:,.1f}"
    return str(value)


# -------------------------------------------------------------------------- styles


def mode_colors(modes: Iterable[str]) -> dict[str, str]:
    """Return the colour of each mode; unknown modes get spare colours in sorted order.

    Parameters
    ----------
    modes : iterable of str
        Modes on a map.

    Returns
    -------
    dict
        Mode -> CSS colour.

    Examples
    --------
    >>> mode_colors(["rail", "cable car"])
    {'cable car': '#1f78b4', 'rail': '#6a3d9a'}
    """
    colors: dict[str, str] = {}
    spare = 0
    for mode in sorted({str(m) for m in modes}):
        if mode in MODE_COLORS:
            colors[mode] = MODE_COLORS[mode]
        else:
            colors[mode] = _SPARE_COLORS[spare % len(_SPARE_COLORS)]
            spare += 1
    return colors


def _status(value: Any) -> str:
    return str(value) if str(value) in STATUS_DASH else "planned"


@dataclass(frozen=True)
class _Layer:
    """One overlay layer: its label (plain text), CSS slug and rows."""

    label: str
    slug: str
    rows: list[Any]


# --------------------------------------------------------------------------- popups


def _row_get(row: Any, key: str) -> Any:
    return row[key] if key in row.index else None


def _figures(figures: Any) -> list[str]:
    """Format the ``figures`` cell: a dict of name -> {value, side, source} or a list of those."""
    if not _present(figures):
        return []
    items: list[tuple[str, Any]] = []
    for block in figures if isinstance(figures, list | tuple) else [figures]:
        if isinstance(block, Mapping):
            items.extend(block.items())
    out = []
    # a figure is one {value, side, source} or a list of them (one per side, or sources that differ)
    flat = [(k, s) for k, v in items for s in (v if isinstance(v, list | tuple) else [v])]
    for key, spec in flat:
        words = str(key).split("_")
        unit = _UNITS.get(words[-1].lower()) if len(words) > 1 else None
        label = " ".join(words[:-1] if unit else words).capitalize()
        spec = spec if isinstance(spec, Mapping) else {"value": spec}
        text = f"{escape_html(label)}: {escape_html(_number(spec.get('value', '')))}"
        if unit:
            text += f" {escape_html(unit)}"
        if _present(spec.get("side")):
            text += f" ({escape_html(spec['side'])})"
        source = spec.get("source")
        if isinstance(source, Mapping):
            text += f" <small>[{_anchor(source.get('url'), source.get('title'))}]</small>"
        elif _present(source):
            text += f" <small>[{_source_anchor(source)}]</small>"
        out.append(text)
    return out


def _length(row: Any) -> list[str]:
    out = []
    km = _row_get(row, "length_km")
    if _present(km):
        text = f"Length: {escape_html(_number(round(float(km), 1)))} km"
        by_country = _row_get(row, "length_by_country_km")
        if isinstance(by_country, Mapping) and by_country:
            parts = [
                f"{escape_html(k)} {escape_html(_number(round(float(v), 1)))} km"
                for k, v in sorted(by_country.items())
            ]
            text += f" ({', '.join(parts)})"
        out.append(text)
    published = _row_get(row, "published_length_km")
    if _present(published):
        out.append(f"Published length: {escape_html(_number(published))} km")
    return out


def _link_popup(row: Any) -> str:
    """Popup HTML of one link; every data value escaped."""
    status = escape_html(row["status"])
    if _present(_row_get(row, "status_date")):
        status += f" ({escape_html(row['status_date'])})"
    if _present(_row_get(row, "status_source")):
        status += f" <small>[{_anchor(row['status_source'], row['status_source'])}]</small>"
    lines = [
        f'<div class="corridors-popup"><b class="popup-name">{escape_html(row["name"])}</b>',
        f"<div>{escape_html(row['category'])} · {escape_html(row['mode'])}</div>",
        f"<div>Status: {status}</div>",
        *(
            f'<div class="popup-figure">{t}</div>'
            for t in [*_length(row), *_figures(_row_get(row, "figures"))]
        ),
    ]
    sentence = _row_get(row, "article_sentence")
    if _present(sentence):
        lines.append(f"<blockquote>{escape_html(sentence)}</blockquote>")
    sources = _row_get(row, "sources")
    if _present(sources):
        items = [
            _anchor(s.get("url"), s.get("title")) if isinstance(s, Mapping) else _anchor(s)
            for s in sources
        ]
        lines.append("<div>Sources:<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul></div>")
    return "\n".join(lines) + "</div>"


def _place_popup(row: Any) -> str:
    """Popup HTML of one place; every data value escaped."""
    lines = [
        f'<div class="corridors-popup"><b class="popup-name">{escape_html(row["name"])}</b>',
        f"<div>{escape_html(row['kind'])} · {escape_html(row['country'])}</div>",
    ]
    aliases = _row_get(row, "aliases")
    if _present(aliases):
        shown = ", ".join(escape_html(a) for a in list(aliases)[:6])
        lines.append(f"<div><small>Also: {shown}</small></div>")
    if _present(_row_get(row, "source")):
        lines.append(f"<div><small>Source: {_source_anchor(row['source'])}</small></div>")
    if _present(_row_get(row, "derivation")):
        lines.append(f"<div><small>{escape_html(row['derivation'])}</small></div>")
    return "\n".join(lines) + "</div>"


# ---------------------------------------------------------------------------- drawing


def _draw(
    geom: BaseGeometry,
    *,
    style: dict[str, Any],
    radius: int,
    popup: str,
    tooltip: str | folium.Tooltip,
) -> folium.map.Layer:
    """Return the folium vector layer for one geometry (line, polygon or circle marker)."""
    kind = geom.geom_type
    if not isinstance(tooltip, folium.Tooltip):
        tooltip = folium.Tooltip(tooltip)
    common = {"popup": folium.Popup(popup, max_width=340), "tooltip": tooltip}
    if kind in ("LineString", "MultiLineString"):
        parts = _lines(geom)
        locations = parts[0] if len(parts) == 1 else parts
        return folium.PolyLine(locations, **common, **style)
    if kind in ("Polygon", "MultiPolygon"):
        rings = _rings(geom)
        return folium.Polygon(rings[0] if len(rings) == 1 else rings, **common, **style)
    point = geom if kind == "Point" else geom.representative_point()
    return folium.CircleMarker(
        (round(point.y, 5), round(point.x, 5)), radius=radius, **common, **style
    )


def _link_feature(row: Any, layer: str, color: str) -> folium.map.Layer:
    status = _status(row["status"])
    dash = STATUS_DASH[status]
    geom = row.geometry
    classes = (
        f"layer-{layer} link-{slug(row['id'])} mode-{slug(row['mode'])} status-{slug(status)}"
    )
    is_line = geom.geom_type in ("LineString", "MultiLineString")
    style: dict[str, Any] = {
        "color": color,
        "weight": 4 if is_line else 2.5,
        "opacity": 0.95,
        "dash_array": dash,
        "class_name": classes,
    }
    if not is_line:
        style.update(fill=True, fill_color=color, fill_opacity=_STATUS_FILL[status])
        if status == "planned":
            style.update(fill_color="#ffffff", fill_opacity=0.85)
    if is_line:
        # links carry a vertex per km for geodesic lengths; ~20 m is plenty on screen
        geom = geom.simplify(LINK_DISPLAY_TOLERANCE)
    tooltip = f"{escape_html(row['name'])} · {escape_html(row['mode'])}, {escape_html(status)}"
    return _draw(geom, style=style, radius=8, popup=_link_popup(row), tooltip=tooltip)


def _place_feature(row: Any, layer: str) -> folium.map.Layer:
    color, radius = KIND_STYLES.get(str(row["kind"]), ("#525252", 6))
    geom = _display_geometry(row.geometry, str(row["kind"]))
    classes = f"layer-{layer} place-{slug(row['id'])} kind-{slug(row['kind'])}"
    style: dict[str, Any] = {"color": color, "weight": 1.5, "class_name": classes}
    if str(row["kind"]) in _BACKDROP_KINDS and "Line" in geom.geom_type:
        style.update(weight=2.5, opacity=0.7, dash_array="2 5")
    elif geom.geom_type in ("Polygon", "MultiPolygon"):
        style.update(fill=True, fill_color=color, fill_opacity=0.08, dash_array="4 3")
    elif geom.geom_type in ("LineString", "MultiLineString"):
        style.update(weight=3, opacity=0.8)
    else:
        style.update(fill=True, fill_color="#ffffff", fill_opacity=1.0, weight=2.5)
    tooltip: str | folium.Tooltip = f"{escape_html(row['name'])} · {escape_html(row['kind'])}"
    prominence = _row_get(row, "prominence")
    labelled = geom.geom_type == "Point" and str(row["kind"]) in ("city", "town", "village")
    if labelled and _present(prominence) and prominence >= LABEL_PROMINENCE:
        tooltip = folium.Tooltip(
            escape_html(row["name"]),
            sticky=False,
            permanent=True,
            direction="right",
            offset=[6, 0],
            className="corridors-label",
        )
    return _draw(geom, style=style, radius=radius, popup=_place_popup(row), tooltip=tooltip)


def _display_geometry(geom: BaseGeometry, kind: str) -> BaseGeometry:
    """Lighten a place's geometry for display.

    Countries and seas become their outline within :data:`CONTEXT_BOX` (a
    highlight over the context layer, not a fill over everything); other
    polygons and lines are simplified to about 100 m.
    """
    import shapely

    if geom.geom_type == "Point":
        return geom
    if kind in _BACKDROP_KINDS and "Polygon" in geom.geom_type:
        outline = geom.boundary.intersection(shapely.box(*CONTEXT_BOX)).simplify(0.003)
        outline = shapely.set_precision(outline, 1e-4)
        return outline if not outline.is_empty else geom.representative_point()
    return shapely.set_precision(geom.simplify(0.001), 1e-4)


def _draw_order(row: Any) -> int:
    """Polygons first (bottom), then lines, then points (top, easiest to click)."""
    kind = row.geometry.geom_type
    return 0 if "Polygon" in kind else 1 if "Line" in kind else 2


# -------------------------------------------------------------------------- context


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


def _add_context(m: folium.Map) -> dict[str, str]:
    """Add the land (in a pane under the tiles) and the borders and rivers (above them).

    Returns the legend entries of what was drawn.
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
    entries = {}
    if "borders" in context:
        entries["context:borders"] = _swatch_line(BORDER, None, 1.5) + " Borders, coasts"
    if "rivers" in context:
        entries["context:rivers"] = _swatch_line(RIVER, None, 2.5) + " Araz and Kura rivers"
    entries["context:water"] = (
        f'<svg width="36" height="14" aria-hidden="true"><rect x="8" y="2" width="20" '
        f'height="10" fill="{WATER}"/></svg> Water'
    )
    return entries


# --------------------------------------------------------------------------- legend


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
.corridors-legend { background: rgba(255,255,255,0.92); padding: 6px 9px; font: 12px/1.35
  system-ui, sans-serif; color: #222; border-radius: 5px; box-shadow: 0 1px 4px rgba(0,0,0,.3);
  max-height: calc(100vh - 90px); overflow-y: auto; }
.corridors-legend h4 { margin: 0 0 3px; font-size: 13px; }
.corridors-legend h5 { margin: 6px 0 1px; font-size: 11px; color: #555;
  text-transform: uppercase; letter-spacing: .03em; }
.corridors-legend div { white-space: nowrap; }
.corridors-legend svg { vertical-align: middle; }
.corridors-legend .legend-columns { column-count: 2; column-gap: 8px; }
.corridors-label { background: none; border: none; box-shadow: none; padding: 0 2px;
  font: 600 12px system-ui, sans-serif; color: #222;
  text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff; }
.corridors-label::before { display: none; }
.leaflet-container { background: {{ this.water }}; }
.corridors-popup blockquote { margin: 4px 0; padding-left: 6px; border-left: 3px solid #ccc;
  font-style: italic; }
.corridors-popup ul { margin: 2px 0; padding-left: 16px; }
</style>
{% endmacro %}
{% macro html(this, kwargs) %}
<div id="{{ this.get_name() }}" class="corridors-legend map-legend leaflet-control">{{ this.body }}</div>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
  var box = document.getElementById({{ this.get_name()|tojson }});
  var legend = L.control({position: "bottomleft"});
  legend.onAdd = function () {
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    return box;
  };
  legend.addTo({{ this._parent.get_name() }});
})();
{% endmacro %}
"""
    )

    def __init__(self, title: str, sections: list[tuple[str, dict[str, str]]]):
        super().__init__()
        self._name = "Legend"
        self.water = WATER
        parts = [f"<h4>{escape_html(title)}</h4>"]
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


# ----------------------------------------------------------------------- map frame


def _new_map() -> folium.Map:
    """Return an empty map: no default tiles, scale bar, light-blue water background."""
    m = folium.Map(location=(39.5, 46.5), zoom_start=6, tiles=None, control_scale=True)
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
    if not bounds:
        _FitBounds([[36.0, 43.0], [42.0, 51.0]]).add_to(m)
        return
    west = min(b[0] for b in bounds)
    south = min(b[1] for b in bounds)
    east = max(b[2] for b in bounds)
    north = max(b[3] for b in bounds)
    pad = 0.1 * max(east - west, north - south, 0.2)
    box = [(south - pad, west - pad), (north + pad, east + pad)]
    _FitBounds([[round(lat, 4), round(lon, 4)] for lat, lon in box]).add_to(m)


class _FitBounds(MacroElement):
    """``map.fitBounds`` without animation, so the first frame drawn is the final view.

    (folium's ``fit_bounds`` animates the zoom from ``zoom_start``: for a quarter
    second every feature is drawn scaled and offset, and clicks miss.)
    """

    _template = Template(
        """{% macro script(this, kwargs) %}
{{ this._parent.get_name() }}.fitBounds({{ this.bounds|tojson }}, {{ this.options|tojson }});
{% endmacro %}"""
    )

    def __init__(self, bounds: list[list[float]], max_zoom: int = 11):
        super().__init__()
        self._name = "FitBounds"
        self.bounds = bounds
        self.options = {"maxZoom": max_zoom, "animate": False}


def _finish(
    m: folium.Map,
    title: str,
    sections: list[tuple[str, dict[str, str]]],
    frames: Iterable[geopandas.GeoDataFrame],
) -> folium.Map:
    context = _add_context(m)
    Legend(title, [*sections, ("Context", context)]).add_to(m)
    folium.LayerControl(collapsed=False, position="topright").add_to(m)
    _fit(m, frames)
    return m


def _add_layers(m: folium.Map, layers: list[_Layer], feature: Any) -> None:
    for layer in layers:
        group = folium.FeatureGroup(name=escape_html(layer.label), show=True)
        for row in sorted(layer.rows, key=_draw_order):
            feature(row, layer.slug).add_to(group)
        group.add_to(m)


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


# -------------------------------------------------------------------------- inputs


def _places_frame(places: geopandas.GeoDataFrame | None) -> geopandas.GeoDataFrame:
    if places is None:
        from geo.gazetteer import places as load

        places = load()
    _check_columns(places, PLACE_COLUMNS, "places")
    places = _to_4326(places)
    return places[places.geometry.notna() & ~places.geometry.is_empty]


def links_frame(
    links: geopandas.GeoDataFrame | None, category: str | None = None
) -> geopandas.GeoDataFrame:
    """Return the links a map draws: checked, in EPSG:4326, with geometry, of one category.

    ``links`` defaults to :func:`geo.links`; a frame lacking a column of
    :data:`LINK_COLUMNS` raises :class:`~geo._errors.DataError`.
    """
    if links is None:
        from geo.links import links as load

        links = load()
    _check_columns(links, LINK_COLUMNS, "links")
    links = _to_4326(links)
    links = links[links.geometry.notna() & ~links.geometry.is_empty]
    if category is not None:
        links = links[links["category"].astype(str) == category]
    return links


def _focus(places: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """Places that decide the view: not country- or sea-sized backdrops."""
    return places[~places["kind"].astype(str).isin(_BACKDROP_KINDS)]


def _link_sections(links: geopandas.GeoDataFrame) -> list[tuple[str, dict[str, str]]]:
    colors = mode_colors(links["mode"].astype(str))
    shapes: dict[str, set[str]] = {}
    for mode, geom in zip(links["mode"].astype(str), links.geometry, strict=True):
        shapes.setdefault(mode, set()).add("line" if "Line" in geom.geom_type else "point")
    all_shapes = set().union(*shapes.values()) if shapes else set()
    statuses = {_status(s) for s in links["status"]}
    return [
        ("Mode (colour)", _mode_entries(colors, shapes)),
        ("Status (line)", _status_entries(statuses, all_shapes)),
    ]


def _label_clusters(places: Iterable[Place], km: float) -> list[list[Place]]:
    """Group places less than ``km`` from a group's first place (one label per group)."""
    from geo.gazetteer import haversine_km

    clusters: list[list[Place]] = []
    for place in places:
        for cluster in clusters:
            if haversine_km(place.lat, place.lon, cluster[0].lat, cluster[0].lon) < km:
                cluster.append(place)
                break
        else:
            clusters.append([place])
    return clusters


def _add_town_labels(m: folium.Map, links: geopandas.GeoDataFrame) -> None:
    """Name the towns the links start and end at, and the sites of point links.

    ``places`` lists a link's endpoints first. Places closer than
    :data:`LABEL_CLUSTER_KM` share one label, a name per line. Not a layer of
    its own in the control: the labels belong with the lines.
    """
    from geo.gazetteer import gazetteer

    gaz = gazetteer()
    ids: dict[str, bool] = {}  # place id -> whether any kind is named (a point link's site)
    for places, geom in zip(links.get("places", []), links.geometry, strict=False):
        if _present(places):
            point = geom.geom_type == "Point"
            for pid in places[:1] if point else places[:2]:
                ids[pid] = ids.get(pid, False) or point
    named = [
        gaz.by_id[pid]
        for pid, any_kind in ids.items()
        if pid in gaz.by_id and (any_kind or gaz.by_id[pid].kind in _TOWN_KINDS)
    ]
    group = folium.FeatureGroup(name="Towns", control=False)
    for cluster in _label_clusters(named, LABEL_CLUSTER_KM):
        first = cluster[0]
        names = list(dict.fromkeys(escape_html(p.name) for p in cluster))
        label = folium.Tooltip(
            "<br>".join(names),
            permanent=True,
            direction="right",
            offset=[4, 0],
            className="corridors-label",
        )
        folium.CircleMarker(
            (first.lat, first.lon),
            radius=2.5,
            color="#333333",
            weight=1,
            fill=True,
            fill_color="#ffffff",
            fill_opacity=1,
            interactive=False,
            class_name=" ".join(["town-label", *(f"place-{slug(p.id)}" for p in cluster)]),
            tooltip=label,
        ).add_to(group)
    group.add_to(m)


def _links_map(links: geopandas.GeoDataFrame, title: str) -> folium.Map:
    m = _new_map()
    colors = mode_colors(links["mode"].astype(str))
    layers = _group(links, "mode", order=MODE_COLORS)
    _add_layers(m, layers, lambda row, slug: _link_feature(row, slug, colors[str(row["mode"])]))
    _add_town_labels(m, links)
    return _finish(m, title, _link_sections(links), [links])


# ----------------------------------------------------------------------------- maps


def places_map(places: geopandas.GeoDataFrame | None = None) -> folium.Map:
    """Map every place, one layer per kind, styled by kind.

    Parameters
    ----------
    places : geopandas.GeoDataFrame, optional
        Places with at least the columns ``id, name, kind, country, geometry``
        (optionally ``aliases, source, derivation``); default :func:`geo.places`.

    Returns
    -------
    folium.Map

    Raises
    ------
    DataError
        If ``places`` lacks a required column.

    Examples
    --------
    >>> import geopandas, shapely
    >>> df = geopandas.GeoDataFrame(
    ...     {"id": ["ordubad"], "name": ["Ordubad"], "kind": ["town"], "country": ["AZ"]},
    ...     geometry=[shapely.Point(46.02, 38.91)], crs="EPSG:4326")
    >>> m = places_map(df)
    >>> "Ordubad" in m.get_root().render()
    True
    """
    places = _places_frame(places)
    m = _new_map()
    layers = _group(places, "kind", order=KIND_STYLES)
    _add_layers(m, layers, _place_feature)
    return _finish(
        m,
        "Places named in the article",
        [("Place (kind)", _kind_entries(places))],
        [_focus(places)],
    )


def transport_map(links: geopandas.GeoDataFrame | None = None) -> folium.Map:
    """Map the transport links, one layer per mode, styled by mode and status.

    Parameters
    ----------
    links : geopandas.GeoDataFrame, optional
        Links with the columns of :func:`geo.links` (default); rows whose
        ``category`` is not ``"transport"`` are left out.

    Returns
    -------
    folium.Map

    Raises
    ------
    DataError
        If ``links`` lacks a required column.
    """
    return _links_map(links_frame(links, "transport"), "Transport links")


def energy_map(links: geopandas.GeoDataFrame | None = None) -> folium.Map:
    """Map the energy links (dams, hydropower, power lines), one layer per mode.

    Parameters
    ----------
    links : geopandas.GeoDataFrame, optional
        Links with the columns of :func:`geo.links` (default); rows whose
        ``category`` is not ``"energy"`` are left out.

    Returns
    -------
    folium.Map

    Raises
    ------
    DataError
        If ``links`` lacks a required column.
    """
    return _links_map(links_frame(links, "energy"), "Energy links")


def overview_map(
    links: geopandas.GeoDataFrame | None = None,
    places: geopandas.GeoDataFrame | None = None,
) -> folium.Map:
    """Map all links (one layer per category) and the places, in one view.

    Parameters
    ----------
    links : geopandas.GeoDataFrame, optional
        Links with the columns of :func:`geo.links` (default).
    places : geopandas.GeoDataFrame, optional
        Places with the columns of :func:`geo.places` (default).

    Returns
    -------
    folium.Map

    Raises
    ------
    DataError
        If a frame lacks a required column.
    """
    links = links_frame(links)
    places = _places_frame(places)
    m = _new_map()
    colors = mode_colors(links["mode"].astype(str))
    place_layer = _Layer("Places", "places", [row for _, row in places.iterrows()])
    _add_layers(m, [place_layer], _place_feature)
    layers = _group(links, "category", labels=_CATEGORY_LABELS, order=_CATEGORY_LABELS)
    _add_layers(m, layers, lambda row, slug: _link_feature(row, slug, colors[str(row["mode"])]))
    sections = [*_link_sections(links), ("Place (kind)", _kind_entries(places))]
    return _finish(m, "Azerbaijan–Iran links", sections, [links, _focus(places)])
