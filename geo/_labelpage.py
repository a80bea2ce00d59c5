"""The labels on the page: the :class:`Label` record and the element that draws them.

:class:`Labels` writes every label of a map as one compact JSON block and adds
``static/labels.js`` (inlined, once per page) with its CSS; the script places
each label in priority order at its first placement that overlaps nothing (see
:mod:`geo.labels`). Which labels a map gets is :func:`geo.labels.map_labels`.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from branca.element import MacroElement

if TYPE_CHECKING:
    import folium

#: Point placements tried in order (see labels.js).
_AROUND = ("r", "l", "t", "b", "tr", "br", "tl", "bl")


@dataclass(frozen=True)
class Label:
    """One label: escaped text, where it goes, and how it competes.

    Attributes
    ----------
    text : str
        Escaped HTML (plain text with entities).
    lat, lon : float
        Anchor (a point's position, an area's label point).
    priority : int
        Higher wins a collision.
    min_zoom : int
        Not shown below this zoom.
    kind : str
        CSS class suffix: ``country``, ``region``, ``river``, ``sea``, ``lake``, ``place``, ``site``.
    mode : str
        ``around`` (beside a point), ``center`` (on an area) or ``along`` (a river).
    along : tuple
        For rivers: candidate anchors ``(lat, lon, angle in degrees)``.
    key : str
        ``place-<id>`` / ``link-<id>`` / ``country-<code>`` (a data attribute, for tests).
    dot : bool
        Mark the anchor with a small dot (a town at a line's end, where nothing else is drawn).
    """

    text: str
    lat: float
    lon: float
    priority: int
    min_zoom: int = 0
    kind: str = "place"
    mode: str = "around"
    along: tuple[tuple[float, float, float], ...] = ()
    key: str = ""
    dot: bool = False


@functools.cache
def _runtime() -> str:
    code = importlib.resources.files("geo").joinpath("static", "labels.js").read_text("utf-8")
    return f"<script>\n{code}</script>"


_CSS = """<style>
.leaflet-corridors-labels-pane { pointer-events: none; }
.corridors-label-icon { background: none; border: none; width: 0 !important;
  height: 0 !important; }
.corridors-label { position: absolute; white-space: nowrap; pointer-events: none;
  font: 600 12px/1.1 system-ui, "DejaVu Sans", sans-serif; color: #222;
  text-shadow: -1px -1px 0 #fff, 1px -1px 0 #fff, -1px 1px 0 #fff, 1px 1px 0 #fff,
  0 0 3px #fff; }
.corridors-label.label-country { font-size: 14px; font-weight: 700; color: #555;
  letter-spacing: .06em; text-transform: uppercase; }
.corridors-label.label-region { font-size: 12px; font-style: italic; color: #7a5a1c; }
.corridors-label.label-sea, .corridors-label.label-lake { font-style: italic;
  color: #2a6aa0; text-shadow: none; }
.corridors-label.label-sea { font-size: 14px; letter-spacing: .08em; }
.corridors-label.label-river { font-style: italic; color: #2a6aa0; }
.corridors-label.label-site { color: #08306b; }
</style>"""


class Labels(MacroElement):
    """The labels of a map and the script that places them (see the module docstring).

    Parameters
    ----------
    labels : list of Label
        From :func:`map_labels`.
    """

    def __init__(self, labels: list[Label]):
        super().__init__()
        self._name = "Labels"
        self.labels = labels

    def data(self) -> str:
        """Return the labels as compact JSON (``</`` escaped for a script element)."""
        rows = [
            [
                *(lb.text, lb.lat, lb.lon, lb.priority, lb.min_zoom, lb.kind, lb.mode),
                *(lb.along, lb.key, int(lb.dot)),
            ]
            for lb in self.labels
        ]
        text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
        return text.replace("</", "<\\/")

    def render(self, **kwargs: Any) -> None:
        """Add the CSS and runtime (once per page), the labels and the call that places them."""
        from geo.export import _Raw

        figure = self.get_root()
        figure.header.add_child(_Raw(_CSS + "\n" + _runtime()), name="corridors_labels_js")
        name = self.get_name()
        block = f'<script type="application/json" id="{name}">{self.data()}</script>'
        figure.html.add_child(_Raw(block), name=name)
        call = f"corridorsLabels({self._parent.get_name()}, {json.dumps(name)});"
        figure.script.add_child(_Raw(call), name=name)


def add_labels(m: folium.Map, labels: list[Label]) -> Labels:
    """Add ``labels`` to ``m`` and return the element."""
    element = Labels(labels)
    element.add_to(m)
    return element
