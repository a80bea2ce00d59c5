"""Folium maps of the places an article names and the links it proposes.

Each function returns a :class:`folium.Map` that :func:`geo.export.save_html`
turns into one offline HTML file:

* :func:`places_map`: every place, one layer per kind.
* :func:`transport_map`: transport links, one layer per mode.
* :func:`energy_map`: energy links, one layer per mode.
* :func:`overview_map`: all links (one layer per category) and the places.

Every map carries the local context layer (:mod:`geo.context`: land, water,
borders, the Araz and Kura) so it reads without tiles, labels placed without
overlaps (:mod:`geo.labels`, in English or ``lang=``), a collapsible legend and
a title with its source line (:mod:`geo.legend`) and a locator inset. Online
tile layers (Esri World Light Gray, OpenStreetMap, Esri World Imagery) are
added as base layers when ``geo.settings.tiles`` is on. Maps are bounded to
:data:`geo.context.CONTEXT_BOX` and zoom out to :data:`geo.context.MIN_ZOOM`.

Features are drawn from one compact JSON block (:mod:`geo.vector`); how each
link and place looks (colour by mode or kind, line pattern by status, CSS
classes ``layer-*``, ``link-*``/``place-*``, popup and tooltip) is
:mod:`geo.features`. The view fits the features into the part of the frame
that the legend and layer control leave free. The frame, layers and finish
every map shares are :mod:`geo._frame`; this module checks the inputs and
builds the maps. All text from the data is escaped before it reaches the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import folium

from geo._errors import DataError
from geo._frame import SOURCE_LINE as SOURCE_LINE
from geo._frame import _add_layers, _finish, _group, _Layer, _new_map, _Refit
from geo.features import (
    LINK_DISPLAY_TOLERANCE,
    MODE_COLORS,
    link_feature,
    mode_colors,
    place_feature,
    slug,
    status,
)
from geo.labels import map_labels
from geo.legend import (
    _BACKDROP_KINDS,
    KIND_STYLES,
    STATUS_DASH,
    _kind_entries,
    _mode_entries,
    _status_entries,
)
from geo.vector import VectorLayers

if TYPE_CHECKING:
    import geopandas

__all__ = [
    "LINK_COLUMNS",
    "LINK_DISPLAY_TOLERANCE",
    "MODE_COLORS",
    "PLACE_COLUMNS",
    "STATUS_DASH",
    "energy_map",
    "mode_colors",
    "overview_map",
    "places_map",
    "slug",
    "transport_map",
]

#: Columns a links GeoDataFrame must have (the ``geo.links()`` contract).
LINK_COLUMNS = ("id", "name", "category", "mode", "status", "geometry")
#: Columns a places GeoDataFrame must have (the ``geo.places()`` contract).
PLACE_COLUMNS = ("id", "name", "kind", "country", "geometry")

_CATEGORY_LABELS = {"transport": "Transport", "energy": "Energy", "diplomacy": "Diplomacy"}


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


# -------------------------------------------------------------------------- inputs


def _places_frame(places: geopandas.GeoDataFrame | None) -> geopandas.GeoDataFrame:
    if places is None:  # the article's places, not those kept for other articles
        from geo.gazetteer import places as load

        places = load()
        places = places[places["scope"] != "context"]
    _check_columns(places, PLACE_COLUMNS, "places")
    places = _to_4326(places)
    return places[places.geometry.notna() & ~places.geometry.is_empty]


def _region_links(links: geopandas.GeoDataFrame | None) -> geopandas.GeoDataFrame | None:
    """Return ``links``, or by default :func:`geo.links` less the links of ``scope: context``.

    The default maps show the region; a link beyond it (Iraq's Development Road) is drawn
    where it is named (story pages, which pass their links), as context places are.
    """
    if links is not None:
        return links
    from geo.links import links as load

    links = load()
    if "scope" in links.columns:
        links = links[links["scope"].astype(str) != "context"]
    return links


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


#: Kinds that decide the view only when nothing smaller does: "the Caucasus" in an article
#: about the Araz would otherwise frame the map from the Sea of Azov to the Gulf.
_WIDE_KINDS = frozenset({"macro-region"})


def _focus(
    places: geopandas.GeoDataFrame, links: geopandas.GeoDataFrame | None = None
) -> geopandas.GeoDataFrame:
    """Places that decide the view: not country- or sea-sized backdrops.

    Macro-regions (the Caucasus, the South Caucasus) decide it only when no
    link and no other place does; the countries and seas it names join one place
    that would otherwise decide it alone (clipped to the map's reach).
    """
    kinds = places["kind"].astype(str)
    focus = places[~kinds.isin(_BACKDROP_KINDS)]
    narrow = places[~kinds.isin(_BACKDROP_KINDS | _WIDE_KINDS)]
    if len(narrow) == 1 and not (links is not None and len(links)):
        # one town alone would fill the frame at street scale: the countries and seas
        # the article names beside it frame it, as far as the map reaches ("the train
        # crosses Kazakhstan, the Caspian and Azerbaijan to Poti")
        backdrops = places[kinds.isin(_BACKDROP_KINDS)]
        if len(backdrops):
            import pandas as pd

            from geo.context import CONTEXT_BOX

            clipped = backdrops.set_geometry(backdrops.geometry.clip_by_rect(*CONTEXT_BOX))
            return pd.concat([narrow, clipped[~clipped.geometry.is_empty]])
    if len(narrow) or (links is not None and len(links)):
        return narrow
    return focus


def _link_sections(links: geopandas.GeoDataFrame) -> list[tuple[str, dict[str, str]]]:
    colors = mode_colors(links["mode"].astype(str))
    shapes: dict[str, set[str]] = {}
    for mode, geom in zip(links["mode"].astype(str), links.geometry, strict=True):
        shapes.setdefault(mode, set()).add("line" if "Line" in geom.geom_type else "point")
    all_shapes = set().union(*shapes.values()) if shapes else set()
    statuses = {status(s) for s in links["status"]}
    return [
        ("Mode (colour)", _mode_entries(colors, shapes)),
        ("Status (line)", _status_entries(statuses, all_shapes)),
    ]


def _link_layer_feature(colors: Mapping[str, str]) -> Any:
    return lambda row, layer: link_feature(row, layer, colors[str(row["mode"])])


def _stations(links: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """Return the gazetteer's stations (kind ``station``) that the links pass."""
    from geo.gazetteer import places as load
    from geo.popups import _present

    column = links["places"] if "places" in links.columns else []
    ids = {pid for places in column if _present(places) for pid in places}
    places = load()
    return places[(places["kind"] == "station") & places["id"].isin(ids)]


def _as_of_title(title: str, as_of: Any) -> str:
    if as_of is None:
        return title
    from geo.eventdata import as_date
    from geo.export import isolate

    return f"{isolate(title)}, as of {as_date(as_of).isoformat()}"


def _links_map(links: geopandas.GeoDataFrame, title: str, lang: str) -> folium.Map:
    stations = _stations(links)
    labels = map_labels(links=links, places=stations if len(stations) else None, lang=lang)
    m = _new_map()
    vectors = VectorLayers()
    colors = mode_colors(links["mode"].astype(str))
    _add_layers(m, vectors, _group(links, "mode", order=MODE_COLORS), _link_layer_feature(colors))
    sections = _link_sections(links)
    if len(stations):  # a marker with its popup for each station of the drawn railways
        rows = [row for _, row in stations.iterrows()]
        _add_layers(m, vectors, [_Layer("Stations", "kind-station", rows)], place_feature)
        sections.append(("Place (kind)", _kind_entries(stations)))
    return _finish(m, vectors, title, sections, [links], labels)


# ----------------------------------------------------------------------------- maps


def places_map(places: geopandas.GeoDataFrame | None = None, *, lang: str = "en") -> folium.Map:
    """Map every place, one layer per kind, styled by kind, with their names.

    Parameters
    ----------
    places : geopandas.GeoDataFrame, optional
        Places with at least the columns ``id, name, kind, country, geometry``
        (optionally ``aliases, source, derivation, prominence``); default :func:`geo.places`.
    lang : str, default "en"
        Language of the labels (see :mod:`geo.labels`).

    Returns
    -------
    folium.Map

    Raises
    ------
    DataError
        If ``places`` lacks a required column or ``lang`` is not a label language.

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
    labels = map_labels(places=places, lang=lang)
    m = _new_map()
    vectors = VectorLayers()
    _add_layers(m, vectors, _group(places, "kind", order=KIND_STYLES), place_feature)
    sections = [("Place (kind)", _kind_entries(places))]
    return _finish(m, vectors, "Places named in the article", sections, [_focus(places)], labels)


def transport_map(
    links: geopandas.GeoDataFrame | None = None, *, as_of: Any = None, lang: str = "en"
) -> folium.Map:
    """Map the transport links, one layer per mode, styled by mode and status.

    Parameters
    ----------
    links : geopandas.GeoDataFrame, optional
        Links with the columns of :func:`geo.links` (default: those of the region, without
        the links of ``scope: context``); rows whose ``category`` is not ``"transport"``
        are left out.
    as_of : datetime.date or str, optional
        Draw the links as they stood on that day (``"2023-10-07"``): later ones are
        left out, statuses and popup histories stop there; the title says the date.
    lang : str, default "en"
        Language of the labels (see :mod:`geo.labels`).

    Returns
    -------
    folium.Map

    Raises
    ------
    DataError
        If ``links`` lacks a required column or ``lang`` is not a label language.
    """
    frame = links_frame(_region_links(links), "transport", as_of=as_of)
    return _links_map(frame, _as_of_title("Transport links", as_of), lang)


def energy_map(
    links: geopandas.GeoDataFrame | None = None, *, as_of: Any = None, lang: str = "en"
) -> folium.Map:
    """Map the energy links (dams, hydropower, power lines), one layer per mode, with capacities.

    Parameters
    ----------
    links : geopandas.GeoDataFrame, optional
        Links with the columns of :func:`geo.links` (default: those of the region, without
        the links of ``scope: context``); rows whose ``category`` is not ``"energy"``
        are left out.
    as_of : datetime.date or str, optional
        Draw the links as they stood on that day, as in :func:`transport_map`.
    lang : str, default "en"
        Language of the labels (see :mod:`geo.labels`).

    Returns
    -------
    folium.Map

    Raises
    ------
    DataError
        If ``links`` lacks a required column or ``lang`` is not a label language.
    """
    frame = links_frame(_region_links(links), "energy", as_of=as_of)
    return _links_map(frame, _as_of_title("Energy links", as_of), lang)


def overview_map(
    links: geopandas.GeoDataFrame | None = None,
    places: geopandas.GeoDataFrame | None = None,
    *,
    as_of: Any = None,
    timeline: bool = False,
    lang: str = "en",
    title: str = "Azerbaijan–Iran links",
) -> folium.Map:
    """Map all links (one layer per category) and the places, in one view.

    Parameters
    ----------
    links : geopandas.GeoDataFrame, optional
        Links with the columns of :func:`geo.links` (default: those of the region, without
        the links of ``scope: context``).
    places : geopandas.GeoDataFrame, optional
        Places with the columns of :func:`geo.places` (default).
    as_of : datetime.date or str, optional
        Draw the links as they stood on that day, as in :func:`transport_map`.
    timeline : bool
        Add the timeline (:mod:`geo.timeline`): a stepper over every event of the
        links' history that redraws their statuses, with the event list beside it.
        Every link is drawn; the timeline starts at ``as_of`` (default: the latest event).
    lang : str, default "en"
        Language of the labels (see :mod:`geo.labels`).
    title : str, default "Azerbaijan–Iran links"
        Title over the map (plain text); with ``as_of`` (and no timeline) the date is added.

    Returns
    -------
    folium.Map

    Raises
    ------
    DataError
        If a frame lacks a required column or ``lang`` is not a label language.
    """
    full = links_frame(_region_links(links))
    links = full if timeline or as_of is None else links_frame(full, as_of=as_of)
    places = _places_frame(places)
    labels = map_labels(links=links, places=places, lang=lang)
    m = _new_map()
    vectors = VectorLayers()
    colors = mode_colors(links["mode"].astype(str))
    if len(places):  # none: a story naming only what has nothing to draw (a corridor)
        place_layer = _Layer("Places", "places", [row for _, row in places.iterrows()])
        _add_layers(m, vectors, [place_layer], place_feature)
    layers = _group(links, "category", labels=_CATEGORY_LABELS, order=_CATEGORY_LABELS)
    _add_layers(m, vectors, layers, _link_layer_feature(colors))
    sections = [*_link_sections(links), ("Place (kind)", _kind_entries(places))]
    shown = title if timeline else _as_of_title(title, as_of)
    _finish(m, vectors, shown, sections, [links, _focus(places, links)], labels)
    if timeline:
        from geo.timeline import Timeline

        Timeline(links, start=as_of).add_to(m)
        _Refit().add_to(m)  # fit again beside the timeline's panel
    return m
