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

This module assembles the maps (layers, features, fit, town labels); the
legend and the status and kind styles live in :mod:`geo.legend`, popup HTML in
:mod:`geo.popups` and the context layer (with :data:`CONTEXT_BOX`) in
:mod:`geo.context`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import folium
from branca.element import MacroElement
from jinja2 import Template

from geo._errors import DataError
from geo.context import CONTEXT_BOX, _add_context
from geo.display import InlineMap
from geo.export import escape_html
from geo.legend import (
    _BACKDROP_KINDS,
    _STATUS_FILL,
    KIND_STYLES,
    STATUS_DASH,
    Legend,
    _context_entries,
    _kind_entries,
    _mode_entries,
    _status_entries,
)
from geo.popups import _link_popup, _place_popup, _present, _row_get
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

#: Settlements at least this prominent carry a permanent name label.
LABEL_PROMINENCE = 7

#: Links are simplified to this tolerance (degrees, about 20 m) when drawn.
LINK_DISPLAY_TOLERANCE = 0.0002

_CATEGORY_LABELS = {"transport": "Transport", "energy": "Energy", "diplomacy": "Diplomacy"}
#: Places named on link maps closer than this (km) share one label.
LABEL_CLUSTER_KM = 12.0
#: Places named on link maps (where a line starts, ends or stops).
_TOWN_KINDS = frozenset({"city", "town", "village", "border crossing", "station"})
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
    tooltip = (
        f"{escape_html(row['name'])} · {escape_html(row['mode'])}, {escape_html(row['status'])}"
    )
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


# ----------------------------------------------------------------------- map frame


def _new_map() -> folium.Map:
    """Return an empty map: no default tiles, scale bar, light-blue water background."""
    m = InlineMap(location=(39.5, 46.5), zoom_start=6, tiles=None, control_scale=True)
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
    drawn = _add_context(m)
    Legend(title, [*sections, ("Context", _context_entries(drawn))]).add_to(m)
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
    links: geopandas.GeoDataFrame | None,
    category: str | None = None,
    *,
    as_of: Any = None,
) -> geopandas.GeoDataFrame:
    """Return the links a map draws: checked, in EPSG:4326, with geometry, of one category.

    ``links`` defaults to :func:`geo.links`; a frame lacking a column of
    :data:`LINK_COLUMNS` raises :class:`~geo._errors.DataError`. With ``as_of``
    (a date), the links as they stood that day (:func:`geo.links.links_as_of`).
    """
    from geo.links import links as load
    from geo.links import links_as_of

    if links is None:
        links = load()
    if as_of is not None:
        links = links_as_of(links, as_of)
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


def _stations(links: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """Return the gazetteer's stations (kind ``station``) that the links pass."""
    from geo.gazetteer import places as load

    column = links["places"] if "places" in links.columns else []
    ids = {pid for places in column if _present(places) for pid in places}
    places = load()
    return places[(places["kind"] == "station") & places["id"].isin(ids)]


def _as_of_title(title: str, as_of: Any) -> str:
    if as_of is None:
        return title
    from geo.eventdata import as_date

    return f"{title}, as of {as_date(as_of).isoformat()}"


def _links_map(links: geopandas.GeoDataFrame, title: str) -> folium.Map:
    m = _new_map()
    colors = mode_colors(links["mode"].astype(str))
    layers = _group(links, "mode", order=MODE_COLORS)
    _add_layers(m, layers, lambda row, slug: _link_feature(row, slug, colors[str(row["mode"])]))
    sections = _link_sections(links)
    stations = _stations(links)
    if len(stations):  # a marker with its popup for each station of the drawn railways
        rows = [row for _, row in stations.iterrows()]
        _add_layers(m, [_Layer("Stations", "kind-station", rows)], _place_feature)
        sections.append(("Place (kind)", _kind_entries(stations)))
    _add_town_labels(m, links)
    return _finish(m, title, sections, [links])


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


def transport_map(links: geopandas.GeoDataFrame | None = None, *, as_of: Any = None) -> folium.Map:
    """Map the transport links, one layer per mode, styled by mode and status.

    Parameters
    ----------
    links : geopandas.GeoDataFrame, optional
        Links with the columns of :func:`geo.links` (default); rows whose
        ``category`` is not ``"transport"`` are left out.
    as_of : datetime.date or str, optional
        Draw the links as they stood on that day (``"2023-10-07"``): later ones are
        left out, statuses and popup histories stop there; the title says the date.

    Returns
    -------
    folium.Map

    Raises
    ------
    DataError
        If ``links`` lacks a required column.
    """
    frame = links_frame(links, "transport", as_of=as_of)
    return _links_map(frame, _as_of_title("Transport links", as_of))


def energy_map(links: geopandas.GeoDataFrame | None = None, *, as_of: Any = None) -> folium.Map:
    """Map the energy links (dams, hydropower, power lines), one layer per mode.

    Parameters
    ----------
    links : geopandas.GeoDataFrame, optional
        Links with the columns of :func:`geo.links` (default); rows whose
        ``category`` is not ``"energy"`` are left out.
    as_of : datetime.date or str, optional
        Draw the links as they stood on that day, as in :func:`transport_map`.

    Returns
    -------
    folium.Map

    Raises
    ------
    DataError
        If ``links`` lacks a required column.
    """
    frame = links_frame(links, "energy", as_of=as_of)
    return _links_map(frame, _as_of_title("Energy links", as_of))


def overview_map(
    links: geopandas.GeoDataFrame | None = None,
    places: geopandas.GeoDataFrame | None = None,
    *,
    as_of: Any = None,
    timeline: bool = False,
) -> folium.Map:
    """Map all links (one layer per category) and the places, in one view.

    Parameters
    ----------
    links : geopandas.GeoDataFrame, optional
        Links with the columns of :func:`geo.links` (default).
    places : geopandas.GeoDataFrame, optional
        Places with the columns of :func:`geo.places` (default).
    as_of : datetime.date or str, optional
        Draw the links as they stood on that day, as in :func:`transport_map`.
    timeline : bool
        Add the timeline (:mod:`geo.timeline`): a stepper over every event of the
        links' history that redraws their statuses, with the event list beside it.
        Every link is drawn; the timeline starts at ``as_of`` (default: the latest event).

    Returns
    -------
    folium.Map

    Raises
    ------
    DataError
        If a frame lacks a required column.
    """
    full = links_frame(links)
    links = full if timeline or as_of is None else links_frame(full, as_of=as_of)
    places = _places_frame(places)
    m = _new_map()
    colors = mode_colors(links["mode"].astype(str))
    place_layer = _Layer("Places", "places", [row for _, row in places.iterrows()])
    _add_layers(m, [place_layer], _place_feature)
    layers = _group(links, "category", labels=_CATEGORY_LABELS, order=_CATEGORY_LABELS)
    _add_layers(m, layers, lambda row, slug: _link_feature(row, slug, colors[str(row["mode"])]))
    sections = [*_link_sections(links), ("Place (kind)", _kind_entries(places))]
    title = "Azerbaijan–Iran links" if timeline else _as_of_title("Azerbaijan–Iran links", as_of)
    _finish(m, title, sections, [links, _focus(places)])
    if timeline:
        from geo.timeline import Timeline

        Timeline(links, start=as_of).add_to(m)
    return m
