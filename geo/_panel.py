r"""The article panel of a story map: the text with its marks, and the page element.

Every mention is a ``<mark>`` with ``data-place``/``data-link`` and a
``data-target`` key; unresolved names are marked too; a link's
``article_sentence`` is a ``<span class="story-sentence">``. Article text is
escaped with :func:`geo.export.escape_html`, and the characters
:mod:`geo.export` scans pages for are written as character references; the
panel's data is JSON with ``<``, ``>`` and ``&`` written as ``\u`` escapes.
:class:`StoryPanel` renders it all verbatim (not through Jinja).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from branca.element import MacroElement

from geo._elsewhere import locator_svg
from geo._offline import _Raw
from geo._targets import Target, key
from geo.export import escape_html
from geo.gazetteer import Place
from geo.geoparse import Mention
from geo.unresolved import Unresolved

__all__ = ["StoryPanel", "panel_html"]

_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
#: Characters and words :mod:`geo.export` scans pages for (asset use, element ids):
#: written as character references in the panel so article text cannot trip them.
_SCANNED = re.compile(r"jQuery|AwesomeMarkers|fa-(?=solid|regular|brands)|[@_]")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "$": "\\u0024", "@": "\\u0040"}
_JSON_ESCAPES |= {"_": "\\u005f", "`": "\\u0060"}
_HEADLINE_MAX = 200


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


def _mark(m: Mention, target: Target) -> _Span:
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


#: A line longer than this is no hard-wrapped line: text copied from a web page puts each
#: paragraph on one line, with no blank line between them.
_WRAPPED_LINE_MAX = 100
_LINE = re.compile(r"[^\n]*\S[^\n]*")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    r"""Return the paragraphs' spans: blocks between blank lines, or lines of copied text.

    A block whose lines before its last are all short is hard-wrapped prose (one
    paragraph); one with a longer line is a paragraph a line, as a copied web page
    gives them ("Headline\nFirst paragraph ...\nSecond paragraph ...").
    """
    out = []
    for block in _PARAGRAPH.finditer(text):
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text, block.start(), block.end())]
        if any(e - s > _WRAPPED_LINE_MAX for s, e in lines[:-1]):
            out += lines
        else:
            out.append((block.start(), block.end()))
    return out


# A paragraph of a scraped page that is no prose: a markup token ("post-img",
# "share_button", "img-caption"), a share or navigation button, a lone section label
# ("Politics") or symbols only.
_MARKUP_TOKEN = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")
_PAGE_WORDS = frozenset(
    [
        "share",
        "tweet",
        "print",
        "email",
        "e-mail",
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "telegram",
        "linkedin",
        "vk",
        "copy",
        "link",
        "read",
        "more",
        "follow",
        "us",
        "subscribe",
        "advertisement",
        "comments",
        "tags",
        "photo",
        "video",
        "politics",
        "economy",
        "society",
        "business",
        "world",
        "sport",
        "sports",
        "region",
        "analytics",
        "opinion",
    ]
)


def _debris(text: str, s: int, e: int, marked: bool) -> bool:
    """Whether the paragraph ``text[s:e]`` is page debris, not article prose.

    A paragraph with a marked name is prose. Otherwise debris is a markup token,
    a line of share or navigation words (every word among ``_PAGE_WORDS``), or a
    line without a letter.

    >>> [_debris(t, 0, len(t), False) for t in ("post-img", "Politics", "Share  Tweet")]
    [True, True, True]
    >>> [_debris(t, 0, len(t), False) for t in ("By Elnur Hasanov", "Photo: the bridge")]
    [False, False]
    """
    if marked:
        return False
    para = text[s:e].strip()
    if _MARKUP_TOKEN.fullmatch(para) or not any(c.isalpha() for c in para):
        return True
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", para.casefold())
    return bool(words) and len(words) <= 6 and all(w in _PAGE_WORDS for w in words)


def _elsewhere(far: Sequence[tuple[Place, str]]) -> list[str]:
    """Return the "also mentioned" section: far places, each with a locator."""
    if not far:
        return []
    rows = "".join(
        f'<li data-place="{_h(place.id)}">{locator_svg(place.lat, place.lon)} '
        f"{_h(place.name)}{f' <small>(<bdi>{_h(text)}</bdi>)</small>' if text != place.name else ''}</li>"
        for place, text in far
    )
    return [
        '<section class="story-notes" id="story-elsewhere">',
        "<h2>Also mentioned, outside the map</h2>",
        f'<ul class="story-far">{rows}</ul>',
        "</section>",
    ]


#: What the "not found" section says when it lists nothing: the search is a heuristic
#: (names after place words: "in", "через", "город", "Stadt", a route's dash...),
#: so it claims no more than it saw.
_NONE_UNRESOLVED = (
    "<p>None seen: no name after a place word (“in”, “через”, “Stadt”...) "
    "or in a route was left unplaced.</p>"
)


def _lists(unresolved: Sequence[Unresolved], undrawn: Sequence[tuple[str, str]]) -> list[str]:
    """Return the "not found" and "not on the map" sections of the panel."""
    counts: dict[str, int] = {}
    for u in unresolved:
        counts[u.text] = counts.get(u.text, 0) + 1
    items = "".join(
        f"<li><bdi>{_h(name)}</bdi>{f' <small>({n}×)</small>' if n > 1 else ''}</li>"
        for name, n in counts.items()
    )
    out = ['<section class="story-notes" id="story-unresolved">']
    out.append("<h2>Names not found in the gazetteer</h2>")
    out.append(f"<ul>{items}</ul>" if items else _NONE_UNRESOLVED)
    if undrawn:
        rows = "".join(
            f"<li>{_h(label)} <small>(<bdi>{_h(text)}</bdi>)</small></li>"
            for label, text in undrawn
        )
        out.append(f'<h2>Named, not on the map</h2><ul id="story-undrawn">{rows}</ul>')
    out.append("</section>")
    return out


#: Names in the title of a story map whose article has no headline.
_TITLE_NAMES = 4


def _untitled(mentions: Sequence[Mention], targets: dict[str, Target]) -> str:
    """Return the title of an article without a headline: what its map shows, first named first.

    ("Story map: Kars, Igdir, Dilucu Border Crossing, Turkey, …"; "Story map" when
    nothing is drawn.)
    """
    names: list[str] = []
    for m in mentions:
        target = targets[key(m)]
        if target.classes and target.label not in names:
            names.append(target.label)
    if not names:
        return "Story map"
    more = ", \u2026" if len(names) > _TITLE_NAMES else ""
    return f"Story map: {', '.join(names[:_TITLE_NAMES])}{more}"


def panel_html(
    text: str,
    title: str | None,
    mentions: Sequence[Mention],
    targets: dict[str, Target],
    unresolved: Sequence[Unresolved],
    sentences: dict[str, tuple[int, int]],
    note: str = "",
) -> tuple[str, dict[str, int], str]:
    """Return the panel's HTML, the sentence index of each link, and the plain page title.

    ``note`` (plain text, escaped here) is shown under the title: the date the map is drawn as of.
    """
    marks = [_mark(m, targets[key(m)]) for m in mentions]
    marks += [_unresolved_mark(u) for u in unresolved]
    marks.sort(key=lambda s: s.start)
    spans, of_link = _sentence_spans(sentences, marks)
    paragraphs = [
        (s, e)
        for s, e in _paragraphs(text)
        if not _debris(text, s, e, any(s <= m.start < e for m in marks))
    ]
    head = ""
    plain = title if title is not None else _untitled(mentions, targets)
    if title is not None:
        head = f'<h1 class="story-title" dir="auto">{_h(title)}</h1>'
    elif len(paragraphs) > 1 and paragraphs[0][1] - paragraphs[0][0] <= _HEADLINE_MAX:
        s, e = paragraphs.pop(0)
        inside = [x for x in [*marks, *spans] if s <= x.start and x.end <= e]
        head = f'<h1 class="story-title" dir="auto">{_render(text, s, e, inside)}</h1>'
        plain = " ".join(text[s:e].split())
    body = []
    for s, e in paragraphs:
        inside = [x for x in [*marks, *spans] if s <= x.start and x.end <= e]
        # dir="auto": a Persian paragraph reads right to left, an English one left to right
        body.append(f'<p dir="auto">{_render(text, s, e, inside)}</p>')
    undrawn, far, seen = [], [], set()
    for m in mentions:
        target = targets[key(m)]
        if not target.classes and target.key not in seen:
            seen.add(target.key)
            if m.place is not None:  # a place with nothing drawn: a far one (geo._targets)
                far.append((m.place, m.text))
            else:
                undrawn.append((target.label, m.text))
    parts = [
        '<aside id="story-panel" class="story-panel" aria-label="Article">',
        head,
        f'<p class="story-hint story-date">{_h(note)}</p>' if note else "",
        '<p class="story-hint">Click a highlighted name to see it on the map; '
        "click a feature on the map to find it in the text.</p>",
        '<div class="story-body">',
        *body,
        "</div>",
        *_elsewhere(far),
        *_lists(unresolved, undrawn),
        "</aside>",
    ]
    return "\n".join(p for p in parts if p), of_link, plain


# ------------------------------------------------------------------------ the element


@functools.cache
def _static(name: str) -> str:
    """Return a file of ``geo/static/`` (the page's CSS and JavaScript)."""
    return importlib.resources.files("geo").joinpath("static", name).read_text(encoding="utf-8")


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
    as_of : datetime.date, optional
        The day the map is drawn as of (None: the latest recorded statuses).
    date_note : str
        The sentence the page shows about that date.
    """

    def __init__(
        self,
        html: str,
        data: dict[str, Any],
        mentions: Sequence[Mention] = (),
        unresolved: Sequence[Unresolved] = (),
        *,
        as_of: dt.date | None = None,
        date_note: str = "",
    ):
        super().__init__()
        self._name = "StoryPanel"
        self.html = html
        self.data = data
        self.mentions = list(mentions)
        self.unresolved = list(unresolved)
        self.as_of = as_of
        self.date_note = date_note

    def render(self, **kwargs: Any) -> None:
        """Add the CSS, the panel and the script to the figure."""
        figure = self.get_root()
        name = self._parent.get_name()
        figure.header.add_child(
            _Raw(f"<style>{_static('story.css').replace('__MAP__', name)}</style>"),
            name=f"{self.get_name()}_css",
        )
        data = f'<script type="application/json" id="story-data">{_json(self.data)}</script>'
        figure.html.add_child(_Raw(f"{self.html}\n{data}"), name=self.get_name())
        figure.script.add_child(
            _Raw(_static("story.js").replace("__MAP__", name)), name=self.get_name()
        )
