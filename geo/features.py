"""How each link and place is drawn: colours, line patterns, CSS classes, popups, tooltips.

:func:`link_feature` and :func:`place_feature` turn one row into the keyword
arguments of :meth:`geo.vector.VectorLayers.add`; :mod:`geo.maps` puts them on
layers. Every drawn feature carries CSS classes ``layer-<layer slug>`` and
``link-<id>`` or ``place-<id>`` (and ``mode-``/``status-``/``kind-``) so tests and
the story page can find it. Text is escaped with :func:`geo.export.escape_html`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from geo.context import CONTEXT_BOX
from geo.export import escape_html
from geo.legend import _BACKDROP_KINDS, _STATUS_FILL, KIND_STYLES, STATUS_DASH
from geo.popups import _link_popup, _place_popup

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

__all__ = ["MODE_COLORS", "link_feature", "mode_colors", "place_feature", "slug"]

#: Colour of each link mode (colour-blind-safe where it matters: rail vs road).
MODE_COLORS: dict[str, str] = {
    "rail": "#6a3d9a",
    "road": "#e66101",
    "road and rail": "#b2182b",
    "bridge": "#4d4d4d",
    "border crossing": "#1b7837",
    "port": "#01665e",
    "airport": "#8c510a",
    "hydropower": "#08519c",
    "reservoir": "#3690c0",
    "dam": "#08519c",
    "power line": "#d4a20b",
    "gas pipeline": "#c51b7d",
    "pipeline": "#c51b7d",
    "embassy": "#5e3c99",
    "consulate": "#8073ac",
}
#: Colours for modes not in :data:`MODE_COLORS`, handed out in sorted order.
_SPARE_COLORS = ("#1f78b4", "#33a02c", "#fb9a99", "#ff7f00", "#cab2d6", "#b15928", "#a6cee3")
#: Links are simplified to this tolerance (degrees, about 20 m) when drawn.
LINK_DISPLAY_TOLERANCE = 0.0002
_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: object) -> str:
    """Return a CSS-class-safe slug: features carry ``place-<slug of id>`` / ``link-<slug of id>``.

    >>> slug("Road and rail")
    'road-and-rail'
    >>> slug("<img src=x>")
    'img-src-x'
    """
    return _SLUG.sub("-", str(text).lower()).strip("-") or "x"


def mode_colors(modes: Iterable[str]) -> dict[str, str]:
    """Return the colour of each mode; unknown modes get spare colours in sorted order.

    Parameters
    ----------
    modes : iterable of str
        Modes on a map.

    Returns
    -------
    dict
        Mode -> CSS colour.

    Examples
    --------
    >>> mode_colors(["rail", "cable car"])
    {'cable car': '#1f78b4', 'rail': '#6a3d9a'}
    """
    colors: dict[str, str] = {}
    spare = 0
    for mode in sorted({str(m) for m in modes}):
        if mode in MODE_COLORS:
            colors[mode] = MODE_COLORS[mode]
        else:
            colors[mode] = _SPARE_COLORS[spare % len(_SPARE_COLORS)]
            spare += 1
    return colors


def status(value: Any) -> str:
    """Return the status a link is drawn with (unknown statuses are drawn as planned)."""
    return str(value) if str(value) in STATUS_DASH else "planned"


def link_feature(row: Any, layer: str, color: str) -> dict[str, Any]:
    """Arguments of :meth:`geo.vector.VectorLayers.add` for one link."""
    state = status(row["status"])
    geom = row.geometry
    is_line = geom.geom_type in ("LineString", "MultiLineString")
    style: dict[str, Any] = {
        "color": color,
        "weight": 4 if is_line else 2.5,
        "opacity": 0.95,
        "dashArray": STATUS_DASH[state],
        "fill": not is_line,
    }
    if not is_line:
        style.update(fillColor=color, fillOpacity=_STATUS_FILL[state])
        if state == "planned":
            style.update(fillColor="#ffffff", fillOpacity=0.85)
    if is_line:
        # links carry a vertex per km for geodesic lengths; ~20 m is plenty on screen
        geom = geom.simplify(LINK_DISPLAY_TOLERANCE)
    classes = f"layer-{layer} link-{slug(row['id'])} mode-{slug(row['mode'])} status-{slug(state)}"
    return {
        "geom": geom,
        "style": style,
        "class_name": classes,
        "radius": 8,
        "popup": _link_popup(row).split("\n"),
        "tooltip": (
            f"{escape_html(row['name'])} · {escape_html(row['mode'])}, {escape_html(row['status'])}"
        ),
    }


def place_feature(row: Any, layer: str) -> dict[str, Any]:
    """Arguments of :meth:`geo.vector.VectorLayers.add` for one place."""
    kind = str(row["kind"])
    color, radius = KIND_STYLES.get(kind, ("#525252", 6))
    geom = display_geometry(row.geometry, kind)
    style: dict[str, Any] = {"color": color, "weight": 1.5, "fill": False}
    if kind in _BACKDROP_KINDS and "Line" in geom.geom_type:
        style.update(weight=2.5, opacity=0.7, dashArray="2 5")
    elif geom.geom_type in ("Polygon", "MultiPolygon"):
        style.update(fill=True, fillColor=color, fillOpacity=0.08, dashArray="4 3")
    elif geom.geom_type in ("LineString", "MultiLineString"):
        style.update(weight=3, opacity=0.8)
    else:
        style.update(fill=True, fillColor="#ffffff", fillOpacity=1.0, weight=2.5)
    return {
        "geom": geom,
        "style": style,
        "class_name": f"layer-{layer} place-{slug(row['id'])} kind-{slug(kind)}",
        "radius": radius,
        "popup": _place_popup(row).split("\n"),
        "tooltip": f"{escape_html(row['name'])} · {escape_html(kind)}",
    }


def display_geometry(geom: BaseGeometry, kind: str) -> BaseGeometry:
    """Lighten a place's geometry for display.

    Countries and seas become their outline within :data:`CONTEXT_BOX` (a
    highlight over the context layer, not a fill over everything); other
    polygons and lines are simplified to about 100 m.
    """
    import shapely

    if geom.geom_type == "Point":
        return geom
    if kind in _BACKDROP_KINDS and "Polygon" in geom.geom_type:
        outline = geom.boundary.intersection(shapely.box(*CONTEXT_BOX)).simplify(0.005)
        outline = shapely.set_precision(outline, 1e-4)
        return outline if not outline.is_empty else geom.representative_point()
    return shapely.set_precision(geom.simplify(0.001), 1e-4)


def draw_order(row: Any) -> int:
    """Polygons first (bottom), then lines, then points (top, easiest to click)."""
    kind = row.geometry.geom_type
    return 0 if "Polygon" in kind else 1 if "Line" in kind else 2
