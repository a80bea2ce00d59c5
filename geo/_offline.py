"""Make an exported page work offline: Leaflet inlined, unused assets dropped.

:func:`_inline_assets` replaces the rendered header's links to Leaflet's
JavaScript and CSS by the files of the installed ``django-js-lib-leaflet``
package (Leaflet 1.9.4, its images as ``data:`` URIs), drops folium's default
jQuery, Bootstrap, Font Awesome and awesome-markers links when the map does not
use them (with a small stand-in for the two jQuery calls folium itself emits),
and raises :class:`~geo._errors.ExportError` for any other remote asset;
:func:`_check_offline` checks the finished page. :class:`_Raw` is the element
that puts such code in the page as is. Used by :mod:`geo.export`.
"""

from __future__ import annotations

import base64
import functools
import importlib.util
import re
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from branca.element import CssLink, Element, Figure, JavascriptLink

from geo._errors import ExportError

if TYPE_CHECKING:
    import folium

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
_CSS_URL = re.compile(r"""url\(\s*["']?(images/[\w.\-]+\.png)["']?\s*\)""")


class _Raw(Element):
    """An element that renders its text as is (``Element(text)`` would parse it as Jinja)."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "Raw"
        self.text = text

    def render(self, **kwargs: Any) -> str:
        """Return the text."""
        return self.text


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


# ------------------------------------------------------------------------------ checks


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
