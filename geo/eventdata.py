"""Reading and validating the history of the links: ``data/events.yaml``.

Each link of ``data/links.yaml`` has dated events (an agreement signed, money
found, a foundation laid, construction, a trial run, an opening...), each with
its source; a link's status is that of its latest event (:data:`EVENT_KINDS`),
derived by :mod:`geo.links`, never stored twice. This module owns the allowed
event kinds, the :class:`Event` record, date parsing (:func:`parse_date`, also
used for the ``as_of`` argument of the maps) and :func:`load_events`, which
checks every entry and raises a :class:`~geo._errors.DataError` naming the
file, the link and the field at fault: a bad date, an unknown kind, events out
of date order, a link without events or an unknown link.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geo._errors import DataError

#: Event kinds and the status each leaves a link in.
EVENT_KINDS: dict[str, str] = {
    "agreement": "planned",
    "financing": "planned",
    "foundation": "under construction",
    "construction": "under construction",
    "trial run": "under construction",
    "opening": "operational",
    "in service": "operational",
    "suspension": "suspended",
}
#: Fields every event must have.
EVENT_FIELDS = ("date", "kind", "what", "source")

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


@dataclass(frozen=True)
class Event:
    """One dated event of a link's history."""

    link: str
    date: dt.date
    precision: str  # "day", "month" or "year": how much of ``date`` the source gives
    kind: str
    what: str
    source: dict[str, str]

    @property
    def status(self) -> str:
        """The status the link is in after this event."""
        return EVENT_KINDS[self.kind]

    @property
    def label(self) -> str:
        """The date as the source gives it: ``2021-02-14``, ``2018-11`` or ``2006``."""
        return self.date.isoformat()[: {"day": 10, "month": 7, "year": 4}[self.precision]]


def parse_date(value: Any) -> tuple[dt.date, str]:
    """Return ``(date, precision)`` for ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or a date.

    A month or a year counts from its first day. Raises :class:`ValueError`
    (with no message of its own) when ``value`` is none of these.

    Examples
    --------
    >>> parse_date("2018-11")
    (datetime.date(2018, 11, 1), 'month')
    >>> parse_date(2006)
    (datetime.date(2006, 1, 1), 'year')
    """
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError
    text = value.strip()
    match = _PARTIAL.match(text)
    if match:
        year, month = int(match[1]), int(match[2] or 1)
        return dt.date(year, month, 1), "month" if match[2] else "year"
    return dt.date.fromisoformat(text), "day"


def as_date(value: Any, *, name: str = "as_of") -> dt.date:
    """Return the date a caller passed (``"2023-10-07"``, a ``date``), or raise a clear error.

    Examples
    --------
    >>> as_date("2023-10-07")
    datetime.date(2023, 10, 7)
    """
    try:
        return parse_date(value)[0]
    except ValueError as e:
        sep = " " if name.startswith("-") else "="
        msg = f"{name}{sep}{value!r} is not a date: give YYYY-MM-DD (or YYYY-MM, YYYY), e.g. 2023-10-07."
        raise DataError(msg) from e


def _err(where: str, fname: str, problem: str) -> DataError:
    return DataError(f"{where}: field {fname!r} {problem}")


def _event(where: str, fname: str, link: str, rec: Any) -> Event:
    from geo.linkdata import _check_source, _suggest

    if not isinstance(rec, dict):
        raise _err(where, fname, f"must be a mapping of {', '.join(EVENT_FIELDS)}, got {rec!r}.")
    for key in rec:
        if key not in EVENT_FIELDS:
            hint = _suggest(str(key), EVENT_FIELDS)
            raise _err(where, f"{fname}.{key}", f"is not a field of an event.{hint}")
    for key in EVENT_FIELDS:
        if rec.get(key) in (None, ""):
            raise _err(where, f"{fname}.{key}", "is missing or empty.")
    try:
        date, precision = parse_date(rec["date"])
    except ValueError:
        msg = f"= {rec['date']!r} is not a date: write YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no day."
        raise _err(where, f"{fname}.date", msg) from None
    kind = rec["kind"]
    if kind not in EVENT_KINDS:
        hint = _suggest(str(kind), EVENT_KINDS)
        msg = f"= {kind!r} is not an event kind.{hint} Kinds: {', '.join(EVENT_KINDS)}."
        raise _err(where, f"{fname}.kind", msg)
    if not isinstance(rec["what"], str):
        raise _err(where, f"{fname}.what", f"must be a line of text, got {rec['what']!r}.")
    _check_source(where, f"{fname}.source", rec["source"])
    source = {"title": str(rec["source"]["title"]), "url": str(rec["source"]["url"])}
    return Event(link, date, precision, str(kind), rec["what"].strip(), source)


def load_events(
    path: Path, link_ids: Iterable[str], *, others: bool = False
) -> dict[str, list[Event]]:
    """Read and validate the events file: link id -> its events in date order.

    Parameters
    ----------
    path : pathlib.Path
        The YAML file (``data/events.yaml``).
    link_ids : iterable of str
        The ids of the links (every one must have events).
    others : bool
        Skip entries of other links instead of failing (for a links file that
        borrows the project's events because it has none beside it).

    Raises
    ------
    DataError
        Naming the file, the link and the field at fault.

    Examples
    --------
    >>> from geo.linkdata import load_links
    >>> [(e.label, e.kind) for e in load_links()[3].events]
    [('2006', 'construction'), ('2018-11-22', 'trial run'), ('2019-03-06', 'opening')]
    """
    from geo.gazetteer import read_records
    from geo.linkdata import _suggest

    ids = list(link_ids)
    out: dict[str, list[Event]] = {}
    for i, rec in enumerate(read_records(path, "links with their events")):
        link = rec.get("link") if isinstance(rec, dict) else None
        where = f"{path.name}, entry #{i + 1} ({link!r})"
        if not isinstance(rec, dict):
            raise DataError(f"{where}: expected a mapping with 'link' and 'events'.")
        for key in rec:
            if key not in ("link", "events"):
                raise _err(where, str(key), "is not a field of an entry (link, events).")
        if link not in ids and others and isinstance(link, str):
            continue
        if link not in ids:
            msg = f"= {link!r} is not a link of links.yaml.{_suggest(str(link), ids)}"
            raise _err(where, "link", msg)
        where = f"{path.name}, link {link!r}"
        if link in out:
            raise _err(where, "link", "has a second entry; give each link one list of events.")
        records = rec.get("events")
        if not isinstance(records, list) or not records:
            raise _err(where, "events", "must be a non-empty list of events.")
        events = [_event(where, f"events[{j}]", link, e) for j, e in enumerate(records)]
        for j, (a, b) in enumerate(zip(events, events[1:], strict=False)):
            if b.date < a.date:
                msg = (
                    f"= {b.label} comes before events[{j}].date = {a.label}: "
                    "list a link's events in date order."
                )
                raise _err(where, f"events[{j + 1}].date", msg)
        out[link] = events
    missing = [i for i in ids if i not in out]
    if missing:
        msg = (
            f"{path.name}: link {missing[0]!r} of links.yaml has no events; its status is "
            "derived from them. Add an entry with at least one dated, sourced event."
        )
        raise DataError(msg)
    return out


__all__ = ["EVENT_FIELDS", "EVENT_KINDS", "Event", "as_date", "load_events", "parse_date"]
