"""Reading and validating the links and the named corridors.

The links the article proposes live in ``data/links.yaml``, their dated
history in ``data/events.yaml`` (read by :mod:`geo.eventdata`; a link's status
is derived from it, never stored in ``links.yaml``) and the named corridors
that group them in ``data/corridors.yaml`` (see ``data/README.md``).
This module owns the allowed values of their fields (:data:`CATEGORIES`,
:data:`STATUSES`, :data:`MODES`, :data:`REQUIRED`, :data:`REGION`,
:data:`RIPARIAN`), the route steps a link is made of (:class:`Stop`, a
gazetteer place or explicit coordinates; :class:`Along`, follow a river on one
bank) and the validated :class:`Link`, and the two loaders,
:func:`load_corridors` and :func:`load_links`. Every mistake is a
:class:`~geo._errors.DataError` naming the file, the record and the field at
fault (with a suggestion for a misspelt place id or value); explicit
coordinates must lie in :data:`REGION`, which catches swapped latitude and
longitude.

The geometry of a route is built by :mod:`geo.routes`; the table of links and
its GeoJSON by :mod:`geo.links`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo._errors import DataError
from geo._figures import AGREE as AGREE
from geo._figures import APPROX_AGREE as APPROX_AGREE
from geo._figures import HEDGES as HEDGES
from geo._figures import agreement as agreement
from geo._figures import approx_problem
from geo.eventdata import Event, load_events
from geo.settings import settings

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

#: Allowed values of the ``category`` field.
CATEGORIES = ("transport", "energy", "diplomacy")
#: The statuses a link can have, derived from its latest event (:data:`EVENT_KINDS`).
STATUSES = ("operational", "under construction", "planned", "suspended")
#: Fields that were once stored in ``links.yaml`` and are now derived from the events.
DERIVED = ("status", "status_date", "status_source")
#: Allowed modes, and whether each is drawn as a line (True) or a point (False).
MODES: dict[str, bool] = {
    "rail": True,
    "road": True,
    "road and rail": True,
    "bridge": True,
    "power line": True,
    "border crossing": False,
    "hydropower": False,
    "reservoir": False,
    "dam": False,
    "embassy": False,
}
#: Fields every link must have.
REQUIRED = (
    "id",
    "name",
    "category",
    "mode",
    "sources",
    "route",
)
#: Fields a link may have besides :data:`REQUIRED` (any other field is a mistake).
OPTIONAL = (
    "aliases",
    "corridor",
    "published_length_km",
    "figures",
    "via",
    "article_sentence",
    "geometry_note",
    "geometry_method",
    "scope",
)
#: The area this project covers (west, south, east, north), used to catch swapped coordinates.
REGION = (42.0, 35.5, 52.0, 42.0)
#: Countries whose border runs along the Araz: a stop of one of them is kept on its own bank.
RIPARIAN = ("AZ", "AM", "IR", "TR")
#: How a line was made (the ``geometry_method`` field), with the words a popup uses for it.
#: A line without the field is "schematic"; a point feature is a gazetteer point.
GEOMETRY_METHODS: dict[str, str] = {
    "surveyed": "surveyed alignment",
    "stations along river": "digitized from its stations, along the river line between them",
    "stations": "digitized from its stations (geodesic legs between them)",
    "schematic": "schematic: through the towns it serves or where officials said it would run",
}
#: Allowed values of a link's ``scope``: ``context`` marks a link beyond the article's region
#: (Iraq's Development Road), drawn where it is named (story pages) and listed by
#: :func:`geo.links`, but left off the default overview, transport and energy maps, as the
#: places of ``scope: context`` are.
SCOPES = ("context",)
#: Default offset of an ``along`` step from the river line (m).
DEFAULT_OFFSET_M = 500.0
#: The ``offset_m`` value of an ``along`` step that runs through the stops before and after it:
#: the offset goes from the first stop's distance from the river to the second's.
THROUGH_STOPS = "stops"


@dataclass(frozen=True)
class Stop:
    """A point of a route: a gazetteer place or explicit coordinates."""

    lon: float
    lat: float
    place: str | None = None
    country: str | None = None
    label: str = ""


@dataclass(frozen=True)
class Along:
    """Follow a river line between the stops before and after this step.

    ``offset_m`` is the distance from the river line, or None for "through the
    stops" (:data:`THROUGH_STOPS`): the line leaves the river at the first stop's
    own distance from it and reaches the second stop's, changing evenly between.
    """

    river: str
    bank: str
    offset_m: float | None = DEFAULT_OFFSET_M


@dataclass
class Link:
    """One validated link, before its geometry is built."""

    record: dict[str, Any]
    route: list[Stop | Along]
    places: list[str]
    where: str = ""
    notes: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def id(self) -> str:
        """The link's id."""
        return str(self.record["id"])


def _err(where: str, fname: str, problem: str) -> DataError:
    return DataError(f"{where}: field {fname!r} {problem}")


def _in_region(lon: float, lat: float) -> bool:
    w, s, e, n = REGION
    return w <= lon <= e and s <= lat <= n


def _check_point(where: str, fname: str, lon: Any, lat: Any) -> tuple[float, float]:
    """Validate explicit coordinates: numbers, in range, in the region, not swapped."""
    for part, value, bound in (("lat", lat, 90), ("lon", lon, 180)):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise _err(where, f"{fname}.{part}", f"must be a number, got {value!r}.")
        if not -bound <= value <= bound:
            raise _err(where, f"{fname}.{part}", f"= {value} is out of range [-{bound}, {bound}].")
    lon, lat = float(lon), float(lat)
    if not _in_region(lon, lat):
        w, s, e, n = REGION
        if _in_region(lat, lon):
            msg = (
                f"= (lon {lon}, lat {lat}) looks swapped: latitude and longitude are the wrong way "
                f"round (lon {lat}, lat {lon} would fall in the region). Lists are GeoJSON order "
                "[lon, lat]; or write {lat: ..., lon: ...}."
            )
            raise _err(where, fname, msg)
        msg = f"= (lon {lon}, lat {lat}) is outside the region of this project (lon {w}-{e}, lat {s}-{n})."
        raise _err(where, fname, msg)
    return lon, lat


def _suggest(name: str, choices: Iterable[str]) -> str:
    from rapidfuzz import process

    best = process.extractOne(name, list(choices))
    return f" Did you mean {best[0]!r}?" if best and best[1] >= 70 else ""


def _parse_step(where: str, fname: str, step: Any, gaz: Gazetteer) -> Stop | Along:
    if isinstance(step, str):
        if step not in gaz.by_id:
            msg = f"names unknown place {step!r}.{_suggest(step, gaz.curated_ids)}"
            raise _err(where, fname, msg)
        place = gaz[step]
        if place.geometry.geom_type != "Point":
            msg = f"names {step!r}, a {place.kind} ({place.geometry.geom_type}); a route stop must be a point place."
            raise _err(where, fname, msg)
        return Stop(place.lon, place.lat, place=step, country=place.country, label=place.name)
    if isinstance(step, list):
        if len(step) != 2:
            raise _err(where, fname, f"must be [lon, lat], got {step!r}.")
        lon, lat = _check_point(where, fname, step[0], step[1])
        return Stop(lon, lat, label=f"{lat:.4f}N {lon:.4f}E")
    if isinstance(step, dict) and "along" in step:
        river = step["along"]
        if river not in gaz.by_id or gaz[river].kind != "river":
            raise _err(
                where, f"{fname}.along", f"names {river!r}, which is not a river of the gazetteer."
            )
        bank = step.get("bank")
        if bank not in RIPARIAN:
            raise _err(where, f"{fname}.bank", f"= {bank!r} is not one of {list(RIPARIAN)}.")
        offset = step.get("offset_m", DEFAULT_OFFSET_M)
        if offset == THROUGH_STOPS:
            return Along(river, bank, None)
        if not isinstance(offset, int | float) or not 100 <= offset <= 3000:
            raise _err(
                where,
                f"{fname}.offset_m",
                f"= {offset!r} must be a number of metres in [100, 3000], or "
                f"{THROUGH_STOPS!r} to run through the stops before and after the step.",
            )
        return Along(river, bank, float(offset))
    if isinstance(step, dict) and ("lat" in step or "lon" in step):
        lon, lat = _check_point(where, fname, step.get("lon"), step.get("lat"))
        return Stop(
            lon,
            lat,
            country=step.get("country"),
            label=str(step.get("note", f"{lat:.4f}N {lon:.4f}E")),
        )
    msg = f"= {step!r} must be a place id, [lon, lat], {{lat: .., lon: ..}} or {{along: <river>, bank: <ISO2>}}."
    raise _err(where, fname, msg)


def _check_aliases(where: str, aliases: Any) -> list[str]:
    """Validate an optional ``aliases`` field: a list of non-empty strings."""
    aliases = aliases or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise _err(where, "aliases", f"must be a list of non-empty strings, got {aliases!r}.")
    return aliases


def _check_source(where: str, fname: str, src: Any) -> None:
    if not (isinstance(src, dict) and src.get("title") and src.get("url")):
        raise _err(where, fname, f"must be a mapping with 'title' and 'url', got {src!r}.")
    if not str(src["url"]).startswith(("http://", "https://")):
        raise _err(where, f"{fname}.url", f"= {src['url']!r} is not an http(s) URL.")


def _check_section(where: str, fname: str, section: Any, stops: list[str]) -> None:
    """Validate a figure's ``section``: the part of the link the figure measures."""
    if isinstance(section, dict) and set(section) <= {"from", "to", "label"} and "from" in section:
        for end in ("from", "to"):
            if section.get(end) not in stops:
                msg = f"= {section.get(end)!r} is not a stop of this link's route ({', '.join(stops)})."
                raise _err(where, f"{fname}.{end}", msg)
        if stops.index(section["from"]) >= stops.index(section["to"]):
            raise _err(where, fname, "must go from an earlier stop of the route to a later one.")
        return
    if isinstance(section, dict) and set(section) <= {"country", "label"} and "country" in section:
        if section["country"] not in RIPARIAN:
            msg = f"= {section['country']!r} is not one of {list(RIPARIAN)}."
            raise _err(where, f"{fname}.country", msg)
        return
    msg = (
        f"must be {{from: <stop id>, to: <stop id>}} or {{country: <ISO2>}} (with an optional "
        f"label), got {section!r}."
    )
    raise _err(where, fname, msg)


def _check_figure(where: str, fname: str, fig: Any, stops: list[str] | None = None) -> None:
    if not isinstance(fig, dict) or "value" not in fig:
        raise _err(where, fname, f"must be a mapping with 'value' and 'source', got {fig!r}.")
    if not isinstance(fig["value"], int | float) or isinstance(fig["value"], bool):
        raise _err(where, f"{fname}.value", f"must be a number, got {fig['value']!r}.")
    if "side" in fig and fig["side"] not in RIPARIAN:
        raise _err(where, f"{fname}.side", f"= {fig['side']!r} is not one of {list(RIPARIAN)}.")
    _check_source(where, f"{fname}.source", fig.get("source"))
    if "section" in fig:
        _check_section(where, f"{fname}.section", fig["section"], stops or [])
    if "approx" in fig:
        problem = approx_problem(fig["approx"], fig["value"])
        if problem:
            raise _err(where, f"{fname}.approx", problem)


def _validate_record(rec: dict[str, Any], where: str, gaz: Gazetteer) -> Link:
    for fname in rec:
        if fname in DERIVED:
            msg = (
                "is derived from the link's latest event in events.yaml and is no longer "
                "stored here; remove it (record the event in events.yaml instead)."
            )
            raise _err(where, str(fname), msg)
        if fname not in REQUIRED and fname not in OPTIONAL:
            known = (*REQUIRED, *OPTIONAL)
            msg = f"is not a field of a link.{_suggest(str(fname), known)} Fields: {', '.join(known)}."
            raise _err(where, str(fname), msg)
    for fname in REQUIRED:
        if rec.get(fname) in (None, "", []):
            raise _err(where, fname, "is missing or empty.")
    _check_aliases(where, rec.get("aliases"))
    checks = (("category", CATEGORIES), ("mode", tuple(MODES)))
    for fname, allowed in checks:
        if rec[fname] not in allowed:
            msg = f"= {rec[fname]!r} is not one of {list(allowed)}.{_suggest(str(rec[fname]), allowed)}"
            raise _err(where, fname, msg)
    if not isinstance(rec["sources"], list):
        raise _err(where, "sources", "must be a list of {title, url} mappings.")
    for i, src in enumerate(rec["sources"]):
        _check_source(where, f"sources[{i}]", src)
    route = rec["route"]
    if not isinstance(route, list):
        raise _err(where, "route", "must be a list of steps.")
    steps = [_parse_step(where, f"route[{i}]", s, gaz) for i, s in enumerate(route)]
    _check_route_shape(where, rec["mode"], steps)
    stops = [s for s in steps if isinstance(s, Stop)]
    named = [s.place for s in stops if s.place]
    method = rec.get("geometry_method")
    if method is not None and method not in GEOMETRY_METHODS:
        msg = f"= {method!r} is not one of {list(GEOMETRY_METHODS)}.{_suggest(str(method), GEOMETRY_METHODS)}"
        raise _err(where, "geometry_method", msg)
    if "scope" in rec and rec["scope"] not in SCOPES:
        msg = f"= {rec['scope']!r} is not one of {list(SCOPES)} (leave it out for the region's links)."
        raise _err(where, "scope", msg)
    published = rec.get("published_length_km")
    if published is not None:
        _check_figure(where, "published_length_km", published, named)
    figures = rec.get("figures") or {}
    if not isinstance(figures, dict):
        raise _err(
            where, "figures", "must be a mapping from a figure name to one figure or a list."
        )
    for name, value in figures.items():
        for i, fig in enumerate(value if isinstance(value, list) else [value]):
            _check_figure(
                where,
                f"figures.{name}" + (f"[{i}]" if isinstance(value, list) else ""),
                fig,
                named,
            )
    places = [named[0], named[-1], *named[1:-1]] if len(named) > 1 else named
    via = rec.get("via") or []
    if not isinstance(via, list):
        raise _err(where, "via", "must be a list of place ids.")
    for i, pid in enumerate(via):
        if pid not in gaz.by_id:
            raise _err(
                where,
                f"via[{i}]",
                f"names unknown place {pid!r}.{_suggest(str(pid), gaz.curated_ids)}",
            )
    places += [p for p in via if p not in places]
    return Link(record=rec, route=steps, places=places, where=where)


def _check_route_shape(where: str, mode: str, steps: list[Stop | Along]) -> None:
    stops = [s for s in steps if isinstance(s, Stop)]
    if not MODES[mode]:
        if len(steps) != 1 or not stops:
            raise _err(where, "route", f"of a {mode} (a point feature) must be exactly one place.")
        return
    if len(stops) < 2 or not isinstance(steps[0], Stop) or not isinstance(steps[-1], Stop):
        raise _err(
            where, "route", f"of a {mode} must start and end with a stop and have at least two."
        )
    for i, (a, b) in enumerate(zip(steps, steps[1:], strict=False)):
        if isinstance(a, Along) and isinstance(b, Along):
            raise _err(
                where, f"route[{i + 1}]", "follows another 'along' step; put a stop between them."
            )


def load_corridors(path: Path | str | None = None) -> dict[str, dict[str, Any]]:
    """Read the named corridors (``data/corridors.yaml``): id -> {name, aliases, source}.

    Raises
    ------
    DataError
        Naming the file, the corridor and the field at fault.

    Examples
    --------
    >>> load_corridors()["nstc"]["name"]
    'International North–South Transport Corridor'
    """
    from geo.gazetteer import read_records

    path = Path(path) if path else settings.data_dir / "corridors.yaml"
    corridors: dict[str, dict[str, Any]] = {}
    for i, rec in enumerate(read_records(path, "corridors")):
        where = f"{path.name}, corridor #{i + 1} ({rec.get('id') if isinstance(rec, dict) else None!r})"
        for fname in ("id", "name", "source"):
            if not isinstance(rec, dict) or not rec.get(fname):
                raise _err(where, fname, "is missing or empty.")
        aliases = _check_aliases(where, rec.get("aliases"))
        corridors[rec["id"]] = {"name": rec["name"], "aliases": aliases, "source": rec["source"]}
    return corridors


def load_links(path: Path | str | None = None, *, gaz: Gazetteer | None = None) -> list[Link]:
    """Read and validate the links file.

    Parameters
    ----------
    path : pathlib.Path or str, optional
        The YAML file (default ``data/links.yaml`` in :attr:`geo.settings.data_dir`).
        The links' history is read from ``events.yaml`` beside it (else from the
        project's, whose entries for other links are then skipped) into
        :attr:`Link.events`.
    gaz : Gazetteer, optional
        The gazetteer the place ids refer to (default :func:`geo.gazetteer.gazetteer`).

    Returns
    -------
    list of Link

    Raises
    ------
    DataError
        Naming the file, the link and the field at fault (in ``links.yaml`` or
        ``events.yaml``).

    Examples
    --------
    >>> [link.id for link in load_links()][:2]
    ['alat-astara-railway', 'astara-astara-railway']
    """
    from geo.gazetteer import gazetteer, read_records

    path = Path(path) if path else settings.data_dir / "links.yaml"
    gaz = gaz or gazetteer()
    beside = path.with_name("corridors.yaml")
    corridors = load_corridors(beside if beside.exists() else None)
    records = read_records(path, "links")
    links: list[Link] = []
    seen: set[str] = set()
    for i, rec in enumerate(records):
        rid = rec.get("id") if isinstance(rec, dict) else None
        where = f"{path.name}, link #{i + 1} ({rid!r})"
        if not isinstance(rec, dict):
            raise DataError(f"{where}: expected a mapping of fields, got {type(rec).__name__}.")
        link = _validate_record(rec, where, gaz)
        corridor = rec.get("corridor")
        if corridor is not None and corridor not in corridors:
            msg = f"= {corridor!r} is not a corridor of corridors.yaml ({', '.join(corridors)})."
            raise _err(where, "corridor", msg)
        if link.id in seen:
            raise _err(where, "id", f"= {link.id!r} is used twice.")
        seen.add(link.id)
        links.append(link)
    beside = path.with_name("events.yaml")
    own = beside.exists()
    events_path = beside if own else settings.data_dir / "events.yaml"
    events = load_events(events_path, [link.id for link in links], others=not own)
    for link in links:
        link.events = events[link.id]
    return links


__all__ = [
    "AGREE",
    "APPROX_AGREE",
    "CATEGORIES",
    "DEFAULT_OFFSET_M",
    "GEOMETRY_METHODS",
    "HEDGES",
    "MODES",
    "OPTIONAL",
    "REGION",
    "REQUIRED",
    "RIPARIAN",
    "SCOPES",
    "STATUSES",
    "THROUGH_STOPS",
    "Along",
    "Link",
    "Stop",
    "agreement",
    "load_corridors",
    "load_links",
]
