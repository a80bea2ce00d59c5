"""Show maps inline in notebooks, from the same self-contained page :func:`~geo.export.save_html` writes.

folium's own inline output is an ``<iframe srcdoc>`` of a page that loads
Leaflet, jQuery and Bootstrap from CDNs: blank offline. :func:`inline_html`
shows the page of :func:`geo.export.page_html` instead (Leaflet inlined, no
remote script or stylesheet), so a notebook's map and the exported file are
one code path and both work with no network except for tiles.

The output is one ``<div>`` holding

* a short visible text for when no script runs (an untrusted notebook, a
  notebook viewer that strips scripts): what to do to see the map;
* the page, gzip-compressed and base64-encoded in a ``<script>`` element of a
  non-JavaScript type, so the output is smaller than the exported file;
* a small script that unpacks the page with the browser's
  ``DecompressionStream`` and puts it in an ``<iframe srcdoc>`` in place of
  the text (or replaces the text by the reason when it cannot).

It works wherever a notebook's HTML output runs its scripts: JupyterLab,
Jupyter Notebook 7, VS Code and pages made by ``jupyter nbconvert --to html``.
The maps the package builds are :class:`InlineMap` objects (a
:class:`folium.Map` that displays itself this way); for any other folium map,
``IPython.display.HTML(inline_html(m))`` shows it the same way.
"""

from __future__ import annotations

import base64
import gzip
import html
import json
import uuid
from typing import Any

import folium

from geo._errors import ExportError
from geo.export import page_html

__all__ = ["FALLBACK_TEXT", "InlineMap", "inline_html", "unpack"]

#: Shown where the map goes until the output's script replaces it by the map.
FALLBACK_TEXT = (
    "Map not shown: this notebook is not trusted, so its scripts do not run. "
    "Run the cell again, or trust the notebook (Trust Notebook in the command palette)."
)

#: Unpacks the page into an iframe; __ID__ and __BOX__ are filled in per output.
_SCRIPT = """<script>
(function () {
  // This output's box: the script's parent, or found from where the front end ran it
  // (VS Code runs a copy at the end of the output's element), or by id.
  var id = "__ID__", at = document.currentScript && document.currentScript.parentNode;
  var box = (at && (at.id === id ? at : at.querySelector && at.querySelector("#" + id)))
    || document.getElementById(id);
  var note = box && box.querySelector("p");
  var data = box && box.querySelector("script[type='application/gzip+base64']");
  if (!note || !data) return;
  function fail(reason) {
    note.textContent = "Map not shown: " + reason + " Open the exported HTML file instead.";
  }
  try {
    if (typeof DecompressionStream !== "function") {
      fail("this browser cannot unpack it (it has no DecompressionStream).");
      return;
    }
    var bytes = Uint8Array.from(atob(data.textContent.trim()), function (c) { return c.charCodeAt(0); });
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    new Response(stream).text().then(function (page) {
      var frame = document.createElement("iframe");
      frame.srcdoc = page;
      frame.setAttribute("allowfullscreen", "");
      __BOX__
      box.replaceChild(frame, note);
    }).catch(function (e) { fail(String(e)); });
  } catch (e) { fail(String(e)); }
})();
</script>"""


def _js_string(text: str) -> str:
    """Return ``text`` as a JavaScript string literal that is safe inside ``<script>``."""
    return json.dumps(text).replace("<", "\\u003c")


def _frame_style(figure: Any) -> str:
    """Return JavaScript that sizes ``box`` and ``frame`` as folium sizes its inline iframe."""
    width = getattr(figure, "width", "100%")
    height = getattr(figure, "height", None)
    if height is None:
        ratio = getattr(figure, "ratio", "60%")
        box = f"position:relative;width:{width};height:0;padding-bottom:{ratio}"
        frame = "position:absolute;left:0;top:0;width:100%;height:100%;border:none"
    else:
        box = f"width:{width}"
        frame = f"width:100%;height:{height};border:none"
    return f"box.style.cssText = {_js_string(box)}; frame.style.cssText = {_js_string(frame)};"


def inline_html(m: folium.Map) -> str:
    """Return notebook output HTML that shows ``m`` from its self-contained page.

    Parameters
    ----------
    m : folium.Map
        The map.

    Returns
    -------
    str
        A ``<div>`` with the fallback text, the compressed page and the script
        that shows it; no remote script or stylesheet.

    Raises
    ------
    ExportError
        If the map needs an asset no installed package provides.

    Examples
    --------
    >>> m = folium.Map(location=[39.2, 45.4], zoom_start=7, tiles=None)
    >>> out = inline_html(m)
    >>> out.startswith('<div class="corridors-map"'), FALLBACK_TEXT in out, "src=" in out
    (True, True, False)
    >>> unpack(out) == page_html(m)
    True
    """
    page = page_html(m).encode("utf-8")
    packed = base64.b64encode(gzip.compress(page, compresslevel=9, mtime=0)).decode("ascii")
    box_id = f"corridors-map-{uuid.uuid4().hex}"
    script = _SCRIPT.replace("__ID__", box_id).replace("__BOX__", _frame_style(m.get_root()))
    return (
        f'<div class="corridors-map" id="{box_id}">'
        f'<p style="margin:0;padding:0.5em 0;color:#565656">{html.escape(FALLBACK_TEXT)}</p>'
        f'<script type="application/gzip+base64">{packed}</script>\n{script}</div>'
    )


def unpack(output: str) -> str:
    """Return the page inside an :func:`inline_html` output (for tests and debugging).

    Parameters
    ----------
    output : str
        What :func:`inline_html` returned.

    Returns
    -------
    str
        The page, as :func:`geo.export.page_html` made it.
    """
    start = output.index('<script type="application/gzip+base64">')
    start = output.index(">", start) + 1
    packed = output[start : output.index("</script>", start)]
    return gzip.decompress(base64.b64decode(packed)).decode("utf-8")


class InlineMap(folium.Map):
    """A :class:`folium.Map` that notebooks show from its self-contained page, offline.

    Everything else is folium's: build, compose and save it like any map. The
    package's map builders return these.
    """

    def _repr_html_(self, **kwargs: Any) -> str:
        """Return :func:`inline_html` of the map (a short message if it cannot be shown)."""
        try:
            return inline_html(self)
        except ExportError as e:
            return f'<p style="color:#a40000">Map not shown: {html.escape(str(e))}</p>'
