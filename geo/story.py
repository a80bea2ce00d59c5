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

Escaping: the article, the title and every name reach the page through
:func:`geo.export.escape_html` (HTML) or as JSON in a
``<script type="application/json">`` element with ``<``, ``>`` and ``&``
written as ``\u`` escapes. The page's script reads that JSON and the
``data-`` attributes; it never builds HTML from strings. The panel's
elements are rendered verbatim (not through Jinja, which would evaluate
``{{ }}`` in the text).
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from branca.element import Element, MacroElement

from geo.export import escape_html
from geo.gazetteer import COUNTRY_WORDS, KIND_WORDS, Place, normalize
from geo.geoparse import CALENDAR_WORDS, Mention, geoparse, link_names
from geo.maps import links_frame, overview_map, slug

if TYPE_CHECKING:
    import folium
    import geopandas

__all__ = ["StoryPanel", "Unresolved", "story_map", "unresolved_names"]

#: Words before a name that make it a place ("from X", "in the X").
PLACE_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "from",
        "to",
        "near",
        "via",
        "through",
        "towards",
        "toward",
        "into",
        "across",
        "along",
        "between",
        "outside",
        "inside",
        "beyond",
        "around",
    ]
)
#: First words of capitalised runs that are titles or determiners, not places.
_TITLE_WORDS = frozenset(
    [
        "president",
        "prime",
        "minister",
        "secretary",
        "ambassador",
        "mr",
        "mrs",
        "ms",
        "dr",
        "general",
        "deputy",
        "chairman",
        "head",
        "king",
        "queen",
        "prince",
        "sheikh",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
    ]
)
#: Words that make a capitalised run a body or an event, wherever they stand in it.
_BODY_WORDS = frozenset(
    [
        "council",
        "ministry",
        "committee",
        "commission",
        "government",
        "parliament",
        "assembly",
        "embassy",
        "consulate",
        "company",
        "corporation",
        "bank",
        "agency",
        "party",
        "university",
        "institute",
        "organization",
        "organisation",
        "union",
        "court",
        "office",
        "department",
        "group",
        "forum",
        "summit",
        "conference",
        "airlines",
        "railways",
        "news",
        "service",
        "guard",
        "army",
    ]
)
_WORD = re.compile(r"[^\W\d_][\w'’`-]*")
_POSSESSIVE = re.compile(r"(?:['’`]s?)$")
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
#: Characters and words :mod:`geo.export` scans pages for (asset use, element ids):
#: written as character references in the panel so article text cannot trip them.
_SCANNED = re.compile(r"jQuery|AwesomeMarkers|fa-(?=solid|regular|brands)|[@_]")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "$": "\\u0024", "@": "\\u0040"}
_JSON_ESCAPES |= {"_": "\\u005f", "`": "\\u0060"}
_HEADLINE_MAX = 200


# ---------------------------------------------------------------------------- names


@dataclass(frozen=True)
class Unresolved:
    """A capitalised name in a place's position that no gazetteer entry matches.

    Attributes
    ----------
    text : str
        The name as written.
    start, end : int
        Offsets into the text.
    """

    text: str
    start: int
    end: int


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _is_capitalised(word: str) -> bool:
    return word[0].isupper()


def _runs(text: str, words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Group consecutive capitalised words (separated by single blanks) into runs of word indexes."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not _is_capitalised(words[i].group()):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(words)
            and _is_capitalised(words[j + 1].group())
            and text[words[j].end() : words[j + 1].start()] in (" ", "\u00a0")
        ):
            j += 1
        runs.append((i, j))
        i = j + 1
    return runs


def _plain(word: str) -> str:
    return normalize(_POSSESSIVE.sub("", word))


def _not_a_place(names: Sequence[str]) -> bool:
    """Titles, months, and country names or adjectives ("Azerbaijani-Iranian")."""
    first = _plain(names[0])
    if first in _TITLE_WORDS or first in CALENDAR_WORDS:
        return True
    if any(_plain(n) in _BODY_WORDS for n in names):
        return True
    parts = [p for n in names for p in re.split(r"[-'’`]", n) if p]
    return all(normalize(p) in COUNTRY_WORDS or normalize(p) in CALENDAR_WORDS for p in parts)


def _place_position(text: str, words: list[re.Match[str]], i: int, j: int) -> bool:
    """Whether the run ``words[i..j]`` stands where a place name would."""
    before = [w.group().lower() for w in words[max(i - 3, 0) : i]]
    # the words before must be in the same clause (no sentence end between)
    if i and re.search(r"[.!?;:]", text[words[i - 1].end() : words[i].start()]):
        before = []
    if before and before[-1] == "the":
        before = before[:-1]
    if before and before[-1] in PLACE_PREPOSITIONS:
        return True
    if len(before) >= 2 and before[-1] == "of" and normalize(before[-2]) in KIND_WORDS:
        return True  # "the city of X"
    if normalize(words[j].group()) in KIND_WORDS and j > i:
        return True  # "X River", "X Region"
    after = words[j + 1].group() if j + 1 < len(words) else ""
    gap = text[words[j].end() : words[j + 1].start()] if after else ""
    return bool(after) and gap.strip() == "" and normalize(after) in KIND_WORDS


def unresolved_names(text: str, mentions: Iterable[Mention] | None = None) -> list[Unresolved]:
    """Find place-like names in ``text`` that the geoparser did not resolve.

    A name is a run of capitalised words, outside every mention, that follows
    a place preposition ("from Zorbakistan", "in the Zorbak Valley") or "city
    of"-like words, or is followed or ended by a kind word ("the Zorbak river").
    Titles ("President ..."), months and country adjectives are left out. The
    rule favours precision: names in other positions are not guessed at.

    Parameters
    ----------
    text : str
        The article.
    mentions : iterable of Mention, optional
        The mentions of ``text`` (default: :func:`geo.geoparse` of it).

    Returns
    -------
    list of Unresolved
        In text order.

    Examples
    --------
    >>> [u.text for u in unresolved_names("Trains will run from Zorbakistan to Nakhchivan.")]
    ['Zorbakistan']
    >>> [u.text for u in unresolved_names("Khalaf Khalafov met President Raisi in Tehran.")]
    []
    """
    if mentions is None:
        mentions = geoparse(text)
    taken = [(m.start, m.end) for m in mentions]
    words = _words(text)
    found = []
    for i, j in _runs(text, words):
        start, end = words[i].start(), words[j].end()
        if any(s < end and start < e for s, e in taken):
            continue
        names = [w.group() for w in words[i : j + 1]]
        if _not_a_place(names) or not _place_position(text, words, i, j):
            continue
        tail = _POSSESSIVE.search(names[-1])
        if tail and tail.group():
            end -= len(tail.group())
        found.append(Unresolved(text[start:end], start, end))
    return found


# --------------------------------------------------------------------------- targets


@dataclass
class _Target:
    """What a mention points at: a key, a label, the CSS classes of its drawn features."""

    key: str
    label: str
    classes: list[str] = field(default_factory=list)
    popup: str | None = None  # name in the popup that opens (the first feature's)


def _link_rows(links: geopandas.GeoDataFrame, link_id: str) -> geopandas.GeoDataFrame:
    """Rows of a link id: the row itself, or the rows of a corridor (``corridor`` column)."""
    hit = links["id"].astype(str) == link_id
    for column in ("corridor", "corridors"):
        if column in links.columns:
            hit |= links[column].map(
                lambda v: link_id in v if isinstance(v, list | tuple) else str(v) == link_id
            )
    return links[hit]


def _targets(mentions: Sequence[Mention], links: geopandas.GeoDataFrame) -> dict[str, _Target]:
    """Key, label and feature classes of everything the mentions point at."""
    link_ids = set(links["id"].astype(str))
    names = dict(zip(links["id"].astype(str), links["name"].astype(str), strict=True))
    out: dict[str, _Target] = {}
    for m in mentions:
        key = _key(m)
        if key in out:
            continue
        if m.place is not None:
            pid = m.place.id
            if pid in link_ids:  # drawn as a link (an embassy, a reservoir)
                out[key] = _Target(key, names[pid], [f"link-{slug(pid)}"], names[pid])
            else:
                out[key] = _Target(key, m.place.name, [f"place-{slug(pid)}"], m.place.name)
            continue
        rows = _link_rows(links, str(m.link))
        label = names.get(str(m.link)) or next(iter(link_names().get(str(m.link), ())), m.text)
        classes = [f"link-{slug(i)}" for i in rows["id"].astype(str)]
        popup = str(rows["name"].iloc[0]) if len(rows) else None
        out[key] = _Target(key, label, classes, popup)
    return out


def _key(m: Mention) -> str:
    return f"place:{m.place.id}" if m.place is not None else f"link:{m.link}"


def _sentence_span(text: str, sentence: str) -> tuple[int, int] | None:
    """Where ``sentence`` stands in ``text``, blanks compared loosely."""
    tokens = sentence.split()
    if not tokens:
        return None
    hit = re.search(r"\s+".join(re.escape(t) for t in tokens), text)
    return (hit.start(), hit.end()) if hit else None


def _places_frame(places: Sequence[Place]) -> geopandas.GeoDataFrame:
    """Return a :func:`geo.places`-like frame of the given places."""
    import geopandas
    from shapely.geometry import Point

    columns = ("id", "name", "kind", "country", "lat", "lon", "source", "derivation", "prominence")
    data: dict[str, list[Any]] = {c: [getattr(p, c, None) for p in places] for c in columns}
    data["aliases"] = [list(p.aliases) for p in places]
    geometry = [p.geometry if p.geometry is not None else Point(p.lon, p.lat) for p in places]
    return geopandas.GeoDataFrame(data, geometry=geometry, crs="EPSG:4326")


def _map_content(
    text: str, mentions: Sequence[Mention], links: geopandas.GeoDataFrame
) -> tuple[geopandas.GeoDataFrame, geopandas.GeoDataFrame, dict[str, tuple[int, int]]]:
    """Return the links and places to draw, and the span of each link's sentence in the text."""
    mentioned = {str(m.link) for m in mentions if m.link is not None}
    place_ids = {m.place.id for m in mentions if m.place is not None}
    keep = links["id"].astype(str).isin(place_ids)
    for link_id in mentioned:
        keep |= links.index.isin(_link_rows(links, link_id).index)
    spans: dict[str, tuple[int, int]] = {}
    if "article_sentence" in links.columns:
        for link_id, sentence in zip(
            links["id"].astype(str), links["article_sentence"], strict=True
        ):
            span = _sentence_span(text, sentence) if isinstance(sentence, str) else None
            if span is not None:
                spans[link_id] = span
        keep |= links["id"].astype(str).isin(spans)
    drawn = links[keep]
    if "article_sentence" in drawn.columns:  # quote only sentences of this text
        drawn = drawn.assign(
            article_sentence=[
                sentence if link_id in spans else None
                for link_id, sentence in zip(
                    drawn["id"].astype(str), drawn["article_sentence"], strict=True
                )
            ]
        )
    link_ids = set(drawn["id"].astype(str))
    seen: dict[str, Place] = {}
    for m in mentions:
        if m.place is not None and m.place.id not in link_ids:
            seen.setdefault(m.place.id, m.place)
    return drawn, _places_frame(list(seen.values())), spans


# ----------------------------------------------------------------------------- panel


def _h(text: str) -> str:
    """Escape article text for the panel (see the module docstring)."""
    return _SCANNED.sub(lambda m: f"&#{ord(m.group()[0])};" + m.group()[1:], escape_html(text))


def _json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element (and for :mod:`geo.export`'s scans)."""
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return re.sub("[<>&$@_`]", lambda m: _JSON_ESCAPES[m.group()], text)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    level: int  # 0: sentence, 1: mark
    open: str
    close: str


def _render(text: str, start: int, end: int, spans: Sequence[_Span]) -> str:
    """Escape ``text[start:end]`` with the (properly nested) spans inside it as tags."""
    events = []
    for s in spans:
        events.append((s.start, 1, s.level, s.open))
        events.append((s.end, 0, -s.level, s.close))
    events.sort(key=lambda e: e[:3])
    out, pos = [], start
    for at, _, _, tag in events:
        out.append(_h(text[pos:at]))
        out.append(tag)
        pos = at
    out.append(_h(text[pos:end]))
    return "".join(out)


def _mark(m: Mention, target: _Target) -> _Span:
    attr = f'data-place="{_h(m.place.id)}"' if m.place is not None else f'data-link="{_h(m.link)}"'
    key = _h(target.key)
    if target.classes:
        tip = _h(f"Show {target.label} on the map")
        tag = (
            f'<mark class="story-mention" {attr} data-target="{key}" tabindex="0" '
            f'role="button" title="{tip}">'
        )
    else:
        tip = _h(f"{target.label}: not on the map")
        tag = (
            f'<mark class="story-mention story-undrawn" {attr} data-target="{key}" title="{tip}">'
        )
    return _Span(m.start, m.end, 1, tag, "</mark>")


def _unresolved_mark(u: Unresolved) -> _Span:
    tag = '<mark class="story-unresolved" title="Not found in the gazetteer">'
    return _Span(u.start, u.end, 1, tag, "</mark>")


def _sentence_spans(
    spans: dict[str, tuple[int, int]], marks: Sequence[_Span]
) -> tuple[list[_Span], dict[str, int]]:
    """One span per distinct sentence (dropped if a mark straddles its edge); link id -> index."""
    out: list[_Span] = []
    index: dict[tuple[int, int], int] = {}
    of_link: dict[str, int] = {}
    for link_id, (s, e) in sorted(spans.items(), key=lambda kv: (kv[1], kv[0])):
        if any(m.start < s < m.end or m.start < e < m.end for m in marks):
            continue
        if (s, e) not in index:
            index[(s, e)] = len(out)
            tag = f'<span class="story-sentence" data-sentence="{len(out)}">'
            out.append(_Span(s, e, 0, tag, "</span>"))
        of_link[link_id] = index[(s, e)]
    return out, of_link


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(p.start(), p.end()) for p in _PARAGRAPH.finditer(text)]


def _lists(unresolved: Sequence[Unresolved], undrawn: Sequence[tuple[str, str]]) -> list[str]:
    """Return the "not found" and "not on the map" sections of the panel."""
    counts: dict[str, int] = {}
    for u in unresolved:
        counts[u.text] = counts.get(u.text, 0) + 1
    items = "".join(
        f"<li>{_h(name)}{f' <small>({n}×)</small>' if n > 1 else ''}</li>"
        for name, n in counts.items()
    )
    out = ['<section class="story-notes" id="story-unresolved">']
    out.append("<h2>Names not found in the gazetteer</h2>")
    out.append(f"<ul>{items}</ul>" if items else "<p>None: every place-like name was found.</p>")
    if undrawn:
        rows = "".join(
            f"<li>{_h(label)} <small>({_h(text)})</small></li>" for label, text in undrawn
        )
        out.append(f'<h2>Named, not on the map</h2><ul id="story-undrawn">{rows}</ul>')
    out.append("</section>")
    return out


def _panel_html(
    text: str,
    title: str | None,
    mentions: Sequence[Mention],
    targets: dict[str, _Target],
    unresolved: Sequence[Unresolved],
    sentences: dict[str, tuple[int, int]],
) -> tuple[str, dict[str, int], str]:
    """Return the panel's HTML, the sentence index of each link, and the plain page title."""
    marks = [_mark(m, targets[_key(m)]) for m in mentions]
    marks += [_unresolved_mark(u) for u in unresolved]
    marks.sort(key=lambda s: s.start)
    spans, of_link = _sentence_spans(sentences, marks)
    paragraphs = _paragraphs(text)
    head = ""
    plain = title if title is not None else "Story map"
    if title is not None:
        head = f'<h1 class="story-title">{_h(title)}</h1>'
    elif len(paragraphs) > 1 and paragraphs[0][1] - paragraphs[0][0] <= _HEADLINE_MAX:
        s, e = paragraphs.pop(0)
        inside = [x for x in [*marks, *spans] if s <= x.start and x.end <= e]
        head = f'<h1 class="story-title">{_render(text, s, e, inside)}</h1>'
        plain = " ".join(text[s:e].split())
    body = []
    for s, e in paragraphs:
        inside = [x for x in [*marks, *spans] if s <= x.start and x.end <= e]
        body.append(f"<p>{_render(text, s, e, inside)}</p>")
    undrawn, seen = [], set()
    for m in mentions:
        target = targets[_key(m)]
        if not target.classes and target.key not in seen:
            seen.add(target.key)
            undrawn.append((target.label, m.text))
    parts = [
        '<aside id="story-panel" class="story-panel" aria-label="Article">',
        head,
        '<p class="story-hint">Click a highlighted name to see it on the map; '
        "click a feature on the map to find it in the text.</p>",
        '<div class="story-body">',
        *body,
        "</div>",
        *_lists(unresolved, undrawn),
        "</aside>",
    ]
    return "\n".join(p for p in parts if p), of_link, plain


# ------------------------------------------------------------------------ the element


@functools.cache
def _static(name: str) -> str:
    """Return a file of ``geo/static/`` (the page's CSS and JavaScript)."""
    return importlib.resources.files("geo").joinpath("static", name).read_text(encoding="utf-8")


class _Verbatim(Element):
    """An element that renders its text as is (``Element(text)`` would parse it as Jinja)."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "Verbatim"
        self.text = text

    def render(self, **kwargs: Any) -> str:
        """Return the text."""
        return self.text


class StoryPanel(MacroElement):
    """The article panel of a story map: CSS, the panel and its data, and the script.

    Add it to a :class:`folium.Map` (as :func:`story_map` does). Its parts are
    rendered verbatim into the page's head, body and closing script.

    Parameters
    ----------
    html : str
        The panel's HTML (already escaped).
    data : dict
        Targets (``{key: {"label", "classes", "popup"}}``) and the sentence index of each
        feature class (``{"link-<id>": n}``), written as JSON.
    mentions : list of Mention
        The mentions shown, for callers that want counts.
    unresolved : list of Unresolved
        The names listed as not found.
    """

    def __init__(
        self,
        html: str,
        data: dict[str, Any],
        mentions: Sequence[Mention] = (),
        unresolved: Sequence[Unresolved] = (),
    ):
        super().__init__()
        self._name = "StoryPanel"
        self.html = html
        self.data = data
        self.mentions = list(mentions)
        self.unresolved = list(unresolved)

    def render(self, **kwargs: Any) -> None:
        """Add the CSS, the panel and the script to the figure."""
        figure = self.get_root()
        name = self._parent.get_name()
        figure.header.add_child(
            _Verbatim(f"<style>{_static('story.css').replace('__MAP__', name)}</style>"),
            name=f"{self.get_name()}_css",
        )
        data = f'<script type="application/json" id="story-data">{_json(self.data)}</script>'
        figure.html.add_child(_Verbatim(f"{self.html}\n{data}"), name=self.get_name())
        figure.script.add_child(
            _Verbatim(_static("story.js").replace("__MAP__", name)), name=self.get_name()
        )


# ------------------------------------------------------------------------------- API


def story_map(
    text: str,
    *,
    title: str | None = None,
    links: geopandas.GeoDataFrame | None = None,
) -> folium.Map:
    """Build the story map of an article: the text in a side panel beside its map.

    Parameters
    ----------
    text : str
        The article (any language :func:`geo.geoparse` reads).
    title : str, optional
        The heading and page title. Default: the article's first paragraph
        when it is short (a headline), else "Story map".
    links : geopandas.GeoDataFrame, optional
        Links with the columns of :func:`geo.links` (default). Drawn: those the
        article names (by id, or by a ``corridor`` column naming the mentioned
        link), those that are a mentioned place (an embassy, a reservoir) and
        those whose ``article_sentence`` stands in the text.

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
    >>> "<li>Zorbakistan</li>" in page
    True
    """
    if not isinstance(text, str):
        msg = f"story_map() needs the article as a str, got {type(text).__name__}."
        raise TypeError(msg)
    links = links_frame(links)
    mentions = geoparse(text)
    unresolved = unresolved_names(text, mentions)
    drawn, places, sentences = _map_content(text, mentions, links)
    targets = _targets(mentions, drawn)
    html, of_link, plain = _panel_html(text, title, mentions, targets, unresolved, sentences)
    m = overview_map(links=drawn, places=places)
    data = {
        "targets": {
            k: {"label": t.label, "classes": t.classes, "popup": t.popup}
            for k, t in targets.items()
        },
        "sentences": {f"link-{slug(k)}": v for k, v in of_link.items()},
    }
    StoryPanel(html, data, mentions, unresolved).add_to(m)
    m.get_root().title = escape_html(plain)
    return m
