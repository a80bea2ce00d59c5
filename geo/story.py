r"""The article beside its map: :func:`story_map`.

One page with the article in a side panel and the map of what it names:

* every mention :func:`geo.geoparse` finds is a ``<mark>`` with its
  ``data-place`` (gazetteer id) or ``data-link`` (link id) and a
  ``data-target`` key (``place:<id>``, ``link:<id>``); clicking it (or Enter
  on it) flies the map to the feature (``flyTo`` a point, ``fitBounds`` a line
  or polygon) and opens its popup;
* clicking a feature on the map highlights its mentions in the text and
  scrolls the first into view; a link the article proposes without naming it
  (its ``article_sentence`` is in the text) highlights that sentence;
* capitalised names that stand where a place would stand ("from Zorbakistan",
  "the Zorbak river") but resolve to nothing are marked and listed as
  unresolved (:func:`unresolved_names`), and mentions with nothing to draw
  (a named corridor with no geometry of its own) are listed too: nothing is
  dropped silently;
* below 700 px of width the panel stacks above the map.

The map is :func:`geo.maps.overview_map` of the places mentioned and of the
links mentioned or proposed in the article's sentences, so it carries the same
styles, popups, legend and layer control. A link's popup quotes its
``article_sentence`` only where that sentence stands in this text: the story
of another article does not quote the seed article. The panel is added as a branca
element; :func:`geo.export.save_html` writes the page.

The page is assembled here from :mod:`geo.unresolved` (names not found),
:mod:`geo._targets` (what each mention flies to, what the map draws) and
:mod:`geo._panel` (the panel's HTML and its element).

Escaping: the article, the title and every name reach the page through
:func:`geo.export.escape_html` (HTML) or as JSON in a
``<script type="application/json">`` element with ``<``, ``>`` and ``&``
written as ``\u`` escapes. The page's script reads that JSON and the
``data-`` attributes; it never builds HTML from strings. The panel's
elements are rendered verbatim (not through Jinja, which would evaluate
``{{ }}`` in the text).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from geo._panel import StoryPanel, panel_html
from geo._targets import map_content
from geo._targets import targets as find_targets
from geo.dateline import article_date
from geo.eventdata import as_date
from geo.export import escape_html, isolate
from geo.geoparse import Mention, geoparse
from geo.maps import links_frame, overview_map, slug
from geo.unresolved import PLACE_PREPOSITIONS, Unresolved, unresolved_names

if TYPE_CHECKING:
    import folium
    import geopandas

__all__ = ["PLACE_PREPOSITIONS", "StoryPanel", "Unresolved", "story_map", "unresolved_names"]


def story_map(
    text: str,
    *,
    title: str | None = None,
    links: geopandas.GeoDataFrame | None = None,
    as_of: Any = None,
    year: int | None = None,
    mentions: list[Mention] | None = None,
) -> folium.Map:
    """Build the story map of an article: the text in a side panel beside its map.

    Parameters
    ----------
    text : str
        The article (any language :func:`geo.geoparse` reads).
    title : str, optional
        The heading and page title. Default: the article's first paragraph
        when it is short (a headline), else "Story map: " and the first names it
        shows ("Story map: Kars, Igdir, Dilucu Border Crossing, Turkey, …").
    links : geopandas.GeoDataFrame, optional
        Links with the columns of :func:`geo.links` (default). Drawn: those the
        article names (by id, or by a ``corridor`` column naming the mentioned
        link), those that are a mentioned place (an embassy, a reservoir) and
        those whose ``article_sentence`` stands in the text.
    as_of : datetime.date or str, optional
        Draw the links as they stood on that day. Default: the article's own date,
        from its dateline or header (:func:`geo.dateline.article_date`); without
        one, the latest recorded statuses. The page says which date it used.
    year : int, optional
        The year of a dateline that gives none ("BAKU, Azerbaijan, October 27").
    mentions : list of Mention, optional
        The article's mentions, if already found (default: :func:`geo.geoparse` of
        ``text``): ``corridors story`` parses first and lets the parser go before the
        map is built.

    Returns
    -------
    folium.Map
        An overview-style map (:func:`geo.maps.overview_map`) of what the
        article names, with a :class:`StoryPanel`; write it with
        :func:`geo.export.save_html`.

    Raises
    ------
    TypeError
        If ``text`` is not a string.
    DataError
        If ``links`` lacks a required column.

    Examples
    --------
    >>> m = story_map("Trains will run from Zorbakistan to Nakhchivan.", title="Rail")
    >>> page = m.get_root().render()
    >>> 'data-place="nakhchivan-ar"' in page or 'data-place="nakhchivan"' in page
    True
    >>> "<li><bdi>Zorbakistan</bdi></li>" in page
    True
    """
    if not isinstance(text, str):
        msg = f"story_map() needs the article as a str, got {type(text).__name__}."
        raise TypeError(msg)
    day, note = _as_of(text, as_of, year)
    if day is not None and as_of is None and links is not None and "history" not in links:
        day, note = None, f"{note} The links given carry no history: drawn as given."
    links = links_frame(links, as_of=day)
    if mentions is None:
        mentions = geoparse(text)
    unresolved = unresolved_names(text, mentions)
    drawn, places, sentences = map_content(text, mentions, links)
    targets = find_targets(mentions, drawn)
    html, of_link, plain = panel_html(
        text, title, mentions, targets, unresolved, sentences, note=note
    )
    m = overview_map(links=drawn, places=places, as_of=day, title=plain)
    data = {
        "targets": {
            k: {"label": t.label, "classes": t.classes, "popup": t.popup}
            for k, t in targets.items()
        },
        "sentences": {f"link-{slug(k)}": v for k, v in of_link.items()},
    }
    StoryPanel(html, data, mentions, unresolved, as_of=day, date_note=note).add_to(m)
    m.get_root().title = escape_html(plain)
    return m


def _as_of(text: str, as_of: Any, year: int | None) -> tuple[dt.date | None, str]:
    """Return the day the story map is drawn as of, and the sentence that says so on the page."""
    if as_of is not None:
        day = as_date(as_of)
        return day, f"Links as they stood on {day.isoformat()} (the date given)."
    found = article_date(text, year=year)
    if found is None:
        return None, (
            "No date found at the head of the article: links as of the latest recorded "
            "event. Give a date (as_of, corridors story --as-of) to see them as they stood then."
        )
    if found.date is None:
        return None, (
            f"The dateline \u201c{isolate(found.text)}\u201d gives no year: links as of the latest recorded "
            "event. Give the year (year, corridors story --year) or a date (--as-of)."
        )
    given = f", year {found.date.year} given" if found.year_given else ""
    return found.date, (
        f"Links as they stood on {found.date.isoformat()}, the article's date "
        f"(\u201c{isolate(found.text)}\u201d{given})."
    )
