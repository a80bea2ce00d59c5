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
control, title), or is hidden. So no two labels overlap at any zoom and on any
screen, and the most important name wins.

Names come in English by default; ``lang`` (``az``, ``ru``, ``fa``, ``tr``,
``de``) picks the name in that language where the data has one: countries from
Natural Earth and CLDR (``data/context.geojson``), other places from the
gazetteer's aliases by script (Persian: Arabic script; Russian: Cyrillic;
Azerbaijani: Latin with ``ə``; Turkish: Latin with Turkish letters and no
``ə``; no German aliases), else English. All text is escaped here.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.resources
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from branca.element import MacroElement

from geo._errors import DataError
from geo.export import escape_html
from geo.features import slug

if TYPE_CHECKING:
    import folium
    import geopandas
    from shapely.geometry.base import BaseGeometry

__all__ = ["LANGUAGES", "Label", "Labels", "label_name", "map_labels"]

#: Languages ``lang=`` accepts (English is the default).
LANGUAGES = ("en", "az", "ru", "fa", "tr", "de")

#: Priority of each label class (higher is placed first and wins).
_PRIORITY = {"country": 1000, "sea": 950, "region": 900, "river": 850, "lake": 300}
#: Minimum zoom of the article's regions, rivers, lakes.
_MIN_ZOOM = {"region": 6, "river": 6, "lake": 8}
#: Point placements tried in order (see labels.js).
_AROUND = ("r", "l", "t", "b", "tr", "br", "tl", "bl")
_LINK_KINDS = frozenset({"city", "town", "village", "border crossing", "station"})
_REGION_IDS = ("nakhchivan-ar", "east-zangezur", "karabakh")
_SHORT_REGION = {
    "nakhchivan-ar": "Nakhchivan AR",
    "east-zangezur": "East Zangezur",
    "karabakh": "Karabakh",
}
_RIVER_IDS = ("araz", "kura")
_SHORT = (
    (re.compile(r"\bhydropower plants?\b", re.I), "HPP"),
    (re.compile(r"\s*\([^)]*\)"), ""),  # "(Aras dam)": in the popup
    (re.compile(r"\s+near\s+.*$"), ""),
)
#: Countries whose outlines are in ``data/boundaries.geojson``: their names get extra
#: anchors across the region, so a name stays in view wherever the map looks.
_OUTLINED = ("az", "am", "ir", "tr", "ge", "ru")
#: Boxes (west, south, east, north) of those extra anchors, a degree apart and, where
#: the maps look closest, half a degree apart.
_ANCHOR_BOX = (36.0, 30.0, 56.0, 46.0)
_FINE_ANCHOR_BOX = (44.0, 37.0, 50.0, 42.0)


@dataclass(frozen=True)
class Label:
    """One label: escaped text, where it goes, and how it competes.

    Attributes
    ----------
    text : str
        Escaped HTML (plain text with entities).
    lat, lon : float
        Anchor (a point's position, an area's label point).
    priority : int
        Higher wins a collision.
    min_zoom : int
        Not shown below this zoom.
    kind : str
        CSS class suffix: ``country``, ``region``, ``river``, ``sea``, ``lake``, ``place``, ``site``.
    mode : str
        ``around`` (beside a point), ``center`` (on an area) or ``along`` (a river).
    along : tuple
        For rivers: candidate anchors ``(lat, lon, angle in degrees)``.
    key : str
        ``place-<id>`` / ``link-<id>`` / ``country-<code>`` (a data attribute, for tests).
    dot : bool
        Mark the anchor with a small dot (a town at a line's end, where nothing else is drawn).
    """

    text: str
    lat: float
    lon: float
    priority: int
    min_zoom: int = 0
    kind: str = "place"
    mode: str = "around"
    along: tuple[tuple[float, float, float], ...] = ()
    key: str = ""
    dot: bool = False


# ------------------------------------------------------------------------------ names


def _script_alias(aliases: Iterable[str], lang: str) -> str | None:
    for alias in aliases:
        if lang == "fa" and re.search(r"[\u0600-\u06ff]", alias):
            return alias
        if lang == "ru" and re.search(r"[\u0400-\u04ff]", alias):
            return alias
        if lang == "az" and "ə" in alias.lower():
            return alias
        if lang == "tr" and re.search(r"[ışğİçöü]", alias) and "ə" not in alias.lower():
            return alias
    return None


def label_name(name: str, aliases: Iterable[str] = (), lang: str = "en") -> str:
    """Return the name to print for ``lang`` (plain text, not escaped).

    Parameters
    ----------
    name : str
        English name.
    aliases : iterable of str
        The gazetteer's other names.
    lang : str
        One of :data:`LANGUAGES`.

    Returns
    -------
    str

    Examples
    --------
    >>> label_name("Nakhchivan", ["Naxçıvan", "Нахичевань", "نخجوان"], "ru")
    'Нахичевань'
    >>> label_name("Ordubad", [], "de")
    'Ordubad'
    """
    _check_lang(lang)
    if lang == "en":
        return name
    return _script_alias([str(a) for a in aliases], lang) or name


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        msg = f"lang={lang!r} is not a label language; use one of {', '.join(LANGUAGES)}."
        raise DataError(msg)


def _short(name: str) -> str:
    for pattern, repl in _SHORT:
        name = pattern.sub(repl, name)
    return name


# --------------------------------------------------------------------------- context


@functools.lru_cache(maxsize=4)
def _context_labels(path: str, mtime: float) -> tuple[dict[str, Any], ...]:
    """Country and water label points of ``data/context.geojson``."""
    from pathlib import Path

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for f in data["features"]:
        if f["properties"]["kind"] not in ("country", "water"):
            continue
        geometry = f["geometry"]
        points = geometry["coordinates"]
        points = points if geometry["type"] == "MultiPoint" else [points]
        out.append(f["properties"] | {"points": [(lat, lon) for lon, lat in points]})
    return tuple(out)


def _context_rows() -> tuple[dict[str, Any], ...]:
    from geo.settings import settings

    path = settings.data_dir / "context.geojson"
    if not path.exists():
        return ()
    return _context_labels(str(path), path.stat().st_mtime)


def _base_labels(lang: str) -> list[Label]:
    """Every country, the seas and lakes, the article's regions and the two rivers."""
    from geo.gazetteer import gazetteer

    out = []
    for row in _context_rows():
        names = row.get("names") or {}
        text = names.get(lang) or row["name"]
        (lat, lon), *others = row["points"]
        along = tuple((a, b, 0.0) for a, b in row["points"]) if others else ()
        if row["kind"] == "country":
            kind, priority = "country", _PRIORITY["country"] - int(10 * row["min_zoom"])
            zoom = max(0, math.floor(row["min_zoom"]) - 1)
            if row["id"] in _OUTLINED:  # nearest Natural Earth's label point first
                anchors = sorted(
                    {*_anchors(row["id"], 1.0), *_anchors(row["id"], 0.5)},
                    key=lambda a: (a[0] - lat) ** 2 + (a[1] - lon) ** 2,
                )
                along = ((lat, lon, 0.0), *anchors)
        else:
            kind = "sea" if row["min_zoom"] <= 5 else "lake"
            priority, zoom = _PRIORITY[kind], int(row["min_zoom"])
        out.append(
            Label(
                escape_html(text),
                lat,
                lon,
                priority,
                zoom,
                kind,
                "center",
                along,
                key=f"{kind}-{row['id']}",
            )
        )
    gaz = gazetteer()
    for pid in _REGION_IDS:
        place = gaz.by_id.get(pid)
        if place is None or place.geometry is None:
            continue
        point = _label_point(place.geometry)
        name = label_name(_SHORT_REGION[pid], place.aliases, lang)
        anchors = sorted(
            _anchors(pid, 0.25),
            key=lambda a: (a[0] - point[0]) ** 2 + (a[1] - point[1]) ** 2,
        )
        out.append(
            Label(
                escape_html(name),
                point[0],
                point[1],
                _PRIORITY["region"],
                _MIN_ZOOM["region"],
                "region",
                "center",
                ((*point, 0.0), *anchors),
                key=f"place-{pid}",
            )
        )
    for pid in _RIVER_IDS:
        place = gaz.by_id.get(pid)
        if place is None or place.geometry is None:
            continue
        name = label_name(place.name.replace(" River", ""), place.aliases, lang)
        along = _along(place.geometry)
        out.append(
            Label(
                escape_html(name),
                along[0][0],
                along[0][1],
                _PRIORITY["river"] - (10 if pid == "kura" else 0),
                _MIN_ZOOM["river"],
                "river",
                "along",
                along,
                key=f"place-{pid}",
            )
        )
    return out


@functools.lru_cache(maxsize=16)
def _anchors(place_id: str, cell: float) -> tuple[tuple[float, float, float], ...]:
    """Label points of an area in each grid cell (``cell`` degrees) that it fills well.

    A name can then move out of the way of other labels, and stays in view
    wherever the map looks.
    """
    import shapely

    from geo.gazetteer import gazetteer

    place = gazetteer().by_id.get(place_id)
    if place is None or place.geometry is None:
        return ()
    boxes = {1.0: _ANCHOR_BOX, 0.5: _FINE_ANCHOR_BOX}
    west, south, east, north = boxes.get(cell) or place.geometry.bounds
    out = []
    lat = south
    while lat < north:
        lon = west
        while lon < east:
            part = place.geometry.intersection(shapely.box(lon, lat, lon + cell, lat + cell))
            if part.area >= 0.4 * cell**2:
                point = _label_point(part)
                out.append((point[0], point[1], 0.0))
            lon += cell
        lat += cell
    return tuple(out)


def _label_point(geom: BaseGeometry) -> tuple[float, float]:
    import shapely.ops

    parts = getattr(geom, "geoms", [geom])
    part = max(parts, key=lambda g: g.area)
    p = shapely.ops.polylabel(part, tolerance=0.01)
    return (round(p.y, 4), round(p.x, 4))


def _along(geom: BaseGeometry, count: int = 7) -> tuple[tuple[float, float, float], ...]:
    """Candidate anchors along a line (lat, lon, angle): readable, never upside down."""
    from shapely.ops import linemerge

    line = linemerge(geom) if geom.geom_type == "MultiLineString" else geom
    if line.geom_type == "MultiLineString":
        line = max(line.geoms, key=lambda g: g.length)
    out = []
    for i in range(count):
        at = line.length * (i + 1) / (count + 1)
        a, b = line.interpolate(at - 0.05), line.interpolate(at + 0.05)
        mid = line.interpolate(at)
        dx = (b.x - a.x) * math.cos(math.radians(mid.y))
        angle = -math.degrees(math.atan2(b.y - a.y, dx))
        if angle > 90:
            angle -= 180
        elif angle < -90:
            angle += 180
        out.append((round(mid.y, 4), round(mid.x, 4), round(angle, 1)))
    return tuple(out)


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
        0,
        "place",
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


def _link_labels(links: geopandas.GeoDataFrame, lang: str) -> list[Label]:
    """Label the towns where lines start and end, and each point link by its short name (MW)."""
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
        name = label_name(place.name, place.aliases, lang)
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
        ends = _link_labels(links, lang)
        if places is not None:  # where the places layer draws a marker: no extra dot
            drawn = {f"place-{slug(pid)}" for pid in places["id"]}
            ends = [dataclasses.replace(lb, dot=lb.key not in drawn and lb.dot) for lb in ends]
        labels.extend(ends)
    seen: dict[str, Label] = {}
    for label in sorted(labels, key=lambda lb: -lb.priority):
        seen.setdefault(label.key or f"{label.text}@{label.lat},{label.lon}", label)
    return list(seen.values())


# ---------------------------------------------------------------------------- element


@functools.cache
def _runtime() -> str:
    code = importlib.resources.files("geo").joinpath("static", "labels.js").read_text("utf-8")
    return f"<script>\n{code}</script>"


_CSS = """<style>
.leaflet-corridors-labels-pane { pointer-events: none; }
.corridors-label-icon { background: none; border: none; width: 0 !important;
  height: 0 !important; }
.corridors-label { position: absolute; white-space: nowrap; pointer-events: none;
  font: 600 12px/1.1 system-ui, "DejaVu Sans", sans-serif; color: #222;
  text-shadow: -1px -1px 0 #fff, 1px -1px 0 #fff, -1px 1px 0 #fff, 1px 1px 0 #fff,
  0 0 3px #fff; }
.corridors-label.label-country { font-size: 14px; font-weight: 700; color: #555;
  letter-spacing: .06em; text-transform: uppercase; }
.corridors-label.label-region { font-size: 12px; font-style: italic; color: #7a5a1c; }
.corridors-label.label-sea, .corridors-label.label-lake { font-style: italic;
  color: #2a6aa0; text-shadow: none; }
.corridors-label.label-sea { font-size: 14px; letter-spacing: .08em; }
.corridors-label.label-river { font-style: italic; color: #2a6aa0; }
.corridors-label.label-site { color: #08306b; }
</style>"""


class Labels(MacroElement):
    """The labels of a map and the script that places them (see the module docstring).

    Parameters
    ----------
    labels : list of Label
        From :func:`map_labels`.
    """

    def __init__(self, labels: list[Label]):
        super().__init__()
        self._name = "Labels"
        self.labels = labels

    def data(self) -> str:
        """Return the labels as compact JSON (``</`` escaped for a script element)."""
        rows = [
            [
                *(lb.text, lb.lat, lb.lon, lb.priority, lb.min_zoom, lb.kind, lb.mode),
                *(lb.along, lb.key, int(lb.dot)),
            ]
            for lb in self.labels
        ]
        text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
        return text.replace("</", "<\\/")

    def render(self, **kwargs: Any) -> None:
        """Add the CSS and runtime (once per page), the labels and the call that places them."""
        from geo.export import _Raw

        figure = self.get_root()
        figure.header.add_child(_Raw(_CSS + "\n" + _runtime()), name="corridors_labels_js")
        name = self.get_name()
        block = f'<script type="application/json" id="{name}">{self.data()}</script>'
        figure.html.add_child(_Raw(block), name=name)
        call = f"corridorsLabels({self._parent.get_name()}, {json.dumps(name)});"
        figure.script.add_child(_Raw(call), name=name)


def add_labels(m: folium.Map, labels: list[Label]) -> Labels:
    """Add ``labels`` to ``m`` and return the element."""
    element = Labels(labels)
    element.add_to(m)
    return element
