"""The links the article proposes, as a table and as GeoJSON.

:func:`links` reads and validates ``data/links.yaml`` (see ``data/README.md``),
builds each link's true-to-ground geometry and returns one GeoDataFrame row per
link, with geodesic lengths, lengths by country, published figures, sources and
how the geometry was derived; :func:`to_geojson` turns that frame into an
RFC 7946 FeatureCollection (``corridors links --json``).

The work is split by concern:

* :mod:`geo.linkdata`: reading and validating ``data/links.yaml`` and
  ``data/corridors.yaml`` (the allowed values, :class:`Stop`, :class:`Along`,
  :class:`Link`, :func:`load_links`, :func:`load_corridors`);
* :mod:`geo.routes`: the geometry that follows the ground (geodesic legs, the
  bank of the Araz, bridges) and geodesic lengths (:func:`geodesic_line`,
  :func:`length_km`, :func:`length_by_country_km`);
* this module: the public frame (:data:`COLUMNS`, :func:`links`) and its
  GeoJSON (:func:`to_geojson`).

The public names of :mod:`geo.linkdata` and :mod:`geo.routes` are re-exported
here, so ``geo.links.load_links``, ``geo.links.geodesic_line`` and the like
keep working.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shapely

from geo._errors import DataError
from geo.eventdata import Event, as_date
from geo.linkdata import AGREE as AGREE
from geo.linkdata import APPROX_AGREE as APPROX_AGREE
from geo.linkdata import (
    CATEGORIES,
    GEOMETRY_METHODS,
    MODES,
    STATUSES,
    Along,
    Link,
    Stop,
    load_links,
)
from geo.linkdata import DEFAULT_OFFSET_M as DEFAULT_OFFSET_M
from geo.linkdata import HEDGES as HEDGES
from geo.linkdata import OPTIONAL as OPTIONAL
from geo.linkdata import REGION as REGION
from geo.linkdata import REQUIRED as REQUIRED
from geo.linkdata import RIPARIAN as RIPARIAN
from geo.linkdata import SCOPES as SCOPES
from geo.linkdata import THROUGH_STOPS as THROUGH_STOPS
from geo.linkdata import agreement as agreement
from geo.linkdata import load_corridors as load_corridors
from geo.routes import BLEND_STEP_M as BLEND_STEP_M
from geo.routes import BRIDGE_HALF_M as BRIDGE_HALF_M
from geo.routes import GEOD as GEOD
from geo.routes import MAX_OFFSET_M as MAX_OFFSET_M
from geo.routes import MIN_OFFSET_M as MIN_OFFSET_M
from geo.routes import RIVER_SIMPLIFY_M as RIVER_SIMPLIFY_M
from geo.routes import SNAP_KM as SNAP_KM
from geo.routes import SNAP_OFFSET_M as SNAP_OFFSET_M
from geo.routes import STEP_KM as STEP_KM
from geo.routes import (
    _Builder,
    _countries,
    _world_countries,
    geodesic_line,
    length_by_country_km,
    length_km,
    section_length_km,
)
from geo.settings import settings

if TYPE_CHECKING:
    import geopandas
    import pandas
    from shapely.geometry.base import BaseGeometry

COLUMNS = (
    "id", "name", "category", "corridor", "mode", "status", "status_date", "status_source", "history",
    "length_km", "length_by_country_km", "published_length_km", "compared_length_km", "figures",
    "sources", "article_sentence", "places", "derivation", "geometry_method",
    "scope",
)  # fmt: skip


def _source_str(src: dict[str, Any]) -> str:
    return f"{src['title']} ({src['url']})"


def _with_drawn(
    fig: Any, geom: BaseGeometry, stops: dict[str, tuple[float, float]], countries: Any
) -> Any:
    """Return a figure with ``drawn_km`` added when it measures a ``section`` of the line."""
    if isinstance(fig, list):
        return [_with_drawn(f, geom, stops, countries) for f in fig]
    if isinstance(fig, dict) and fig.get("section"):
        return {
            **fig,
            "drawn_km": round(section_length_km(geom, fig["section"], stops, countries), 1),
        }
    return fig


def _history_item(event: Event) -> dict[str, Any]:
    """One event as a plain mapping (the ``history`` column, the GeoJSON, the timeline)."""
    return {
        "date": event.date.isoformat(),
        "label": event.label,
        "kind": event.kind,
        "status": event.status,
        "what": event.what,
        "source": dict(event.source),
    }


def _derived(history: list[dict[str, Any]]) -> dict[str, Any]:
    """Return the status columns of a link whose events are ``history`` (the latest decides)."""
    last = history[-1]
    return {
        "status": last["status"],
        "status_date": last["label"],
        "status_source": _source_str(last["source"]),
        "history": history,
    }


def _row(
    link: Link, geom: BaseGeometry, countries: dict[str, BaseGeometry], builder: _Builder
) -> dict[str, Any]:
    rec = link.record
    notes = builder.notes
    line = MODES[rec["mode"]]
    published = rec.get("published_length_km")
    figures = {
        name: _with_drawn(fig, geom, builder.stops, countries) if line else fig
        for name, fig in (rec.get("figures") or {}).items()
    }
    compared = math.nan
    if published:
        figures["published_length_km"] = published  # shown with its source
        if line:
            section = published.get("section")
            compared = round(section_length_km(geom, section, builder.stops, countries), 2)
    method = rec.get("geometry_method", "schematic") if line else None
    derivation = "; ".join(notes)
    if rec.get("geometry_note"):
        derivation += f". {rec['geometry_note']}"
    return {
        "id": link.id,
        "name": rec["name"],
        "category": rec["category"],
        "corridor": rec.get("corridor"),
        "mode": rec["mode"],
        **_derived([_history_item(e) for e in link.events]),
        "length_km": round(length_km(geom), 2) if MODES[rec["mode"]] else math.nan,
        "length_by_country_km": length_by_country_km(geom, countries),
        "published_length_km": float(published["value"]) if published else math.nan,
        "compared_length_km": compared,
        "figures": figures,
        "sources": [{"title": s["title"], "url": s["url"]} for s in rec["sources"]],
        "article_sentence": rec.get("article_sentence"),
        "scope": rec.get("scope"),
        "places": link.places,
        "derivation": derivation,
        "geometry_method": method,
    }


def links(
    path: Path | str | None = None, *, as_of: dt.date | str | None = None
) -> geopandas.GeoDataFrame:
    """Return the links as a GeoDataFrame in EPSG:4326, one row per link.

    Parameters
    ----------
    path : pathlib.Path or str, optional
        The links file (default ``data/links.yaml``; its history is ``events.yaml``
        beside it).
    as_of : datetime.date or str, optional
        A date (``"2023-10-07"``): the links as they stood that day, see
        :func:`links_as_of`. Default: as of the latest event.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``id, name, category, corridor`` (an id of
        ``data/corridors.yaml`` or None), ``mode, status, status_date, status_source``
        (derived from the latest event), ``history`` (the events, oldest first: dicts of
        ``date, label, kind, status, what, source``), ``length_km`` (geodesic, NaN for point features), ``length_by_country_km``
        (dict ISO alpha-2 -> km), ``published_length_km`` (NaN when unknown),
        ``compared_length_km`` (the drawn km of what the published length measures:
        the whole line, or the ``section`` its figure names; NaN when there is none),
        ``figures`` (a figure that measures a ``section`` carries its ``drawn_km``),
        ``sources``, ``article_sentence``, ``places`` (gazetteer ids: endpoints, then
        waypoints), ``derivation``, ``geometry_method`` (a key of
        :data:`geo.linkdata.GEOMETRY_METHODS`; missing, NaN, for point features), ``scope``
        (``"context"`` for a link beyond the region, left off the default maps; else None)
        and ``geometry``.

    Examples
    --------
    >>> df = links()
    >>> df.crs.to_epsg()
    4326
    >>> df.set_index("id").loc["qazvin-rasht-railway", "status"]
    'operational'
    >>> links(as_of="2018-12-01").set_index("id").loc["qazvin-rasht-railway", "status"]
    'under construction'
    """
    from geo._cache import cache_key, data_files, load_or_build

    path = Path(path) if path else settings.data_dir / "links.yaml"
    if not path.is_file():
        return _drawn_links(path)  # (which says which file is missing)
    # the drawn links are cached on disk (geo._cache) under a hash of the files they are
    # drawn from (the links, their events and borders beside them, the gazetteer's data)
    # and of the package: drawing them costs a third of a second a process
    folders = {path.parent.resolve(), settings.data_dir.resolve()}
    files = [path, *(f for folder in sorted(folders) for f in data_files(folder))]
    key = cache_key(files, str(path.resolve()))
    df = load_or_build("links", key, lambda: _drawn_links(path))
    return df if as_of is None else links_as_of(df, as_of)


def _drawn_links(path: Path) -> geopandas.GeoDataFrame:
    """Return the links of the file ``path`` drawn, as :func:`links` returns them."""
    import geopandas

    from geo.gazetteer import gazetteer

    gaz = gazetteer()
    beside = path.parent / "boundaries.geojson"
    boundaries = beside if beside.exists() else settings.data_dir / "boundaries.geojson"
    countries = _countries(boundaries.resolve())
    built = []
    for link in load_links(path, gaz=gaz):
        builder = _Builder(gaz, countries)
        try:
            geom = builder.build(link)
        except DataError as e:
            raise DataError(f"{link.where}: field 'route' cannot be drawn: {e}.") from e
        built.append((link, geom, builder))
    # lengths by country also count the world layer's countries beyond the six (Iraq)
    world = boundaries.parent / "world.geojson"
    if not world.exists():
        world = settings.data_dir / "world.geojson"
    bbox = tuple(geopandas.GeoSeries([geom for _, geom, _ in built]).total_bounds)
    measured = {**countries, **_world_countries(world.resolve(), countries, bbox)}
    rows = [_row(link, geom, measured, builder) for link, geom, builder in built]
    geoms = [geom for _, geom, _ in built]
    data = {c: [r[c] for r in rows] for c in COLUMNS}
    return geopandas.GeoDataFrame(data, geometry=geoms, crs="EPSG:4326")


def links_as_of(df: geopandas.GeoDataFrame, as_of: dt.date | str) -> geopandas.GeoDataFrame:
    """Return the links of ``df`` as they stood on ``as_of``.

    A link whose first event is later is left out; the others keep the events
    up to that day in ``history``, and their ``status``, ``status_date`` and
    ``status_source`` are those of the latest of them.

    Parameters
    ----------
    df : geopandas.GeoDataFrame
        A frame of :func:`links` (it needs the ``history`` column).
    as_of : datetime.date or str
        The day (``"2023-10-07"``; ``"2023-10"`` or ``"2023"`` mean its first day).

    Raises
    ------
    DataError
        When ``as_of`` is not a date or ``df`` has no ``history`` column.

    Examples
    --------
    >>> df = links_as_of(links(), "2022-03-10")
    >>> "araz-corridor-road" in set(df["id"])
    False
    """
    day = as_date(as_of).isoformat()
    if "history" not in df.columns:
        msg = "links_as_of: the frame has no 'history' column; use geo.links(as_of=...) instead."
        raise DataError(msg)
    keep, derived = [], []
    for history in df["history"]:
        upto = [e for e in (history or []) if e["date"] <= day]
        keep.append(bool(upto))
        if upto:
            derived.append(_derived(upto))
    import pandas  # (loaded with the frame: geopandas needs it)

    out = df[pandas.Series(keep, index=df.index, dtype=bool)].copy()  # a mask even when empty
    for column in ("status", "status_date", "status_source", "history"):
        out[column] = [d[column] for d in derived]
    return out


def events(path: Path | str | None = None) -> pandas.DataFrame:
    """Return every event of every link, oldest first: a table for analysts.

    Parameters
    ----------
    path : pathlib.Path or str, optional
        The links file (default ``data/links.yaml``; the events are ``events.yaml`` beside it).

    Returns
    -------
    pandas.DataFrame
        Columns ``date`` (datetime64; a month or year given without a day counts from its
        first day), ``date_label`` (the date as the source gives it), ``link, name,
        category, corridor, mode, kind, status`` (the link's status after the event),
        ``what, source_title, source_url``.

    Examples
    --------
    >>> table = events()
    >>> table.set_index("link").loc["horadiz-aghband-railway", "kind"].iloc[0]
    'foundation'
    """
    import pandas

    path = Path(path) if path else settings.data_dir / "links.yaml"
    rows = []
    for link in load_links(path):
        rec = link.record
        for e in link.events:
            rows.append(
                {
                    "date": e.date,
                    "date_label": e.label,
                    "link": link.id,
                    "name": rec["name"],
                    "category": rec["category"],
                    "corridor": rec.get("corridor"),
                    "mode": rec["mode"],
                    "kind": e.kind,
                    "status": e.status,
                    "what": e.what,
                    "source_title": e.source["title"],
                    "source_url": e.source["url"],
                }
            )
    table = pandas.DataFrame(rows)
    table["date"] = pandas.to_datetime(table["date"])
    return table.sort_values("date", kind="stable").reset_index(drop=True)


def _json_value(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    return value


def _round_coords(coords: Any, ndigits: int = 6) -> Any:
    if isinstance(coords, float | int):
        return round(float(coords), ndigits)
    return [_round_coords(c, ndigits) for c in coords]


def to_geojson(df: geopandas.GeoDataFrame) -> dict[str, Any]:
    """Return an RFC 7946 FeatureCollection (longitude first, no ``crs`` member, nulls for NaN).

    Examples
    --------
    >>> fc = to_geojson(links())
    >>> fc["type"], "crs" in fc
    ('FeatureCollection', False)
    """
    features = []
    for row in df.to_dict("records"):
        geom = shapely.geometry.mapping(row.pop("geometry"))
        features.append(
            {
                "type": "Feature",
                "id": row["id"],
                "properties": {k: _json_value(v) for k, v in row.items()},
                "geometry": {
                    "type": geom["type"],
                    "coordinates": _round_coords(geom["coordinates"]),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


# The main API; the other public names of geo.linkdata and geo.routes (the constants,
# load_corridors) are re-exported above by redundant alias, so geo.links.<name> still works.
__all__ = [
    "CATEGORIES",
    "GEOMETRY_METHODS",
    "MODES",
    "STATUSES",
    "Along",
    "Link",
    "Stop",
    "events",
    "geodesic_line",
    "length_by_country_km",
    "length_km",
    "links",
    "links_as_of",
    "section_length_km",
    "load_links",
    "to_geojson",
]
