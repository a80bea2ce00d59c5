r"""Write folium maps to self-contained HTML files and PNG snapshots.

:func:`save_html` renders a :class:`folium.Map` to one HTML file that needs no
network except for map tiles: Leaflet's JavaScript and CSS are inlined from the
installed ``django-js-lib-leaflet`` package (Leaflet 1.9.4, its images as
``data:`` URIs), folium's default jQuery, Bootstrap, Font Awesome and
awesome-markers links are dropped when the map does not use them, and any
other remote asset is an :class:`~geo._errors.ExportError` rather than a page
that silently breaks offline. The output is deterministic (folium's random
element ids are renumbered) and written atomically. The asset step is
:mod:`geo._offline`.

:func:`save_png` loads such a page in headless Chromium (through Playwright,
:mod:`geo.chromium`), with every request that is not ``file:`` or ``data:``
aborted, and saves a screenshot.

Escaping
--------
folium inserts popup and tooltip text into the page *without* escaping it:

* ``folium.Popup(text)`` (default ``parse_html=False``) and
  ``folium.Tooltip(text)`` paste ``text`` as raw HTML inside a JavaScript
  template literal, and folium parses the rendered output once more as a Jinja
  template. ``<``, `````, ``${``, ``\`` and ``{{`` in the text are therefore
  live HTML, JavaScript or Jinja.
* ``folium.Popup(text, parse_html=True)`` HTML-escapes the text but leaves
  ``${...}`` and ``{{...}}`` live: do not use it for untrusted text.
* ``GeoJsonTooltip`` / ``GeoJsonPopup`` read the feature properties at run time
  and assign them to ``innerHTML``: property values (and ``aliases``) are HTML.
* Elements added to ``m.get_root().html`` (legends) are raw HTML.

The safe path is the same everywhere: pass every name, quote and source through
:func:`escape_html` before it reaches a popup, tooltip, GeoJSON property shown
in a tooltip, or legend. Its output is meant for HTML contexts only.
"""

from __future__ import annotations

import html
import os
import re
import tempfile
from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from branca.element import Element, Figure

from geo._atomic import write_atomic
from geo._errors import ExportError
from geo._offline import _check_offline, _inline_assets
from geo._offline import _Raw as _Raw
from geo.chromium import LEAFLET_READY as LEAFLET_READY
from geo.chromium import TWO_FRAMES as TWO_FRAMES
from geo.chromium import chromium_path as chromium_path
from geo.chromium import launch_chromium as launch_chromium
from geo.chromium import offline_route as offline_route
from geo.chromium import screenshot

if TYPE_CHECKING:
    import folium

__all__ = ["escape_html", "page_html", "save_html", "save_png"]

#: Extra characters :func:`escape_html` replaces by HTML character references.
_EXTRA_ESCAPES = str.maketrans(
    {"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"}
)
_HEX_ID = re.compile(r"(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])")
_NAME_ID = re.compile(r"(?<=_)[0-9a-f]{32}(?![0-9a-f])")


def isolate(text: str) -> str:
    """Return text wrapped in Unicode's first-strong isolate (U+2068 ... U+2069).

    An article's words quoted inside an English sentence ("the article's date
    (“۱۰ آذر ۱۴۰۵”)") keep their own direction and do not reorder the sentence
    around them; plain text, so it survives escaping, titles and PNG labels.
    """
    return f"\u2068{text}\u2069"


def escape_html(text: object) -> str:
    r"""Escape text for any HTML that reaches a folium popup, tooltip or legend.

    :func:`html.escape` (with ``quote=True``) plus character references for
    `````, ``$``, ``\``, ``{`` and ``}``, which folium would otherwise let
    through as JavaScript template-literal or Jinja syntax. The result
    displays as the original text in HTML; do not use it in JavaScript strings.

    Parameters
    ----------
    text : object
        The text (anything else is converted with :class:`str`).

    Returns
    -------
    str
        HTML-safe text.

    Examples
    --------
    >>> escape_html('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    >>> escape_html("Araz & ${x} {{ y }}")
    'Araz &amp; &#36;&#123;x&#125; &#123;&#123; y &#125;&#125;'
    """
    return html.escape(str(text), quote=True).translate(_EXTRA_ESCAPES)


# ----------------------------------------------------------------------- element tree


def _walk(root: Element) -> Iterator[Element]:
    """Yield ``root`` and every element below it, in a stable depth-first order."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        element = stack.pop()
        if id(element) in seen:
            continue
        seen.add(id(element))
        yield element
        below = [getattr(element, a, None) for a in ("header", "html", "script")]
        below = [e for e in below if isinstance(e, Element)]
        below.extend(element._children.values())
        stack.extend(reversed(below))


def _renumber(elements: list[Element], ids: dict[str, str]) -> None:
    """Give each element's random id a counter-based replacement in ``ids``."""
    for element in elements:
        if element._id not in ids:
            ids[element._id] = f"{len(ids) + 1:06x}"


def _apply_ids(text: str, ids: dict[str, str]) -> str:
    """Replace element ids in rendered text; unknown ``name_<hex32>`` ids get new numbers."""
    text = _HEX_ID.sub(lambda m: ids.get(m.group(0), m.group(0)), text)

    def other(match: re.Match[str]) -> str:
        return ids.setdefault(match.group(0), f"{len(ids) + 1:06x}")

    return _NAME_ID.sub(other, text)


def _render(m: folium.Map, *, self_contained: bool) -> str:
    """Render ``m``'s figure to deterministic HTML, leaving the element tree as it was."""
    figure = m.get_root()
    if not isinstance(figure, Figure):
        msg = f"the map is not inside a branca Figure (its root is {type(figure).__name__})"
        raise ExportError(msg)
    tree = list(_walk(figure))
    ids: dict[str, str] = {}
    _renumber(tree, ids)
    saved = [(e, OrderedDict(e._children)) for e in tree]
    try:
        # Figure.render, with the asset step between rendering and templating.
        for child in figure._children.values():
            child.render()
        after = list(_walk(figure))
        _renumber(after, ids)
        if self_contained:
            _inline_assets(figure, after, m)
        page = figure._template.render(this=figure, kwargs={})
    finally:
        for element, children in saved:
            element._children = children
    page = _apply_ids(page, ids)
    if self_contained:
        _check_offline(page)
    return page


def page_html(m: folium.Map, *, self_contained: bool = True) -> str:
    """Return the HTML page :func:`save_html` writes (notebooks show the same page inline).

    Parameters
    ----------
    m : folium.Map
        The map.
    self_contained : bool, default True
        As for :func:`save_html`.

    Returns
    -------
    str
        The whole page.

    Raises
    ------
    ExportError
        If the map needs an asset no installed package provides.
    """
    return _render(m, self_contained=self_contained)


# -------------------------------------------------------------------------- writing


def _atomic_write(path: Path, make: Callable[[], bytes]) -> Path:
    """Write ``make()`` to ``path`` atomically (:func:`geo._atomic.write_atomic`)."""
    path = Path(path)
    try:
        write_atomic(path, make())
    except Exception as e:
        msg = f"cannot write {path}: {e}"
        raise ExportError(msg) from e
    return path


def save_html(m: folium.Map, path: str | os.PathLike[str], *, self_contained: bool = True) -> Path:
    """Save a folium map to one HTML file.

    Parameters
    ----------
    m : folium.Map
        The map.
    path : str or os.PathLike
        Output file; missing parent folders are created.
    self_contained : bool, default True
        Inline Leaflet from the installed ``django-js-lib-leaflet`` package and
        drop folium's unused default assets, so the page needs no network
        except for tiles. ``False`` keeps folium's CDN links.

    Returns
    -------
    pathlib.Path
        ``path``.

    Raises
    ------
    ExportError
        If the map needs an asset no installed package provides (the message
        names its URL), or the file cannot be written; no partial file is left.

    Examples
    --------
    >>> import folium, tempfile, pathlib
    >>> m = folium.Map(location=[39.2, 45.4], zoom_start=7, tiles=None)
    >>> _ = folium.CircleMarker([39.21, 45.41], radius=6, popup="Nakhchivan").add_to(m)
    >>> out = save_html(m, pathlib.Path(tempfile.mkdtemp()) / "m.html")
    >>> page = out.read_text(encoding="utf-8")
    >>> "Leaflet 1.9.4" in page, '<script src="http' in page
    (True, False)
    """
    path = Path(path)
    try:
        return _atomic_write(path, lambda: page_html(m, self_contained=self_contained).encode())
    except ExportError as e:
        if str(path) in str(e):
            raise
        msg = f"cannot write {path}: {e}"
        raise ExportError(msg) from e


# ---------------------------------------------------------------------------- PNG


def save_png(
    m_or_html_path: folium.Map | str | os.PathLike[str],
    path: str | os.PathLike[str],
    *,
    width: int = 1200,
    height: int = 800,
) -> Path:
    """Save a PNG snapshot of a map, rendered offline in headless Chromium.

    Parameters
    ----------
    m_or_html_path : folium.Map or str or os.PathLike
        The map, or an HTML file written by :func:`save_html`.
    path : str or os.PathLike
        Output PNG file; missing parent folders are created.
    width, height : int, default 1200, 800
        Viewport and image size in CSS pixels.

    Returns
    -------
    pathlib.Path
        ``path``.

    Raises
    ------
    ExportError
        If Chromium is missing, the page does not draw, or the file cannot be written.
    """
    path = Path(path)

    def shoot() -> bytes:
        if isinstance(m_or_html_path, str | os.PathLike):
            source = Path(m_or_html_path)
            if not source.is_file():
                msg = f"no such HTML file: {source}"
                raise ExportError(msg)
            return screenshot(source, width, height)
        with tempfile.TemporaryDirectory(prefix="corridors-png-") as tmp:
            page = save_html(m_or_html_path, Path(tmp) / "map.html")
            return screenshot(page, width, height)

    return _atomic_write(path, shoot)
