"""The timeline of a links map: step through every event of the links' history.

:class:`Timeline` is a branca element that :func:`geo.maps.overview_map` adds
with ``timeline=True``: a panel (a Leaflet control) with the date, back and
forward buttons, a slider over every event in date order and the list of
events beside it. Each step redraws every link as it stood that day (hidden
before its first event; dashes and fills of its status, as the legend shows
them) and a popup opened then lists the link's history up to that day only.

The data (events, each link's statuses by date, the styles of
:mod:`geo.legend`) is JSON in a ``<script type="application/json">``
element; the script (``geo/static/timeline.js``) and the CSS
(``geo/static/timeline.css``) are inlined, so the page stays one offline file.
The script builds the list with ``textContent`` and only ``http(s)`` sources
become links: no text from the data is parsed as HTML.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from branca.element import MacroElement

from geo._offline import _Raw
from geo._panel import _json, _static
from geo.eventdata import as_date
from geo.legend import _STATUS_FILL, STATUS_DASH
from geo.popups import safe_url

if TYPE_CHECKING:
    import geopandas

__all__ = ["Timeline", "timeline_data"]


def timeline_data(links: geopandas.GeoDataFrame, *, start: Any = None) -> dict[str, Any]:
    """Return what the timeline script reads: the events in order and each link's statuses.

    Parameters
    ----------
    links : geopandas.GeoDataFrame
        A frame of :func:`geo.links` (the ``history`` column is used).
    start : datetime.date or str, optional
        The day the timeline opens at: the step of the latest event up to it
        (default: the last event).

    Returns
    -------
    dict
        ``events`` (``d`` date, ``l`` date as given, ``k`` kind, ``s`` status,
        ``w`` what, ``n`` link name, ``c`` the link's CSS class, ``u`` source URL
        or None), ``links`` (CSS class -> ``[[date, status], ...]``), ``dash``,
        ``fill`` (the styles by status) and ``start`` (a step index).

    Examples
    --------
    >>> import geo
    >>> data = timeline_data(geo.links(), start="2023-10-07")
    >>> data["events"][data["start"]]["d"]
    '2023-10-06'
    """
    from geo.maps import slug

    events, by_link = [], {}
    for row in links.itertuples():
        history = list(getattr(row, "history", None) or [])
        cls = f"link-{slug(row.id)}"
        by_link[cls] = [[e["date"], e["status"]] for e in history]
        for e in history:
            url = safe_url(e["source"].get("url"))
            events.append(
                {
                    "d": e["date"],
                    "l": e["label"],
                    "k": e["kind"],
                    "s": e["status"],
                    "w": e["what"],
                    "n": str(row.name),
                    "c": cls,
                    "u": url,
                }
            )
    events.sort(key=lambda e: e["d"])  # stable: links keep their order within a day
    if start is None:
        index = len(events) - 1
    else:
        day = as_date(start).isoformat()
        index = max((i for i, e in enumerate(events) if e["d"] <= day), default=0)
    return {
        "events": events,
        "links": by_link,
        "dash": dict(STATUS_DASH),
        "fill": dict(_STATUS_FILL),
        "start": index,
    }


class Timeline(MacroElement):
    """The timeline panel of a links map: add it to a :class:`folium.Map`.

    Parameters
    ----------
    links : geopandas.GeoDataFrame
        The links drawn on the map (a frame of :func:`geo.links`, every link).
    start : datetime.date or str, optional
        The day the timeline opens at (default: the latest event).
    """

    def __init__(self, links: geopandas.GeoDataFrame, *, start: Any = None):
        super().__init__()
        self._name = "Timeline"
        self.data = timeline_data(links, start=start)

    def render(self, **kwargs: Any) -> None:
        """Add the CSS, the data and the script to the figure."""
        figure = self.get_root()
        name = self._parent.get_name()
        figure.header.add_child(
            _Raw(f"<style>{_static('timeline.css')}</style>"), name=f"{self.get_name()}_css"
        )
        data = f'<script type="application/json" id="timeline-data">{_json(self.data)}</script>'
        figure.html.add_child(_Raw(data), name=self.get_name())
        figure.script.add_child(
            _Raw(_static("timeline.js").replace("__MAP__", name)), name=self.get_name()
        )
