r"""Write folium maps to self-contained HTML files and PNG snapshots.

:func:`save_html` renders a :class:`folium.Map` to one HTML file that needs no
network except for map tiles: Leaflet's JavaScript and CSS are inlined from the
installed ``django-js-lib-leaflet`` package (Leaflet 1.9.4, its images as
``data:`` URIs), folium's default jQuery, Bootstrap, Font Awesome and
awesome-markers links are dropped when the map does not use them, and any
other remote asset is an :class:`~geo._errors.ExportError` rather than a page
that silently breaks offline. The output is deterministic (folium's random
element ids are renumbered) and written atomically.

:func:`save_png` loads such a page in headless Chromium (through Playwright),
with every request that is not ``file:`` or ``data:`` aborted, and saves a
screenshot.

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

import asyncio
import base64
import concurrent.futures
import functools
import html
import importlib.util
import os
import re
import shutil
import tempfile
from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from branca.element import CssLink, Element, Figure, JavascriptLink

from geo._errors import ExportError

if TYPE_CHECKING:
    import folium

__all__ = ["escape_html", "page_html", "save_html", "save_png"]

_T = TypeVar("_T")

#: Names of folium ``Map`` default assets that maps of this project do not use.
_UNUSED_DEFAULTS = frozenset(
    {
        "jquery",
        "bootstrap",
        "awesome_markers",
        "bootstrap_css",
        "glyphicons_css",
        "awesome_markers_font_css",
        "awesome_markers_css",
        "awesome_rotate_css",
    }
)
_LEAFLET_URL = re.compile(r"/leaflet(?:@[\w.\-]+)?/dist/leaflet\.(js|css)(?:[?#].*)?$")
_LEAFLET_PACKAGE = "js_lib_leaflet"
_LEAFLET_INSTALL = "pip install 'django-js-lib-leaflet>=1.9.4'"
_CHROMIUM_INSTALL = "apt-get install -y --no-install-recommends chromium"
_CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

#: Extra characters :func:`escape_html` replaces by HTML character references.
_EXTRA_ESCAPES = str.maketrans(
    {"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"}
)

#: Stand-in for the two jQuery calls folium 0.20 itself emits:
#: ``$(`<div>...</div>`)[0]`` (popups) and ``$(document).ready(f)`` (keep_in_front).
_JQUERY_SHIM = """<script>
window.$ = window.$ || function (arg) {
  if (arg === document) {
    return {ready: function (f) {
      if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", f);
      } else { f(); }
    }};
  }
  var t = document.createElement("template");
  t.innerHTML = String(arg).trim();
  return [t.content.firstElementChild];
};
</script>"""
_JQUERY_CALL = re.compile(r"(?<![\w$.])\$\(")
_JQUERY_SHIMMED = ("`", "document).ready(")
_JQUERY_OTHER = re.compile(r"\bjQuery\b|(?<![\w$.])\$\.")
_AWESOME_MARKERS = re.compile(r"\bL\.AwesomeMarkers\b")
_FONT_AWESOME = re.compile(
    r"""class=\\?["'][^"'<>]*\bfa[srb]?\s+fa-|\bfa-(?:solid|regular|brands)\b"""
)

_REMOTE_TAGS = (
    re.compile(r"""<script\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE),
    re.compile(r"""<link\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE),
    re.compile(r"""@import\s+(?:url\()?\s*["']?([^"')\s;]+)""", re.IGNORECASE),
)
_HEX_ID = re.compile(r"(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])")
_NAME_ID = re.compile(r"(?<=_)[0-9a-f]{32}(?![0-9a-f])")
_CSS_URL = re.compile(r"""url\(\s*["']?(images/[\w.\-]+\.png)["']?\s*\)""")


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


# --------------------------------------------------------------------------- assets


def _leaflet_dir() -> Path:
    """Return the folder of Leaflet's static files in ``django-js-lib-leaflet``."""
    spec = importlib.util.find_spec(_LEAFLET_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        msg = f"Leaflet's files are not installed; install them with `{_LEAFLET_INSTALL}`."
        raise ExportError(msg)
    folder = Path(next(iter(spec.submodule_search_locations))) / "static" / _LEAFLET_PACKAGE
    if not (folder / "leaflet.js").is_file():
        msg = f"Leaflet's files are missing from {folder}; reinstall with `{_LEAFLET_INSTALL}`."
        raise ExportError(msg)
    return folder


def _data_uri(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


@functools.cache
def _leaflet_js() -> str:
    code = (_leaflet_dir() / "leaflet.js").read_text(encoding="utf-8")
    return "<script>\n" + re.sub(r"</(script)", r"<\\/\1", code, flags=re.I) + "\n</script>"


@functools.cache
def _leaflet_css() -> str:
    folder = _leaflet_dir()
    css = (folder / "leaflet.css").read_text(encoding="utf-8")
    css = _CSS_URL.sub(lambda m: f'url("{_data_uri(folder / m.group(1))}")', css)
    return "<style>\n" + css + "\n</style>"


@functools.cache
def _default_icon_js() -> str:
    """Point ``L.Icon.Default`` at inlined images (its CSS path detection fails on data URIs)."""
    images = _leaflet_dir() / "images"
    return (
        "<script>\nL.Icon.Default.imagePath = '';\nL.Icon.Default.mergeOptions({"
        f"iconUrl: '{_data_uri(images / 'marker-icon.png')}', "
        f"iconRetinaUrl: '{_data_uri(images / 'marker-icon-2x.png')}', "
        f"shadowUrl: '{_data_uri(images / 'marker-shadow.png')}'}});\n</script>"
    )


# ----------------------------------------------------------------------- element tree


class _Raw(Element):
    """An element that renders its text as is (``Element(text)`` would parse it as Jinja)."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "Raw"
        self.text = text

    def render(self, **kwargs: Any) -> str:
        """Return the text."""
        return self.text


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


def _map_links(tree: list[Element], m: folium.Map) -> tuple[dict[str, str], set[str]]:
    """Return the map's own default asset links and the asset names other elements need."""
    from folium.elements import JSCSSMixin

    own = dict(m.default_js) | dict(m.default_css)
    needed: set[str] = set()
    for element in tree:
        if isinstance(element, JSCSSMixin) and element is not m:
            needed.update(name for name, _ in (*element.default_js, *element.default_css))
    return own, needed


def _check_usage(body: str, own: dict[str, str]) -> bool:
    """Raise if the rendered map uses a dropped asset; return whether it needs the $ shim."""
    if _AWESOME_MARKERS.search(body):
        raise _asset_error(own.get("awesome_markers", "leaflet.awesome-markers.js"))
    if _FONT_AWESOME.search(body):
        raise _asset_error(own.get("awesome_markers_font_css", "font-awesome all.min.css"))
    calls = [body[m.end() : m.end() + 16] for m in _JQUERY_CALL.finditer(body)]
    if _JQUERY_OTHER.search(body) or any(not c.startswith(_JQUERY_SHIMMED) for c in calls):
        raise _asset_error(own.get("jquery", "jquery.js"))
    return bool(calls)


def _asset_error(url: str) -> ExportError:
    return ExportError(
        f"the map needs {url}, which no installed package provides, so the page "
        "would break offline; save it with self_contained=False to keep CDN links."
    )


def _inline_assets(figure: Figure, tree: list[Element], m: folium.Map) -> None:
    """Replace the rendered header's remote asset links by inlined code."""
    own, needed = _map_links(tree, m)
    body = "".join(e.render() for e in figure.html._children.values())
    body += "".join(e.render() for e in figure.script._children.values())
    shim = _check_usage(body, own)
    header: OrderedDict[str, Element] = OrderedDict()
    for name, element in figure.header._children.items():
        if not isinstance(element, JavascriptLink | CssLink):
            header[name] = element
            continue
        kind = _LEAFLET_URL.search(element.url)
        if kind and kind.group(1) == "js":
            header[name] = _Raw(_leaflet_js())
            if shim:
                header["jquery_shim"] = _Raw(_JQUERY_SHIM)
            if "L.marker(" in body:
                header["leaflet_default_icon"] = _Raw(_default_icon_js())
        elif kind:
            header[name] = _Raw(_leaflet_css())
        elif not (name in _UNUSED_DEFAULTS and name not in needed):
            raise _asset_error(element.url)
    figure.header._children = header


def _check_offline(page: str) -> None:
    """Raise if the page still loads a script or stylesheet from elsewhere."""
    for pattern in _REMOTE_TAGS:
        for match in pattern.finditer(page):
            if not match.group(1).startswith("data:"):
                raise _asset_error(match.group(1))


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
    """Write ``make()`` to ``path`` through a temporary file and :func:`os.replace`."""
    path = Path(path)
    tmp: str | None = None
    try:
        data = make()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        tmp = None
    except Exception as e:
        msg = f"cannot write {path}: {e}"
        raise ExportError(msg) from e
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
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


def chromium_path() -> str:
    """Return the Chromium executable: ``geo.settings.chromium_path``, else ``chromium``.

    Returns
    -------
    str
        Path of the executable.

    Raises
    ------
    ExportError
        If no Chromium is installed (the message gives the install command).
    """
    from geo.settings import settings

    found = getattr(settings, "chromium_path", None) or os.environ.get("CORRIDORS_CHROMIUM")
    found = found or shutil.which("chromium")
    if not found or not Path(found).exists():
        msg = (
            f"Chromium was not found (settings.chromium_path={found!r}); install it with "
            f"`{_CHROMIUM_INSTALL}` or set CORRIDORS_CHROMIUM."
        )
        raise ExportError(msg)
    return found


def launch_chromium(playwright: Any) -> Any:
    """Launch headless Chromium through a started Playwright, with the project's flags.

    Parameters
    ----------
    playwright : playwright.sync_api.Playwright
        From ``sync_playwright().start()`` or its context manager.

    Returns
    -------
    playwright.sync_api.Browser
        The browser.
    """
    return playwright.chromium.launch(executable_path=chromium_path(), args=_CHROMIUM_ARGS)


def offline_route(route: Any) -> None:
    """Playwright route handler that lets ``file:`` and ``data:`` through and aborts the rest."""
    if route.request.url.startswith(("file:", "data:")):
        route.continue_()
    else:
        route.abort()


#: JavaScript true once Leaflet is loaded and a map has drawn its panes.
LEAFLET_READY = (
    "() => typeof window.L === 'object' && "
    "document.querySelector('.leaflet-container .leaflet-map-pane') !== null"
)


#: JavaScript promise resolved after two animation frames (the drawn map is painted).
TWO_FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def _snapshot(html_path: Path, width: int, height: int) -> bytes:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route("**/*", offline_route)
            page.goto(html_path.resolve().as_uri(), wait_until="load")
            # Scripts have all run at "load": without L now, Leaflet will never come.
            if page.evaluate("typeof window.L") != "object":
                msg = (
                    f"Leaflet did not load in {html_path} offline; "
                    "was it saved with save_html(..., self_contained=True)?"
                )
                raise ExportError(msg)
            try:
                page.wait_for_function(LEAFLET_READY, timeout=15_000)
            except PlaywrightTimeout as e:
                msg = f"Leaflet drew no map in {html_path} within 15 s"
                raise ExportError(msg) from e
            page.evaluate(TWO_FRAMES)
            return page.screenshot(type="png")
        finally:
            browser.close()


def _outside_event_loop(fn: Callable[[], _T]) -> _T:
    """Run ``fn`` here, or in a worker thread when an asyncio loop runs (Jupyter)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return fn()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn).result()


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
            return _outside_event_loop(lambda: _snapshot(source, width, height))
        with tempfile.TemporaryDirectory(prefix="corridors-png-") as tmp:
            page = save_html(m_or_html_path, Path(tmp) / "map.html")
            return _outside_event_loop(lambda: _snapshot(page, width, height))

    return _atomic_write(path, shoot)
