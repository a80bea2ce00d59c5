"""Map labels: names, priorities, placement and collision for every map.

Maps ask this module what to name (:func:`map_labels`) and add the result
(:class:`Labels`) to the map; the story map gets its labels through
:func:`geo.maps.overview_map`. A label is vector text (HTML in a Leaflet
``divIcon``, with a white halo) in its own pane, with

* a **priority**: countries, seas and the article's regions first, then the
  Araz and Kura, then places by their gazetteer ``prominence``;
* a **minimum zoom** below which it is not shown (Natural Earth's
  ``MIN_LABEL`` for countries);
* **placements** to try: beside a point (right, left, above, below), centred
  on an area, or along a river's line at one of several points, turned to its
  direction.

``static/labels.js`` (inlined) runs a collision pass at load, after every zoom
or move and on resize: in priority order, each label takes the first placement
whose box overlaps no label already placed and no map control (legend, layer
control, title) and covers no point marker but its own (a circle by its round
shape and stroke, an icon by its box), or is hidden. So no two labels overlap,
no label hides a marker, at any zoom and on any screen, and the most important
name wins.

Names come in English by default; ``lang`` (``az``, ``ru``, ``fa``, ``tr``,
``de``) picks the name in that language where the data has one. A place the map
draws is named from its row of the places layer, the row its popup and tooltip
are written from, whether it is labelled as a place or as a line's end town (one
name per place: a line's end town was named from the gazetteer even where the
places layer spells it otherwise). Names in other languages come from: countries from
Natural Earth and CLDR (``data/context.geojson``), other places from the
gazetteer's aliases by script (Persian: Arabic script; Russian: Cyrillic;
Azerbaijani: Latin with ``ə``; Turkish: Latin with Turkish letters and no
``ə``; no German aliases), else English. All text is escaped here.

The parts: the labels every map carries (countries, seas, lakes, regions,
rivers) are :mod:`geo._baselabels`; the choice of name by language is
:mod:`geo._labellang`; :class:`Label` and the page element are
:mod:`geo._labelpage`. This module labels what a map draws and puts it all
together (:func:`map_labels`).
"""

from __future__ import annotations

import dataclasses
import math
import re
from typing import TYPE_CHECKING, Any

from geo._baselabels import _base_labels
from geo._labellang import LANGUAGES, _check_lang, label_name
from geo._labelpage import Label, Labels
from geo._labelpage import add_labels as add_labels
from geo.export import escape_html
from geo.features import slug

if TYPE_CHECKING:
    import geopandas

__all__ = ["LANGUAGES", "Label", "Labels", "label_name", "map_labels"]

_LINK_KINDS = frozenset({"city", "town", "village", "border crossing", "station"})
_SHORT = (
    (re.compile(r"\bhydropower plants?\b", re.I), "HPP"),
    (re.compile(r"\s*\([^)]*\)"), ""),  # "(Aras dam)": in the popup
    (re.compile(r"\s+near\s+.*$"), ""),
)


def _short(name: str) -> str:
    for pattern, repl in _SHORT:
        name = pattern.sub(repl, name)
    return name


# ---------------------------------------------------------------------------- content


def _place_label(row: Any, lang: str, bonus: int = 0) -> Label | None:
    geom = row.geometry
    if geom is None or geom.is_empty or geom.geom_type != "Point":
        return None
    prominence = row.get("prominence") if hasattr(row, "get") else None
    try:
        prominence = int(prominence)
    except (TypeError, ValueError):
        prominence = 5
    aliases = row.get("aliases") if hasattr(row, "get") else None
    aliases = list(aliases) if isinstance(aliases, list | tuple) else []
    name = label_name(str(row["name"]), aliases, lang)
    return Label(
        escape_html(name),
        round(geom.y, 5),
        round(geom.x, 5),
        100 + 30 * prominence + bonus,
        kind="place",
        key=f"place-{slug(row['id'])}",
    )


def _capacity(figures: Any) -> float | None:
    """Total capacity (MW) of a link's figures, or None."""
    items = figures if isinstance(figures, list) else [figures]
    total = 0.0
    found = False
    for item in items:
        if not isinstance(item, dict):
            continue
        values = item.get("capacity_mw")
        for value in values if isinstance(values, list) else [values]:
            number = value.get("value") if isinstance(value, dict) else value
            if isinstance(number, int | float) and not math.isnan(number):
                total += number
                found = True
    return total if found else None


def _link_labels(
    links: geopandas.GeoDataFrame, lang: str, names: dict[str, str] | None = None
) -> list[Label]:
    """Label the towns where lines start and end, and each point link by its short name (MW).

    ``names``: the name of each place the map draws (its popup's), by id; a town
    not drawn is named as in the gazetteer.
    """
    from geo.gazetteer import gazetteer

    gaz = gazetteer()
    out: list[Label] = []
    ends: dict[str, int] = {}
    for _, row in links.iterrows():
        geom = row.geometry
        if geom is None or geom.is_empty:
            continue
        if geom.geom_type == "Point":
            text = _short(str(row["name"]))
            mw = _capacity(row.get("figures"))
            if mw:
                text += f" · {mw:g} MW"
            out.append(
                Label(
                    escape_html(text),
                    round(geom.y, 5),
                    round(geom.x, 5),
                    250 + (60 if mw else 0),
                    0,
                    "site",
                    key=f"link-{slug(row['id'])}",
                )
            )
            continue
        for pid in list(row.get("places") or [])[:2]:
            place = gaz.by_id.get(pid)
            if place is not None and place.kind in _LINK_KINDS:
                ends[pid] = max(ends.get(pid, 0), place.prominence)
    for pid in ends:
        place = gaz.by_id[pid]
        name = label_name((names or {}).get(pid, place.name), place.aliases, lang)
        out.append(
            Label(
                escape_html(name),
                round(place.lat, 5),
                round(place.lon, 5),
                160 + 30 * place.prominence,
                0,
                "place",
                key=f"place-{slug(pid)}",
                dot=True,
            )
        )
    return out


def _site_places(links: geopandas.GeoDataFrame) -> set[str]:
    """Ids of the places that point links stand on (labelled as the link)."""
    out = set()
    for places, geom in zip(links.get("places", []), links.geometry, strict=False):
        if geom is not None and geom.geom_type == "Point" and isinstance(places, list) and places:
            out.add(str(places[0]))
    return out


def map_labels(
    *,
    links: geopandas.GeoDataFrame | None = None,
    places: geopandas.GeoDataFrame | None = None,
    lang: str = "en",
) -> list[Label]:
    """Return every label a map shows: the base labels, its places and its links' ends.

    Parameters
    ----------
    links, places : geopandas.GeoDataFrame, optional
        What the map draws (the :func:`geo.links` / :func:`geo.places` columns).
    lang : str, default "en"
        One of :data:`LANGUAGES`.

    Returns
    -------
    list of Label
        Highest priority first; one label per key.

    Raises
    ------
    DataError
        If ``lang`` is not one of :data:`LANGUAGES`.

    Examples
    --------
    >>> names = [lb.text for lb in map_labels()]
    >>> "Iran" in names and "Caspian Sea" in names and "Nakhchivan AR" in names
    True
    """
    _check_lang(lang)
    labels = _base_labels(lang)
    sites = _site_places(links) if links is not None else set()
    if places is not None:
        for _, row in places.iterrows():
            if str(row["id"]) in sites:  # the link's own label names it (with its MW)
                continue
            if str(row["kind"]) in ("country", "region", "river", "sea", "district"):
                continue
            label = _place_label(row, lang)
            if label is not None:
                labels.append(label)
    if links is not None and len(links):
        # one name per place: a town the places layer draws is named as its popup names it
        drawn_names = (
            dict(zip(places["id"].astype(str), places["name"].astype(str), strict=True))
            if places is not None
            else None
        )
        ends = _link_labels(links, lang, drawn_names)
        if places is not None:  # where the places layer draws a marker: no extra dot
            drawn = {f"place-{slug(pid)}" for pid in places["id"]}
            ends = [dataclasses.replace(lb, dot=lb.key not in drawn and lb.dot) for lb in ends]
        labels.extend(ends)
    seen: dict[str, Label] = {}
    for label in sorted(labels, key=lambda lb: -lb.priority):
        seen.setdefault(label.key or f"{label.text}@{label.lat},{label.lon}", label)
    return list(seen.values())
